#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/secrets/fake.ts
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var stream = mulberry32(1592594996);
function random() {
  return stream();
}
var UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", LOWER = "abcdefghijklmnopqrstuvwxyz", DIGITS = "0123456789", ALNUM = UPPER + LOWER + DIGITS, LOWER_ALNUM = LOWER + DIGITS, UPPER_ALNUM = UPPER + DIGITS, HEX = "0123456789abcdef", BASE64 = ALNUM + "+/", BASE64URL = ALNUM + "-_";
function chars(charset, n) {
  for (; ; ) {
    let s = "";
    for (let i = 0; i < n; i++) s += charset[Math.floor(random() * charset.length)];
    if (n < 8 || looksRandom(s, charset)) return s;
  }
}
function looksRandom(s, charset) {
  let hasDigitSet = /[0-9]/.test(charset), hasUpperSet = /[A-Z]/.test(charset), hasLowerSet = /[a-z]/.test(charset);
  return hasDigitSet && !/[0-9]/.test(s) || hasUpperSet && hasLowerSet && (!/[A-Z]/.test(s) || !/[a-z]/.test(s)) ? !1 : new Set(s).size >= Math.min(s.length / 2, charset.length / 2);
}
var alnum = (n) => chars(ALNUM, n), lowerAlnum = (n) => chars(LOWER_ALNUM, n), upperAlnum = (n) => chars(UPPER_ALNUM, n), hex = (n) => chars(HEX, n), upperHex = (n) => chars(HEX, n).toUpperCase(), digits = (n) => chars(DIGITS, n), base64 = (n) => chars(BASE64, n), base64url = (n) => chars(BASE64URL, n), CRC_TABLE = (() => {
  let t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();
function crc32(s) {
  let c = 4294967295;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
var BASE62 = DIGITS + UPPER + LOWER;
function base62(n, width) {
  let s = "", v = n >>> 0;
  for (; v > 0; )
    s = BASE62[v % 62] + s, v = Math.floor(v / 62);
  return s.padStart(width, "0");
}
function checksummedToken(prefix, randomLength = 30) {
  let body = alnum(randomLength);
  return prefix + body + base62(crc32(body), 6);
}
function b64(s) {
  return Buffer.from(s, "utf8").toString("base64");
}
function b64url(s) {
  return Buffer.from(s, "utf8").toString("base64url");
}
function jwt(payload = { sub: digits(8), iat: 17e8 }) {
  return `${b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64url(JSON.stringify(payload))}.${base64url(43)}`;
}
function pem(label, lines = 12) {
  let body = [];
  for (let i = 0; i < lines; i++) body.push(base64(64));
  return body.push(base64(24) + "=="), `-----BEGIN ${label}-----
${body.join(`
`)}
-----END ${label}-----`;
}

export {
  random,
  UPPER,
  LOWER,
  ALNUM,
  chars,
  alnum,
  lowerAlnum,
  upperAlnum,
  hex,
  upperHex,
  digits,
  base64,
  base64url,
  crc32,
  base62,
  checksummedToken,
  b64,
  b64url,
  jwt,
  pem
};
