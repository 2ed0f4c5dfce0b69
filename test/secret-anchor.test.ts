import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordAnchored } from '../lib/secrets/anchor';
import { findSecretsInFile, WINDOWED_ABOVE } from '../lib/secrets/engine';
import { secretRules } from '../lib/secrets/rules/index';
import { isAsciiAlnum } from '../lib/text/ascii';
import { SourceFile } from '../lib/text/source-file';
import * as fake from '../lib/secrets/fake';

// In big files a rule whose every match starts at one of its keywords is tried once at each hit
// instead of in a window around it; these tests pin down when a rule counts as such.

test('keywordAnchored: literal heads after a lookbehind or \\b, case pairs, every alternative', () => {
  const yes: Array<[RegExp, string[]]> = [
    [/(?<![A-Za-z0-9_-])(key-[a-f0-9]{32})(?![A-Za-z0-9_-])/, ['key-']],
    [/(?<![A-Za-z0-9])(?:[Ii][Bb][Mm]|[Ii][Cc])[\w.-]{0,28}?key/, ['\\bibm', '\\bic']],
    [/\bdd_[a-z]{4}/, ['\\bdd']],
    [/[Aa][Kk][Ii][Aa][A-Z0-9]{16}/, ['akia']],
    [/(?:ghp|gho)_[A-Za-z0-9]{36}/, ['ghp_', 'gho_']],
    [/\[pypi\]\s+password/, ['[pypi]']],
    [/(AKIA){1,2}x/, ['akia']],
    [/(?:a|b)(?:c|d)_x/, ['ac_', 'ad_', 'bc_', 'bd_']],
    [/xo(x[bp])-[0-9]/, ['xox']],
  ];
  for (const [re, kw] of yes) assert.equal(keywordAnchored(re, kw), true, re.source);
  const no: Array<[RegExp, string[], string]> = [
    [/(?<![A-Za-z0-9_-])([MNO][DTjz][A-Za-z0-9]{20})/, ['token'], 'a class head'],
    [/(?:ibm|ic)x/, ['ibm'], 'an alternative no keyword begins'],
    [/dd_[a-z]{4}/, ['\\bdd'], 'a word-start keyword the regex does not guard'],
    [/(?<![-])dd_[a-z]{4}/, ['\\bdd'], 'a lookbehind that lets letters through'],
    [/(?:git\+)?https?:\/\//, ['http'], 'an optional prefix'],
    [/k?ey-x/, ['key'], 'an optional first character'],
    [/(key-)?x/, ['key-'], 'an optional group'],
    [/(?=ab)abc/, ['ab'], 'a lookahead'],
    [/ab|cd/, ['ab', 'cd'], 'a top-level alternation'],
    [/(ab)c|d/, ['ab'], 'a top-level alternation after a group'],
    [/(?<![a-z])ab|cd/, ['ab'], 'a lookbehind on the first alternative only'],
    [/(?:ab|c)x/, ['ab'], 'a whole-literal alternative shorter than any keyword'],
    [/secret_?access/, ['secret_access'], 'a keyword longer than the literal head'],
    [/^key=/, ['key='], 'an assertion'],
  ];
  for (const [re, kw, why] of no) assert.equal(keywordAnchored(re, kw), false, `${re.source}: ${why}`);
});

test('every keyword-anchored rule: each match of its own examples starts at one of its keywords', () => {
  let anchored = 0;
  for (const rule of secretRules) {
    if (!keywordAnchored(rule.regex, rule.keywords)) continue;
    anchored++;
    const words = rule.keywords.map((k) => ({ word: k.replace(/^\\b/, '').toLowerCase(), boundary: k.startsWith('\\b') }));
    const global = new RegExp(rule.regex.source, rule.regex.flags.replace('g', '') + 'g');
    for (const example of rule.examples.match()) {
      for (const m of example.matchAll(global)) {
        const at = example.slice(m.index).toLowerCase();
        const ok = words.some((w) => at.startsWith(w.word) && (!w.boundary || m.index === 0 || !isAsciiAlnum(example.charCodeAt(m.index - 1))));
        assert.ok(ok, `${rule.id}: match at ${m.index} of ${JSON.stringify(example)} starts at no keyword`);
      }
    }
  }
  // Most provider formats are a prefix or a provider word and then the value.
  assert.ok(anchored >= 200, `only ${anchored} anchored rules`);
});

test('big files: a keyword-anchored rule sees the real character before its match, and every token on a line', () => {
  const filler = 'const value = compute(items, options);\n'.repeat(Math.ceil((2 * WINDOWED_ABOVE) / 40));
  const key = () => `key-${fake.hex(32)}`;
  const a = key();
  const b = key();
  const glued = key();
  const text = `${filler}MAILGUN_KEYS="${a},${b}"\nid=x${glued}\n${filler}`;
  const found = findSecretsInFile(new SourceFile('big.env', text)).filter((f) => f.ruleId === 'secret/mailgun-api-key');
  assert.deepEqual(
    found.map((f) => f.secret),
    [a, b],
  );
  // The same lines in a small file report the same findings.
  const small = findSecretsInFile(new SourceFile('small.env', `MAILGUN_KEYS="${a},${b}"\nid=x${glued}\n`)).filter((f) => f.ruleId === 'secret/mailgun-api-key');
  assert.deepEqual(
    small.map((f) => f.secret),
    [a, b],
  );
});
