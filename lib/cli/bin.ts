// The bundle's entry point (dist/stowaway.mjs). It stays tiny: commands, the
// Dockerfile parser, YAML and cosmiconfig are split into chunks that load only
// when a run needs them, so a plain pre-commit hook parses a fraction of the code.
import { isMainThread, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

// Scan worker threads (lib/scan/worker-pool.ts) start this same file.
(globalThis as { stowawayEntry?: string }).stowawayEntry = fileURLToPath(import.meta.url);

if (!isMainThread && (workerData as Record<string, unknown> | null)?.stowawayScanWorker) {
  await import('../scan/scan-worker');
} else {
  const { main } = await import('./main');
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`stowaway: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}
