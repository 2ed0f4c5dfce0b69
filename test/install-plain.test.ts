import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FOREIGN_HOOK, hookedRepo, pathWith, secretLine } from './helpers/stowaway-bin';
import { tempDir } from './helpers/git-repo';

const mode = (p: string) => statSync(p).mode & 0o777;

function repoWithOldHook() {
  const repo = hookedRepo();
  repo.write('README.md', 'hello\n').add().commit('initial');
  const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, FOREIGN_HOOK, { mode: 0o755 });
  return { repo, hook };
}

test('plain hooks: a secret commit is blocked, a clean one passes and the old hook still runs', (t) => {
  const { repo, hook } = repoWithOldHook();
  t.after(() => repo.remove());
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /moved\s+\.git\/hooks\/pre-commit -> \.git\/hooks\/pre-commit\.pre-stowaway/);
  assert.equal(readFileSync(hook + '.pre-stowaway', 'utf8'), FOREIGN_HOOK);
  const wrapper = readFileSync(hook, 'utf8');
  assert.ok(!wrapper.includes('\r'), 'wrapper has LF endings');
  assert.equal(mode(hook), 0o755);
  assert.equal(mode(join(repo.dir, '.git', 'hooks', 'pre-push')), 0o755);
  assert.equal(mode(join(repo.dir, '.git', 'hooks', 'pre-merge-commit')), 0o755);

  repo.write('config.py', secretLine()).add('config.py');
  const blocked = repo.tryGit('commit', '-m', 'add token');
  assert.notEqual(blocked.status, 0, 'the commit with a secret must fail');
  assert.match(blocked.stderr, /secret\/github-pat/);
  assert.match(blocked.stderr, /config\.py:1/);
  assert.match(blocked.stderr, /fix:/);
  assert.match(blocked.stderr, /stowaway:allow secret\/github-pat/);
  assert.match(blocked.stderr, /STOWAWAY_SKIP=1 git commit/);
  assert.ok(!blocked.stderr.includes(readFileSync(join(repo.dir, 'config.py'), 'utf8').split('"')[1]), 'the token is redacted');
  assert.equal(repo.git('rev-list', '--count', 'HEAD').trim(), '1');

  repo.git('rm', '-q', '--cached', 'config.py');
  repo.write('notes.txt', 'nothing secret here\n').add('notes.txt');
  const clean = repo.tryGit('commit', '-m', 'clean');
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(repo.git('rev-list', '--count', 'HEAD').trim(), '2');
  const log = readFileSync(join(repo.dir, '.hook-log'), 'utf8');
  assert.equal(log.match(/pre-commit\.pre-stowaway ran/g)?.length, 2, 'the old hook ran before each commit attempt');
});

test('plain hooks: re-install is a no-op; uninstall restores the old hook byte-identical', (t) => {
  const { repo, hook } = repoWithOldHook();
  t.after(() => repo.remove());
  chmodSync(hook, 0o750);
  const before = readFileSync(hook);
  assert.equal(repo.stowaway(['install']).status, 0);
  const hooksDir = join(repo.dir, '.git', 'hooks');
  const snapshot = () => ['pre-commit', 'pre-commit.pre-stowaway', 'pre-merge-commit', 'pre-push'].map((n) => [n, readFileSync(join(hooksDir, n, '')).toString('base64'), statSync(join(hooksDir, n)).mtimeMs]);
  const first = snapshot();
  const again = repo.stowaway(['install']);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /Already installed; nothing to change/);
  assert.deepEqual(snapshot(), first, 'nothing rewritten');

  const un = repo.stowaway(['uninstall']);
  assert.equal(un.status, 0, un.stderr);
  assert.deepEqual(readFileSync(hook), before);
  assert.equal(mode(hook), 0o750);
  assert.ok(!existsSync(hook + '.pre-stowaway'));
  assert.ok(!existsSync(join(hooksDir, 'pre-push')), 'the pre-push wrapper stowaway created is gone');
  assert.ok(!existsSync(join(hooksDir, 'pre-merge-commit')), 'the pre-merge-commit wrapper stowaway created is gone');
  const twice = repo.stowaway(['uninstall']);
  assert.match(twice.stdout, /nothing of stowaway's is installed/);
  assert.deepEqual(readFileSync(hook), before);
});

test('plain hooks: --dry-run shows the plan and writes nothing', (t) => {
  const { repo, hook } = repoWithOldHook();
  t.after(() => repo.remove());
  const r = repo.stowaway(['install', '--dry-run']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /would move\s+\.git\/hooks\/pre-commit -> /);
  assert.match(r.stdout, /would write\s+\.git\/hooks\/pre-push/);
  assert.match(r.stdout, /would write\s+\.git\/hooks\/pre-merge-commit/);
  assert.match(r.stdout, /Nothing written \(--dry-run\)/);
  assert.equal(readFileSync(hook, 'utf8'), FOREIGN_HOOK);
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-push')));
  assert.ok(!existsSync(hook + '.pre-stowaway'));
  repo.stowaway(['install']);
  const un = repo.stowaway(['uninstall', '--dry-run']);
  assert.match(un.stdout, /would remove\s+\.git\/hooks\/pre-commit/);
  assert.ok(existsSync(hook + '.pre-stowaway'), 'dry-run uninstall changed nothing');
});

test('plain hooks: a conflicting <name>.pre-stowaway is never overwritten', (t) => {
  const { repo, hook } = repoWithOldHook();
  t.after(() => repo.remove());
  writeFileSync(hook + '.pre-stowaway', '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const r = repo.stowaway(['install']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /already exists, so there is nowhere to move it aside/);
  assert.equal(readFileSync(hook, 'utf8'), FOREIGN_HOOK);
});

test('plain hooks: STOWAWAY_SKIP=1 lets a secret through, and says so', (t) => {
  const { repo } = repoWithOldHook();
  t.after(() => repo.remove());
  repo.stowaway(['install']);
  repo.write('config.py', secretLine()).add('config.py');
  const r = repo.tryGit('-c', 'core.abbrev=12', 'commit', '-m', 'emergency');
  assert.notEqual(r.status, 0);
  const env = { ...repo.env, STOWAWAY_SKIP: '1' };
  const skipped = spawnSync('git', ['commit', '-m', 'emergency'], { cwd: repo.dir, env, encoding: 'utf8' });
  assert.equal(skipped.status, 0, skipped.stderr);
  assert.match(skipped.stderr, /pre-commit check skipped \(STOWAWAY_SKIP=1\)/);
});

test('plain hooks: with no stowaway binary anywhere the hook fails closed and names what it tried', (t) => {
  const { repo } = repoWithOldHook();
  t.after(() => repo.remove());
  repo.stowaway(['install']);
  repo.write('notes.txt', 'clean\n').add('notes.txt');
  const env = { ...repo.env, PATH: pathWith() };
  const r = spawnSync('git', ['commit', '-m', 'x'], { cwd: repo.dir, env, encoding: 'utf8' });
  assert.notEqual(r.status, 0, 'a hook that cannot run must not let the commit through');
  assert.match(r.stderr, /no stowaway binary found/);
  assert.match(r.stderr, /STOWAWAY_BIN/);
  assert.match(r.stderr, /node_modules\/\.bin\/stowaway \(missing\)/);
  assert.match(r.stderr, /stowaway on PATH/);
  assert.match(r.stderr, /init\.sh/);
  assert.equal(repo.git('rev-list', '--count', 'HEAD').trim(), '1');

  const bad = spawnSync('git', ['commit', '-m', 'x'], { cwd: repo.dir, env: { ...env, STOWAWAY_BIN: '/nonexistent/stowaway' }, encoding: 'utf8' });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /STOWAWAY_BIN=\/nonexistent\/stowaway is not an executable file/);
});

test('plain hooks: STOWAWAY_BIN, node_modules/.bin and ~/.config/stowaway/init.sh are found without PATH', (t) => {
  const { repo } = repoWithOldHook();
  t.after(() => repo.remove());
  repo.stowaway(['install']);
  const noStowaway = { ...repo.env, PATH: pathWith() };
  const commitSecret = (env: NodeJS.ProcessEnv) => {
    repo.write('config.py', secretLine()).add('config.py');
    return spawnSync('git', ['commit', '-m', 'x'], { cwd: repo.dir, env, encoding: 'utf8' });
  };
  const viaBin = commitSecret({ ...noStowaway, STOWAWAY_BIN: join(repo.bin, 'stowaway') });
  assert.equal(viaBin.status, 1, viaBin.stderr);
  assert.match(viaBin.stderr, /secret\/github-pat/);

  const xdg = tempDir('stowaway-xdg-');
  mkdirSync(join(xdg, 'stowaway'));
  writeFileSync(join(xdg, 'stowaway', 'init.sh'), `PATH="${repo.bin}:$PATH"\n`);
  const viaInit = commitSecret({ ...noStowaway, XDG_CONFIG_HOME: xdg });
  assert.equal(viaInit.status, 1, viaInit.stderr);
  assert.match(viaInit.stderr, /secret\/github-pat/);

  mkdirSync(join(repo.dir, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(join(repo.dir, 'node_modules', '.bin', 'stowaway'), readFileSync(join(repo.bin, 'stowaway')), { mode: 0o755 });
  writeFileSync(join(repo.dir, '.gitignore'), 'node_modules/\n');
  const viaModules = commitSecret(noStowaway);
  assert.equal(viaModules.status, 1, viaModules.stderr);
  assert.match(viaModules.stderr, /secret\/github-pat/);
});
