import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Scans collect after each big file (lib/scan/collect-after.ts). The main thread's `gc` comes from a
// new context, since the CLI sets --expose-gc after the main context exists: a full collection must
// really happen then, and nothing below 4 MiB.

const MODULE = join(__dirname, '..', 'lib', 'scan', 'collect-after.js');

function majorCollections(flag: boolean, bytes: number[]): number {
  const script = `
    const { setFlagsFromString } = require('node:v8');
    const { PerformanceObserver, constants } = require('node:perf_hooks');
    if (${flag}) setFlagsFromString('--expose-gc');
    const { collectAfter } = require(${JSON.stringify(MODULE)});
    let major = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
    }).observe({ entryTypes: ['gc'] });
    for (const b of ${JSON.stringify(bytes)}) collectAfter(b);
    setTimeout(() => console.log(major), 50);
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Number(r.stdout.trim());
}

test('collectAfter runs a full collection after a file of 4 MiB or more, through a new context when --expose-gc came late', () => {
  assert.equal(majorCollections(true, [1024, 3 * 1024 * 1024]), 0, 'small files: no collection');
  assert.ok(majorCollections(true, [4 * 1024 * 1024, 6 * 1024 * 1024]) >= 2, 'one full collection per big file');
});

test('collectAfter does nothing without --expose-gc (the per-file builds the tests import)', () => {
  assert.equal(majorCollections(false, [8 * 1024 * 1024]), 0);
});
