import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, symlinkSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, findingsOf, CLI } from './helpers/git-repo';
import * as fake from '../lib/secrets/fake';

// The foundation must read exactly what git would commit, whatever the file looks like.

function scanStaged(repo: TestRepo, ...extra: string[]) {
  return repo.stowaway(['scan', '--staged', '--format', 'json', ...extra]);
}

function withRepo(t: { after(fn: () => void): void }): TestRepo {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  return repo;
}

test('unborn branch: the first commit is compared with the empty tree', (t) => {
  const repo = withRepo(t);
  repo.write('app.env', `GITHUB_TOKEN=${fake.checksummedToken('ghp_')}\n`).add();
  const r = scanStaged(repo, '--added-only');
  assert.equal(r.status, 1, r.stderr);
  assert.equal(findingsOf(r)[0].file, 'app.env');
  assert.equal(findingsOf(r)[0].line, 1);
});

test('rename without content change adds no lines; the full staged scan still sees the file under its new name', (t) => {
  const repo = withRepo(t);
  repo.write('old-name.txt', `x\ntoken ${fake.checksummedToken('ghp_')}\n`).add().commit();
  repo.git('mv', 'old-name.txt', 'new-name.txt');
  assert.equal(scanStaged(repo, '--added-only').status, 0);
  const r = scanStaged(repo);
  assert.equal(r.status, 1);
  assert.equal(findingsOf(r)[0].file, 'new-name.txt');
});

test('binary files are skipped and listed, in JSON and in the pretty summary', (t) => {
  const repo = withRepo(t);
  repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(` ${fake.checksummedToken('ghp_')}`)])).add();
  const r = scanStaged(repo);
  assert.equal(r.status, 0);
  const stats = JSON.parse(r.stdout).stats;
  assert.deepEqual(stats.skipped, [{ file: 'blob.bin', reason: 'binary' }]);
  const pretty = repo.stowaway(['scan', '--staged']);
  assert.match(pretty.stdout, /1 file\(s\) skipped, not scanned/);
  assert.match(pretty.stdout, /blob\.bin: binary/);
});

test('a UTF-16LE file with a BOM (Windows PowerShell 5 output) is scanned as text, on its own line numbers; without a BOM it stays binary', (t) => {
  const repo = withRepo(t);
  const token = fake.checksummedToken('ghp_');
  const text = `# exported\r\n\r\n$env:GITHUB_TOKEN = "${token}"\r\n`;
  repo.write('env.ps1', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  repo.write('nobom.ps1', Buffer.from(text, 'utf16le')).add();
  const r = scanStaged(repo);
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(findingsOf(r).map((f) => [f.file, f.line, f.ruleId]), [['env.ps1', 3, 'secret/github-pat']]);
  assert.deepEqual(JSON.parse(r.stdout).stats.skipped, [{ file: 'nobom.ps1', reason: 'binary' }]);
  // The pre-commit mode: git's diff calls the file binary and lists no lines, so every line of it counts as added.
  const added = scanStaged(repo, '--added-only');
  assert.equal(added.status, 1, added.stderr);
  assert.deepEqual(findingsOf(added).map((f) => [f.file, f.line]), [['env.ps1', 3]]);
});

test('submodules and symlinks are listed as skipped, not read', (t) => {
  const repo = withRepo(t);
  repo.write('a.txt', 'hello\n').add().commit();
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.git('update-index', '--add', '--cacheinfo', `160000,${head},vendor/sub`);
  const outside = join(repo.dir, '..', `secret-${process.pid}.txt`);
  writeFileSync(outside, `token ${fake.checksummedToken('ghp_')}\n`);
  t.after(() => writeFileSync(outside, ''));
  symlinkSync(outside, join(repo.dir, 'link.txt'));
  repo.add('link.txt');
  const r = scanStaged(repo);
  assert.equal(r.status, 0, r.stdout);
  const skipped = JSON.parse(r.stdout).stats.skipped.map((s: { file: string }) => s.file).sort();
  assert.deepEqual(skipped, ['link.txt', 'vendor/sub']);
});

test('odd file names: spaces, newline, unicode, glob characters', (t) => {
  const repo = withRepo(t);
  const names = ['with space.txt', 'new\nline.txt', 'ünïcødé.txt', 'app/[id]/page.ts', 'app/(group)/x.ts', 'quote"d.txt'];
  for (const n of names) repo.write(n, `ok\nkey = ${fake.checksummedToken('ghp_')}\n`);
  repo.add();
  for (const mode of [[], ['--added-only']]) {
    const r = scanStaged(repo, ...mode);
    assert.equal(r.status, 1);
    const found = findingsOf(r).map((f) => `${f.file}:${f.line}`).sort();
    assert.deepEqual(found, names.map((n) => `${n}:2`).sort(), `mode ${mode.join(' ') || 'full'}`);
  }
});

test('CRLF line endings and a BOM keep line and column numbers right', (t) => {
  const repo = withRepo(t);
  const token = fake.checksummedToken('ghp_');
  repo.write('win.txt', `\ufeffline one\r\nline two\r\n  token=${token}\r\n`).add();
  const r = scanStaged(repo, '--added-only');
  const [f] = findingsOf(r);
  assert.equal(f.line, 3);
  assert.equal(f.column, 9);
  assert.equal(f.endColumn, 9 + token.length);
});

test('a 20 MiB file is skipped as too large and reported; maxFileSize is configurable', (t) => {
  const repo = withRepo(t);
  const big = Buffer.alloc(20 * 1024 * 1024, 'a\n');
  repo.write('big.log', big).add();
  const r = scanStaged(repo);
  assert.equal(r.status, 0);
  const [skip] = JSON.parse(r.stdout).stats.skipped;
  assert.equal(skip.file, 'big.log');
  assert.match(skip.reason, /larger than maxFileSize/);
  repo.write('.stowawayrc.json', JSON.stringify({ maxFileSize: 30 * 1024 * 1024 }));
  const r2 = scanStaged(repo);
  assert.deepEqual(JSON.parse(r2.stdout).stats.skipped, []);
  assert.equal(JSON.parse(r2.stdout).stats.files, 1);
});

test('a 2 MiB single-line minified file is scanned and a token inside it found', (t) => {
  const repo = withRepo(t);
  const chunk = 'function a(b){return b.map(function(c){return c*2})};var d={e:1,f:"g"};';
  let line = chunk.repeat(Math.ceil((2 * 1024 * 1024) / chunk.length));
  const token = fake.checksummedToken('ghp_');
  line = line.slice(0, 1024 * 1024) + `var t="${token}";` + line.slice(1024 * 1024);
  repo.write('dist/app.min.js', line + '\n').add();
  const r = scanStaged(repo);
  assert.equal(r.status, 1, r.stderr);
  const f = findingsOf(r).find((x) => x.ruleId === 'secret/github-pat');
  assert.ok(f);
  assert.equal(f.line, 1);
  assert.equal(f.column, 1024 * 1024 + 8);
});

test('invalid UTF-8 does not break scanning or line numbers', (t) => {
  const repo = withRepo(t);
  const token = fake.checksummedToken('ghp_');
  repo.write('latin1.txt', Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(`\nsecond ${token}\n`)])).add();
  const [f] = findingsOf(scanStaged(repo));
  assert.equal(f.line, 2);
  assert.equal(f.column, 8);
});

test('git commit -a and git commit <path> read the temporary index git builds for the hook', (t) => {
  const repo = withRepo(t);
  repo.write('a.txt', 'clean\n').write('b.txt', 'clean\n').add().commit();
  const hook = `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged --added-only --quiet\n`;
  repo.write('.git/hooks/pre-commit', hook);
  chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);

  // commit -a: the secret is only in the working tree, git stages it into a temporary index.
  repo.write('a.txt', `clean\nkey=${fake.checksummedToken('ghp_')}\n`);
  const blocked = repo.tryGit('commit', '-a', '-m', 'leak');
  assert.notEqual(blocked.status, 0, 'commit -a with a secret must be blocked');
  assert.match(blocked.stdout + blocked.stderr, /secret\/github-pat/);

  // commit <path>: only b.txt is committed; the secret in a.txt is not part of it.
  repo.write('b.txt', 'clean\nchanged\n');
  const ok = repo.tryGit('commit', '-m', 'only b', 'b.txt');
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);

  // commit <path> of the file with the secret is blocked.
  const blocked2 = repo.tryGit('commit', '-m', 'leak a', 'a.txt');
  assert.notEqual(blocked2.status, 0);
});
