import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretRules } from '../lib/secrets/rules/index';
import type { SecretRule } from '../lib/secrets/rule';
import { findSecretsInFile } from '../lib/secrets/engine';
import { SourceFile } from '../lib/text/source-file';
import * as fake from '../lib/secrets/fake';

// Every regex must stay linear in practice. Each rule runs over 1 MiB of input built to make a
// backtracking regex blow up: long runs of its own character classes, its keywords repeated,
// and near-misses (its own true examples with the last character cut, glued together).
// Catastrophic backtracking takes minutes on this input; the bound is 1 s per rule and input
// (issue 3). The benchmark reports the slowest rule against the 50 ms goal.

const MIB = 1024 * 1024;
const LIMIT_MS = 1000;

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

/** The characters each bracket class in the regex accepts (the charsets its quantifiers run over). */
function charsetsOf(regex: RegExp): string[] {
  const sets: string[] = [];
  const classes = regex.source.match(/\[(?:\\.|[^\]\\])+\]/g) ?? [];
  for (const cls of classes) {
    let re: RegExp;
    try {
      re = new RegExp(`^${cls}$`, regex.flags.replace(/[gy]/g, ''));
    } catch {
      continue;
    }
    const chars = PRINTABLE.filter((c) => re.test(c)).join('');
    if (chars.length > 0 && chars.length < 95) sets.push(chars);
  }
  return [...new Set(sets)];
}

function fill(unit: string): string {
  if (!unit) unit = 'a';
  return unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);
}

/** Adversarial inputs for one rule: name → 1 MiB of text. */
function adversarial(rule: SecretRule): Array<[string, string]> {
  const inputs: Array<[string, string]> = [];
  const keywords = rule.keywords.length ? rule.keywords : ['key'];
  const sets = charsetsOf(rule.regex);
  const union = [...new Set(sets.join(''))].join('') || fake.ALNUM;
  // A run of its own characters, with a keyword at the start: quantifiers scan to the end.
  inputs.push(['charset run', fill(keywords[0] + fake.chars(union, 4096))]);
  // Each keyword in both cases followed by a run of the widest class, short of a match.
  const widest = sets.sort((a, b) => b.length - a.length)[0] ?? union;
  inputs.push(['keyword + class runs', fill(keywords.map((k) => `${k}${fake.chars(widest, 300)}${k.toUpperCase()}=`).join(''))]);
  // Keywords glued together with separators the regexes allow between key and value.
  inputs.push(['keywords repeated', fill(keywords.map((k) => `${k} = "${k}:${k}`).join(''))]);
  // Near-misses: true examples minus their last character, back to back.
  const near = rule.examples
    .match()
    .map((e) => e.slice(0, -1))
    .join('');
  inputs.push(['near-misses', fill(near)]);
  return inputs;
}

function timeRegex(regex: RegExp, text: string): number {
  const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  const started = performance.now();
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].length === 0) re.lastIndex++;
  return performance.now() - started;
}

for (const rule of secretRules) {
  test(`ReDoS: ${rule.id} stays under ${LIMIT_MS} ms on 1 MiB of adversarial input`, () => {
    for (const [name, text] of adversarial(rule)) {
      const ms = timeRegex(rule.regex, text);
      assert.ok(ms < LIMIT_MS, `${rule.id} took ${Math.round(ms)} ms on "${name}"`);
    }
  });
}

// The engine's own parsers (generic assignment, high entropy, decoding, prefilter, windows) on
// inputs aimed at them, through findSecretsInFile so every stage runs. The bound is 5 s here because
// every provider rule runs too, and the densest inputs (a secret word every 9 characters of one
// 1 MiB line) take ~1.1 s alone and over 2 s beside the rest of the suite on 2 cores; quadratic
// behaviour (the failure this guards against) takes minutes.
const engineInputs: Array<[string, string]> = [
  ['one long identifier', fill('a')],
  ['secret words glued', fill('password_token_secret_key_')],
  ['assignments without values', fill('password=')],
  ['unterminated quotes', fill('api_key: "')],
  ['secret word + long token runs', fill(`token ${fake.base64(4000)} `)],
  ['name/value without value', fill('- name: DB_PASSWORD\n')],
  ['XML open tags', fill('<password>')],
  ['base64 prefix runs', fill(`Z2hw${fake.base64(2000)}`)],
  ['PEM headers', fill('-----BEGIN RSA PRIVATE KEY-----\n')],
  ['one long line of secret words', fill('secret=' + 'x'.repeat(200) + ';')],
  ['Kubernetes Secret data', 'kind: Secret\ndata:\n' + fill(`  k: ${fake.base64(64)}\n`).slice(0, MIB - 32)],
];

for (const [name, text] of engineInputs) {
  test(`ReDoS: engine stays under ${LIMIT_MS * 5} ms on 1 MiB of ${name}`, () => {
    const started = performance.now();
    findSecretsInFile(new SourceFile('adversarial.txt', text));
    const ms = performance.now() - started;
    assert.ok(ms < LIMIT_MS * 5, `engine took ${Math.round(ms)} ms on "${name}"`);
  });
}
