import type { Finding } from './finding';

/**
 * A history scan reads every version of a file, so a secret that stayed for
 * 30 commits is seen in many blobs. Report it once, at the commit that first
 * introduced it (oldest in `commitIndex` order); the fingerprint says "same
 * secret, same rule, same path".
 */
export function firstIntroduction(findings: Finding[], commitIndex: Map<string, number>): Finding[] {
  const first = new Map<string, Finding>();
  const order = (f: Finding) => (f.commit ? (commitIndex.get(f.commit) ?? Infinity) : Infinity);
  for (const f of findings) {
    const key = f.fingerprint ?? `${f.ruleId}\0${f.file}\0${f.secret}`;
    const seen = first.get(key);
    if (!seen || order(f) < order(seen)) first.set(key, f);
  }
  const kept = new Set(first.values());
  return findings.filter((f) => kept.has(f));
}
