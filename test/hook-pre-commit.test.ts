import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hookedRepo, secretLine } from './helpers/stowaway-bin';

function installed() {
  const repo = hookedRepo();
  repo.write('app.py', 'a = 1\n').write('notes.txt', 'n\n').add().commit('initial');
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  return repo;
}

test('git commit -a: the hook reads git\'s temporary index and finds the secret', (t) => {
  const repo = installed();
  t.after(() => repo.remove());
  repo.write('app.py', `a = 1\n${secretLine()}`);
  const r = repo.tryGit('commit', '-a', '-m', 'all');
  assert.notEqual(r.status, 0, 'nothing was staged by hand; only commit -a puts the secret in the index');
  assert.match(r.stderr, /secret\/github-pat\s+app\.py:2/);
});

test('git commit <path>: only the named path is committed, and the hook sees exactly that', (t) => {
  const repo = installed();
  t.after(() => repo.remove());
  // A secret staged in another file is NOT part of `git commit notes.txt`.
  repo.write('app.py', `a = 1\n${secretLine()}`).add('app.py');
  repo.write('notes.txt', 'n\nmore\n');
  const ok = repo.tryGit('commit', '-m', 'notes only', 'notes.txt');
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(repo.git('show', '--name-only', '--format=', 'HEAD').trim(), 'notes.txt');
  // And a secret in the named path is found even though the real index does not hold it.
  repo.git('reset', '-q', 'app.py');
  repo.write('notes.txt', `n\nmore\n${secretLine()}`);
  const blocked = repo.tryGit('commit', '-m', 'notes with token', 'notes.txt');
  assert.notEqual(blocked.status, 0);
  assert.match(blocked.stderr, /notes\.txt:3/);
  assert.doesNotMatch(blocked.stderr, /app\.py/);
});

test('hook.scope: added ignores a secret already in the file; files reports it', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('app.py', `a = 1\n${secretLine()}`).add().commit('old secret, committed before stowaway');
  repo.stowaway(['install']);
  repo.write('app.py', `a = 2\n${repo.git('show', 'HEAD:app.py').split('\n')[1]}\n`).add('app.py');
  const added = repo.tryGit('commit', '-m', 'touch another line');
  assert.equal(added.status, 0, added.stderr);

  repo.write('.stowawayrc.yaml', 'hook:\n  scope: files\n');
  repo.write('app.py', `a = 3\n${repo.git('show', 'HEAD:app.py').split('\n')[1]}\n`).add('app.py');
  const files = repo.tryGit('commit', '-m', 'touch again');
  assert.notEqual(files.status, 0);
  assert.match(files.stderr, /app\.py:2/);
});

test('the first commit of a repository (no HEAD yet) is checked against the empty tree', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.stowaway(['install']);
  repo.write('app.py', `a = 1\n${secretLine()}`).add();
  const blocked = repo.tryGit('commit', '-m', 'first');
  assert.notEqual(blocked.status, 0, 'the hook diffs an unborn HEAD against the empty tree, not against nothing');
  assert.match(blocked.stderr, /secret\/github-pat\s+app\.py:2/);
  repo.write('app.py', 'a = 1\n').add();
  const ok = repo.tryGit('commit', '-m', 'first, clean');
  assert.equal(ok.status, 0, ok.stderr);
});

test('hook pre-commit prints nothing for a clean commit and exits 0', (t) => {
  const repo = installed();
  t.after(() => repo.remove());
  repo.write('notes.txt', 'still clean\n').add('notes.txt');
  const r = repo.stowaway(['hook', 'pre-commit']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const skip = repo.stowaway(['hook', 'pre-commit'], { env: { STOWAWAY_SKIP: '1' } });
  assert.equal(skip.status, 0);
  assert.match(skip.stderr, /skipped/);
  const bad = repo.stowaway(['hook', 'post-merge']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /hook needs one of pre-commit, pre-merge-commit, pre-push/);
});
