import { shannonEntropy } from './entropy';
import { keyAtHit, type KeyAtHit } from './generic-assignment';
import { isIdentifierLike } from './identifier-like';

/**
 * secret/high-entropy: a random-looking base64, base64url or hex string that
 * sits in secret context: on the same line as, and after, a secret-like word
 * (`headers["X-Api-Key"] = …`, `login(token, "…")`, `Authorization: Bearer …`,
 * `--secret …`). Random strings elsewhere (hashes, ids, minified code,
 * fixtures) are not reported: without context they are mostly noise.
 *
 * Thresholds (bits per character, Shannon): hex needs 32+ characters and
 * 3.0 bits; base64 and base64url need 20+ characters, two of lower / upper /
 * digit, and 85% of the maximum entropy a string of that length can have
 * (capped at 4.3): random 20-character base62 averages about 4.0 bits,
 * English identifiers of that length about 3.3.
 */
export const HIGH_ENTROPY_ID = 'secret/high-entropy';

const LOOKAHEAD = 160;
const MIN_BASE64 = 20;
const MIN_HEX = 32;
const MAX_TOKEN = 512;

function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 45 || c === 61;
}

/** Bits per character a random string of this length can be expected to reach. */
function entropyBar(length: number): number {
  return Math.min(4.3, 0.85 * Math.log2(length));
}

/** True when the string has the shape and entropy of a generated credential. */
export function isHighEntropyToken(token: string): boolean {
  if (token.length > MAX_TOKEN || token.length < MIN_BASE64) return false;
  const body = token.replace(/=+$/, '');
  if (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body)) return body.length >= MIN_HEX && shannonEntropy(body) >= 3.0;
  if (body.length < MIN_BASE64) return false;
  const lower = /[a-z]/.test(body) ? 1 : 0;
  const upper = /[A-Z]/.test(body) ? 1 : 0;
  const digit = /[0-9]/.test(body) ? 1 : 0;
  if (lower + upper + digit < 2 || isIdentifierLike(body)) return false;
  // Paths and dotted/dashed identifiers: `src/components/auth-token-form`
  if (/^[a-z0-9]+(?:[/_-][a-z0-9]+){2,}$/i.test(body) && !/[A-Z].*[a-z].*[A-Z]/.test(body)) return false;
  if (isWordPath(body)) return false;
  // Lower-case words and a number: an anchor or a build's name (`issuecomment-304521450`), not a drawn string.
  if (/^[a-z]{3,}(?:[-_][a-z]{3,})*[-_]\d+$/.test(body)) return false;
  return shannonEntropy(body) >= entropyBar(body.length);
}

/**
 * A path segment of words or names (`docs`, `Web`, `JavaScript`, `Global_Objects`, `en-US`, `AWSEC2`, `ec2-byoip`):
 * letters between separators, a number after a name allowed, in word-long pieces.
 */
const PATH_LETTERS = /^[A-Za-z]+\d*(?:[-_.][A-Za-z]+\d*)*$/;
const WORD_PIECE = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;

function isPathWord(p: string): boolean {
  if (/^[a-z]{2}-[A-Z]{2}$/.test(p)) return true;
  // An issue's number or a version (`issues/333`, `v3`); a package's slug with its dashes around it (`/-aws-sdk-credential-providers/`).
  if (/^v?\d{1,10}$/.test(p)) return true;
  p = p.replace(/^[-_]+|[-_]+$/g, '');
  if (p.length < 3 || !PATH_LETTERS.test(p)) return false;
  const pieces = p.match(WORD_PIECE)!;
  // `KmsKeyId`, `anyOf`: names of short words run 2.5 letters a piece and more. Random letters of both cases
  // average about that too, one segment at a time; three letter-only segments in a row are what random
  // base64 does not make (200,000 random tokens of 20-40 characters: 98.918% judged random before this and after).
  return p.replace(/[-_.\d]/g, '').length / pieces.length >= 2.5;
}

/**
 * A URL or file path of three or more word segments (`org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object`,
 * `com/AzureAD/microsoft-authentication-library-for-js/issues/333`, numbers allowed,
 * a JSON pointer's `properties/KmsKeyId/anyOf`). Random base64 holds a `/` once in 32 characters, and a stretch of
 * it between two slashes is letters in word-long pieces about once in a hundred; three such stretches in a row
 * do not happen.
 */
function isWordPath(s: string): boolean {
  if (s.indexOf('/') < 0) return false;
  const parts = s.split('/');
  if (parts.length < 3) return false;
  for (const p of parts) if (!isPathWord(p)) return false;
  return true;
}

export interface EntropyHit {
  /** The secret-like word that gives the context. */
  word: string;
  token: string;
  offset: number;
}

const CONTEXT_WORD = /^(?:bearer|authorization)$/i;

/**
 * The first high-entropy token after the secret-like word at `hit`, on the
 * same line. `hit` is a prefilter keyword position.
 */
export function highEntropyAfter(text: string, hit: number, at: KeyAtHit | null = keyAtHit(text, hit)): EntropyHit | null {
  if (!at) return null;
  const bounds = at;
  const word = at.key;
  if (!at.kind && !CONTEXT_WORD.test(word)) return null;
  if (insideRandomRun(text, bounds.start, bounds.end)) return null;
  const limit = Math.min(text.length, bounds.end + LOOKAHEAD);
  let i = bounds.end;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 10) return null;
    if (!isTokenChar(c)) {
      i++;
      continue;
    }
    // `=` inside a run separates `name=value` (`sha256=…`); only trailing `=` is base64 padding.
    const end = Math.min(text.length, i + MAX_TOKEN + 1);
    let j = i;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d === 61) {
        let k = j;
        while (k < end && text.charCodeAt(k) === 61) k++;
        if (k >= end || !isTokenChar(text.charCodeAt(k))) j = k;
        break;
      }
      if (!isTokenChar(d)) break;
      j++;
    }
    if (j === i) {
      i++;
      continue;
    }
    // Trimming only shortens a run, and nothing under MIN_BASE64 characters qualifies.
    if (j - i < MIN_BASE64) {
      i = j;
      continue;
    }
    const run = text.slice(i, j);
    const token = trimToken(run);
    const start = i + run.indexOf(token);
    // …and a name called or declared as a function (`FunctionPass *createX86LowerAMXTypePass();`) is code.
    const glued = text[start - 1] === '[' || text[start - 1] === '}' || text.startsWith('${', start + token.length) || text.startsWith('{{', start + token.length) || text[start + token.length] === '(' || urlPath(text, start, token);
    if (token && !glued && isHighEntropyToken(token)) {
      return { word, token, offset: start };
    }
    i = j;
  }
  return null;
}

/**
 * A URL's host suffix and path, cut at the host's last dot (`com/personalize/latest/dg/API_UBS_PutEvents`
 * in `https://docs.aws.amazon.com/personalize/…`, a link in a comment after "pass"): a path names pages.
 * Only there: a query's `?token=…` is a value, and the generic rule's.
 */
function urlPath(text: string, start: number, token: string): boolean {
  if (text.charCodeAt(start - 1) !== 46 || !token.includes('/')) return false;
  let a = start - 1;
  const floor = Math.max(0, start - 256);
  while (a > floor && !isUrlStop(text.charCodeAt(a - 1))) a--;
  return text.slice(a, start).includes('://');
}

/** What ends a URL read backwards: whitespace, quotes, brackets. */
function isUrlStop(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 40 || c === 60 || c === 91;
}

/**
 * A "word" that is a slice of a random string gives no context: `pw` in a
 * base64 cursor `sS4uPWKls/A+Vb…`, `key` inside an SRI hash. The run of token
 * characters around it, when itself random, is data.
 */
function insideRandomRun(text: string, start: number, end: number): boolean {
  // The whole run around [start, end), found once per run: a line of `password=password=…` has a
  // keyword hit every few characters, and rescanning 1 KiB around each one was quadratic in practice.
  let ra: number;
  let rb: number;
  if (lastRun.text === text && start >= lastRun.a && end <= lastRun.b) {
    ra = lastRun.a;
    rb = lastRun.b;
  } else {
    ra = start;
    while (ra > 0 && isTokenChar(text.charCodeAt(ra - 1))) ra--;
    rb = end;
    while (rb < text.length && isTokenChar(text.charCodeAt(rb))) rb++;
    lastRun.text = text;
    lastRun.a = ra;
    lastRun.b = rb;
  }
  // The part within MAX_TOKEN of the word, as before.
  let a = Math.max(ra, start - MAX_TOKEN);
  let b = Math.min(rb, end + MAX_TOKEN);
  // trimToken's cut, without building the string: a run that stays too long is no token.
  while (a < b && TRIM_LEADING.has(text.charCodeAt(a))) a++;
  while (b > a && TRIM_TRAILING.has(text.charCodeAt(b - 1))) b--;
  if (b - a < MIN_BASE64) return false;
  // Longer than any token: a base64 blob (kubeconfig certificate-authority-data, an inline image). Judge the stretch around the word.
  if (b - a > MAX_TOKEN) {
    a = Math.max(a, Math.min(start - MAX_TOKEN / 2, b - MAX_TOKEN));
    b = a + MAX_TOKEN;
  }
  return isHighEntropyToken(text.slice(a, b));
}

const lastRun: { text: string | null; a: number; b: number } = { text: null, a: 0, b: 0 };
/** What trimToken strips: `-_=/+` in front, `-_/` behind. */
const TRIM_LEADING = new Set([45, 95, 61, 47, 43]);
const TRIM_TRAILING = new Set([45, 95, 47]);

/** Drops separators at the edges: `-abc=` → `abc=`. */
function trimToken(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '-' || s[a] === '_' || s[a] === '=' || s[a] === '/' || s[a] === '+')) a++;
  while (b > a && (s[b - 1] === '-' || s[b - 1] === '_' || s[b - 1] === '/')) b--;
  return s.slice(a, b);
}
