/**
 * Identifiers made of words (`GPUComputePassDescriptor`, `scanJSDocCommentForTags`,
 * `unwrapped_key_algorithm`) have the character mix of a token but long
 * word-shaped segments. Random base62 strings average under 2 characters per
 * segment (99.9th percentile about 3.4 at 24 characters); identifiers 4 to 9.
 */
const SEGMENT = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+|[^A-Za-z0-9]+/g;

export function isIdentifierLike(s: string): boolean {
  const segments = s.match(SEGMENT);
  if (!segments) return false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits > 2 || s.length / segments.length < 3.6) return false;
  // Words have vowels: a lower-case run of five or more letters with none (`bvkdrx`) is chance, not a
  // word, and the string a random one. Acronyms (`HTTPS`, `XMLHTTP`) are upper-case and not judged.
  for (const seg of segments) if (seg.length >= 5 && LOWER_RUN.test(seg) && !VOWEL.test(seg)) return false;
  return true;
}

const LOWER_RUN = /^[A-Z]?[a-z]+$/;
const VOWEL = /[aeiouyAEIOUY]/;
