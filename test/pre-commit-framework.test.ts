import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLI, TestRepo, cleanEnv, tempDir } from './helpers/git-repo';
import { secretLine } from './helpers/stowaway-bin';

const PROJECT = join(__dirname, '..', '..');

/**
 * A clone of this project with the bundle under test committed as dist/:
 * pre-commit installs a hook repo from a git rev, with
 * `npm install` + `npm pack` and no build step, so the rev must hold the bundle.
 */
function projectAtRev(): string {
  const dir = join(tempDir('stowaway-hookrepo-'), 'stowaway');
  const env = cleanEnv();
  execFileSync('git', ['clone', '-q', PROJECT, dir], { env });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  cpSync(dirname(CLI), join(dir, 'dist'), { recursive: true });
  for (const f of ['.pre-commit-hooks.yaml', 'package.json']) copyFileSync(join(PROJECT, f), join(dir, f));
  for (const d of ['hooks', 'templates']) cpSync(join(PROJECT, d), join(dir, d), { recursive: true });
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '--no-verify', '--allow-empty', '-m', 'bundle under test'], { cwd: dir, env });
  return dir;
}

test('pre-commit framework: try-repo stowaway fails on a secret and passes on clean files', { timeout: 900_000 }, (t) => {
  const hookRepo = projectAtRev();
  const cache = tempDir('stowaway-pre-commit-home-');
  const target = new TestRepo({ env: { PRE_COMMIT_HOME: cache } });
  t.after(() => {
    target.remove();
    rmSync(cache, { recursive: true, force: true });
    rmSync(join(hookRepo, '..'), { recursive: true, force: true });
  });
  target.write('settings.py', secretLine()).write('clean.py', 'DEBUG = False\n');
  target.write('docker/Dockerfile', `FROM alpine:3.20\nENV API_TOKEN=${secretLine().split('"')[1]}\n`);
  target.add();
  // timeout(1) signals its whole process group, so an npm that pre-commit started goes too.
  const tryRepoWithin = (seconds: number, hook: string, ...files: string[]) =>
    spawnSync('timeout', ['-k', '10', String(seconds), 'pre-commit', 'try-repo', hookRepo, hook, '--files', ...files], { cwd: target.dir, env: target.env, encoding: 'utf8' });
  const tryRepo = (hook: string, ...files: string[]) => tryRepoWithin(600, hook, ...files);

  // The first run installs the hook's environment (npm install, npm pack, npm install -g of the
  // tarball: ~30 s). Once, `npm install -g` sat idle for 12 minutes (no socket, no child, no log) and
  // the same test passed on a rerun: npm's hang, not the hook under test. So that step gets a time
  // limit and, after a timeout only, one more attempt with an empty pre-commit cache.
  let bad = tryRepoWithin(300, 'stowaway', 'settings.py');
  if (bad.status === 124) {
    t.diagnostic(`pre-commit's environment install timed out; retrying once:\n${bad.stdout}${bad.stderr}`);
    rmSync(cache, { recursive: true, force: true });
    bad = tryRepo('stowaway', 'settings.py');
  }
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /stowaway \(secrets, unsafe Dockerfiles\)\.+Failed/);
  assert.match(bad.stdout, /secret\/github-pat\s+settings\.py:1/);
  assert.ok(!bad.stdout.includes(readFileSync(join(target.dir, 'settings.py'), 'utf8').split('"')[1]), 'redacted');

  const good = tryRepo('stowaway', 'clean.py');
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.match(good.stdout, /stowaway \(secrets, unsafe Dockerfiles\)\.+Passed/);

  // stowaway-dockerfile's files: regex picks Dockerfiles only.
  const docker = tryRepo('stowaway-dockerfile', 'docker/Dockerfile', 'settings.py');
  assert.equal(docker.status, 1, docker.stdout + docker.stderr);
  assert.match(docker.stdout, /docker\/Dockerfile:2/);
  assert.doesNotMatch(docker.stdout, /settings\.py/);
  const notDocker = tryRepo('stowaway-dockerfile', 'settings.py');
  assert.equal(notDocker.status, 0, notDocker.stdout + notDocker.stderr);
  assert.match(notDocker.stdout, /no files to check/);

  // stowaway-push through `pre-commit install --hook-type pre-push` (3.0.4 names the stage `push`).
  const remote = new TestRepo({ bare: true });
  t.after(() => remote.remove());
  const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, encoding: 'utf8' }).trim();
  target.git('rm', '-q', '--cached', 'settings.py', 'docker/Dockerfile');
  target.write('.pre-commit-config.yaml', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: stowaway-push\n        stages: [push]\n`);
  target.add('.pre-commit-config.yaml').commit('clean start');
  target.git('remote', 'add', 'origin', remote.dir);
  const install = spawnSync('pre-commit', ['install', '--hook-type', 'pre-push'], { cwd: target.dir, env: target.env, encoding: 'utf8' });
  assert.equal(install.status, 0, install.stdout + install.stderr);
  const first = target.tryGit('push', 'origin', 'main');
  assert.equal(first.status, 0, first.stdout + first.stderr);
  target.add('settings.py').commit('token, committed with --no-verify');
  const pushed = target.tryGit('push', 'origin', 'main');
  assert.notEqual(pushed.status, 0, pushed.stdout + pushed.stderr);
  assert.match(pushed.stdout + pushed.stderr, /secret\/github-pat\s+settings\.py:1/);
  assert.equal(remote.git('rev-parse', 'main').trim(), target.git('rev-parse', 'HEAD~1').trim());

  // stowaway on the merge stage: a clean `git merge` runs pre-merge-commit, not pre-commit,
  // and pre-commit passes the files the merge stages (3.0.4 names the stage `merge-commit`).
  target.git('reset', '-q', '--hard', 'HEAD~1');
  target.write('.pre-commit-config.yaml', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: stowaway\n        stages: [commit, merge-commit]\n`);
  target.add('.pre-commit-config.yaml').commit('check commits and merges');
  const mergeInstall = spawnSync('pre-commit', ['install', '--hook-type', 'pre-merge-commit'], { cwd: target.dir, env: target.env, encoding: 'utf8' });
  assert.equal(mergeInstall.status, 0, mergeInstall.stdout + mergeInstall.stderr);
  target.git('checkout', '-q', '-b', 'feature');
  target.write('settings.py', secretLine()).add('settings.py').commit('feature: token, committed with --no-verify');
  target.git('checkout', '-q', 'main');
  target.write('notes.txt', 'main moves on\n').add('notes.txt').commit('main: notes');
  const before = target.git('rev-parse', 'HEAD').trim();
  const merged = target.tryGit('merge', '--no-edit', 'feature');
  assert.notEqual(merged.status, 0, merged.stdout + merged.stderr);
  assert.match(merged.stdout + merged.stderr, /secret\/github-pat\s+settings\.py:1/);
  assert.equal(target.git('rev-parse', 'HEAD').trim(), before, 'no merge commit was made');
});
