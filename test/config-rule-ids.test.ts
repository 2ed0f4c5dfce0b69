import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, TestRepo, cleanEnv, findingsOf, tempDir } from './helpers/git-repo';
import * as fake from '../lib/secrets/fake';

// A rule id under `rules` that names no rule used to change nothing, silently: a typo left the rule on.

function repoWithSecret(t: { after(fn: () => void): void }): TestRepo {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('src/app.txt', `token=${fake.checksummedToken('ghp_')}\n`).add();
  return repo;
}

test('a rules entry that is not shaped like a rule id is a config error (exit 2) naming the file and the key', (t) => {
  const repo = repoWithSecret(t);
  repo.write('.stowawayrc.json', JSON.stringify({ rules: { 'GitHub token': 'off' } }));
  const r = repo.stowaway(['scan', '--staged']);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /\.stowawayrc\.json/);
  assert.match(r.stderr, /"rules\.GitHub token" is not a rule id/);
  assert.match(r.stderr, /stowaway rules/);
});

test('a well-formed id that names no rule is a warning with the id meant; the scan still runs', (t) => {
  const repo = repoWithSecret(t);
  repo.write('.stowawayrc.json', JSON.stringify({ rules: { 'secret/github-pta': 'off', 'dockerfile/rot-user': 'high', 'secret/no-such-thing': 'off' } }));
  const r = repo.stowaway(['scan']);
  assert.equal(r.status, 1, 'the misspelt "off" turned nothing off: the token is still reported');
  assert.match(r.stderr, /warning: .*\.stowawayrc\.json: rules\."secret\/github-pta" names no rule, so it changes nothing; did you mean "secret\/github-pat"\?/);
  assert.match(r.stderr, /rules\."dockerfile\/rot-user" names no rule.*did you mean "dockerfile\/root-user"\?/);
  assert.match(r.stderr, /rules\."secret\/no-such-thing" names no rule, so it changes nothing\. /);
});

test('known built-in and custom rule ids draw no warning', (t) => {
  const repo = repoWithSecret(t);
  repo.write(
    '.stowawayrc.json',
    JSON.stringify({
      rules: { 'secret/github-pat': 'off', 'dockerfile/root-user': 'high', 'k8s/privileged': 'off', 'acme/internal-token': 'low' },
      customRules: [{ id: 'acme/internal-token', regex: 'acme_[a-z0-9]{20}', keywords: ['acme_'] }],
    }),
  );
  const r = repo.stowaway(['scan', '--format', 'json']);
  assert.doesNotMatch(r.stderr, /warning/);
  assert.ok(!findingsOf(r).some((f) => f.ruleId === 'secret/github-pat'), 'the rule named off is off');
});

test('scan PATH that names nothing is a usage error; a path the index still tracks is scanned', (t) => {
  const repo = repoWithSecret(t);
  const missing = repo.stowaway(['scan', 'src/typo.txt']);
  assert.equal(missing.status, 2, missing.stdout + missing.stderr);
  assert.match(missing.stderr, /src\/typo\.txt: no such file or directory, and nothing under it is tracked/);
  // Deleted from the work tree, still in the index: scanned as the index holds it.
  rmSync(join(repo.dir, 'src/app.txt'));
  const tracked = repo.stowaway(['scan', 'src/app.txt']);
  assert.equal(tracked.status, 1, tracked.stdout + tracked.stderr);
  const outside = spawnSync(process.execPath, [CLI, 'scan', join(tempDir(), 'nothing-here')], { cwd: tempDir(), env: cleanEnv(), encoding: 'utf8' });
  assert.equal(outside.status, 2, outside.stdout + outside.stderr);
  assert.match(outside.stderr, /nothing-here: no such file or directory/);
});
