import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, tempDir } from './helpers/git-repo';
import { FOREIGN_HOOK, hookedRepo, secretLine } from './helpers/stowaway-bin';

/** A work repository with hooks installed, and a bare remote holding its clean main. */
function setup() {
  const remote = new TestRepo({ bare: true });
  const repo = hookedRepo();
  repo.write('README.md', 'hello\n').add().commit('initial');
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.git('push', '-q', 'origin', 'main');
  writeFileSync(join(repo.dir, '.git/hooks/pre-push'), FOREIGN_HOOK, { mode: 0o755 });
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  const remoteRefs = () => remote.git('for-each-ref', '--format=%(refname) %(objectname)').trim();
  return { remote, repo, remoteRefs, cleanup: () => (repo.remove(), remote.remove()) };
}

function commitSecret(repo: TestRepo, file = 'config.py'): string {
  repo.write(file, secretLine()).add(file).commit('add token'); // --no-verify: the pre-commit hook is bypassed
  return repo.git('rev-parse', 'HEAD').trim();
}

test('pre-push, new branch: a secret committed with --no-verify does not reach the remote', (t) => {
  const { repo, remoteRefs, cleanup } = setup();
  t.after(cleanup);
  const before = remoteRefs();
  repo.git('checkout', '-q', '-b', 'feature');
  const bad = commitSecret(repo);
  repo.write('later.txt', 'later, clean\n').add('later.txt').commit('clean on top');
  const r = repo.tryGit('push', 'origin', 'feature');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /secret\/github-pat\s+config\.py:1/);
  assert.ok(r.stderr.includes(`commit ${bad.slice(0, 12)}`), 'the finding names the commit that added it');
  assert.match(r.stderr, /stowaway blocked this push/);
  assert.equal(remoteRefs(), before);
  // The user's own pre-push hook ran and got git's refs on stdin, the same bytes stowaway read.
  const log = readFileSync(join(repo.dir, '.hook-log'), 'utf8');
  assert.match(log, /pre-push\.pre-stowaway ran\nrefs\/heads\/feature [0-9a-f]{40} refs\/heads\/feature 0{40}\n/);
});

test('pre-push, existing branch and force push: only commits the remote lacks are scanned; rewrites are caught', (t) => {
  const { repo, remoteRefs, cleanup } = setup();
  t.after(cleanup);
  repo.write('a.txt', 'clean\n').add('a.txt').commit('clean');
  const ok = repo.tryGit('push', 'origin', 'main');
  assert.equal(ok.status, 0, ok.stderr);
  const before = remoteRefs();
  // Rewrite the pushed commit to hold a secret, then force-push.
  repo.write('a.txt', `clean\n${secretLine()}`).add('a.txt');
  repo.git('commit', '-q', '--amend', '--no-verify', '-m', 'clean (amended)');
  const forced = repo.tryGit('push', '--force', 'origin', 'main');
  assert.notEqual(forced.status, 0);
  assert.match(forced.stderr, /a\.txt:2/);
  assert.equal(remoteRefs(), before);
});

test('pre-push, after someone else force-pushed: the unknown remote tip falls back to --not --remotes', (t) => {
  const { remote, repo, remoteRefs, cleanup } = setup();
  t.after(cleanup);
  // Another clone rewrites main; this repository never fetches that commit.
  const other = new TestRepo({ dir: tempDir('stowaway-other-') });
  t.after(() => other.remove());
  other.git('remote', 'add', 'origin', remote.dir);
  other.git('fetch', '-q', 'origin');
  other.git('checkout', '-q', '-b', 'main', 'origin/main');
  other.git('commit', '-q', '--amend', '--no-verify', '-m', 'rewritten elsewhere');
  other.git('push', '-q', '--force', 'origin', 'main');
  const before = remoteRefs();
  commitSecret(repo);
  // --force without lease: git writes the remote's (unknown here) tip on stdin.
  const r = repo.tryGit('push', '--force', 'origin', 'main');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /secret\/github-pat\s+config\.py:1/);
  assert.equal(remoteRefs(), before);
});

test('pre-push, delete: nothing to scan, the delete goes through', (t) => {
  const { repo, remoteRefs, cleanup } = setup();
  t.after(cleanup);
  repo.git('push', '-q', 'origin', 'main:refs/heads/old');
  assert.match(remoteRefs(), /refs\/heads\/old/);
  // A secret sitting in the local branch is not what a delete sends.
  commitSecret(repo);
  const r = repo.tryGit('push', 'origin', '--delete', 'old');
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(remoteRefs(), /refs\/heads\/old/);
});

test('pre-push, tags: an annotated tag on a secret commit is blocked; a clean tag goes through', (t) => {
  const { repo, remoteRefs, cleanup } = setup();
  t.after(cleanup);
  repo.git('tag', '-a', 'v1.0.0', '-m', 'clean release');
  const ok = repo.tryGit('push', 'origin', 'v1.0.0');
  assert.equal(ok.status, 0, ok.stderr);
  repo.git('checkout', '-q', '--detach');
  const bad = commitSecret(repo, 'release.env');
  repo.git('tag', '-a', 'v1.0.1', '-m', 'bad release', bad);
  repo.git('checkout', '-q', 'main');
  const before = remoteRefs();
  const r = repo.tryGit('push', 'origin', 'v1.0.1');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /release\.env:1/);
  assert.ok(r.stderr.includes(bad.slice(0, 12)));
  assert.equal(remoteRefs(), before);
  const skipped = spawnSync('git', ['push', 'origin', 'v1.0.1'], { cwd: repo.dir, env: { ...repo.env, STOWAWAY_SKIP: '1' }, encoding: 'utf8' });
  assert.equal(skipped.status, 0, skipped.stderr);
  assert.match(skipped.stderr, /pre-push check skipped/);
});

test('hook pre-push run by hand with no refs on stdin scans nothing', (t) => {
  const { repo, cleanup } = setup();
  t.after(cleanup);
  const r = repo.stowaway(['hook', 'pre-push', 'origin', 'url'], { input: '' });
  assert.equal(r.status, 0, r.stderr);
  // The pre-commit framework's environment instead of stdin.
  const bad = commitSecret(repo);
  const base = repo.git('rev-parse', 'HEAD~1').trim();
  const viaEnv = repo.stowaway(['hook', 'pre-push'], { input: '', env: { PRE_COMMIT_FROM_REF: base, PRE_COMMIT_TO_REF: bad, PRE_COMMIT_REMOTE_NAME: 'origin' } });
  assert.equal(viaEnv.status, 1, viaEnv.stderr);
  assert.ok(viaEnv.stdout.includes(bad.slice(0, 12)));
});
