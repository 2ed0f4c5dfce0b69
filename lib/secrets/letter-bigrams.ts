/**
 * Letter pairs that words and identifiers almost never hold. For each letter, the letters that
 * follow it in under 0.5% of its occurrences in ~13,000 distinct words of Python's standard library
 * (code and docstrings, camelCase and snake_case split; /usr/lib/python3.11 on Debian 12): 235 of
 * the 676 pairs. Random letters put about a third of their pairs here, words run together about
 * one in forty. Measured on other text (words from the Markdown and Python under node_modules,
 * run together to 12-20 letters): a share of 0.2 or more marks 83-91% of random strings and
 * 0.1-0.5% of word runs.
 */
const RARE_AFTER: Record<string, string> = {
  a: 'aehjoqz', b: 'ghkqvwxz', c: 'bgjqvwxz', d: 'ghjkqwxz', e: 'hjkz', f: 'bghjkqvwxz', g: 'bjkqxyz',
  h: 'bfghjpqvwxz', i: 'hijkquwy', j: 'bfghjlmnqtvwxz', k: 'bjkmvxz', l: 'bghjkmqrvwxz', m: 'cfghjnqrvwxz',
  n: 'bhjmqrwxz', o: 'ehjqyz', p: 'bgjmqvxz', q: 'cfghijkmpqtvwxyz', r: 'hjqwxz', s: 'bjqvxz', t: 'bgjkqvxz',
  u: 'hjkquvwxyz', v: 'bdghjklqtuvwxyz', w: 'bgjkmquvxyz', x: 'gjkqvwz', y: 'jkquxz', z: 'bcgjkquvwxz',
};

let rare: Uint8Array | null = null;

function table(): Uint8Array {
  if (!rare) {
    rare = new Uint8Array(26 * 26);
    for (const [a, after] of Object.entries(RARE_AFTER)) for (const b of after) rare[(a.charCodeAt(0) - 97) * 26 + b.charCodeAt(0) - 97] = 1;
  }
  return rare;
}

/** Of the pairs of adjacent ASCII letters in `s` (case folded), how many, and what share of them are rare. */
export function rareLetterPairs(s: string): { pairs: number; share: number } {
  const t = table();
  let pairs = 0;
  let rareCount = 0;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = (s.charCodeAt(i) | 32) - 97;
    if (c < 0 || c > 25 || s.charCodeAt(i) > 122) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      pairs++;
      rareCount += t[prev * 26 + c];
    }
    prev = c;
  }
  return { pairs, share: pairs ? rareCount / pairs : 0 };
}

/** Share of rare pairs from which a run of letters reads as random rather than as words. */
export const RANDOM_PAIR_SHARE = 0.2;
