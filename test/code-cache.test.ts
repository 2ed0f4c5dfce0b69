import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, tempDir } from './helpers/git-repo';
import { hookedRepo, secretLine } from './helpers/stowaway-bin';
import { codeCacheDir, codeCacheFile, pruneOtherBuilds } from '../lib/cli/code-cache';
import * as fake from '../lib/secrets/fake';

// The CLI loads through a V8 code cache (lib/cli/bin.ts, lib/cli/code-cache.ts). These tests run the
// real bundle: the cache must change how fast a run starts and nothing else.

function repoWithStagedSecret(): TestRepo {
  fake.seed(41);
  const repo = new TestRepo();
  repo.write('README.md', '# demo\n').add().commit('initial');
  repo.write('config/app.env', `GITHUB_TOKEN=${fake.checksummedToken('ghp_')}\n`).add();
  return repo;
}

const DEBUG_LINE = /^stowaway: code cache .*\n/gm;

function run(repo: TestRepo, args: string[], env: Record<string, string>) {
  const r = repo.stowaway(args, { env: { STOWAWAY_DEBUG: '1', ...env } });
  // The report, without the debug lines and the run's duration.
  const report = r.stderr.replace(DEBUG_LINE, '').replace(/ in \d+ ms/g, '');
  return { status: r.status, stdout: r.stdout.replace(/ in \d+ ms/g, ''), stderr: r.stderr, report, cache: (r.stderr.match(DEBUG_LINE) ?? []).join('') };
}

function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.v8cache')).sort() : [];
}

test('the first run compiles and writes the cache, the next run uses it, and both report the same', () => {
  const repo = repoWithStagedSecret();
  const cache = join(tempDir(), 'cache');
  try {
    const first = run(repo, ['hook', 'pre-commit'], { STOWAWAY_CACHE_DIR: cache });
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.cache, /hook-pre-commit\.v8cache: not used\n.*: written\n/);
    const files = cacheFiles(cache);
    assert.equal(files.length, 1, files.join());
    assert.match(files[0], /^[0-9a-f]{16}-node\d+\.\d+\.\d+-\w+-hook-pre-commit\.v8cache$/);
    // The user's own: whoever can write a code cache chooses the code that runs.
    assert.equal(statSync(cache).mode & 0o777, 0o700);
    assert.equal(statSync(join(cache, files[0])).mode & 0o777, 0o600);
    const second = run(repo, ['hook', 'pre-commit'], { STOWAWAY_CACHE_DIR: cache });
    assert.match(second.cache, /: used\n/);
    assert.doesNotMatch(second.cache, /written/);
    assert.equal(second.status, first.status);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.report, first.report);
    assert.match(second.stdout, /secret\/github-pat/);
  } finally {
    repo.remove();
  }
});

test('a damaged or truncated cache is rejected by V8, the run is unchanged, and the cache is rewritten', () => {
  const repo = repoWithStagedSecret();
  const cache = join(tempDir(), 'cache');
  try {
    const clean = run(repo, ['scan', '--staged', '--format', 'json'], { STOWAWAY_CACHE_DIR: cache });
    const [file] = cacheFiles(cache);
    const path = join(cache, file);
    const good = readFileSync(path);
    for (const damaged of [Buffer.alloc(good.length, 0x5a), good.subarray(0, good.length >> 1), Buffer.alloc(0)]) {
      writeFileSync(path, damaged);
      const r = run(repo, ['scan', '--staged', '--format', 'json'], { STOWAWAY_CACHE_DIR: cache });
      assert.match(r.cache, /not used\n.*written\n/, `damaged cache of ${damaged.length} bytes`);
      assert.equal(r.status, clean.status);
      assert.deepEqual(JSON.parse(r.stdout).findings, JSON.parse(clean.stdout).findings);
      assert.match(run(repo, ['scan', '--staged', '--format', 'json'], { STOWAWAY_CACHE_DIR: cache }).cache, /: used\n/);
    }
  } finally {
    repo.remove();
  }
});

test('each command keeps its own cache; an unknown command shares one', () => {
  const repo = repoWithStagedSecret();
  const cache = join(tempDir(), 'cache');
  try {
    run(repo, ['rules', '--format', 'json'], { STOWAWAY_CACHE_DIR: cache });
    run(repo, ['hook', 'pre-push'], { STOWAWAY_CACHE_DIR: cache });
    run(repo, ['--version'], { STOWAWAY_CACHE_DIR: cache });
    const bogus = run(repo, ['no-such-command'], { STOWAWAY_CACHE_DIR: cache });
    assert.equal(bogus.status, 2);
    assert.deepEqual(
      cacheFiles(cache).map((f) => f.replace(/^[^-]+-node[^-]+-[^-]+-/, '')),
      ['hook-pre-push.v8cache', 'other.v8cache', 'rules.v8cache'],
    );
  } finally {
    repo.remove();
  }
});

test('where caches go: STOWAWAY_CACHE_DIR, else XDG_CACHE_HOME/stowaway, else ~/.cache/stowaway; empty turns it off', () => {
  assert.equal(codeCacheDir({ STOWAWAY_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' }), '/c');
  assert.equal(codeCacheDir({ STOWAWAY_CACHE_DIR: '', XDG_CACHE_HOME: '/x', HOME: '/h' }), null);
  assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' }), join('/x', 'stowaway'));
  assert.equal(codeCacheDir({ HOME: '/h' }), join('/h', '.cache', 'stowaway'));
  assert.equal(codeCacheDir({}), null);

  const repo = repoWithStagedSecret();
  const home = tempDir();
  const xdg = tempDir();
  try {
    const env = { HOME: home, XDG_CACHE_HOME: '' };
    run(repo, ['hook', 'pre-commit'], { ...env, STOWAWAY_CACHE_DIR: '' });
    assert.equal(existsSync(join(home, '.cache')), false, 'STOWAWAY_CACHE_DIR= writes no cache');
    const off = run(repo, ['hook', 'pre-commit'], { ...env, STOWAWAY_CACHE_DIR: '' });
    assert.match(off.cache, /code cache off: not used/);
    const r = repo.stowaway(['hook', 'pre-commit'], { env: env });
    assert.equal(r.status, 1);
    assert.equal(cacheFiles(join(home, '.cache', 'stowaway')).length, 1);
    repo.stowaway(['hook', 'pre-commit'], { env: { HOME: home, XDG_CACHE_HOME: xdg } });
    assert.equal(cacheFiles(join(xdg, 'stowaway')).length, 1);
  } finally {
    repo.remove();
  }
});

test('a cache folder that cannot be written costs a compile, never an error', () => {
  const repo = repoWithStagedSecret();
  const blocker = join(tempDir(), 'not-a-folder');
  writeFileSync(blocker, 'a file where the cache folder would go\n');
  try {
    const reference = run(repo, ['hook', 'pre-commit'], { STOWAWAY_CACHE_DIR: '' });
    for (let i = 0; i < 2; i++) {
      const r = run(repo, ['hook', 'pre-commit'], { STOWAWAY_CACHE_DIR: join(blocker, 'cache') });
      assert.equal(r.status, reference.status);
      assert.equal(r.report, reference.report);
      assert.match(r.cache, /not used\n$/);
    }
    assert.equal(readFileSync(blocker, 'utf8'), 'a file where the cache folder would go\n');
  } finally {
    repo.remove();
  }
});

test('scan worker threads keep a cache of their own (they run under other V8 flags) and find the same', () => {
  fake.seed(42);
  const repo = new TestRepo();
  const cache = join(tempDir(), 'cache');
  try {
    for (let i = 0; i < 6; i++) repo.write(`src/f${i}.env`, `API_TOKEN=${fake.checksummedToken('ghp_')}\n` + 'x = 1\n'.repeat(2000));
    repo.add().commit('files');
    const env = { STOWAWAY_CACHE_DIR: cache, STOWAWAY_WORKERS: '2', STOWAWAY_PARALLEL_MIN_BYTES: '0' };
    const first = run(repo, ['scan', '--format', 'json'], env);
    assert.match(first.stderr, /scan worker thread\(s\) started/);
    assert.deepEqual(
      cacheFiles(cache).map((f) => f.replace(/^[^-]+-node[^-]+-[^-]+-/, '')),
      ['scan-worker.v8cache', 'scan.v8cache'],
    );
    const second = run(repo, ['scan', '--format', 'json'], env);
    assert.match(second.cache, /scan\.v8cache: used/);
    const findings = (out: string) => JSON.parse(out).findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line}:${f.ruleId}`);
    assert.equal(findings(first.stdout).length, 6);
    assert.deepEqual(findings(second.stdout), findings(first.stdout));
  } finally {
    repo.remove();
  }
});

test('cache files are named by build, Node version and purpose; old builds are pruned when a cache is written', () => {
  const a = codeCacheFile('/c', '0123456789abcdef', 'hook-pre-commit');
  const b = codeCacheFile('/c', 'fedcba9876543210', 'hook-pre-commit');
  assert.notEqual(a, b);
  assert.ok(a.includes(`node${process.versions.node}-${process.arch}`));
  assert.equal(codeCacheFile('/c', '0123456789abcdef', '../../etc/passwd'), join('/c', `0123456789abcdef-node${process.versions.node}-${process.arch}-______etc_passwd.v8cache`));

  const dir = tempDir();
  const now = Date.now();
  const day = 24 * 3600 * 1000;
  const files: Record<string, number> = {
    'aaaaaaaaaaaaaaaa-node20.0.0-x64-scan.v8cache': 400 * day, // this build, however old: kept
    'bbbbbbbbbbbbbbbb-node20.0.0-x64-scan.v8cache': 40 * day, // another build, a month unused: pruned
    'cccccccccccccccc-node20.0.0-x64-scan.v8cache': 2 * day, // another build in use: kept
    'cccccccccccccccc-node20.0.0-x64-scan.v8cache.123.tmp': 2 * day, // a killed write: pruned after a day
    'aaaaaaaaaaaaaaaa-node20.0.0-x64-hook.v8cache.456.tmp': 3600 * 1000, // a write in progress: kept
    'notes.txt': 400 * day, // not ours: kept
  };
  mkdirSync(dir, { recursive: true });
  for (const [name, age] of Object.entries(files)) {
    writeFileSync(join(dir, name), 'x');
    utimesSync(join(dir, name), (now - age) / 1000, (now - age) / 1000);
  }
  pruneOtherBuilds(join(dir, 'aaaaaaaaaaaaaaaa-node20.0.0-x64-scan.v8cache'), now);
  assert.deepEqual(readdirSync(dir).sort(), [
    'aaaaaaaaaaaaaaaa-node20.0.0-x64-hook.v8cache.456.tmp',
    'aaaaaaaaaaaaaaaa-node20.0.0-x64-scan.v8cache',
    'cccccccccccccccc-node20.0.0-x64-scan.v8cache',
    'notes.txt',
  ]);
});

test('through real commits: the installed hook writes its cache on the first commit and blocks the same way with it', () => {
  const cache = join(tempDir(), 'cache');
  const repo = hookedRepo({ env: { STOWAWAY_CACHE_DIR: cache } });
  try {
    repo.write('app.py', 'a = 1\n').add().commit('initial');
    assert.equal(repo.stowaway(['install']).status, 0);
    repo.write('notes.txt', 'first\n').add();
    const clean = repo.tryGit('commit', '-m', 'clean');
    assert.equal(clean.status, 0, clean.stderr);
    assert.deepEqual(cacheFiles(cache).map((f) => f.replace(/^[^-]+-node[^-]+-[^-]+-/, '')), ['hook-pre-commit.v8cache', 'install.v8cache']);
    const written = statSync(join(cache, cacheFiles(cache).find((f) => f.endsWith('hook-pre-commit.v8cache'))!)).mtimeMs;
    for (const round of [1, 2]) {
      repo.write('app.py', `a = ${round}\n${secretLine()}`).add();
      const blocked = repo.tryGit('commit', '-m', 'with a token');
      assert.notEqual(blocked.status, 0, `round ${round}`);
      assert.match(blocked.stderr, /secret\/github-pat\s+app\.py:2/);
      repo.git('reset', '-q', 'app.py');
    }
    const again = statSync(join(cache, cacheFiles(cache).find((f) => f.endsWith('hook-pre-commit.v8cache'))!)).mtimeMs;
    assert.equal(again, written, 'the cache was used, not rewritten');
  } finally {
    repo.remove();
  }
});
