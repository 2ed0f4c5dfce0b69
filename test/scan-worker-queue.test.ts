import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../lib/config/defaults';
import { ScanWorkerPool } from '../lib/scan/worker-pool';

// The reader waits for room instead of reading ahead: what a worker may have queued bounds the
// bytes a full scan holds beyond the files being scanned.

const text = (bytes: number) => Buffer.alloc(bytes, 'plain text line\n');

test('worker pool: one blob of any size may wait behind the one a worker scans, then the reader waits', async () => {
  const pool = new ScanWorkerPool(1, defaultConfig(), async () => null, () => {});
  try {
    assert.equal(pool.hasRoom(), true);
    const a = pool.detect('a.txt', text(2 << 20));
    assert.equal(pool.hasRoom(), true, 'an idle worker takes a second blob to queue');
    const b = pool.detect('b.txt', text(2 << 20));
    assert.equal(pool.hasRoom(), false, 'a busy worker with one big blob queued has no room');
    assert.equal(pool.inFlightBytes, 4 << 20);
    await pool.whenRoom();
    assert.equal(pool.hasRoom(), true);
    assert.deepEqual(await a, []);
    assert.deepEqual(await b, []);
    assert.equal(pool.inFlightBytes, 0);
  } finally {
    await pool.close();
  }
});

test('worker pool: small blobs queue up to 1 MiB per worker; two workers share by bytes', async () => {
  const pool = new ScanWorkerPool(2, defaultConfig(), async () => null, () => {});
  try {
    const jobs: Promise<unknown>[] = [];
    let sent = 0;
    while (pool.hasRoom()) {
      jobs.push(pool.detect(`f${sent}.txt`, text(64 * 1024)));
      sent++;
    }
    // Each worker stops taking blobs once 1 MiB is outstanding: 16 blobs of 64 KiB each.
    assert.equal(sent, 32);
    assert.equal(pool.inFlightBytes, 32 * 64 * 1024);
    await Promise.all(jobs);
  } finally {
    await pool.close();
  }
});
