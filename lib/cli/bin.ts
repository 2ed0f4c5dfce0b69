// The bundle's entry point (dist/stowaway.mjs). It stays tiny: commands, the
// Dockerfile parser, YAML and cosmiconfig are split into chunks that load only
// when a run needs them, so a plain pre-commit hook parses a fraction of the code.
import { isMainThread, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// A scan is one cold pass over each file, and TurboFan's inlining makes every optimisation several
// times costlier to compile, on background threads that compete with the scan workers for the cores,
// for code that then runs well under a second. Without it a full scan of the 89 MiB speed corpus
// spends ~15% less CPU and finishes ~10% sooner with workers; warm in-process throughput drops ~5%.
// V8 prints an error on stderr for a flag it does not know, so only the versions known to have it (Node 20 to 23) get it.
if (/^1[1-3]\./.test(process.versions.v8)) setFlagsFromString('--no-turbo-inlining');

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
