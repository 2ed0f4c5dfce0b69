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

/**
 * One finding per secret location: overlapping secret findings keep the most specific rule.
 * Kept secret findings are indexed by commit, file, line and a 128-column stretch of the line, so
 * each finding is compared only with those beside it: a generated file with thousands of findings
 * (one `password: …` per line, or a minified JSON line holding them all) took seconds per thousand
 * when every finding was compared with every kept one.
 */
export function dedupeByLocation(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  const index = new Map<string, number[]>();
  for (const f of findings) {
    if (!secretLike(f)) {
      kept.push(f);
      continue;
    }
    // The first kept finding that overlaps, as a scan in keeping order would find it.
    let i = -1;
    for (const key of placesOf(f, true)) {
      for (const k of index.get(key) ?? []) if ((i < 0 || k < i) && overlaps(kept[k], f)) i = k;
    }
    if (i >= 0 && priority(f) <= priority(kept[i])) continue;
    if (i < 0) {
      i = kept.length;
      kept.push(f);
    } else kept[i] = f;
    for (const key of placesOf(f, false)) {
      const list = index.get(key);
      if (!list) index.set(key, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  }
  return kept;
}

const STRETCH = 128;

/**
 * The index keys a finding covers: per line, the 128-column stretches it spans, or the line's
 * `*` key when it runs on past the line (a key block). Every finding is also filed under the
 * line's `all` key, which a multi-line finding looks in (`asking`), and asks the `*` key of each
 * line it touches.
 */
function* placesOf(f: Finding, asking: boolean): Generator<string> {
  const base = `${f.commit ?? ''}\0${f.file}\0`;
  for (let line = f.line; line <= f.endLine; line++) {
    const from = line === f.line ? f.column : 0;
    const to = line === f.endLine ? f.endColumn : Infinity;
    if (asking) yield `${base}${line}\0*`;
    if (to === Infinity) {
      if (asking) yield `${base}${line}\0all`;
      else yield `${base}${line}\0*`;
    } else for (let b = Math.floor(from / STRETCH); b <= Math.floor(Math.max(from, to - 1) / STRETCH); b++) yield `${base}${line}\0${b}`;
    if (!asking) yield `${base}${line}\0all`;
  }
}
