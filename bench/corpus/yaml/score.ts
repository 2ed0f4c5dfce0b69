// Strict scoring on (file, line, rule id) of compose/*, k8s/* and ci/* findings.
import type { YamlExpectation } from './generate';

export interface YamlFinding { ruleId: string; file: string; line: number }
export interface YamlScore { positives: number; found: number; truePositives: number; falsePositives: number; misses: Map<string, string[]>; fps: Map<string, string[]> }

const RULE = /^(compose|k8s|ci)\//;

export function scoreYaml(exp: YamlExpectation[], findings: YamlFinding[]): YamlScore {
  const want = new Map(exp.map((e) => [`${e.file}\0${e.line}\0${e.rule}`, e]));
  const got = new Set(findings.filter((f) => RULE.test(f.ruleId)).map((f) => `${f.file}\0${f.line}\0${f.ruleId}`));
  const s: YamlScore = { positives: want.size, found: 0, truePositives: 0, falsePositives: 0, misses: new Map(), fps: new Map() };
  const add = (m: Map<string, string[]>, k: string, ex: string) => m.set(k, [...(m.get(k) ?? []), ex]);
  for (const [k, e] of want) {
    if (got.has(k)) s.found++;
    else {
      const near = findings.filter((f) => f.file === e.file && f.ruleId === e.rule).map((f) => f.line);
      add(s.misses, `${e.rule} ${e.kind}`, `${e.file}:${e.line}${near.length ? ` (same rule at ${near.join(',')})` : ''}`);
    }
  }
  for (const k of got) {
    if (want.has(k)) s.truePositives++;
    else {
      s.falsePositives++;
      const [file, line, rule] = k.split('\0');
      add(s.fps, rule!, `${file}:${line}`);
    }
  }
  return s;
}
