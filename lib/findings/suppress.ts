import { globMatcher } from '../config/glob-match';
import type { Config } from '../config/schema';
import type { RuleInfo } from '../detectors/detector';
import type { Finding } from './finding';

/**
 * Config-driven filtering and severity: per-rule `off`/severity, opt-in rules,
 * the path / regex / stopword allowlists. Built once per scan.
 */
export function configFilter(config: Config, catalogue: Map<string, RuleInfo>) {
  const allowPath = globMatcher(config.allowlist.paths);
  const allowRegexes = config.allowlist.regexes.map((r) => new RegExp(r));
  const stopwords = config.allowlist.stopwords.map((s) => s.toLowerCase());
  return (f: Finding): Finding | null => {
    const setting = config.rules[f.ruleId];
    if (setting === 'off') return null;
    const info = catalogue.get(f.ruleId);
    if (info?.optIn && !setting) return null;
    if (allowPath && allowPath(f.file)) return null;
    if (allowRegexes.some((r) => r.test(f.secret))) return null;
    if (stopwords.length) {
      const lower = f.secret.toLowerCase();
      if (stopwords.some((w) => lower.includes(w))) return null;
    }
    return setting ? { ...f, severity: setting } : f;
  };
}

/** Where two findings cover the same secret, which to keep: higher wins. */
function priority(f: Finding): number {
  if (f.category !== 'secret') return 3; // a Dockerfile/compose/k8s finding explains the context best
  if (f.ruleId === 'secret/high-entropy') return 0;
  if (f.ruleId === 'secret/generic-assignment') return 1;
  return 2;
}

const overlaps = (a: Finding, b: Finding) =>
  a.file === b.file &&
  (a.line < b.endLine || (a.line === b.endLine && a.column < b.endColumn)) &&
  (b.line < a.endLine || (b.line === a.endLine && b.column < a.endColumn));

const secretLike = (f: Finding) => f.category === 'secret' || /secret|credential/.test(f.ruleId);

/** One finding per secret location: overlapping secret findings keep the most specific rule. */
export function dedupeByLocation(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    if (!secretLike(f)) {
      kept.push(f);
      continue;
    }
    const i = kept.findIndex((k) => secretLike(k) && k.commit === f.commit && overlaps(k, f));
    if (i < 0) kept.push(f);
    else if (priority(f) > priority(kept[i])) kept[i] = f;
  }
  return kept;
}
