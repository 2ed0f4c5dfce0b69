import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { splitRawAndPatch } from '../lib/sources/staged';
import { TestRepo } from './helpers/git-repo';

// The hook reads the raw records and the patch from one `diff-index --raw -z -p` (lib/sources/staged.ts):
// split, they must be byte for byte what the two separate commands print.

const COMMON = ['--cached', '-M', '--diff-filter=ACMR', 'HEAD'];
const PATCH = ['-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--full-index', '--src-prefix=a/', '--dst-prefix=b/'];

function bothWays(repo: TestRepo): void {
  const run = (args: string[]) => execFileSync('git', ['-c', 'core.quotepath=false', ...args], { cwd: repo.dir, env: repo.env });
  const [raw, patch] = splitRawAndPatch(run(['diff-index', '--raw', '-z', '--no-abbrev', ...PATCH, ...COMMON]));
  assert.ok(raw.equals(run(['diff-index', '--raw', '-z', '--no-abbrev', ...COMMON])), 'raw records');
  assert.ok(patch.equals(run(['diff-index', ...PATCH, ...COMMON])), 'patch');
}

test('one diff-index split into raw and patch equals the two commands: renames, binaries, modes, odd names, nothing staged', () => {
  const repo = new TestRepo();
  try {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i} of a file long enough to be found renamed`).join('\n');
    repo.write('keep.txt', 'a\n').write('old-name.txt', `${lines}\n`).write('script.sh', 'echo hi\n').write('gone.txt', 'x\n');
    repo.add().commit('initial');
    bothWays(repo); // nothing staged: both empty
    repo.git('mv', 'old-name.txt', 'new name with spaces.txt');
    repo.write('new name with spaces.txt', `${lines}\nplus one line\n`);
    repo.write('blob.bin', Buffer.from([0, 1, 2, 255, 0, 10]));
    repo.write('ünïcødé/файл.txt', 'token\n');
    repo.write('tab\there.txt', 'tab\n');
    repo.write('keep.txt', 'a\nb\n');
    chmodSync(join(repo.dir, 'script.sh'), 0o755);
    repo.git('rm', '-q', 'gone.txt');
    repo.add();
    bothWays(repo);
    const [raw] = splitRawAndPatch(execFileSync('git', ['diff-index', '--raw', '-z', '--no-abbrev', ...PATCH, ...COMMON], { cwd: repo.dir, env: repo.env }));
    assert.match(raw.toString('utf8'), /R\d+\0old-name\.txt\0new name with spaces\.txt\0/, 'the rename record carries both paths');
  } finally {
    repo.remove();
  }
});
