import { availableParallelism } from 'node:os';
import { globMatcher, loadGlobMatcher } from '../config/glob-match';
import type { RuleInfo } from '../detectors/detector';
import type { DetectedFinding, Finding } from '../findings/finding';
import { fingerprint } from '../findings/fingerprint';
import { configFilter, dedupeByLocation } from '../findings/suppress';
import type { Config } from '../config/schema';
import type { Blob, BlobSource } from '../sources/blob';
import { BlobDetector, SKIP_NOTE } from './detect-blob';
import { ScanWorkerPool } from './worker-pool';
import { collectAfter } from './collect-after';

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: SkippedFile[];
  durationMs: number;
}

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  /** Findings hidden by the baseline, and baseline entries nothing matched any more. */
  baselined: number;
  staleBaseline: string[];
}

export interface ScanOptions {
  config: Config;
  /** Fingerprints accepted by `stowaway baseline`. */
  baseline?: Set<string>;
  /** Called after each blob, for progress display. */
  onBlob?: (blob: Blob) => void;
  /**
   * Detector threads for big scans. 0 keeps everything on the main thread.
   * Default: STOWAWAY_WORKERS, else one per core (the main thread then only reads blobs;
   * with fewer workers than cores it scans its share too).
   */
  workers?: number;
  /**
   * Text bytes a scan reads on the main thread before it starts workers
   * (thread start-up costs more than a small commit takes to scan).
   * Default: STOWAWAY_PARALLEL_MIN_BYTES, else 4 MiB, or 256 MiB on two cores or fewer.
   */
  parallelMinBytes?: number;
}

const DEFAULT_PARALLEL_MIN_BYTES = 4 * 1024 * 1024;
/**
 * Two cores: every worker is an isolate that warms up again (~0.45 s of CPU: what ~85 MiB of warm
 * scanning costs) while V8's compiler and collector threads, which a single-threaded scan runs on
 * the second core, compete with it. There a single-threaded scan measured faster on 89 MiB (1.09 s
 * against 1.50 s, CPU 1.49 s against 2.82 s), on ~200 MiB (1.85 s against 2.16 s) and on 1,000
 * commits of history (0.63 s against 1.03 s), so workers wait for scans bigger than those. Not when
 * reading is work of its own (image layers: 1.56 s with workers against 1.86 s without).
 */
const TWO_CORE_PARALLEL_MIN_BYTES = 256 * 1024 * 1024;
/** The most a scan holds back unscanned while it learns whether it is big. */
const HOLD_MAX_BYTES = 4 * 1024 * 1024;

export function defaultParallelMinBytes(source: Pick<BlobSource, 'busyReader'>, cores = availableParallelism()): number {
  return cores <= 2 && !source.busyReader ? TWO_CORE_PARALLEL_MIN_BYTES : DEFAULT_PARALLEL_MIN_BYTES;
}

function envNumber(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '' || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}

function defaultWorkers(): number {
  const env = envNumber('STOWAWAY_WORKERS');
  if (env !== undefined) return env;
  // One detector per core: the main thread keeps `git cat-file` drained instead (a main thread that
  // also detects stops reading while it works, and git, blocked on a full pipe, waits with it).
  return Math.min(availableParallelism(), 8);
}

/** One scanned blob's place in the output: findings are assembled in source order whatever thread finished first. */
interface Slot {
  blob: Pick<Blob, 'path' | 'commit' | 'meta'>;
  findings: DetectedFinding[] | Promise<DetectedFinding[]>;
}

/**
 * source → detectors → findings → suppression. Knows nothing of reporters.
 * Small scans (the pre-commit hook) run on the main thread; once a scan has
 * read `parallelMinBytes` of text, the remaining blobs go to worker threads
 * while the main thread keeps reading. Findings come out in source order
 * either way, so serial and parallel scans report the same thing.
 */
export async function runScan(source: BlobSource, opts: ScanOptions): Promise<ScanResult> {
  // hrtime, not performance.now(): the `performance` global loads eleven modules on first use (~1 ms of every commit).
  const started = process.hrtime.bigint();
  const { config } = opts;
  await loadGlobMatcher(config);
  const ignored = globMatcher(config.ignore);
  const catalogue = new Map<string, RuleInfo>();
  const addRules = (rules: RuleInfo[]) => {
    for (const r of rules) catalogue.set(r.id, r);
  };
  const local = new BlobDetector(config, source.readFile, addRules);
  let workers = opts.workers ?? defaultWorkers();
  let mainHelps = workers < availableParallelism();
  const parallelMinBytes = opts.parallelMinBytes ?? envNumber('STOWAWAY_PARALLEL_MIN_BYTES') ?? defaultParallelMinBytes(source);
  const stats: ScanStats = { files: 0, bytes: 0, skipped: [], durationMs: 0 };
  const slots: Slot[] = [];
  // Assigned inside startPool: the cast keeps TypeScript from narrowing it to null for good.
  let pool = null as ScanWorkerPool | null;
  /** Bytes scanned after workers started, and the part of those the main thread took (STOWAWAY_DEBUG). */
  const split = { parallel: 0, mainHelped: 0 };

  /**
   * Blobs read before the scan knows whether it is big, when its threshold is at most 4 MiB. They
   * wait unscanned: a big scan hands them to the workers with the rest, so the main thread never
   * compiles the engine (each isolate's warm-up costs ~0.45 s CPU and ~10 MiB), and a small one scans
   * them here when the source ends. Streamed sources, and scans with a higher threshold (two cores),
   * are scanned as they come, and their workers take over at the threshold.
   */
  let held: Blob[] = [];
  let heldBytes = 0;
  // Holding pays only where workers may start when the hold is full; past that, blobs are scanned as they come.
  let holding = !source.streamed && parallelMinBytes <= HOLD_MAX_BYTES;

  const startPool = (): void => {
    // A main thread that has scanned is warm: with a worker per core it would only read, so one
    // worker fewer starts (and pays its warm-up) and the main thread scans beside the others.
    if (slots.length > 0 && !mainHelps && workers > 1) {
      workers--;
      mainHelps = true;
    }
    try {
      pool = new ScanWorkerPool(workers, config, source.readFile, addRules);
      if (process.env.STOWAWAY_DEBUG) process.stderr.write(`stowaway: ${workers} scan worker thread(s) started after ${stats.files} files, ${stats.bytes} bytes\n`);
    } catch (e) {
      // Threads are an optimisation: if they cannot start (no worker support, a config value that
      // cannot be cloned), finish the scan on the main thread.
      workers = 0;
      if (process.env.STOWAWAY_DEBUG) process.stderr.write(`stowaway: scanning on the main thread (workers unavailable: ${(e as Error).message})\n`);
    }
  };

  const scanHere = async (blob: Blob): Promise<void> => {
    const meta = { path: blob.path, commit: blob.commit, meta: blob.meta };
    const size = blob.size;
    slots.push({ blob: meta, findings: await local.detect(blob.path, blob.content!, blob.addedLines) });
    collectAfter(size);
  };

  /** The held blobs, taken out of the hold in source order. */
  const takeHeld = (): Blob[] => {
    const taken = held;
    held = [];
    heldBytes = 0;
    return taken;
  };

  const dispatch = async (blob: Blob, p: ScanWorkerPool): Promise<void> => {
    const meta = { path: blob.path, commit: blob.commit, meta: blob.meta };
    split.parallel += blob.size;
    // With fewer workers than cores the main thread is a detector too. It takes its 1/(N+1) share of
    // the bytes, and only while the workers have at least that blob's worth queued, so they do not
    // sit idle while it is busy.
    if (mainHelps && split.mainHelped <= split.parallel / (workers + 1) && p.inFlightBytes >= blob.size) {
      split.mainHelped += blob.size;
      await scanHere(blob);
      return;
    }
    // The reader runs ahead of the workers only as far as their queues (see worker-pool.ts), so memory stays bounded.
    while (!p.hasRoom()) await p.whenRoom();
    const job = p.detect(blob.path, blob.content!, blob.addedLines);
    job.catch(() => {}); // awaited in order below; a failure must not count as unhandled before then
    slots.push({ blob: meta, findings: job });
  };

  try {
    for await (const blob of source.blobs) {
      opts.onBlob?.(blob);
      if (ignored && ignored(blob.path)) continue;
      if (!blob.content) {
        stats.skipped.push({ file: blob.path, reason: blob.skipped ?? 'skipped' });
        continue;
      }
      stats.files++;
      stats.bytes += blob.size;
      // The staged hook's added-lines scans stay on the main thread: they are small.
      if (!pool && workers > 0 && !blob.addedLines) {
        if (holding) {
          held.push(blob);
          heldBytes += blob.size;
          if (heldBytes <= parallelMinBytes) continue;
          holding = false;
          startPool();
          for (const h of takeHeld()) await (pool ? dispatch(h, pool) : scanHere(h));
          continue;
        }
        // Scanned as they come: streamed sources while git produces the next ones (holding a 2,000-file
        // `scan --staged` back cost ~60 ms), and any source whose threshold is above the hold. Past the
        // threshold the workers take over.
        if (stats.bytes > parallelMinBytes) startPool();
      }
      if (pool) {
        await dispatch(blob, pool);
        continue;
      }
      for (const h of takeHeld()) await scanHere(h);
      await scanHere(blob);
    }
    for (const h of takeHeld()) await scanHere(h);
    for (const slot of slots) if (!Array.isArray(slot.findings)) slot.findings = await slot.findings;
  } finally {
    await pool?.close();
  }
  if (pool && process.env.STOWAWAY_DEBUG) process.stderr.write(`stowaway: after workers started, ${split.parallel} bytes scanned, ${split.mainHelped} of them on the main thread\n`);

  const filter = configFilter(config, catalogue);
  let findings: Finding[] = [];
  for (const { blob, findings: detected } of slots) {
    for (const d of detected as DetectedFinding[]) {
      if (d.ruleId === SKIP_NOTE) {
        stats.skipped.push({ file: blob.path, reason: d.message });
        continue;
      }
      const f: Finding = { ...d, file: blob.path, commit: d.commit ?? blob.commit ?? null, meta: d.meta ?? blob.meta };
      const kept = filter(f);
      if (kept) findings.push(kept);
    }
  }

  findings = dedupeByLocation(findings);
  for (const f of findings) f.fingerprint = fingerprint(f.ruleId, f.file, f.secret);
  let baselined = 0;
  const staleBaseline: string[] = [];
  if (opts.baseline) {
    const seen = new Set<string>();
    findings = findings.filter((f) => {
      if (opts.baseline!.has(f.fingerprint!)) {
        seen.add(f.fingerprint!);
        baselined++;
        return false;
      }
      return true;
    });
    for (const fp of opts.baseline) if (!seen.has(fp)) staleBaseline.push(fp);
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  stats.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return { findings, stats, baselined, staleBaseline };
}
