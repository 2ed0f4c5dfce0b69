import { ALL_KINDS, type Candidate, type SecretFilter } from '../candidate';
import { isDenseRandom } from '../dense-random';

/**
 * Values people write where a real secret would go: `<your-key>`, `xxxx`,
 * `changeme`, `dummy`, masked `****`, runs of one character or of consecutive
 * characters. Provider tokens are judged only on marks no random token carries
 * by chance; generic values also on placeholder words.
 */
// `sekrit` is the documentation's stand-in password (Python's distutils, pypirc examples).
// Words in brackets stand for a value: `<your-key>`, `[API KEY]`, SQLAlchemy's docs' `PWD=(whatever);`,
// and, in parentheses alone, what code writes over a value it hides: `redacted.password = '(hidden)'` (imapflow).
const ANY_PLACEHOLDER = /^sekrit$|example|x{5,}|X{5,}|\*{3,}|•{3,}|\.{3,}|_{5,}|<[^<>\s]{2,}>|\[[A-Za-z _-]{3,}\]|^\([A-Za-z _-]{3,}\)$|^<|>$/i;

/** Placeholder words long enough that a random token almost never contains one by chance. */
const PLACEHOLDER_WORDS = new RegExp(
  [
    'change[-_ ]?(?:me|it|this)', 'your', 'placeholder', 'dummy', 'sample', 'redacted', 'replace', 'fixme', 'insert', 'enter',
    'secret', 'password', 'passwd', 'token', 'apikey', 'api_key', 'notreal', 'not[-_]?a[-_]?real', 'not[-_]?real', 'invalid',
    'lorem', 'qwerty', 'letmein', 'admin', 'default', 'abc123', 'hunter2', 'undefined', 'empty', 'nothing', 'unset',
    'unknown', 'value', 'string', 'testing', 'sekrit', 'xyzzy', 'blabla',
    // A value that names a key (`SEC_PKCS12PrivateKey`, a C type) is a name.
    'private[-_]?key',
  ].join('|'),
  'gi',
);

/**
 * A placeholder word as people type it: lower case, upper case, or capitalised humps (`Your`,
 * `PassWord`, `ChangeMe`). Random tokens spell words in any case by chance (`…kxlxYOuRxUM…`); a
 * word in one of these few shapes is several times rarer among them.
 */
const TYPED_SEGMENT = /^(?:[A-Z]+(?:[A-Z][a-z]+)*|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*)$/;

function typedCase(word: string): boolean {
  for (const segment of word.split(/[^A-Za-z]+/)) if (segment && !TYPED_SEGMENT.test(segment)) return false;
  return true;
}

function hasPlaceholderWord(s: string): boolean {
  PLACEHOLDER_WORDS.lastIndex = 0;
  for (let m = PLACEHOLDER_WORDS.exec(s); m; m = PLACEHOLDER_WORDS.exec(s)) {
    if (typedCase(m[0])) return true;
    PLACEHOLDER_WORDS.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Short words count only as whole words (at an edge or next to a separator): `test-key`, `foo_bar`,
 * `my.token`, `test123`, and only written as words are (`my`, `My`, `MY`): a random value that
 * ends in `_mY` or starts `MY5say^M…` is no placeholder.
 */
const SHORT_WORDS = /(?:^|[-_.:\s/])(test|demo|mock|stub|foo|bar|baz|xxx|tbd|todo|fake|none|null|some|here|my|pass|pwd|abc|temp|tmp)(?=$|[-_.:\s/]|[0-9]+(?:$|[-_.:\s/]))/gi;
const WORD_CASE = /^(?:[a-z]+|[A-Z][a-z]*|[A-Z]+)$/;

function hasShortWord(s: string): boolean {
  for (const m of s.matchAll(SHORT_WORDS)) if (WORD_CASE.test(m[1])) return true;
  return false;
}

/** The longest run of one repeated character. */
function longestRepeat(s: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) === s.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** The longest run of consecutive characters (`abcdef`, `123456`, `987654`). */
export function longestSequence(s: string): number {
  let best = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return best;
}

/**
 * An alphabet walk: `abcd1234defg5678`, `AB1C2defGHijkLMNo3PqQRst…` (documentation's stand-ins), where
 * at least 45% of neighbouring pairs are consecutive letters or digits in any case. Random
 * alphanumerics have one such pair in about 30: 6 in a million random 12-character values reach
 * 45% (a third: 2 in 10,000), none of 20 characters.
 */
export function isAlphabetWalk(s: string): boolean {
  if (s.length < 12) return false;
  // Every generic candidate passes here: stop as soon as the steps left cannot reach the share.
  const need = Math.ceil(((s.length - 1) * 9) / 20);
  let steps = 0;
  for (let i = 1; i < s.length; i++) {
    if (steps + (s.length - i) < need) return false;
    const a = s.charCodeAt(i - 1) | 0x20;
    if ((s.charCodeAt(i) | 0x20) === a + 1 && isLowerAlnum(a) && isLowerAlnum(a + 1)) steps++;
  }
  return steps >= need;
}

/**
 * Two walks woven together: `a1b2c3d4e5f6…`, `1a2b3c4d…`, `abc123def456…`, `a123b45c6d78e9f0…`
 * (documentation's stand-ins for ids and keys). Read alone, the letters go up the alphabet and the
 * digits up from 0, each in at least 70% of its steps (a hex walk wraps from `f` to `a`, digits from 9
 * to 0). In random alphanumerics a letter follows its predecessor once in 26 (in hex once in 6) and a
 * digit once in 10: 70% of ten steps or more is out of reach.
 */
export function isInterleavedWalk(s: string): boolean {
  if (s.length < 12) return false;
  let letters = 0;
  let digits = 0;
  let letterSteps = 0;
  let digitSteps = 0;
  let lastLetter = -1;
  let lastDigit = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      if (lastLetter >= 0 && (c === lastLetter + 1 || (c === 0x61 && (lastLetter === 0x66 || lastLetter === 0x7a)))) letterSteps++;
      lastLetter = c;
      letters++;
    } else if (c >= 0x30 && c <= 0x39) {
      if (lastDigit >= 0 && (c === lastDigit + 1 || (c === 0x30 && lastDigit === 0x39))) digitSteps++;
      lastDigit = c;
      digits++;
    }
  }
  return letters >= 4 && digits >= 4 && letterSteps >= 0.7 * (letters - 1) && digitSteps >= 0.7 * (digits - 1);
}

/** An ASCII digit or lower-case letter (callers fold case with `| 0x20`). */
function isLowerAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Few distinct characters for the length: `aaaabbbb`, `abababab`, `1111-2222`. */
export function lowVariety(s: string): boolean {
  if (s.length < 8) return false;
  const most = s.length >= 16 ? 5 : 3;
  // Every candidate passes here, most with many distinct characters: stop at the first one too many
  // (a Set of the whole string cost ~2 µs per 32-character value, a tenth of the engine's time on logs).
  const seen: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return new Set(s).size <= most; // astral characters: count code points
    if (seen.includes(c)) continue;
    if (seen.length === most) return false;
    seen.push(c);
  }
  return true;
}

// Rows, and the columns people walk down them (`qazwsxedc`, `1qaz2wsx`'s letters).
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qaz', 'wsx', 'edc', 'rfv', 'tgb', 'yhn', 'ujm'];
const KEYBOARD_TRIGRAMS = new Set<string>();
for (const row of KEYBOARD_ROWS) {
  const both = [row, [...row].reverse().join('')];
  for (const r of both) for (let i = 0; i + 3 <= r.length; i++) KEYBOARD_TRIGRAMS.add(r.slice(i, i + 3));
}

const HOME_ROW = new Set('asdfghjkl');

/**
 * Keyboard mash (`asdfjkl`, `qwe089234lkjsdf`, `qazwsxedc`): two or more runs of adjacent keys, covering a
 * quarter of the value. 64 random base64 characters hold two such trigrams about once in a hundred.
 * Or fingers resting on the home row between digits typed in order, as in oauthlib's docstrings
 * (`askfjh234as9sd8`, `kjfch2345sdf`): lower-case letters, 7 in 8 of them from `asdfghjkl` (a
 * third of the alphabet; 4 in 5 from 12 letters on) and a run of consecutive digits. Random lower-case alphanumerics of that
 * length look like that about once in two thousand.
 */
export function isKeyboardMash(s: string): boolean {
  if (isHomeRowMash(s)) return true;
  // Mash is typed without shift: in a value of both cases, runs like `mhGf` and `IOP` are chance.
  if (/[a-z]/.test(s) && /[A-Z]/.test(s)) return false;
  const lower = s.toLowerCase();
  let runs = 0;
  for (let i = 0; i + 3 <= lower.length; i++) {
    if (KEYBOARD_TRIGRAMS.has(lower.slice(i, i + 3))) {
      runs++;
      i += 2;
    }
  }
  return runs >= 2 && runs * 3 * 4 >= s.length;
}

function isHomeRowMash(s: string): boolean {
  if (s.length > 32 || !/^[a-z0-9]+$/.test(s) || !/(?:01|12|23|34|45|56|67|78|89)/.test(s)) return false;
  let letters = 0;
  let home = 0;
  for (const c of s) {
    if (c >= 'a' && c <= 'z') {
      letters++;
      if (HOME_ROW.has(c)) home++;
    }
  }
  return (letters >= 8 && home * 8 >= letters * 7) || (letters >= 12 && home * 5 >= letters * 4);
}

/** True for values no one would mistake for a real credential. */
export function isPlaceholder(secret: string, strict: boolean): boolean {
  // A long wide-alphabet random value holds brackets, dots and short words by chance; only explicit marks count.
  if (isDenseRandom(secret)) return /example|x{5,}|\*{5,}/i.test(secret) || longestRepeat(secret) >= 8 || longestSequence(secret) >= 8 || (!strict && isAlphabetWalk(secret));
  if (ANY_PLACEHOLDER.test(secret)) return true;
  if (lowVariety(secret)) return true;
  // Strict callers (provider tokens, Dockerfile ENV values) keep a documentation-style value such as
  // `ENV API_KEY=abc123def456`: a key in an image layer is reported whatever it looks like.
  if (!strict && (isAlphabetWalk(secret) || isInterleavedWalk(secret))) return true;
  // `12345` in a short value is someone typing; in 64 random hex digits a run of five turns up about
  // once in 500 (Rails' secret_key_base ending in …876541), a run of seven once in 100,000.
  const run = strict ? 8 : secret.length >= 32 ? 7 : 5;
  if (longestRepeat(secret) >= run) return true;
  if (longestSequence(secret) >= run) return true;
  // 32+ hex digits can spell only `abc` and `abc123` of the words, and do by chance (`abc7a07b…`).
  if (/^[0-9a-f]{32,}$/i.test(secret)) return false;
  return !strict && (hasPlaceholderWord(secret) || hasShortWord(secret) || isKeyboardMash(secret));
}

/**
 * Every unencrypted OpenSSH key body opens with the same bytes (magic, cipher and kdf `none`, empty
 * kdf options, one key): base64 of zero lengths, a run of eleven `A`s that is structure, not filler.
 */
const OPENSSH_PREAMBLE = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA';

/** A key block's opening as judged: without the OpenSSH preamble, and with the indentation of a YAML block or heredoc folded (eight spaces are layout). */
function keyBlockText(secret: string): string {
  if (!secret.startsWith('-----BEGIN ')) return secret;
  return secret.replace(OPENSSH_PREAMBLE, '').replace(/(?:\s|\\[rn])+/g, '\n');
}

/** A guessed value cut short by the writer (`token: "ABAQDAwXxn7kIMNWzcDfo..."`): an example, elided. */
function elided(c: Candidate): boolean {
  const end = c.offset + c.secret.length;
  return c.text.startsWith('...', end) || c.text.charCodeAt(end) === 0x2026;
}

export const placeholder: SecretFilter = {
  name: 'placeholder',
  kinds: ALL_KINDS,
  rejects: (c: Candidate) => isPlaceholder(keyBlockText(c.secret), c.kind === 'provider' || c.kind === 'custom') || ((c.kind === 'generic' || c.kind === 'entropy') && elided(c)),
};
