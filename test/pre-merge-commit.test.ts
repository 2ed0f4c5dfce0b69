import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOREIGN_HOOK, hookedRepo, secretLine } from './helpers/stowaway-bin';
import type { TestRepo } from './helpers/git-repo';

const HUSKY_BIN = join(__dirname, '..', '..', 'node_modules', 'husky', 'bin.js');

type Repo = ReturnType<typeof hookedRepo>;

/**
 * main and feature diverge, so `git merge feature` makes a real merge commit
 * (a fast-forward runs no hook at all). The secret on feature was committed
 * with --no-verify, as a commit made elsewhere would arrive.
 */
function divergedWithSecret(repo: Repo): { token: string; feature: string } {
  repo.git('checkout', '-q', '-b', 'feature');
  const line = secretLine();
  repo.write('config.py', line).add('config.py').commit('feature: add config');
  const feature = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', 'main');
  repo.write('notes.txt', 'main moves on\n').add('notes.txt').commit('main: notes');
  return { token: line.split('"')[1], feature };
}

/** A second branch with nothing secret in it, diverged from main (branched before main's last commit). */
function cleanBranch(repo: TestRepo, name: string): string {
  repo.git('checkout', '-q', '-b', name, 'main~1');
  repo.write(`${name}.md`, `# ${name}\nnothing secret here\n`).add(`${name}.md`).commit(`${name}: docs`);
  const sha = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', 'main');
  return sha;
}

const mergeHead = (repo: TestRepo) => repo.tryGit('rev-parse', '-q', '--verify', 'MERGE_HEAD').stdout.trim();

function assertMergeBlocked(repo: TestRepo, token: string, feature: string) {
  const headBefore = repo.git('rev-parse', 'HEAD').trim();
  const r = repo.tryGit('merge', '--no-edit', 'feature');
  assert.notEqual(r.status, 0, 'a merge that brings in a secret must fail');
  assert.match(r.stderr, /secret\/github-pat/);
  assert.match(r.stderr, /config\.py:1/);
  assert.match(r.stderr, /stowaway blocked this merge/);
  assert.match(r.stderr, /git merge --abort/);
  assert.match(r.stderr, /STOWAWAY_SKIP=1 git merge/);
  assert.ok(!(r.stdout + r.stderr).includes(token), 'the token is redacted');
  assert.equal(repo.git('rev-parse', 'HEAD').trim(), headBefore, 'no merge commit was made');
  assert.equal(mergeHead(repo), feature, 'the merge is left in progress (MERGE_HEAD)');
  return r;
}

function repoWithOldMergeHook() {
  const repo = hookedRepo();
  repo.write('README.md', 'hello\n').add('README.md').commit('initial');
  const hook = join(repo.dir, '.git', 'hooks', 'pre-merge-commit');
  writeFileSync(hook, FOREIGN_HOOK, { mode: 0o750 });
  return { repo, hook };
}

test('plain hooks: a merge bringing in a --no-verify secret is blocked, left uncommitted and abortable', (t) => {
  const { repo, hook } = repoWithOldMergeHook();
  t.after(() => repo.remove());
  const before = readFileSync(hook);
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /moved\s+\.git\/hooks\/pre-merge-commit -> \.git\/hooks\/pre-merge-commit\.pre-stowaway/);
  assert.match(r.stdout, /wrote\s+\.git\/hooks\/pre-merge-commit/);
  assert.equal(statSync(hook).mode & 0o777, 0o755);

  const { token, feature } = divergedWithSecret(repo);
  assertMergeBlocked(repo, token, feature);
  assert.match(readFileSync(join(repo.dir, '.hook-log'), 'utf8'), /pre-merge-commit\.pre-stowaway ran/, 'the old merge hook still ran first');

  const abort = repo.tryGit('merge', '--abort');
  assert.equal(abort.status, 0, abort.stderr);
  assert.equal(mergeHead(repo), '', 'the abort cleared MERGE_HEAD');
  assert.ok(!existsSync(join(repo.dir, 'config.py')), 'the merged-in file is gone again');

  const docs = cleanBranch(repo, 'docs');
  const clean = repo.tryGit('merge', '--no-edit', 'docs');
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(clean.stderr.includes('stowaway blocked'), false);
  assert.equal(repo.git('rev-parse', 'HEAD^2').trim(), docs, 'the clean merge committed with both parents');

  const again = repo.stowaway(['install']);
  assert.match(again.stdout, /Already installed; nothing to change/);
  const un = repo.stowaway(['uninstall']);
  assert.equal(un.status, 0, un.stderr);
  assert.match(un.stdout, /removed\s+\.git\/hooks\/pre-merge-commit/);
  assert.deepEqual(readFileSync(hook), before, 'the old merge hook is restored byte-identical');
  assert.equal(statSync(hook).mode & 0o777, 0o750);
  assert.ok(!existsSync(hook + '.pre-stowaway'));
});

test('plain hooks: after uninstall a merge with a secret is no longer checked', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('README.md', 'hello\n').add('README.md').commit('initial');
  assert.equal(repo.stowaway(['install']).status, 0);
  assert.equal(repo.stowaway(['uninstall']).status, 0);
  assert.deepEqual(readdirSync(join(repo.dir, '.git', 'hooks')).filter((n) => !n.endsWith('.sample')), []);
  divergedWithSecret(repo);
  const r = repo.tryGit('merge', '--no-edit', 'feature');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(repo.git('rev-list', '--count', '--merges', 'HEAD').trim(), '1');
});

test('plain hooks: STOWAWAY_SKIP=1 lets a blocked merge finish with git merge --continue, and says so', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('README.md', 'hello\n').add('README.md').commit('initial');
  assert.equal(repo.stowaway(['install']).status, 0);
  const { token, feature } = divergedWithSecret(repo);
  assertMergeBlocked(repo, token, feature);
  // Without the bypass, concluding the merge runs pre-commit, which sees the same staged secret.
  const noEditor = { ...repo.env, GIT_EDITOR: 'true' };
  const plain = spawnSync('git', ['merge', '--continue'], { cwd: repo.dir, env: noEditor, encoding: 'utf8' });
  assert.notEqual(plain.status, 0);
  assert.match(plain.stderr, /secret\/github-pat/);
  const skipped = spawnSync('git', ['merge', '--continue'], { cwd: repo.dir, env: { ...noEditor, STOWAWAY_SKIP: '1' }, encoding: 'utf8' });
  assert.equal(skipped.status, 0, skipped.stderr);
  assert.match(skipped.stderr, /check skipped \(STOWAWAY_SKIP=1\)/);
  assert.equal(repo.git('rev-parse', 'HEAD^2').trim(), feature);

  // And straight through a new merge with the bypass: pre-merge-commit says it skipped.
  repo.git('checkout', '-q', '-b', 'other', 'HEAD~1');
  repo.write('other.py', secretLine()).add('other.py').commit('other: token');
  repo.git('checkout', '-q', 'main');
  const direct = spawnSync('git', ['merge', '--no-edit', 'other'], { cwd: repo.dir, env: { ...repo.env, STOWAWAY_SKIP: '1' }, encoding: 'utf8' });
  assert.equal(direct.status, 0, direct.stderr);
  assert.match(direct.stderr, /pre-merge-commit check skipped \(STOWAWAY_SKIP=1\)/);
});

test('hook pre-merge-commit reports exactly what hook pre-commit reports on the same index', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('README.md', 'hello\n').add('README.md').commit('initial');
  repo.write('config.py', `x = 1\n${secretLine()}`).add('config.py');
  const asCommit = repo.stowaway(['hook', 'pre-commit', '--format', 'json']);
  const asMerge = repo.stowaway(['hook', 'pre-merge-commit', '--format', 'json']);
  assert.equal(asCommit.status, 1, asCommit.stderr);
  assert.equal(asMerge.status, 1, asMerge.stderr);
  const strip = (s: string) => {
    const j = JSON.parse(s);
    return j.findings.map(({ ruleId, path, line, column, fingerprint }: Record<string, unknown>) => ({ ruleId, path, line, column, fingerprint }));
  };
  assert.deepEqual(strip(asMerge.stdout), strip(asCommit.stdout));
  assert.equal(strip(asMerge.stdout)[0].line, 2);

  const skip = repo.stowaway(['hook', 'pre-merge-commit'], { env: { STOWAWAY_SKIP: '1' } });
  assert.equal(skip.status, 0);
  assert.match(skip.stderr, /pre-merge-commit check skipped \(STOWAWAY_SKIP=1\)/);
});

test('local core.hooksPath: the pre-merge-commit wrapper goes there and blocks the merge', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('README.md', 'x\n').add('README.md').commit('initial');
  repo.git('config', 'core.hooksPath', '.githooks');
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(join(repo.dir, '.githooks')).sort(), ['pre-commit', 'pre-merge-commit', 'pre-push']);
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-merge-commit')), 'git ignores .git/hooks here');
  const { token, feature } = divergedWithSecret(repo);
  assertMergeBlocked(repo, token, feature);
  assert.equal(repo.tryGit('merge', '--abort').status, 0);
  assert.equal(repo.stowaway(['uninstall']).status, 0);
  assert.deepEqual(readdirSync(join(repo.dir, '.githooks')), []);
});

function huskyRepo(): Repo {
  const repo = hookedRepo();
  repo.write('package.json', JSON.stringify({ name: 'demo', private: true }, null, 2) + '\n');
  const init = spawnSync(process.execPath, [HUSKY_BIN, 'init'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  assert.equal(init.status, 0, init.stderr);
  // husky init's pre-commit runs `npm test`; this package has no tests.
  repo.write('.husky/pre-commit', 'true\n');
  repo.add('package.json', '.husky').commit('husky init');
  return repo;
}

test('husky 9: install adds .husky/pre-merge-commit, the merge is blocked, uninstall removes it', (t) => {
  const repo = huskyRepo();
  t.after(() => repo.remove());
  assert.ok(existsSync(join(repo.dir, '.husky', '_', 'pre-merge-commit')), 'husky 9 wires pre-merge-commit');
  const file = join(repo.dir, '.husky', 'pre-merge-commit');
  assert.ok(!existsSync(file));
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(file, 'utf8'), 'stowaway hook pre-merge-commit\n');
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-merge-commit')));
  repo.add('.husky').commit('stowaway hooks');

  const { token, feature } = divergedWithSecret(repo);
  assertMergeBlocked(repo, token, feature);
  assert.equal(repo.tryGit('merge', '--abort').status, 0);
  const docs = cleanBranch(repo, 'docs');
  const clean = repo.tryGit('merge', '--no-edit', 'docs');
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.equal(repo.git('rev-parse', 'HEAD^2').trim(), docs, 'a real merge commit, checked and let through');

  assert.match(repo.stowaway(['install']).stdout, /Already installed; nothing to change/);
  const un = repo.stowaway(['uninstall']);
  assert.equal(un.status, 0, un.stderr);
  assert.ok(!existsSync(file), 'the pre-merge-commit file stowaway created is removed');
});

test('husky: an existing .husky/pre-merge-commit gets the line appended and is restored byte-identical', (t) => {
  const repo = huskyRepo();
  t.after(() => repo.remove());
  const file = join(repo.dir, '.husky', 'pre-merge-commit');
  const original = 'echo merging >> .merge-log';
  repo.write('.husky/pre-merge-commit', original);
  assert.equal(repo.stowaway(['install']).status, 0);
  assert.match(readFileSync(file, 'utf8'), /^echo merging >> \.merge-log\nstowaway hook pre-merge-commit/);
  const dry = repo.stowaway(['uninstall', '--dry-run']);
  assert.match(dry.stdout, /would write\s+\.husky\/pre-merge-commit\s+\(removed `stowaway hook pre-merge-commit`\)/);
  assert.equal(repo.stowaway(['uninstall']).status, 0);
  assert.equal(readFileSync(file, 'utf8'), original);
});
