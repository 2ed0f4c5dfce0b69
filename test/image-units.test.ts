import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LayerFates } from '../lib/sources/image/layer-fates';
import { argAt } from '../lib/sources/image/config-blobs';
import { imagePath } from '../lib/sources/image/layer-reader';

test('imagePath keeps every entry inside / (valid/invalid table)', () => {
  const cases: Array<[string, string]> = [
    ['etc/passwd', '/etc/passwd'],
    ['./app/.env', '/app/.env'],
    ['/abs/file', '/abs/file'],
    ['../../etc/x', '/etc/x'],
    ['a/../../../b', '/b'],
    ['dir/', '/dir'],
    ['a\\..\\..\\win', '/win'],
  ];
  for (const [raw, want] of cases) assert.equal(imagePath(raw), want, raw);
});

test('LayerFates: whiteouts, opaque directories, replacement, and re-adding after deletion', () => {
  const f = new LayerFates();
  f.addFile(1, '/app/.env');
  f.addFile(1, '/srv/keys/id');
  f.addFile(1, '/keep');
  f.addWhiteout(2, '/app/.env', false);
  f.addWhiteout(3, '/srv', false); // whole directory deleted
  f.addFile(2, '/keep2');
  f.addFile(4, '/keep2');
  f.addWhiteout(5, '/opt', true);
  f.addFile(4, '/opt/x');
  assert.deepEqual(f.fate(1, '/app/.env'), { layer: 2, how: 'deleted' });
  assert.deepEqual(f.fate(1, '/srv/keys/id'), { layer: 3, how: 'deleted' });
  assert.equal(f.fate(1, '/keep'), null);
  assert.deepEqual(f.fate(2, '/keep2'), { layer: 4, how: 'replaced' });
  assert.equal(f.fate(4, '/keep2'), null);
  assert.deepEqual(f.fate(4, '/opt/x'), { layer: 5, how: 'deleted' });
  assert.equal(f.fate(2, '/app/.env'), null, 'a whiteout only affects lower layers');
});

test('argAt finds the BuildKit ARG whose value covers a column', () => {
  const line = '|2 NPM_TOKEN=abc123 MODE=prod /bin/sh -c npm ci';
  const col = (s: string) => line.indexOf(s) + 1;
  assert.equal(argAt(line, col('abc123')), 'NPM_TOKEN');
  assert.equal(argAt(line, col('prod')), 'MODE');
  assert.equal(argAt(line, col('npm ci')), null);
  assert.equal(argAt('/bin/sh -c echo TOKEN=x', 20), null);
  assert.equal(argAt('|1 A=b c d sh -c x', 6), 'A');
});
