/**
 * Where a possible secret came from. Filters use it to decide how much
 * doubt to apply: a checksummed provider token needs little, a value
 * assigned to a key named `password` needs more, a bare high-entropy string
 * the most.
 */
export type CandidateKind = 'provider' | 'custom' | 'generic' | 'entropy';

/** A possible secret, before the false-positive filters have judged it. */
export interface Candidate {
  ruleId: string;
  kind: CandidateKind;
  /** The value itself. */
  secret: string;
  /** Offset of `secret` in `text`. */
  offset: number;
  /** The whole file (or decoded value) it was found in. */
  text: string;
  path: string;
  /** For generic assignments: the key the value is assigned to. */
  key?: string;
}

/** A false-positive filter: one concept per file under filters/, each with valid/invalid tables in test/secret-filters.test.ts. */
export interface SecretFilter {
  name: string;
  /** The kinds of candidate the filter judges; others pass through untouched. */
  kinds: readonly CandidateKind[];
  /** True when the candidate is not a secret. */
  rejects(c: Candidate): boolean;
}

export const ALL_KINDS: readonly CandidateKind[] = ['provider', 'custom', 'generic', 'entropy'];
export const LOOSE_KINDS: readonly CandidateKind[] = ['generic', 'entropy'];

/** Start and end (exclusive, before the newline) of the line holding `offset`. */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

/** Text of the line holding the candidate, cut to `max` characters around it for very long (minified) lines. */
export function lineOf(c: Candidate, max = 4096): string {
  const { start, end } = lineBounds(c.text, c.offset);
  if (end - start <= max) return c.text.slice(start, end);
  const from = Math.max(start, c.offset - max / 2);
  return c.text.slice(from, Math.min(end, from + max));
}

/** Up to `n` characters just before the candidate, on its line. */
export function before(c: Candidate, n: number): string {
  const { start } = lineBounds(c.text, c.offset);
  return c.text.slice(Math.max(start, c.offset - n), c.offset);
}
