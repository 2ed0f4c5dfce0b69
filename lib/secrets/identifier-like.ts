import { rareLetterPairs } from './letter-bigrams';

/**
 * Identifiers made of words (`GPUComputePassDescriptor`, `scanJSDocCommentForTags`,
 * `unwrapped_key_algorithm`) have the character mix of a token but long
 * word-shaped segments. Random base62 strings average under 2 characters per
 * segment (99.9th percentile about 3.4 at 24 characters); identifiers 4 to 9.
 *
 * Names with acronyms and numbers run shorter (`msDS-KeyVersionNumber`, `H264QualityTuningLevel`,
 * `jwtTestEC256PublicKey`, `cipherKeyB64`, `Uint8Array`: 3.0 to 3.5). Those count when at least two segments are
 * real words (7+ letters of them) and the letters inside the segments hold under 10% rare pairs
 * (letter-bigrams.ts), which random segments seldom do: over 100,000 random base62 strings each, the
 * share called identifiers went from 1.16–1.19% to 1.27% at 12 characters, 0.43–0.47% to 0.49% at
 * 16, and by at most 0.03 points from 20 characters on.
 */
const SEGMENT = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;

export function isIdentifierLike(s: string): boolean {
  const segments = s.match(SEGMENT);
  if (!segments) return false;
  let digits = 0;
  let numbers = 0;
  let letters = 0;
  for (const seg of segments) {
    if (seg.charCodeAt(0) <= 57) {
      numbers++;
      digits += seg.length;
    } else letters += seg.length;
  }
  // A version or a size in a name (`v1`, `B64`): two digits. Three (`H264`, `Sha256`) only among three words or more
  // (`encryptionKeySha256`); a year is four, and a word and a year (`dragon2023`, `Summer2024`) is a password.
  if (numbers > 2 || digits > 3 || (digits === 3 && segments.length - numbers < 3)) return false;
  // Words have vowels: a lower-case run of five or more letters with none (`bvkdrx`) is chance, not a
  // word, and the string a random one. Acronyms (`HTTPS`, `XMLHTTP`) are upper-case and not judged.
  for (const seg of segments) if (seg.length >= 5 && LOWER_RUN.test(seg) && !VOWEL.test(seg)) return false;
  // Separator runs count as segments here, as a random token's `-` and `_` cut it short.
  const separators = s.match(SEPARATORS)?.length ?? 0;
  if (s.length / (segments.length + separators) >= 3.6) return true;
  // Names join their words with `_`, `-` or `.` at most; `$`, `!` or `#` between words (`RapidRiver727$fBba`) make a password.
  // Their words are marked, by a capital (`cipherKeyB64`, `Uint8Array`) or a separator: digits alone cut a one-case random
  // string (`zacn0qa0rdfifnk`) into pieces as well.
  return !PASSWORD_SYMBOL.test(s) && WORD_MARK.test(s) && (letters + digits) / segments.length >= 3.0 && madeOfWords(segments, separators > 0);
}

/**
 * Two words or more (7+ letters in all; three when shorter, and three wherever separators join the
 * parts: `hunter2-rocks9` is a password), and the letters within segments pair as words do.
 */
function madeOfWords(segments: string[], separated: boolean): boolean {
  let words = 0;
  let wordLetters = 0;
  let pairs = 0;
  let rare = 0;
  for (const seg of segments) {
    if (seg.charCodeAt(0) <= 57) continue;
    if (seg.length >= 3 && VOWEL.test(seg) && /[a-z]/.test(seg)) {
      words++;
      wordLetters += seg.length;
    }
    const p = rareLetterPairs(seg);
    pairs += p.pairs;
    rare += p.share * p.pairs;
  }
  if (words < 2 || (words === 2 && (wordLetters < 7 || separated))) return false;
  return pairs > 0 && rare / pairs < 0.1;
}

const SEPARATORS = /[^A-Za-z0-9]+/g;
const PASSWORD_SYMBOL = /[^A-Za-z0-9_.-]/;
const WORD_MARK = /[a-z]\d*[A-Z]|[-_.]/;
const LOWER_RUN = /^[A-Z]?[a-z]+$/;
const VOWEL = /[aeiouyAEIOUY]/;
