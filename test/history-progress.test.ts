import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProgress, progressWanted } from '../lib/report/progress';
import { TestRepo } from './helpers/git-repo';

test('progress line: items, bytes, rate, and ETA once the share done is known', () => {
  assert.equal(formatProgress('scanning history', { items: 1500, bytes: 3 * 1024 * 1024, elapsedMs: 2000 }), 'scanning history: 1,500 files, 3.0 MiB, 1.5 MiB/s');
  assert.equal(formatProgress('scanning app.tar', { items: 10, bytes: 2048, elapsedMs: 10_000, fraction: 0.25 }), 'scanning app.tar: 10 files, 2.0 KiB, 205 B/s, 25%, ETA 0:30');
  assert.match(formatProgress('x', { items: 1, bytes: 1, elapsedMs: 3_600_000, fraction: 0.5 }), /ETA 1:00:00$/);
});

test('progress is drawn only on a TTY, not with --quiet, and not when JSON/SARIF goes to stdout', () => {
  const saved = process.env.CI;
  delete process.env.CI;
  try {
    const tty = { isTTY: true };
    assert.equal(progressWanted({ quiet: false, format: 'pretty' }, tty), true);
    assert.equal(progressWanted({ quiet: false, format: 'pretty' }, { isTTY: false }), false);
    assert.equal(progressWanted({ quiet: true, format: 'pretty' }, tty), false);
    assert.equal(progressWanted({ quiet: false, format: 'json' }, tty), false);
    assert.equal(progressWanted({ quiet: false, format: 'sarif' }, tty), false);
    assert.equal(progressWanted({ quiet: false, format: 'json', output: 'r.json' }, tty), true);
  } finally {
    if (saved !== undefined) process.env.CI = saved;
  }
});

test('a history scan whose stderr is not a terminal writes no progress', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('a.txt', 'a\n').add().commit();
  const r = repo.stowaway(['scan', '--history']);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
});
