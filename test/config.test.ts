import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestRepo, findingsOf, tempDir } from './helpers/git-repo';
import * as fake from '../lib/secrets/fake';

function repoWithSecret(t: { after(fn: () => void): void }): TestRepo {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('src/app.txt', `token=${fake.checksummedToken('ghp_')}\n`).add();
  return repo;
}

const broken: Array<[string, string, string, RegExp]> = [
  ['YAML syntax error', '.stowawayrc.yaml', 'failOn: [high\nignore: x', /\.stowawayrc\.yaml[\s\S]*cannot be parsed/],
  ['JSON syntax error', '.stowawayrc.json', '{"failOn": "high",}', /\.stowawayrc\.json[\s\S]*cannot be parsed/],
  ['unknown key', '.stowawayrc.json', '{"failon": "high"}', /unknown key "failon"/],
  ['wrong type', '.stowawayrc.yaml', 'maxFileSize: big\n', /"maxFileSize" must be a positive whole number of bytes, got string "big"/],
  ['bad severity', '.stowawayrc.json', '{"rules": {"secret/github-pat": "critical"}}', /"rules\.secret\/github-pat" must be one of info, low, medium, high/],
  ['nested unknown key', '.stowawayrc.json', '{"allowlist": {"path": []}}', /unknown key "allowlist\.path"/],
  ['bad regex', '.stowawayrc.json', '{"allowlist": {"regexes": ["(unclosed"]}}', /"allowlist\.regexes\[0\]" is not a valid regular expression/],
  ['package.json key of the wrong type', 'package.json', '{"name": "x", "stowaway": {"ignore": "dist"}}', /"ignore" must be an array of strings/],
];

for (const [name, file, content, message] of broken) {
  test(`config error (${name}) exits 2 naming the file and the key`, (t) => {
    const repo = repoWithSecret(t);
    repo.write(file, content);
    const r = repo.stowaway(['scan', '--staged']);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(file.replace('.', '\\.')));
    assert.match(r.stderr, message);
    assert.match(r.stderr, /STOWAWAY_SKIP=1|--no-verify/, 'says how to bypass in an emergency');
  });
}

test('config is found in package.json, .config/, and through --config and STOWAWAY_CONFIG', (t) => {
  const repo = repoWithSecret(t);
  const off = { ignore: ['src/**'] };
  assert.equal(repo.stowaway(['scan', '--staged']).status, 1);

  repo.write('package.json', JSON.stringify({ name: 'x', stowaway: off }));
  assert.equal(repo.stowaway(['scan', '--staged']).status, 0, 'package.json#stowaway');
  repo.write('package.json', JSON.stringify({ name: 'x' }));

  repo.write('.config/stowawayrc.yaml', 'ignore:\n  - "src/**"\n');
  assert.equal(repo.stowaway(['scan', '--staged']).status, 0, '.config/stowawayrc.yaml');
  repo.write('.config/stowawayrc.yaml', '{}\n');

  const dir = tempDir();
  require('node:fs').writeFileSync(`${dir}/custom.json`, JSON.stringify(off));
  assert.equal(repo.stowaway(['scan', '--staged', '--config', `${dir}/custom.json`]).status, 0, '--config');
  assert.equal(repo.stowaway(['scan', '--staged'], { env: { STOWAWAY_CONFIG: `${dir}/custom.json` } }).status, 0, 'STOWAWAY_CONFIG');
  const missing = repo.stowaway(['scan', '--staged', '--config', `${dir}/nope.json`]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.json[\s\S]*not found/);
});

test('ignore globs, failOn and per-rule severity change the result', (t) => {
  const repo = repoWithSecret(t);
  repo.write('.stowawayrc.json', JSON.stringify({ ignore: ['src/**'] }));
  assert.equal(repo.stowaway(['scan', '--staged']).status, 0, 'ignored path');

  repo.write('.stowawayrc.json', JSON.stringify({ rules: { 'secret/github-pat': 'low' }, failOn: 'medium' }));
  const r = repo.stowaway(['scan', '--staged', '--format', 'json']);
  assert.equal(r.status, 0, 'a low finding does not fail at failOn medium');
  assert.equal(findingsOf(r)[0].severity, 'low');
  assert.equal(repo.stowaway(['scan', '--staged', '--fail-on', 'low']).status, 1, '--fail-on overrides the config');
});

test('JavaScript config files load: ES module default export, CommonJS module.exports, and an ES module .js under "type": "module"', (t) => {
  const cases: Array<[string, string, Record<string, string>?]> = [
    ['stowaway.config.mjs', "export default { ignore: ['src/**'] };\n"],
    ['.stowawayrc.cjs', "module.exports = { ignore: ['src/**'] };\n"],
    ['.stowawayrc.js', "module.exports = { ignore: ['src/**'] };\n"],
    ['stowaway.config.js', "export default { ignore: ['src/**'] };\n", { 'package.json': '{ "name": "app", "type": "module" }\n' }],
  ];
  for (const [name, body, extra] of cases) {
    const repo = repoWithSecret(t);
    assert.equal(repo.stowaway(['scan', '--staged']).status, 1, 'the staged secret is found without a config');
    repo.write(name, body);
    for (const [file, text] of Object.entries(extra ?? {})) repo.write(file, text);
    const r = repo.stowaway(['scan', '--staged']);
    assert.equal(r.status, 0, `${name}: ${r.stdout}${r.stderr}`);
    assert.doesNotMatch(r.stderr, /ExperimentalWarning|configuration error/, name);
  }
});

test('stowaway init writes a commented config that loads cleanly, and never overwrites', (t) => {
  const repo = repoWithSecret(t);
  const r = repo.stowaway(['init']);
  assert.equal(r.status, 0, r.stderr);
  const text = require('node:fs').readFileSync(`${repo.dir}/.stowawayrc.yaml`, 'utf8');
  assert.match(text, /^# stowaway configuration/);
  assert.equal(repo.stowaway(['scan', '--staged']).status, 1, 'template config keeps the defaults working');
  repo.write('.stowawayrc.yaml', 'failOn: high\n');
  repo.stowaway(['init']);
  assert.equal(require('node:fs').readFileSync(`${repo.dir}/.stowawayrc.yaml`, 'utf8'), 'failOn: high\n');
});

test('a gitleaks-style (?i) prefix in a custom rule regex is accepted and case-insensitive', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const value = 'ACME_' + fake.alnum(24);
  repo.write('.stowawayrc.json', JSON.stringify({ customRules: [{ id: 'secret/acme-key', regex: '(?i)\\b(acme_[a-z0-9]{24})\\b', secretGroup: 1, keywords: ['acme_'] }] }));
  repo.write('a.txt', `k = ${value}\n`).add();
  const r = repo.stowaway(['scan', '--staged', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(findingsOf(r)[0].ruleId, 'secret/acme-key');
});
