import type { Expectation } from './writer';

/** The parts of a JSON-report finding the scorer reads. */
export interface DockerfileFinding {
  ruleId: string;
  file: string;
  line: number;
}

export interface Bucket {
  kind: string;
  count: number;
  examples: string[];
}

export interface DockerfileScore {
  /** Distinct (file, line, rule) positives planted. */
  positives: number;
  /** Positives with a finding of exactly that rule on exactly that line. */
  found: number;
  /** Distinct (file, line, rule) dockerfile/* findings. */
  findings: number;
  truePositives: number;
  /** Findings on a planted line with a rule the generator lists as defensible there: neither hit nor false positive. */
  related: number;
  falsePositives: number;
  recall: number;
  /** truePositives / (truePositives + falsePositives); related findings are left out. */
  precision: number;
  /** Misses by `rule kind`; an example says when the same rule fired nearby (wrong line) or another rule fired on the line. */
  misses: Bucket[];
  /** False positives by `rule @ what was on the line` (a hard-negative kind, a planted positive of another rule, or unplanted). */
  falsePositiveKinds: Bucket[];
  byRule: Record<string, [number, number]>;
}

const key = (file: string, line: number, rule: string) => `${file}\0${line}\0${rule}`;

function tally(map: Map<string, Bucket>, kind: string, example: string): void {
  let b = map.get(kind);
  if (!b) map.set(kind, (b = { kind, count: 0, examples: [] }));
  b.count++;
  if (b.examples.length < 6) b.examples.push(example);
}
const sorted = (m: Map<string, Bucket>) => [...m.values()].sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));

/**
 * Scores on (file, line, rule id), strictly: a planted problem counts as found
 * only when a finding of its rule starts on its line. A finding of another
 * rule on that line is a false positive, unless the generator listed that rule
 * as defensible for the line (`related`), in which case it is counted apart.
 * Only `dockerfile/*` findings are scored; secret-engine findings are not.
 */
export function scoreDockerfileFindings(expectations: Expectation[], allFindings: DockerfileFinding[]): DockerfileScore {
  const findings = new Map<string, DockerfileFinding>();
  for (const f of allFindings) if (f.ruleId.startsWith('dockerfile/')) findings.set(key(f.file, f.line, f.ruleId), f);
  const positives = new Map<string, Expectation>();
  for (const e of expectations) if (e.type === 'pos' && e.rule) positives.set(key(e.file, e.line, e.rule), e);
  const onLine = (file: string, line: number) => expectations.filter((e) => e.file === file && e.line === line);

  const misses = new Map<string, Bucket>();
  const byRule: Record<string, [number, number]> = {};
  let found = 0;
  for (const [k, e] of positives) {
    const r = (byRule[e.rule!] ??= [0, 0]);
    r[1]++;
    if (findings.has(k)) {
      found++;
      r[0]++;
      continue;
    }
    const near = [...findings.values()].find((f) => f.file === e.file && f.ruleId === e.rule && Math.abs(f.line - e.line) <= 4);
    const other = [...findings.values()].filter((f) => f.file === e.file && f.line === e.line).map((f) => f.ruleId);
    const note = near ? ` [same rule on line ${near.line}]` : other.length ? ` [line has ${other.join(', ')}]` : '';
    tally(misses, `${e.rule} ${e.kind}`, `${e.file}:${e.line} ${e.sample}${note}`);
  }

  const fps = new Map<string, Bucket>();
  let tp = 0;
  let related = 0;
  let fp = 0;
  for (const [k, f] of findings) {
    if (positives.has(k)) {
      tp++;
      continue;
    }
    const here = onLine(f.file, f.line);
    if (here.some((e) => e.type === 'pos' && e.related?.includes(f.ruleId))) {
      related++;
      continue;
    }
    fp++;
    const what = here.find((e) => e.type === 'neg')?.kind ?? (here.some((e) => e.type === 'pos') ? `planted ${here.find((e) => e.type === 'pos')!.kind}` : 'unplanted');
    tally(fps, `${f.ruleId} @ ${what}`, `${f.file}:${f.line}${here[0] ? ` ${here[0].sample}` : ''}`);
  }
  return {
    positives: positives.size,
    found,
    findings: findings.size,
    truePositives: tp,
    related,
    falsePositives: fp,
    recall: positives.size ? found / positives.size : 1,
    precision: tp + fp ? tp / (tp + fp) : 1,
    misses: sorted(misses),
    falsePositiveKinds: sorted(fps),
    byRule,
  };
}

/** Adds several corpora's scores (micro-averaged). */
export function mergeDockerfileScores(scores: DockerfileScore[]): DockerfileScore {
  const merge = (lists: Bucket[][]) => {
    const m = new Map<string, Bucket>();
    for (const l of lists) for (const b of l) {
      const t = m.get(b.kind) ?? { kind: b.kind, count: 0, examples: [] };
      t.count += b.count;
      t.examples = [...t.examples, ...b.examples].slice(0, 6);
      m.set(b.kind, t);
    }
    return sorted(m);
  };
  const sum = (f: (s: DockerfileScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const positives = sum((s) => s.positives);
  const found = sum((s) => s.found);
  const tp = sum((s) => s.truePositives);
  const fp = sum((s) => s.falsePositives);
  const byRule: Record<string, [number, number]> = {};
  for (const s of scores) for (const [k, [a, b]] of Object.entries(s.byRule)) {
    const t = (byRule[k] ??= [0, 0]);
    t[0] += a;
    t[1] += b;
  }
  return {
    positives,
    found,
    findings: sum((s) => s.findings),
    truePositives: tp,
    related: sum((s) => s.related),
    falsePositives: fp,
    recall: positives ? found / positives : 1,
    precision: tp + fp ? tp / (tp + fp) : 1,
    misses: merge(scores.map((s) => s.misses)),
    falsePositiveKinds: merge(scores.map((s) => s.falsePositiveKinds)),
    byRule,
  };
}
