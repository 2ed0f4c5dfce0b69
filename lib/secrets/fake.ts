/**
 * Builds fake credentials at run time for rule examples, tests and the
 * benchmark corpus, so the repository never holds a real-looking secret.
 * Deterministic (seeded) so a failing example can be reproduced.
 */
/** mulberry32: small, fast, good enough for test data. A stream of numbers in [0, 1) from `seed`. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let stream = mulberry32(0x5eed1234);

export function seed(n: number): void {
  stream = mulberry32(n);
}

export function random(): number {
  return stream();
}

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const LOWER_ALNUM = LOWER + DIGITS;
export const UPPER_ALNUM = UPPER + DIGITS;
export const HEX = '0123456789abcdef';
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';

/** `n` characters drawn from `charset`, guaranteed to mix classes when the charset has them (real tokens do). */
export function chars(charset: string, n: number): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += charset[Math.floor(random() * charset.length)];
    if (n < 8 || looksRandom(s, charset)) return s;
  }
}

function looksRandom(s: string, charset: string): boolean {
  const hasDigitSet = /[0-9]/.test(charset);
  const hasUpperSet = /[A-Z]/.test(charset);
  const hasLowerSet = /[a-z]/.test(charset);
  if (hasDigitSet && !/[0-9]/.test(s)) return false;
  if (hasUpperSet && hasLowerSet && (!/[A-Z]/.test(s) || !/[a-z]/.test(s))) return false;
  return new Set(s).size >= Math.min(s.length / 2, charset.length / 2);
}

export const alnum = (n: number) => chars(ALNUM, n);
export const lowerAlnum = (n: number) => chars(LOWER_ALNUM, n);
export const upperAlnum = (n: number) => chars(UPPER_ALNUM, n);
export const hex = (n: number) => chars(HEX, n);
export const upperHex = (n: number) => chars(HEX, n).toUpperCase();
export const digits = (n: number) => chars(DIGITS, n);
export const base64 = (n: number) => chars(BASE64, n);
export const base64url = (n: number) => chars(BASE64URL, n);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = DIGITS + UPPER + LOWER;

/** Base62 with the 0-9A-Za-z alphabet, left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  let s = '';
  let v = n >>> 0;
  while (v > 0) {
    s = BASE62[v % 62] + s;
    v = Math.floor(v / 62);
  }
  return s.padStart(width, '0');
}

/** GitHub / npm style: prefix + 30 random base62 chars + 6-char base62 CRC32 of the random part. */
export function checksummedToken(prefix: string, randomLength = 30): string {
  const body = alnum(randomLength);
  return prefix + body + base62(crc32(body), 6);
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

export function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

/** A structurally valid, unsigned-looking JWT with a random signature. */
export function jwt(payload: Record<string, unknown> = { sub: digits(8), iat: 1700000000 }): string {
  return `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.${base64url(43)}`;
}

/** A PEM block with random base64 body lines of 64 characters. */
export function pem(label: string, lines = 12): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(base64(64));
  body.push(base64(24) + '==');
  return `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----`;
}
