import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretRules } from '../lib/secrets/rules/index';
import { assigned, maxMatchLength } from '../lib/secrets/rules/near-keyword';
import { findSecretsInFile, WINDOWED_ABOVE } from '../lib/secrets/engine';
import { SourceFile } from '../lib/text/source-file';

// In large files a rule runs only in windows around its keyword hits; rules written for a short window
// (keyed(): no `\s` in the source) must still see their whole match there.

test('maxMatchLength: bounded quantifiers, classes, groups, lookarounds, escapes', () => {
  const cases: Array<[string, number]> = [
    ['abc', 3],
    ['a{2,5}b?', 6],
    ['(?:ab|c{3})x?', 4],
    ['(?<![A-Z])x(?=y)(?!z)(?<=x)', 1],
    ['[\\]a]{4}', 4],
    ['\\x0a\\u2028\\b\\.', 3],
    ['(?<name>ab)', 2],
    ['(?:x[a-f]{32}|y){0,2}', 66],
    ['[A-Za-z0-9+/]{84,400}={0,2}', 402],
    ['a+', Infinity],
    ['a*', Infinity],
    ['a{2,}', Infinity],
  ];
  for (const [source, want] of cases) assert.equal(maxMatchLength(source), want, source);
});

test('assigned(): the short-window form only for matches that fit the window, and only when keyed on the provider words', () => {
  const multiline = (re: RegExp) => /\\s|\\n|\\r/.test(re.source);
  assert.equal(multiline(assigned(['acme'], '[a-f0-9]{32}', { kind: ['key'], keywordsAreProviders: true })), false);
  assert.equal(multiline(assigned(['acme'], '[a-f0-9]{600}', { kind: ['key'], keywordsAreProviders: true })), true);
  assert.equal(multiline(assigned(['acme'], '[a-f0-9]{32}', { kind: ['key'] })), true);
  // Same language either way: `\s` is spelled out, not narrowed.
  const short = assigned(['acme'], '[a-f0-9]{4}', { kind: ['key'], keywordsAreProviders: true });
  const long = assigned(['acme'], '[a-f0-9]{4}', { kind: ['key'] });
  for (const ws of ['\t', '\n', '\r\n', '\v', '\f', '\u00a0', '\u2028', '\u3000', '\ufeff']) {
    const text = `ACME:${ws}  api_key:${ws}beef`;
    assert.deepEqual(short.exec(text)?.[1], long.exec(text)?.[1], JSON.stringify(ws));
    assert.equal(short.exec(text)?.[1], 'beef', JSON.stringify(ws));
  }
});

test('every rule written for the short window can only match within it', () => {
  // assigned() adds the span up from its parts; measuring each built source must agree.
  let short = 0;
  for (const rule of secretRules) {
    if (/\\s|\\n|\\r/.test(rule.regex.source)) continue;
    if (!rule.regex.source.includes('\\u2028')) continue; // only assigned()'s spelled-out whitespace
    short++;
    assert.ok(maxMatchLength(rule.regex.source) <= 480, `${rule.id} can match ${maxMatchLength(rule.regex.source)} characters`);
  }
  assert.ok(short >= 50, `only ${short} short-window rules`);
});

const filler = 'const value = compute(items, options);\n'.repeat(Math.ceil((2 * WINDOWED_ABOVE) / 40));

for (const rule of secretRules) {
  test(`${rule.id}: finds its true examples in the middle of a large file`, () => {
    for (const example of rule.examples.match()) {
      const found = findSecretsInFile(new SourceFile(rule.examples.path ?? 'big.txt', `${filler}${example}\n${filler}`)).map((f) => f.ruleId);
      assert.ok(found.includes(rule.id), `${rule.id} missed its example in a large file:\n${example}\nfound: ${found.join(', ') || 'nothing'}`);
    }
  });
}

test('assigned(): a provider word that starts a value does not name the key on the next line', () => {
  const re = assigned(['zd', 'datadog'], '[A-Za-z0-9]{40}', { kind: ['token', 'key'], keywordsAreProviders: true });
  const v = 'wn1dz6jun8vxp5idqgvn6digaif6jfmuzeo5lsc3x';
  const value = v.slice(0, 40);
  // Nesting under the provider's own key still counts, one or two levels deep, in YAML and JSON.
  assert.equal(re.exec(`zendesk:\n  zd:\n    api_key: "${value}"`)?.[1], value);
  assert.equal(re.exec(`datadog:\n  credentials:\n    app_key: ${value}`)?.[1], value);
  assert.equal(re.exec(`{"datadog": {\n    "apiKey": "${value}"`)?.[1], value);
  assert.equal(re.exec(`DATADOG_API_KEY=${value}`)?.[1], value);
  // A value that happens to start with the word, and a name that contains it, followed by an unrelated key.
  assert.equal(re.exec(`data:\n  key3: "zdtq5yi99u96"\n  key4: "${value}"`), null);
  assert.equal(re.exec(`metadata:\n  name: cfg-zdab12\ndata:\n  key0: "${value}"`), null);
});

test('assigned(): a value in a YAML block scalar (`key: |`, `key: >-`) on the next line', () => {
  for (const keyed of [true, false]) {
    const re = assigned(['twilio'], '[a-f0-9]{32}', { kind: ['token'], keywordsAreProviders: keyed });
    const v = '3d4da2b106678374c3d362c2089cb8e9';
    assert.equal(re.exec(`twilio_auth_token: |\n  ${v}\n`)?.[1], v);
    assert.equal(re.exec(`  twilio_auth_token: >-\r\n      ${v}\r\n`)?.[1], v);
    assert.equal(re.exec(`twilio:\n  auth_token: |-\n    ${v}`)?.[1], v);
    // A block scalar opens a new value; the one after a blank line and an unindented key is not it.
    assert.equal(re.exec(`twilio_auth_token: |\n\nother: ${v}`), null);
  }
});
