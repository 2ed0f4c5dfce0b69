import { basename, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Config } from '../config/schema';
import type { RuleInfo } from '../detectors/detector';
import type { DetectedFinding } from '../findings/finding';
import type { ReadFile } from '../sources/blob';
import { SCAN_WORKER_ARG, SCAN_WORKER_FLAG, type FromWorker, type ToWorker } from './worker-protocol';

/**
 * The script a worker runs. In the bundle, the entry point (lib/cli/bin.ts)
 * records itself and sends worker threads to the scan worker; per-file
 * builds (tests) have scan-worker.js next to this file.
 */
function workerScript(): string {
  const entry = (globalThis as { stowawayEntry?: string }).stowawayEntry;
  if (entry) return entry;
  return basename(__filename) === 'worker-pool.js' ? join(__dirname, 'scan-worker.js') : __filename;
}

const YOUNG_GENERATION_MB = 4;
/**
 * What a worker may have queued behind the blob it is scanning: one more blob of any size, or
 * small ones up to these bytes (each message costs a round trip, so small files go in batches).
 * Blobs read ahead wait here as bytes nobody can scan yet: a deeper queue only adds RSS.
 */
const QUEUE_BYTES = 1024 * 1024;
const QUEUE_BLOBS = 32;
/** Smaller blobs are copied: a transfer costs more than copying a few KiB. */
const TRANSFER_MIN_BYTES = 64 * 1024;

interface Job {
  resolve(findings: DetectedFinding[]): void;
  reject(e: Error): void;
}

/** Detector threads for big scans: the main thread reads blobs, the pool runs detectors. */
export class ScanWorkerPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly bytes: number[] = [];
  private readonly jobs = new Map<number, { job: Job; worker: number; bytes: number }>();
  private roomWaiters: (() => void)[] = [];
  private nextId = 0;
  private failed: Error | null = null;

  constructor(size: number, config: Config, readFile: ReadFile, onRules: (rules: RuleInfo[]) => void) {
    // Each worker keeps a whole file's string and its garbage in its own heap; V8's default growth
    // lets that reach ~27 MiB per worker before a full collection, sizing for memory ~18 MiB at no
    // measurable CPU cost. The workers also get `gc` to collect after big files (collect-after.ts; the CLI sets
    // the flag at start, per-file builds here).
    // V8 flags are per process and read when an isolate starts: set them before the workers exist.
    // V8 keys code caches by its flags, so the CLI's cache is written first (lib/cli/bin.ts), with
    // the flags it was read under; workers keep a cache of their own.
    const shared = globalThis as { stowawayCodeCacheSave?: () => void; stowawayWorkerCodeCache?: string | null };
    shared.stowawayCodeCacheSave?.();
    // Required here, as node:worker_threads below: the pre-commit hook loads this module and never starts a pool.
    const { setFlagsFromString } = require('node:v8') as typeof import('node:v8');
    setFlagsFromString('--optimize-for-size');
    setFlagsFromString('--expose-gc');
    // Loaded here, not at the top: every scan loads this module, and the hook never starts a worker.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerScript(), {
        argv: [SCAN_WORKER_ARG],
        workerData: { [SCAN_WORKER_FLAG]: true, config, stowawayCodeCache: shared.stowawayWorkerCodeCache ?? null },
        stdout: false,
        stderr: false,
        // A small young generation: collected more often, it keeps each isolate's RSS low at no measurable cost.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      const index = i;
      w.on('message', (m: FromWorker) => {
        if (m.type === 'rules') onRules(m.rules);
        else if (m.type === 'readFile') {
          readFile(m.path).then(
            (text) => w.postMessage({ type: 'readFileResult', reqId: m.reqId, text } satisfies ToWorker),
            () => w.postMessage({ type: 'readFileResult', reqId: m.reqId, text: null } satisfies ToWorker),
          );
        } else this.settle(m);
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && this.jobs.size) this.fail(new Error(`scan worker ${index} exited with code ${code}`));
      });
      this.workers.push(w);
      this.load.push(0);
      this.bytes.push(0);
    }
  }

  /** Blobs sent and not yet answered. */
  get inFlight(): number {
    return this.jobs.size;
  }

  /** Bytes sent and not yet answered. */
  get inFlightBytes(): number {
    let sum = 0;
    for (const b of this.bytes) sum += b;
    return sum;
  }

  private hasRoomAt(i: number): boolean {
    return this.load[i] < 2 || (this.bytes[i] < QUEUE_BYTES && this.load[i] < QUEUE_BLOBS);
  }

  /** Whether a worker can take a blob now (else `whenRoom`). */
  hasRoom(): boolean {
    if (this.failed) return true; // detect() rejects at once
    for (let i = 0; i < this.workers.length; i++) if (this.hasRoomAt(i)) return true;
    return false;
  }

  /** Resolves when a worker answers (or the pool fails). */
  whenRoom(): Promise<void> {
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const w of waiters) w();
  }

  /**
   * Sends one blob to the worker with the fewest bytes outstanding (call when `hasRoom()`).
   * The blob's bytes may be moved there: do not read `content` afterwards.
   */
  detect(path: string, content: Uint8Array, addedLines?: Set<number>): Promise<DetectedFinding[]> {
    if (this.failed) return Promise.reject(this.failed);
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) if (this.hasRoomAt(i) && (best < 0 || this.bytes[i] < this.bytes[best])) best = i;
    if (best < 0) best = this.bytes.indexOf(Math.min(...this.bytes));
    const id = this.nextId++;
    const size = content.byteLength;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { job: { resolve, reject }, worker: best, bytes: size });
      this.load[best]++;
      this.bytes[best] += size;
      const message = { type: 'blob', id, path, content, addedLines: addedLines ? [...addedLines] : undefined } satisfies ToWorker;
      // A blob that owns its whole ArrayBuffer (cat-file's copy of anything over Buffer's 4 KiB pool
      // size) moves to the worker instead of being copied: one copy of each big blob, not two.
      const owned = content.byteOffset === 0 && content.byteLength === content.buffer.byteLength && content.byteLength >= TRANSFER_MIN_BYTES;
      if (owned) this.workers[best].postMessage(message, [content.buffer as ArrayBuffer]);
      else this.workers[best].postMessage(message);
    });
  }

  private settle(m: Extract<FromWorker, { type: 'result' | 'error' }>): void {
    const entry = this.jobs.get(m.id);
    if (!entry) return;
    this.jobs.delete(m.id);
    this.load[entry.worker]--;
    this.bytes[entry.worker] -= entry.bytes;
    this.wake();
    if (m.type === 'result') entry.job.resolve(m.findings);
    else {
      const e = new Error(m.message);
      if (m.stack) e.stack = m.stack;
      entry.job.reject(e);
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const { job } of this.jobs.values()) job.reject(e);
    this.jobs.clear();
    this.wake();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
