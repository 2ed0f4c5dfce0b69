import { runInNewContext } from 'node:vm';

/**
 * A file this big is collected as soon as it is scanned. Its string, and what the detectors
 * derived from it, is garbage then, but V8 keeps it until the heap has grown by ~10 MiB, and a few
 * such files in a row set a thread's peak. A full collection takes a few milliseconds; scanning
 * 4 MiB takes tens. On the main thread of a single-threaded scan of the speed corpus: median peak
 * RSS 138 -> 131 MiB, same time.
 */
const COLLECT_AFTER_BYTES = 4 * 1024 * 1024;

let gc: (() => void) | null | undefined;

/**
 * V8's `gc`. The loader sets `--expose-gc` before the CLI compiles (lib/cli/bin.ts), after the main
 * context's global was made, so there it comes from a new context (made once, on the first big
 * file); worker threads start with it. Without the flag (tests' per-file builds) there is none.
 */
function exposedGc(): (() => void) | null {
  const own = (globalThis as { gc?: () => void }).gc;
  if (own) return own;
  try {
    return runInNewContext('typeof gc === "function" ? gc : null') as (() => void) | null;
  } catch {
    return null;
  }
}

export function collectAfter(bytes: number): void {
  if (bytes < COLLECT_AFTER_BYTES) return;
  gc ??= exposedGc();
  gc?.();
}
