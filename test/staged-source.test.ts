import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestRepo, findingsOf } from './helpers/git-repo';
import * as fake from '../lib/secrets/fake';

test('partially staged: a secret in the index but not the working tree is found', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const token = fake.checksummedToken('ghp_');
  repo.write('config.txt', 'clean\n').add().commit();
  repo.write('config.txt', `clean\ntoken=${token}\n`).add();
  repo.write('config.txt', 'clean\n'); // working tree back to clean, index keeps the token
  const r = repo.stowaway(['scan', '--staged', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const f = findingsOf(r);
  assert.equal(f.length, 1);
  assert.equal(f[0].ruleId, 'secret/github-pat');
  assert.equal(f[0].file, 'config.txt');
  assert.equal(f[0].line, 2);
  assert.ok(!r.stdout.includes(token), 'JSON output must not contain the secret');
});

test('partially staged: a secret only in the working tree is not reported', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('config.txt', 'clean\n').add().commit();
  repo.write('config.txt', 'clean\nmore\n').add();
  repo.write('config.txt', `clean\nmore\ntoken=${fake.checksummedToken('ghp_')}\n`);
  const r = repo.stowaway(['scan', '--staged', '--format', 'json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(findingsOf(r), []);
});
