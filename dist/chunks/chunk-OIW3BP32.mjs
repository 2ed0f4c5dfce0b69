#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/secrets/entropy.ts
function shannonEntropy(s) {
  if (!s) return 0;
  let counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let e = 0;
  for (let c of counts.values()) {
    let p = c / s.length;
    e -= p * Math.log2(p);
  }
  return e;
}

// lib/secrets/candidate.ts
var ALL_KINDS = ["provider", "custom", "generic", "entropy"], LOOSE_KINDS = ["generic", "entropy"];
function lastIndexWithin(text, needle, from, maxBack) {
  let lo = Math.max(0, from - maxBack), i = text.slice(lo, Math.min(text.length, from + needle.length)).lastIndexOf(needle);
  return i < 0 ? -1 : lo + i;
}
function indexWithin(text, needle, from, maxFwd) {
  let i = text.slice(from, from + maxFwd + needle.length).indexOf(needle);
  return i < 0 ? -1 : from + i;
}
function lineBounds(text, offset) {
  let nl = lastIndexWithin(text, `
`, offset - 1, 8192), start = nl >= 0 ? nl + 1 : Math.max(0, offset - 8192), end = indexWithin(text, `
`, offset, 8192);
  return end < 0 && (end = Math.min(text.length, offset + 8192)), end > start && text.charCodeAt(end - 1) === 13 && end--, { start, end };
}
var factsOf = null, facts = null;
function textFacts(text) {
  return (factsOf !== text || !facts) && (factsOf = text, facts = {
    ansibleVault: text.includes("$ANSIBLE_VAULT;"),
    sealedSecret: text.includes("SealedSecret") && /kind:\s*["']?SealedSecret/.test(text),
    sops: text.includes("ENC["),
    pem: text.includes("-----BEGIN "),
    dataUri: text.includes(";base64,")
  }), facts;
}
function lineOf(c, max = 4096) {
  let { start, end } = lineBounds(c.text, c.offset);
  if (end - start <= max) return c.text.slice(start, end);
  let from = Math.max(start, c.offset - max / 2);
  return c.text.slice(from, Math.min(end, from + max));
}
function before(c, n) {
  let { start } = lineBounds(c.text, c.offset);
  return c.text.slice(Math.max(start, c.offset - n), c.offset);
}

// lib/secrets/dense-random.ts
function isDenseRandom(s) {
  return s.length < 40 || !/[0-9]/.test(s) || !/[a-z]/.test(s) ? !1 : new Set(s.replace(/[A-Za-z0-9\s]/g, "")).size >= (/[A-Z]/.test(s) ? 5 : 8) && shannonEntropy(s) >= 5;
}

// lib/secrets/filters/placeholder.ts
var ANY_PLACEHOLDER = /example|x{5,}|X{5,}|\*{3,}|•{3,}|\.{3,}|_{5,}|<[^<>\s]{2,}>|\[[A-Za-z _-]{3,}\]|^<|>$/i, PLACEHOLDER_WORDS = new RegExp(
  [
    "change[-_ ]?(?:me|it|this)",
    "your",
    "placeholder",
    "dummy",
    "sample",
    "redacted",
    "replace",
    "fixme",
    "insert",
    "enter",
    "secret",
    "password",
    "passwd",
    "token",
    "apikey",
    "api_key",
    "notreal",
    "not[-_]?a[-_]?real",
    "not[-_]?real",
    "invalid",
    "lorem",
    "qwerty",
    "letmein",
    "admin",
    "default",
    "abc123",
    "hunter2",
    "undefined",
    "empty",
    "nothing",
    "unset",
    "unknown",
    "value",
    "string",
    "testing"
  ].join("|"),
  "gi"
), TYPED_SEGMENT = /^(?:[A-Z]+(?:[A-Z][a-z]+)*|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*)$/;
function typedCase(word) {
  for (let segment of word.split(/[^A-Za-z]+/)) if (segment && !TYPED_SEGMENT.test(segment)) return !1;
  return !0;
}
function hasPlaceholderWord(s) {
  PLACEHOLDER_WORDS.lastIndex = 0;
  for (let m = PLACEHOLDER_WORDS.exec(s); m; m = PLACEHOLDER_WORDS.exec(s)) {
    if (typedCase(m[0])) return !0;
    PLACEHOLDER_WORDS.lastIndex = m.index + 1;
  }
  return !1;
}
var SHORT_WORDS = /(?:^|[-_.:\s/])(?:test|demo|mock|stub|foo|bar|baz|xxx|tbd|todo|fake|none|null|some|here|my|pass|pwd|abc|temp|tmp)(?=$|[-_.:\s/0-9])/i;
function longestRepeat(s) {
  let best = 1, run = 1;
  for (let i = 1; i < s.length; i++)
    run = s.charCodeAt(i) === s.charCodeAt(i - 1) ? run + 1 : 1, run > best && (best = run);
  return best;
}
function longestSequence(s) {
  let best = 1, up = 1, down = 1;
  for (let i = 1; i < s.length; i++) {
    let d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1, down = d === -1 ? down + 1 : 1, best = Math.max(best, up, down);
  }
  return best;
}
function isAlphabetWalk(s) {
  if (s.length < 12) return !1;
  let need = Math.ceil((s.length - 1) * 9 / 20), steps = 0;
  for (let i = 1; i < s.length; i++) {
    if (steps + (s.length - i) < need) return !1;
    let a = s.charCodeAt(i - 1) | 32;
    (s.charCodeAt(i) | 32) === a + 1 && isLowerAlnum(a) && isLowerAlnum(a + 1) && steps++;
  }
  return steps >= need;
}
function isLowerAlnum(c) {
  return c >= 97 && c <= 122 || c >= 48 && c <= 57;
}
function lowVariety(s) {
  if (s.length < 8) return !1;
  let most = s.length >= 16 ? 5 : 3, seen = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 55296 && c <= 57343) return new Set(s).size <= most;
    if (!seen.includes(c)) {
      if (seen.length === most) return !1;
      seen.push(c);
    }
  }
  return !0;
}
var KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"], KEYBOARD_TRIGRAMS = /* @__PURE__ */ new Set();
for (let row of KEYBOARD_ROWS) {
  let both = [row, [...row].reverse().join("")];
  for (let r of both) for (let i = 0; i + 3 <= r.length; i++) KEYBOARD_TRIGRAMS.add(r.slice(i, i + 3));
}
function isKeyboardMash(s) {
  let lower = s.toLowerCase(), runs = 0;
  for (let i = 0; i + 3 <= lower.length; i++)
    KEYBOARD_TRIGRAMS.has(lower.slice(i, i + 3)) && (runs++, i += 2);
  return runs >= 2 && runs * 3 * 4 >= s.length;
}
function isPlaceholder(secret, strict) {
  if (isDenseRandom(secret)) return /example|x{5,}|\*{5,}/i.test(secret) || longestRepeat(secret) >= 8 || longestSequence(secret) >= 8 || !strict && isAlphabetWalk(secret);
  if (ANY_PLACEHOLDER.test(secret) || lowVariety(secret) || !strict && isAlphabetWalk(secret)) return !0;
  let run = strict ? 8 : secret.length >= 32 ? 7 : 5;
  return longestRepeat(secret) >= run || longestSequence(secret) >= run ? !0 : /^[0-9a-f]{32,}$/i.test(secret) ? !1 : !strict && (hasPlaceholderWord(secret) || SHORT_WORDS.test(secret) || isKeyboardMash(secret));
}
var OPENSSH_PREAMBLE = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA";
function keyBlockText(secret) {
  return secret.startsWith("-----BEGIN ") ? secret.replace(OPENSSH_PREAMBLE, "").replace(/(?:\s|\\[rn])+/g, `
`) : secret;
}
var placeholder = {
  name: "placeholder",
  kinds: ALL_KINDS,
  rejects: (c) => isPlaceholder(keyBlockText(c.secret), c.kind === "provider" || c.kind === "custom")
};

export {
  shannonEntropy,
  ALL_KINDS,
  LOOSE_KINDS,
  lastIndexWithin,
  indexWithin,
  lineBounds,
  textFacts,
  lineOf,
  before,
  isDenseRandom,
  isPlaceholder,
  placeholder
};
