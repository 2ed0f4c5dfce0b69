import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hookedRepo, secretLine } from './helpers/stowaway-bin';

const HUSKY_BIN = join(__dirname, '..', '..', 'node_modules', 'husky', 'bin.js');

function huskyRepo() {
  const repo = hookedRepo();
  repo.write('package.json', JSON.stringify({ name: 'demo', private: true, scripts: { test: 'echo tests ran >> .tests-ran' } }, null, 2) + '\n');
  repo.write('.gitignore', '.tests-ran\n');
  const init = spawnSync(process.execPath, [HUSKY_BIN, 'init'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  assert.equal(init.status, 0, init.stderr);
  assert.equal(repo.git('config', 'core.hooksPath').trim(), '.husky/_');
  repo.add().commit('husky init');
  return repo;
}

test('husky 9: `husky init` for real, then install appends the stowaway lines and a secret commit is blocked', (t) => {
  const repo = huskyRepo();
  t.after(() => repo.remove());
  const preCommit = join(repo.dir, '.husky', 'pre-commit');
  const original = readFileSync(preCommit);
  assert.equal(original.toString(), 'npm test\n');

  const r = repo.stowaway(['install']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /husky hooks in/);
  assert.equal(readFileSync(preCommit, 'utf8'), 'npm test\nstowaway hook pre-commit\n');
  assert.equal(readFileSync(join(repo.dir, '.husky', 'pre-push'), 'utf8'), 'stowaway hook pre-push "$@"\n');
  assert.equal(readFileSync(join(repo.dir, '.husky', 'pre-merge-commit'), 'utf8'), 'stowaway hook pre-merge-commit\n');
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')), 'git runs .husky/_, so .git/hooks is left alone');

  repo.write('src/config.js', secretLine()).add('src/config.js');
  const blocked = repo.tryGit('commit', '-m', 'token');
  assert.notEqual(blocked.status, 0);
  assert.match(blocked.stdout + blocked.stderr, /secret\/github-pat\s+src\/config\.js:1/);
  assert.ok(existsSync(join(repo.dir, '.tests-ran')), 'the existing husky command still ran');

  repo.git('rm', '-q', '--cached', 'src/config.js');
  repo.write('src/ok.js', 'export const ok = true;\n').add('src/ok.js');
  const clean = repo.tryGit('commit', '-m', 'clean');
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);

  const again = repo.stowaway(['install']);
  assert.match(again.stdout, /Already installed; nothing to change/);
  assert.equal(readFileSync(preCommit, 'utf8'), 'npm test\nstowaway hook pre-commit\n');
  const viaInit = repo.stowaway(['init', '--with', 'husky']);
  assert.equal(viaInit.status, 0, viaInit.stderr);
  assert.equal(readFileSync(preCommit, 'utf8'), 'npm test\nstowaway hook pre-commit\n', 'init --with husky is idempotent with install');

  const un = repo.stowaway(['uninstall']);
  assert.equal(un.status, 0, un.stderr);
  assert.deepEqual(readFileSync(preCommit), original);
  assert.ok(!existsSync(join(repo.dir, '.husky', 'pre-push')), 'the pre-push file stowaway created is removed');
  assert.ok(!existsSync(join(repo.dir, '.husky', 'pre-merge-commit')), 'the pre-merge-commit file stowaway created is removed');
});

test('husky: a hook file without a final newline is restored byte-identical', (t) => {
  const repo = huskyRepo();
  t.after(() => repo.remove());
  const preCommit = join(repo.dir, '.husky', 'pre-commit');
  repo.write('.husky/pre-commit', 'npm test');
  assert.equal(repo.stowaway(['install']).status, 0);
  assert.match(readFileSync(preCommit, 'utf8'), /^npm test\nstowaway hook pre-commit/);
  repo.write('app.js', secretLine()).add('app.js');
  assert.notEqual(repo.tryGit('commit', '-m', 'x').status, 0);
  assert.equal(repo.stowaway(['uninstall']).status, 0);
  assert.equal(readFileSync(preCommit, 'utf8'), 'npm test');
});
