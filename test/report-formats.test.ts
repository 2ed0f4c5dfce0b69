import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { TestRepo, tempDir } from './helpers/git-repo';
import * as fake from '../lib/secrets/fake';

function plantedRepo(t: { after(fn: () => void): void }) {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const gh = fake.checksummedToken('ghp_');
  const aws = 'AKIA' + fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  const key = fake.pem('RSA PRIVATE KEY');
  repo.write('conf/settings.ini', `[github]\ntoken = ${gh}\n[aws]\naws_access_key_id = ${aws}\n`);
  repo.write('keys/id_rsa', key + '\n');
  repo.add();
  // What must never appear: each full secret, and the private key body.
  const planted = [gh, aws, key.split('\n').slice(1, -1).join('\n'), key.split('\n')[3]];
  return { repo, planted };
}

test('no output format contains a full secret unless --show-secrets', (t) => {
  const { repo, planted } = plantedRepo(t);
  for (const format of ['pretty', 'json', 'sarif']) {
    const r = repo.stowaway(['scan', '--staged', '--format', format]);
    assert.equal(r.status, 1, `${format}: ${r.stderr}`);
    for (const secret of planted) assert.ok(!(r.stdout + r.stderr).includes(secret), `${format} leaked a secret`);
  }
  const shown = repo.stowaway(['scan', '--staged', '--format', 'json', '--show-secrets']);
  assert.ok(shown.stdout.includes(planted[0]), '--show-secrets prints the match');
});

test('SARIF output is valid against the official SARIF 2.1.0 schema', (t) => {
  const { repo } = plantedRepo(t);
  const schemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  // The published rtm.5 schema has a pattern that is only valid without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv as never);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  for (const args of [['scan', '--staged'], ['scan']]) {
    const r = repo.stowaway([...args, '--format', 'sarif']);
    const log: any = JSON.parse(r.stdout);
    const ok = validate(log as object);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    if (args.length === 2) {
      assert.equal(log.runs[0].results.length, 3);
      const rule = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'secret/github-pat');
      assert.ok(rule.help.text.length > 10, 'each rule carries its fix as help');
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'conf/settings.ini');
    }
  }
});

test('JSON output follows the DESIGN.md contract', (t) => {
  const { repo } = plantedRepo(t);
  const out = JSON.parse(repo.stowaway(['scan', '--staged', '--format', 'json']).stdout);
  assert.equal(out.version, 1);
  assert.deepEqual(Object.keys(out.stats).sort(), ['bytes', 'durationMs', 'files', 'skipped']);
  const f = out.findings.find((x: { ruleId: string }) => x.ruleId === 'secret/github-pat');
  for (const key of ['ruleId', 'category', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'match', 'fingerprint', 'commit', 'fix']) {
    assert.ok(key in f, `finding has ${key}`);
  }
  assert.equal(f.file, 'conf/settings.ini');
  assert.equal(f.line, 2);
  assert.equal(f.column, 9);
  assert.equal(f.commit, null);
  assert.match(f.match, /^ghp_.*…\(redacted\)$/);
});

test('pretty output: grouped by file, what/why/fix, colour only when allowed', (t) => {
  const { repo } = plantedRepo(t);
  const plain = repo.stowaway(['scan', '--staged']);
  assert.match(plain.stdout, /^conf\/settings\.ini\n/m);
  assert.match(plain.stdout, /secret\/github-pat {2}conf\/settings\.ini:2:9/);
  assert.match(plain.stdout, /why: /);
  assert.match(plain.stdout, /fix: /);
  assert.match(plain.stdout, /✗ 3 findings \(3 high\) in 2 files/);
  assert.ok(!plain.stdout.includes('\x1b['), 'NO_COLOR (set by the test env) means no escape codes');
  const forced = repo.stowaway(['scan', '--staged', '--color'], { env: { NO_COLOR: '' } });
  assert.ok(forced.stdout.includes('\x1b['), '--color forces colour');
  const quiet = repo.stowaway(['scan', '--staged', '--quiet']);
  assert.ok(!quiet.stdout.includes('why: '));
});

test('--output writes the report to a file and nothing to stdout', (t) => {
  const { repo } = plantedRepo(t);
  const file = join(tempDir(), 'report.json');
  const r = repo.stowaway(['scan', '--staged', '--format', 'json', '--output', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).findings.length, 3);
});
