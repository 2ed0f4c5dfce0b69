/**
 * What the scan pool (worker-pool.ts) and its workers (scan-worker.ts) say to each other. Its own
 * module, importing nothing: the pool's side is loaded by every scan, the pre-commit hook's
 * included, and must not load the worker's side (or `node:worker_threads`) to learn these names.
 */

/** Marks a worker started by the scan pool, in its workerData. */
export const SCAN_WORKER_FLAG = 'stowawayScanWorker';

/**
 * The same mark in a worker's argv, which the bundle's entry point (lib/cli/bin.ts) can read without
 * loading `node:worker_threads` (~2 ms of every hook run) to tell a scan worker from the CLI.
 */
export const SCAN_WORKER_ARG = '--stowaway-scan-worker';

/** Main thread → worker. */
export type ToWorker =
  | { type: 'blob'; id: number; path: string; content: Uint8Array; addedLines?: number[] }
  | { type: 'readFileResult'; reqId: number; text: string | null };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'result'; id: number; findings: import('../findings/finding').DetectedFinding[] }
  | { type: 'error'; id: number; message: string; stack?: string }
  | { type: 'rules'; rules: import('../detectors/detector').RuleInfo[] }
  | { type: 'readFile'; reqId: number; path: string };
