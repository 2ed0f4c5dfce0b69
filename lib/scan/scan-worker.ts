import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/schema';
import { BlobDetector } from './detect-blob';
import { collectAfter } from './collect-after';
import { SCAN_WORKER_FLAG, type FromWorker, type ToWorker } from './worker-protocol';

/**
 * A scan worker: receives blobs, runs the detectors, posts findings back.
 * Sibling files are read through the main thread, which owns the source
 * (index, tree, disk or image tarball).
 */
export function startScanWorker(): void {
  const port = parentPort!;
  const config = (workerData as { config: Config }).config;
  let nextReq = 0;
  const pendingReads = new Map<number, (text: string | null) => void>();
  const post = (m: FromWorker) => port.postMessage(m);
  const detector = new BlobDetector(
    config,
    (path) =>
      new Promise((resolve) => {
        const reqId = nextReq++;
        pendingReads.set(reqId, resolve);
        post({ type: 'readFile', reqId, path });
      }),
    (rules) => post({ type: 'rules', rules }),
  );
  // The first blob has compiled the detectors: the moment to keep the code for the next scan's workers (lib/cli/bin.ts).
  let saveCodeCache = (globalThis as { stowawayCodeCacheSave?: () => void }).stowawayCodeCacheSave;
  port.on('message', (m: ToWorker) => {
    if (m.type === 'readFileResult') {
      pendingReads.get(m.reqId)?.(m.text);
      pendingReads.delete(m.reqId);
      return;
    }
    // The callbacks capture the id and path only: capturing `m` would keep the blob's bytes alive until the detectors finish.
    const { id, path } = m;
    const size = m.content.byteLength;
    detector.detect(path, m.content, m.addedLines ? new Set(m.addedLines) : undefined).then(
      (findings) => {
        post({ type: 'result', id, findings });
        collectAfter(size);
        saveCodeCache?.();
        saveCodeCache = undefined;
      },
      (e: Error) => post({ type: 'error', id, message: `${path}: ${e.message}`, stack: e.stack }),
    );
  });
}

// Per-file build (tests): the pool starts this file directly.
// In the bundle, lib/cli/bundle.ts imports this module in worker threads.
if (!isMainThread && (workerData as Record<string, unknown> | null)?.[SCAN_WORKER_FLAG]) startScanWorker();
