import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { CLI, TestRepo, cleanEnv, tempDir } from './helpers/git-repo';

const run = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });

test('--version and --help', () => {
  const v = run(['--version']);
  assert.equal(v.status, 0);
  assert.match(v.stdout, /^\S+\n$/);
  const h = run(['--help']);
  assert.equal(h.status, 0);
  for (const cmd of ['scan', 'files', 'rules', 'init']) assert.match(h.stdout, new RegExp(`\\n  ${cmd} `));
  for (const cmd of ['scan', 'files', 'rules', 'init']) {
    const r = run([cmd, '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, new RegExp(`^Usage: stowaway ${cmd}`));
  }
});

test('wrong usage exits 2 with the usage line', () => {
  for (const args of [['scan', '--bogus'], ['scan', '--format', 'xml'], ['scan', '--fail-on', 'critical'], ['frobnicate'], ['files'], []]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr + r.stdout, /Usage: stowaway/, args.join(' '));
  }
});

test('--staged outside a repository exits 2 and says why', () => {
  const r = run(['scan', '--staged'], tempDir());
  assert.equal(r.status, 2);
  assert.match(r.stderr, /needs a git repository/);
});

test('a plain directory outside git is scanned from disk', (t) => {
  const dir = tempDir();
  require('node:fs').writeFileSync(`${dir}/a.txt`, 'nothing here\n');
  const r = run(['scan', '--format', 'json'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).stats.files, 1);
  t.diagnostic('scanned outside git');
});

test('scan PATH limits a repository scan to tracked files under PATH', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('a/x.txt', 'one\n').write('b/y.txt', 'two\n').add().commit();
  const r = repo.stowaway(['scan', 'a', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).stats.files, 1);
  const outside = repo.stowaway(['scan', '..']);
  assert.equal(outside.status, 2);
});
