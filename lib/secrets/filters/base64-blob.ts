import type { Candidate, SecretFilter } from '../candidate';

/**
 * A token prefix found inside a long base64 run is chance: `EAA…` (Meta,
 * Square), `AKIA…` and friends turn up in search indexes, embedded fonts and
 * images without a `data:` header (`…t9B/EAAABAF8NAQ…`). The run goes on past
 * a `/` or `+` on one side with 16 or more random-looking characters; a real
 * token sits after a quote, `=`, `:` or space, and a URL path before it holds
 * words, not a mix of capitals, small letters and digits.
 */
const REACH = 64;

function isBase64Char(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/** Upper, lower and digits, with a `+` or `/` among them: a piece of base64, not a word or a path segment. */
function randomBase64(s: string): boolean {
  return s.length >= 16 && /[+/]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s);
}

export function insideBase64Run(text: string, offset: number, length: number): boolean {
  const prev = text.charCodeAt(offset - 1);
  const end = offset + length;
  const next = text.charCodeAt(end);
  if (prev === 43 || prev === 47) {
    let a = offset - 1;
    const floor = Math.max(0, offset - REACH);
    while (a > floor && isBase64Char(text.charCodeAt(a - 1))) a--;
    if (randomBase64(text.slice(a, offset))) return true;
  }
  if (next === 43 || next === 47) {
    let b = end + 1;
    const ceil = Math.min(text.length, end + REACH);
    while (b < ceil && isBase64Char(text.charCodeAt(b))) b++;
    if (randomBase64(text.slice(end, b))) return true;
  }
  return false;
}

export const base64Blob: SecretFilter = {
  name: 'base64-blob',
  kinds: ['provider'],
  rejects: (c: Candidate) => insideBase64Run(c.text, c.offset, c.secret.length),
};
