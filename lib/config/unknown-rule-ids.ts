import type { Config } from './schema';

export interface UnknownRuleId {
  id: string;
  /** The known id closest to it, when one is close enough to be the one meant. */
  suggestion?: string;
}

/**
 * Ids under the config's `rules` that name no rule: a typo there would silently leave a rule on (or
 * at its default severity). Loads every detector's catalogue, so the scanning commands check it and
 * the pre-commit hook, which pays for every module it loads, does not. A warning rather than an
 * error: a config written for a later release may name rules this one does not have yet.
 */
export async function unknownRuleIds(config: Config): Promise<UnknownRuleId[]> {
  const named = Object.keys(config.rules);
  if (named.length === 0) return [];
  const known = new Set(config.customRules.map((r) => r.id));
  for (const d of await (await import('../detectors/registry')).loadAllDetectors()) for (const r of d.rules) known.add(r.id);
  return named.filter((id) => !known.has(id)).map((id) => ({ id, suggestion: closest(id, known) }));
}

/** The known id at the smallest edit distance, if that is at most a third of the id's length. */
function closest(id: string, known: Set<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const k of known) {
    if (Math.abs(k.length - id.length) >= bestDistance) continue;
    const d = editDistance(id, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The warning lines for `unknown`, naming the config file. */
export function unknownRuleIdWarnings(unknown: UnknownRuleId[], file: string | null): string[] {
  return unknown.map(
    ({ id, suggestion }) =>
      `stowaway: warning: ${file ?? 'config'}: rules."${id}" names no rule, so it changes nothing${suggestion ? `; did you mean "${suggestion}"?` : '.'} \`stowaway rules\` lists every id.`,
  );
}
