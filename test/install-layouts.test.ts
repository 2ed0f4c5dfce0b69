import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOREIGN_HOOK, hookedRepo, secretLine } from './helpers/stowaway-bin';
import { tempDir } from './helpers/git-repo';

test('linked worktree: install from the worktree writes the shared hooks; its commits are checked', (t) => {
  const repo = hookedRepo();
  const wtDir = join(tempDir('stowaway-wt-'), 'wt');
  t.after(() => repo.remove());
  repo.write('README.md', 'hello\n').add().commit('initial');
  repo.git('worktree', 'add', '-q', '-b', 'side', wtDir);
  const inWt = (args: string[]) => spawnSync('git', args, { cwd: wtDir, env: repo.env, encoding: 'utf8' });
  const r = repo.stowaway(['install'], { cwd: wtDir });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')), 'the common .git/hooks holds the wrapper');
  writeFileSync(join(wtDir, 'config.py'), secretLine());
  assert.equal(inWt(['add', 'config.py']).status, 0);
  const blocked = inWt(['commit', '-m', 'token']);
  assert.notEqual(blocked.status, 0);
  assert.match(blocked.stderr, /secret\/github-pat\s+config\.py:1/);
  // The main worktree's index is a different file: the hook must read the worktree's (GIT_DIR / GIT_INDEX_FILE).
  repo.write('other.txt', 'clean\n').add('other.txt');
  const clean = repo.tryGit('commit', '-m', 'clean in main');
  assert.equal(clean.status, 0, clean.stderr);
  const un = repo.stowaway(['uninstall'], { cwd: wtDir });
  assert.equal(un.status, 0, un.stderr);
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')));
});

test('local core.hooksPath: wrappers go there, an existing hook there is chained and restored', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('.githooks/pre-commit', FOREIGN_HOOK).write('README.md', 'x\n').add().commit('initial');
  repo.git('update-index', '--chmod=+x', '.githooks/pre-commit');
  spawnSync('chmod', ['755', join(repo.dir, '.githooks/pre-commit')]);
  repo.git('config', 'core.hooksPath', '.githooks');
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\(core\.hooksPath\)/);
  assert.ok(readFileSync(join(repo.dir, '.githooks/pre-commit'), 'utf8').includes('# stowaway-managed hook'));
  assert.ok(readFileSync(join(repo.dir, '.githooks/pre-merge-commit'), 'utf8').includes('# stowaway-managed hook'));
  assert.ok(!existsSync(join(repo.dir, '.git/hooks/pre-commit')), '.git/hooks is ignored by git here, so nothing goes there');
  repo.write('config.py', secretLine()).add('config.py');
  const blocked = repo.tryGit('commit', '-m', 'token');
  assert.notEqual(blocked.status, 0);
  assert.match(blocked.stderr, /secret\/github-pat/);
  assert.match(readFileSync(join(repo.dir, '.hook-log'), 'utf8'), /pre-commit\.pre-stowaway ran/);
  assert.equal(repo.stowaway(['uninstall']).status, 0);
  assert.equal(readFileSync(join(repo.dir, '.githooks/pre-commit'), 'utf8'), FOREIGN_HOOK);
  assert.deepEqual(readdirSync(join(repo.dir, '.githooks')).sort(), ['pre-commit']);
});

test('global core.hooksPath: install refuses, explains, and writes nothing', (t) => {
  const shared = tempDir('stowaway-shared-hooks-');
  const gitconfig = join(tempDir('stowaway-home-'), 'gitconfig');
  writeFileSync(gitconfig, `[core]\n\thooksPath = ${shared}\n`);
  const repo = hookedRepo({ env: { GIT_CONFIG_GLOBAL: gitconfig } });
  t.after(() => repo.remove());
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /core\.hooksPath is set to .* in your global git config/);
  assert.match(r.stderr, /every repository/);
  assert.match(r.stderr, /git config core\.hooksPath \.git\/hooks && npx stowaway install/);
  assert.deepEqual(readdirSync(shared), []);
  assert.ok(!existsSync(join(repo.dir, '.git/hooks/pre-commit')));
  // The way out it suggests works.
  repo.git('config', 'core.hooksPath', '.git/hooks');
  assert.equal(repo.stowaway(['install']).status, 0);
  assert.ok(existsSync(join(repo.dir, '.git/hooks/pre-commit')));
});

test('pre-commit framework config: install prints the snippet and leaves the hooks alone', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('.pre-commit-config.yaml', 'repos: []\n');
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /pre-commit framework runs this repository's hooks/);
  assert.match(r.stdout, /- id: stowaway\n/);
  assert.match(r.stdout, /- id: stowaway-push/);
  assert.ok(!existsSync(join(repo.dir, '.git/hooks/pre-commit')));
  assert.equal(readFileSync(join(repo.dir, '.pre-commit-config.yaml'), 'utf8'), 'repos: []\n');
});

test('lefthook config: install prints the lefthook snippet and leaves the hooks alone', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('lefthook.yml', 'pre-commit:\n  commands: {}\n');
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /lefthook runs this repository's hooks/);
  assert.match(r.stdout, /stowaway hook pre-commit/);
  assert.match(r.stdout, /use_stdin: true/);
  assert.ok(!existsSync(join(repo.dir, '.git/hooks/pre-commit')));
});
