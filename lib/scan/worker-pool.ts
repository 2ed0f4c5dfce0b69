import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/schema';
import type { RuleInfo } from '../detectors/detector';
import type { DetectedFinding } from '../findings/finding';
import type { ReadFile } from '../sources/blob';
import { SCAN_WORKER_FLAG, type FromWorker, type ToWorker } from './scan-worker';

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
  private readonly jobs = new Map<number, { job: Job; worker: number }>();
  private nextId = 0;
  private failed: Error | null = null;

  constructor(size: number, config: Config, readFile: ReadFile, onRules: (rules: RuleInfo[]) => void) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerScript(), {
        workerData: { [SCAN_WORKER_FLAG]: true, config },
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
    }
  }

  /** Blobs sent and not yet answered. */
  get inFlight(): number {
    return this.jobs.size;
  }

  /** Sends one blob to the least busy worker. The blob's bytes may be moved there: do not read `content` afterwards. */
  detect(path: string, content: Uint8Array, addedLines?: Set<number>): Promise<DetectedFinding[]> {
    if (this.failed) return Promise.reject(this.failed);
    let best = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[best]) best = i;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { job: { resolve, reject }, worker: best });
      this.load[best]++;
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
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
