// The package's executable (dist/stowaway.cjs): a small loader. The CLI itself is one CommonJS
// bundle beside it (dist/cli.cjs), compiled through a V8 code cache (lib/cli/code-cache.ts),
// so a pre-commit hook deserialises the code its last run compiled instead of parsing it again.
// CommonJS rather than an ES module: Node's ESM loader costs every run ~5 ms more to start.
import { dirname, join } from 'node:path';
import { codeCacheDir, codeCacheFile, loadBundle } from './code-cache';
import { COMMAND_NAMES } from './command-names';
import { SCAN_WORKER_ARG, SCAN_WORKER_FLAG } from '../scan/worker-protocol';

declare const STOWAWAY_BUNDLE_ID: string;

interface Bundle {
  main(argv: string[]): Promise<number>;
  startScanWorker(): Promise<void>;
}

// A scan is one cold pass over each file, and TurboFan's inlining makes every optimisation several
// times costlier to compile, on background threads that compete with the scan workers for the cores,
// for code that then runs well under a second. Without it a full scan of the 89 MiB speed corpus
// spends ~15% less CPU and finishes ~10% sooner with workers; warm in-process throughput drops ~5%.
// V8 prints an error on stderr for a flag it does not know, so only the versions known to have it (Node 20 to 23) get it.
// It is set before the bundle compiles: V8 keys code caches by its flags.
//
// Big scans collect after each big file (lib/scan/collect-after.ts); set here, not when the first one
// comes, because a flag set after the CLI compiled would make its code cache never match again.
//
// Not for the pre-commit and pre-merge-commit hooks: they scan a commit's added lines, too little for
// either flag to matter, and loading `node:v8` to set them cost each commit ~2.4 ms. Each command has
// a code cache of its own (purpose below), so the hooks' caches stay keyed to their own flags.
const runPurpose = purpose(process.argv.slice(2));
if (!/^hook-pre-(?:commit|merge-commit)$/.test(runPurpose)) {
  const { setFlagsFromString } = require('node:v8') as typeof import('node:v8');
  if (/^1[1-3]\./.test(process.versions.v8)) setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--expose-gc');
}

const entry = __filename;
const bundlePath = join(dirname(entry), 'cli.cjs');
// Scan worker threads (lib/scan/worker-pool.ts) start this same file. They run under other V8
// flags than the main thread, so they have a cache of their own, which the pool hands them.
const shared = globalThis as {
  stowawayEntry?: string;
  stowawayWorkerCodeCache?: string | null;
  stowawayCodeCacheSave?: () => void;
  stowawayImport?: (specifier: string) => Promise<unknown>;
};
shared.stowawayEntry = entry;
// Code compiled through vm.Script has no loader for import() (Node 20 would need an experimental
// flag or print a warning), so ES-module config files are imported from here (lib/config/load-config.ts).
shared.stowawayImport = (specifier) => import(specifier);

/** Which cache a run uses: one per command (per hook), since each compiles different code. */
function purpose(argv: string[]): string {
  const [name, sub] = argv;
  if (!(COMMAND_NAMES as readonly string[]).includes(name)) return 'other';
  return name === 'hook' && /^pre-(commit|push|merge-commit)$/.test(sub ?? '') ? `hook-${sub}` : name;
}

async function startWorker(workerData: { stowawayCodeCache?: string | null }): Promise<void> {
  const bundle = loadBundle<Bundle>(bundlePath, workerData.stowawayCodeCache ?? null);
  // The worker saves once its first blob has compiled the detectors (lib/scan/scan-worker.ts).
  shared.stowawayCodeCacheSave = () => void bundle.saveCache();
  await bundle.exports.startScanWorker();
}

async function runCli(): Promise<void> {
  const argv = process.argv.slice(2);
  const dir = codeCacheDir();
  const cacheFile = dir ? codeCacheFile(dir, STOWAWAY_BUNDLE_ID, runPurpose) : null;
  shared.stowawayWorkerCodeCache = dir ? codeCacheFile(dir, STOWAWAY_BUNDLE_ID, 'scan-worker') : null;
  const debug = process.env.STOWAWAY_DEBUG ? (m: string) => process.stderr.write(`stowaway: code cache ${cacheFile ?? 'off'}: ${m}\n`) : null;
  let bundle: ReturnType<typeof loadBundle<Bundle>> | undefined;
  // Saved at the end of the run, or before the scan pool changes V8's flags (lib/scan/worker-pool.ts).
  const save = () => {
    if (bundle?.saveCache()) debug?.('written');
  };
  try {
    bundle = loadBundle<Bundle>(bundlePath, cacheFile);
    debug?.(bundle.cacheUsed ? 'used' : 'not used');
    shared.stowawayCodeCacheSave = save;
    process.exitCode = await bundle.exports.main(argv);
  } catch (e) {
    process.stderr.write(`stowaway: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
  save();
}

/** The scan pool's workers carry a mark in their argv, so the CLI itself never loads `node:worker_threads` to ask. */
function scanWorkerData(): Record<string, unknown> | null {
  if (!process.argv.includes(SCAN_WORKER_ARG)) return null;
  const threads = require('node:worker_threads') as typeof import('node:worker_threads');
  const data = threads.workerData as Record<string, unknown> | null;
  return !threads.isMainThread && data?.[SCAN_WORKER_FLAG] ? data : null;
}

const workerData = scanWorkerData();
if (workerData) void startWorker(workerData);
else void runCli();
