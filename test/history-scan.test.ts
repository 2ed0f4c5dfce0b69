import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestRepo, findingsOf } from './helpers/git-repo';
import * as fake from '../lib/secrets/fake';

const head = (repo: TestRepo) => repo.git('rev-parse', 'HEAD').trim();

test('a secret added and then removed: history finds it at the commit that added it, HEAD does not', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const token = fake.checksummedToken('ghp_');
  repo.write('README.md', 'hello\n').add().commit('first');
  repo.write('deploy.sh', `#!/bin/sh\nexport GH_TOKEN=${token}\n`).add().commit('add deploy script');
  const added = head(repo);
  repo.write('deploy.sh', '#!/bin/sh\nexport GH_TOKEN="$DEPLOY_TOKEN" # more\n').add().commit('read the token from the environment');

  const plain = repo.stowaway(['scan', '--format', 'json']);
  assert.equal(plain.status, 0, plain.stdout + plain.stderr);
  assert.deepEqual(findingsOf(plain), []);

  const r = repo.stowaway(['scan', '--history', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const f = findingsOf(r);
  assert.equal(f.length, 1);
  assert.equal(f[0].ruleId, 'secret/github-pat');
  assert.equal(f[0].file, 'deploy.sh');
  assert.equal(f[0].line, 2);
  assert.equal(f[0].commit, added);
  assert.match(f[0].meta.authorDate, /^\d{4}-\d\d-\d\dT/);
  assert.ok(!r.stdout.includes(token));

  const pretty = repo.stowaway(['scan', '--history']);
  assert.match(pretty.stdout, new RegExp(`deploy\\.sh:2:\\d+ \\(commit ${added.slice(0, 12)}, \\d{4}-\\d\\d-\\d\\d\\)`));
  assert.match(pretty.stdout, /history of all refs \(3 commits\)/);
});

test('a secret kept through many edits is reported once, at its first commit', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const token = fake.checksummedToken('ghp_');
  repo.write('app.env', `TOKEN=${token}\n`).add().commit('one');
  const first = head(repo);
  for (let i = 0; i < 4; i++) repo.write('app.env', `# edit ${i}\n`.repeat(i + 1) + `TOKEN=${token}\n`).add().commit(`edit ${i}`);
  const f = findingsOf(repo.stowaway(['scan', '--history', '--format', 'json']));
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].commit, first);
});

test('--history covers every ref; a secret only on another branch is found', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('a.txt', 'a\n').add().commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('b.txt', `key=${fake.checksummedToken('ghp_')}\n`).add().commit('feature work');
  const featureSha = head(repo);
  repo.git('checkout', '-q', 'main');
  const f = findingsOf(repo.stowaway(['scan', '--history', '--format', 'json']));
  assert.deepEqual(f.map((x) => [x.file, x.commit]), [['b.txt', featureSha]]);
  // --since REV alone follows HEAD (main), which never had it.
  assert.deepEqual(findingsOf(repo.stowaway(['scan', '--since', 'main', '--format', 'json'])), []);
  // --history --since REV: any ref, after REV.
  assert.equal(findingsOf(repo.stowaway(['scan', '--history', '--since', 'main', '--format', 'json'])).length, 1);
});

test('--range A..B and --since REV select exactly those commits', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const shas: string[] = [];
  for (let i = 1; i <= 4; i++) {
    repo.write(`f${i}.txt`, `t${i}=${fake.checksummedToken('ghp_')}\n`).add().commit(`c${i}`);
    shas.push(head(repo));
  }
  const files = (args: string[]) => {
    const r = repo.stowaway([...args, '--format', 'json']);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return findingsOf(r)
      .map((x) => `${x.file}@${x.commit.slice(0, 7)}`)
      .sort();
  };
  const at = (i: number) => `f${i}.txt@${shas[i - 1].slice(0, 7)}`;
  assert.deepEqual(files(['scan', '--range', `${shas[0]}..${shas[2]}`]), [at(2), at(3)]);
  assert.deepEqual(files(['scan', '--range', 'HEAD~1..HEAD']), [at(4)]);
  assert.deepEqual(files(['scan', '--since', shas[1]]), [at(3), at(4)]);
  assert.deepEqual(files(['scan', '--since', 'HEAD']), []);
  assert.deepEqual(files(['scan', '--history']), [at(1), at(2), at(3), at(4)]);
});

test('bad revisions and conflicting flags exit 2 with the reason', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('a.txt', 'a\n').add().commit();
  let r = repo.stowaway(['scan', '--since', 'no-such-branch']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--since: "no-such-branch" is not a commit in this repository/);
  r = repo.stowaway(['scan', '--range', 'main..nope']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--range: "nope" is not a commit/);
  r = repo.stowaway(['scan', '--range', 'main']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--range needs A\.\.B/);
  r = repo.stowaway(['scan', '--history', '--staged']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /different scans/);
  r = repo.stowaway(['scan', '--history', 'a.txt']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /drop the paths/);
});

test('the baseline applies to history scans too', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('keys.txt', `k=${fake.checksummedToken('ghp_')}\n`).add().commit();
  const f = findingsOf(repo.stowaway(['scan', '--history', '--format', 'json']));
  assert.equal(f.length, 1);
  repo.write('.stowaway-baseline.json', JSON.stringify({ version: 1, entries: [{ fingerprint: f[0].fingerprint, ruleId: f[0].ruleId, file: f[0].file }] }));
  const r = repo.stowaway(['scan', '--history']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /1 known finding\(s\) accepted by the baseline/);
});
