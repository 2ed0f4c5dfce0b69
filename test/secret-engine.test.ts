import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordIndex } from '../lib/secrets/prefilter';
import { findSecretsInFile, WINDOWED_ABOVE } from '../lib/secrets/engine';
import { secretsCatalogue } from '../lib/secrets/catalogue';
import { secretRules } from '../lib/secrets/rules/index';
import { secretsDetector } from '../lib/secrets/detector';
import { defaultConfig } from '../lib/config/defaults';
import { SourceFile } from '../lib/text/source-file';
import * as fake from '../lib/secrets/fake';

const scan = (text: string, path = 'file.txt', config = defaultConfig()) => findSecretsInFile(new SourceFile(path, text), config);

function hitsOf(index: KeywordIndex, text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  index.scan(text).forEach((k, start) => out.push([index.keywords[k], start]));
  return out;
}

test('prefilter: finds every keyword, case-insensitively, overlaps included', () => {
  const index = new KeywordIndex(['ghp_', 'hp_', 'secret', 'sec']);
  assert.deepEqual(hitsOf(index, 'x GHP_abc SeCrEt'), [
    ['ghp_', 2],
    ['hp_', 3],
    ['sec', 10],
    ['secret', 10],
  ]);
});

test('prefilter: non-ASCII text neither breaks nor fakes a match', () => {
  const index = new KeywordIndex(['token']);
  assert.deepEqual(hitsOf(index, 'tökén token 🔑token'), [
    ['token', 6],
    ['token', 14],
  ]);
  assert.deepEqual(hitsOf(index, ''), []);
});

test('prefilter: present() lists the keywords that occur', () => {
  const index = new KeywordIndex(['akia', 'xoxb-', 'glpat-']);
  const seen = index.scan('AKIA… and glpat-').present();
  assert.deepEqual([...seen], [1, 0, 1]);
});

test('a secret deep inside a large file is found (windows around keyword hits)', () => {
  const token = fake.checksummedToken('ghp_');
  const filler = 'const value = compute(items, options);\n'.repeat(Math.ceil((3 * WINDOWED_ABOVE) / 40));
  const text = `${filler}export const gh = "${token}";\n${filler}`;
  const f = scan(text, 'src/big.ts');
  assert.deepEqual(f.map((x) => x.ruleId), ['secret/github-pat']);
  assert.equal(f[0].line, filler.split('\n').length);
});

test('a multi-line private key in a large file is found (the window reaches its END line)', () => {
  const pem = fake.pem('RSA PRIVATE KEY', 120);
  const lines = Math.ceil(WINDOWED_ABOVE / 3);
  const filler = 'x = 1\n'.repeat(lines);
  const f = scan(`${filler}${pem}\n${filler}`, 'big.txt');
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.ruleId)));
  assert.ok(f[0].secret.startsWith('-----BEGIN RSA PRIVATE KEY-----'));
  assert.equal(f[0].line, lines + 1);
});

test('a secret on a very long minified line of a large file is found by its provider rule', () => {
  const token = fake.checksummedToken('ghp_');
  const line = Array.from({ length: 20000 }, (_, i) => `a${i}=b(c,${i})`).join(';');
  const f = scan(`${line.slice(0, 90000)};var t="${token}";${line.slice(90000)}`, 'dist/app.js');
  assert.deepEqual(f.map((x) => [x.ruleId, x.secret]), [['secret/github-pat', token]]);
});

test('every finding says what, why and how to fix, with 1-based positions (CRLF files too)', () => {
  const token = fake.checksummedToken('ghp_');
  const text = `line one\r\n  token = "${token}"\r\n`;
  const [f] = scan(text);
  assert.equal(f.line, 2);
  assert.equal(f.column, 12);
  assert.equal(f.endColumn, 12 + token.length);
  assert.ok(f.message.length > 10 && f.why.length > 20 && f.fix.length > 20);
  assert.equal(f.category, 'secret');
});

test('several secrets on one line are separate findings', () => {
  const a = fake.checksummedToken('ghp_');
  const b = fake.checksummedToken('ghp_');
  const f = scan(`tokens: ${a}, ${b}\n`);
  assert.deepEqual(f.map((x) => x.secret), [a, b]);
});

test('high-entropy: random string in secret context is low severity; the same string without context is nothing', () => {
  const value = fake.base64url(40);
  const [f] = scan(`client.setAuth(token, "${value}")\n`, 'app.js');
  assert.equal(f?.ruleId, 'secret/high-entropy');
  assert.equal(f.severity, 'low');
  assert.equal(f.secret, value);
  assert.deepEqual(scan(`const id = "${value}";\n`, 'app.js'), []);
});

test('high-entropy: a secret word by chance inside a base64 blob longer than any token is no context', () => {
  // A kubeconfig CA bundle is 1-2 KiB of base64; "key", "pwd" or "auth" turn up in it by chance.
  const blob = (word: string) => `LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${fake.base64(300)}${word}${fake.base64(300)}`;
  for (const word of ['Key', 'pwd', 'Auth', 'token']) {
    assert.deepEqual(scan(`clusters:\n- cluster:\n    certificate-authority-data: ${blob(word)}\n`, 'kubeconfig'), []);
    assert.deepEqual(scan(`{"image/png": "iVBORw0KGgo${blob(word)}"}\n`, 'notebook.ipynb'), []);
  }
});

test('config: a provider rule switched off does not run', () => {
  const config = defaultConfig();
  config.rules['secret/github-pat'] = 'off';
  assert.deepEqual(scan(`t=${fake.checksummedToken('ghp_')}\n`, 'a.txt', config).map((f) => f.ruleId), []);
});

test('config: the generic and high-entropy rules can be switched off', () => {
  const config = defaultConfig();
  config.rules['secret/generic-assignment'] = 'off';
  config.rules['secret/high-entropy'] = 'off';
  assert.deepEqual(scan(`DB_PASSWORD=${fake.alnum(20)}!\nAuthorization: Bearer ${fake.base64url(40)}\n`, '.env', config), []);
});

test('config: custom rules run through the engine, with keywords and without', () => {
  const config = defaultConfig();
  config.customRules = [
    { id: 'secret/acme-key', regex: 'acme_[a-z0-9]{16}', keywords: ['ACME_'] },
    { id: 'secret/no-keywords', regex: '\\bZZ[0-9]{10}\\b', severity: 'low', description: 'ZZ number' },
  ];
  const f = scan(`x = acme_${fake.lowerAlnum(16)}\ny = ZZ${fake.digits(10)}\n`, 'a.txt', config);
  assert.deepEqual(f.map((x) => [x.ruleId, x.severity]), [
    ['secret/acme-key', 'high'],
    ['secret/no-keywords', 'low'],
  ]);
  assert.equal(f[1].message, 'ZZ number found');
});

test('lock files, source maps and minified bundles: no generic or entropy findings, provider rules still run', () => {
  const token = fake.checksummedToken('ghp_');
  for (const path of ['package-lock.json', 'yarn.lock', 'dist/app.js.map', 'public/vendor.min.js']) {
    const f = scan(`{"token": "${fake.alnum(32)}", "resolved": "https://x/?t=${token}"}\n`, path);
    assert.deepEqual(f.map((x) => x.ruleId), ['secret/github-pat'], path);
  }
});

test('catalogue: every provider rule plus generic-assignment (medium) and high-entropy (low); the detector lists it', () => {
  const cat = secretsCatalogue();
  assert.equal(cat.length, secretRules.length + 2);
  assert.equal(cat.find((r) => r.id === 'secret/generic-assignment')?.severity, 'medium');
  assert.equal(cat.find((r) => r.id === 'secret/high-entropy')?.severity, 'low');
  assert.ok(cat.every((r) => r.category === 'secret' && r.description.length > 5));
  assert.deepEqual(secretsDetector.rules.map((r) => r.id), cat.map((r) => r.id));
});

test('the engine passes ctx.config through the detector', async () => {
  const config = defaultConfig();
  config.rules['secret/github-pat'] = 'off';
  const file = new SourceFile('a.txt', `t=${fake.checksummedToken('ghp_')}\n`);
  const found = await secretsDetector.detect(file, { config, readFile: async () => null, findSecrets: () => [] });
  assert.deepEqual(found, []);
});
