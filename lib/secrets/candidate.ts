import { lineStartsOf } from '../text/line-starts';
import { lastAtOrBelow } from '../text/sorted-search';

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

/**
 * Searches are bounded: a filter runs once per candidate, and a 1 MiB
 * one-line file with thousands of candidates must not turn every lookup
 * into a scan of the whole file.
 */
const LINE_LIMIT = 8192;

/** `text.lastIndexOf(needle, from)`, looking back at most `maxBack` characters. */
export function lastIndexWithin(text: string, needle: string, from: number, maxBack: number): number {
  const lo = Math.max(0, from - maxBack);
  const i = text.slice(lo, Math.min(text.length, from + needle.length)).lastIndexOf(needle);
  return i < 0 ? -1 : lo + i;
}

/** `text.indexOf(needle, from)`, looking ahead at most `maxFwd` characters. */
export function indexWithin(text: string, needle: string, from: number, maxFwd: number): number {
  const i = text.slice(from, from + maxFwd + needle.length).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

/**
 * Start and end (exclusive, before the newline) of the line holding `offset`;
 * on lines longer than 8 KiB either way, the edge of that span.
 */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  // The text's line starts, found once: the filters ask for the line of every candidate, and on a long
  // line (minified JSON holding thousands of values) reading 8 KiB each way per question dominated.
  const starts = lineStartsOf(text);
  const k = lastAtOrBelow(starts, offset);
  const before = k > 0 ? starts[k] - 1 : -1;
  const after = k + 1 < starts.length ? starts[k + 1] - 1 : -1;
  const nl = before >= 0 && before >= offset - 1 - LINE_LIMIT ? before : -1;
  const start = nl >= 0 ? nl + 1 : Math.max(0, offset - LINE_LIMIT);
  let end = after >= 0 && after <= offset + LINE_LIMIT ? after : -1;
  if (end < 0) end = Math.min(text.length, offset + LINE_LIMIT);
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

/** Facts about a whole text that several filters ask for, computed once per text. */
export interface TextFacts {
  ansibleVault: boolean;
  sealedSecret: boolean;
  sops: boolean;
  pem: boolean;
  dataUri: boolean;
}

let factsOf: string | null = null;
let facts: TextFacts | null = null;

export function textFacts(text: string): TextFacts {
  if (factsOf !== text || !facts) {
    factsOf = text;
    facts = {
      ansibleVault: text.includes('$ANSIBLE_VAULT;'),
      sealedSecret: text.includes('SealedSecret') && /kind:\s*["']?SealedSecret/.test(text),
      sops: text.includes('ENC['),
      pem: text.includes('-----BEGIN '),
      dataUri: text.includes(';base64,'),
    };
  }
  return facts;
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
