import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, findingsOf } from './helpers/git-repo';
import { secretLine } from './helpers/stowaway-bin';

/**
 * `stowaway scan` reads clean tracked files from the work tree (no zlib
 * inflate). Every case here is one where the disk and the index disagree, or
 * may: the scan must report what the index holds, never the disk.
 */
function scanFindings(repo: TestRepo, env: Record<string, string> = {}) {
  const r = repo.stowaway(['scan', '--format', 'json', '--no-color'], { env });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return findingsOf(r).map((f) => `${f.ruleId} ${f.file}:${f.line}`);
}

test('tracked scan: clean files from disk, the same findings as reading every file through git', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('a/settings.py', `DEBUG = False\n${secretLine()}`).write('b/clean.md', '# notes\n').write('c/run.sh', secretLine());
  repo.add().commit('initial');
  const fromDisk = scanFindings(repo);
  assert.deepEqual(fromDisk, ['secret/github-pat a/settings.py:2', 'secret/github-pat c/run.sh:1']);
  assert.deepEqual(scanFindings(repo, { STOWAWAY_READ_WORKTREE: '0' }), fromDisk);
});

test('tracked scan: an edited, unstaged file is scanned as staged (the secret on disk only is not reported; the one in the index is)', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('staged-secret.py', secretLine()).write('disk-secret.py', 'x = 1\n');
  repo.add().commit('initial');
  repo.write('staged-secret.py', 'x = 2\n').write('disk-secret.py', secretLine());
  assert.deepEqual(scanFindings(repo), ['secret/github-pat staged-secret.py:1']);
});

test('tracked scan: a file with a smudge filter is read from the index, not as checked out', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const line = secretLine();
  const token = line.split('"')[1];
  // The filter swaps a placeholder for the token on checkout and back on add: the index never holds it.
  repo.git('config', 'filter.inject.smudge', `sed s/PLACEHOLDER/${token}/`);
  repo.git('config', 'filter.inject.clean', `sed s/${token}/PLACEHOLDER/`);
  repo.write('.gitattributes', 'config.py filter=inject\n').write('config.py', line);
  repo.add().commit('filtered');
  assert.match(repo.git('show', ':config.py'), /PLACEHOLDER/);
  assert.equal(repo.git('diff-files', '--name-only'), '', 'git considers the file clean');
  assert.deepEqual(scanFindings(repo), []);
});

test('tracked scan: assume-unchanged and skip-worktree entries are read from the index', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('assumed.py', 'x = 1\n').write('skipped.py', 'y = 1\n').write('indexed.py', secretLine());
  repo.add().commit('initial');
  repo.git('update-index', '--assume-unchanged', 'assumed.py', 'indexed.py');
  repo.git('update-index', '--skip-worktree', 'skipped.py');
  // git never looks at these files on disk, so diff-files calls them clean whatever they hold.
  repo.write('assumed.py', secretLine()).write('skipped.py', secretLine()).write('indexed.py', 'z = 1\n');
  assert.equal(repo.git('diff-files', '--name-only'), '');
  assert.deepEqual(scanFindings(repo), ['secret/github-pat indexed.py:1']);
});

test('tracked scan: a file deleted from disk, and one replaced by a symlink, are still scanned from the index', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('gone.py', secretLine()).write('linked.py', secretLine()).write('target.txt', 'plain\n');
  repo.add().commit('initial');
  repo.git('rm', '-q', '--cached', '--', 'target.txt');
  repo.git('commit', '-q', '--no-verify', '-m', 'untrack target');
  repo.write('target.txt', 'plain\n');
  // Remove from disk only; replace the other with a link to a clean file.
  rmSync(join(repo.dir, 'gone.py'));
  rmSync(join(repo.dir, 'linked.py'));
  symlinkSync('target.txt', join(repo.dir, 'linked.py'));
  assert.deepEqual(scanFindings(repo), ['secret/github-pat gone.py:1', 'secret/github-pat linked.py:1']);
});

test('tracked scan from disk: the binary probe is the first 8,000 bytes, as through git; text past it is read and scanned', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const pad = (n: number) => Buffer.alloc(n, 'x\n');
  // NUL at offset 7,999: binary. NUL at offset 8,000: text, secret after it found. Long text: the part after the probe is read.
  repo.write('late-nul.dat', Buffer.concat([pad(8000), Buffer.from([0]), Buffer.from(`\n${secretLine()}`)]));
  repo.write('edge-nul.dat', Buffer.concat([pad(7999), Buffer.from([0]), Buffer.from(`\n${secretLine()}`)]));
  repo.write('long.txt', Buffer.concat([pad(200_000), Buffer.from(secretLine())]));
  repo.add().commit('initial');
  const scan = (env: Record<string, string>) => {
    const r = repo.stowaway(['scan', '--format', 'json', '--no-color'], { env });
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    return { findings: findingsOf(r).map((f) => `${f.file}:${f.line}`), skipped: out.stats.skipped, files: out.stats.files, bytes: out.stats.bytes };
  };
  const fromDisk = scan({});
  assert.deepEqual(fromDisk.findings, ['late-nul.dat:4002', 'long.txt:100001']);
  assert.deepEqual(fromDisk.skipped, [{ file: 'edge-nul.dat', reason: 'binary' }]);
  assert.deepEqual(scan({ STOWAWAY_READ_WORKTREE: '0' }), fromDisk);
});
