// Loads the CLI bundle (dist/cli.cjs) with a V8 code cache, so a hook run does not parse
// and compile 1.6 MB of JavaScript on every commit. Node 20 caches no user code by itself
// (module.enableCompileCache came in Node 22), and only a vm.Script can take V8's cached data.
// The cache is an optimisation and nothing more: a missing, stale, foreign or unwritable cache
// costs one ordinary compile and never an error.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Where code caches live: STOWAWAY_CACHE_DIR (empty: no cache), else the user's cache folder.
 * Never a shared folder such as /tmp: whoever can write the cache chooses the code that runs.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.STOWAWAY_CACHE_DIR !== undefined) return env.STOWAWAY_CACHE_DIR || null;
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : env.LOCALAPPDATA);
  return base ? join(base, 'stowaway') : null;
}

/**
 * One cache per bundle build, Node version and purpose. V8 checks its own version and flags, but
 * of the source only the length: the bundle's content hash in the name keeps a cache from ever
 * meeting another build's code. The purpose (the command) matters because a cache holds the
 * functions its first run compiled: a hook's cache should not be a `--version` run's.
 */
export function codeCacheFile(dir: string, bundleId: string, purpose: string): string {
  const safe = purpose.replace(/[^a-z0-9-]/gi, '_').slice(0, 40) || 'none';
  return join(dir, `${bundleId}-node${process.versions.node}-${process.arch}-${safe}.v8cache`);
}

export interface LoadedBundle<T> {
  exports: T;
  /** Whether V8 took the cached code (false when there was none or it was rejected). */
  readonly cacheUsed: boolean;
  /** Writes the cache if there was none or V8 rejected it; call once the run has compiled what it needs. True if written. */
  saveCache(): boolean;
}

/**
 * Runs a CommonJS bundle as Node's loader would (module, exports, require, __filename,
 * __dirname) but compiled through vm.Script with the cache file, when there is one. The file
 * holds the wrapper function itself (scripts/build.mjs).
 * The bundle is ASCII (the build makes it so), so it is read as latin1: V8 gets a one-byte string
 * without a UTF-8 decode.
 */
export function loadBundle<T>(bundlePath: string, cacheFile: string | null): LoadedBundle<T> {
  const source = readFileSync(bundlePath, 'latin1');
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // first run, or no cache folder: compile as usual
    }
  }
  // The build wrote the bundle as the function expression Node's CommonJS loader would make of it.
  const script = new Script(source, { filename: bundlePath, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (e: T, r: NodeRequire, m: { exports: T }, f: string, d: string) => void;
  run(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  let saved = false;
  return {
    exports: module.exports,
    cacheUsed,
    saveCache() {
      if (saved || cacheUsed || !cacheFile) return false;
      saved = true;
      try {
        const data = script.createCachedData();
        mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
        // Another hook may be writing the same file: each writes its own and renames, so a
        // reader sees a whole cache or none.
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, data, { mode: 0o600 });
        renameSync(temp, cacheFile);
        pruneOtherBuilds(cacheFile);
        return true;
      } catch {
        // read-only home, full disk: the next run compiles again
        return false;
      }
    },
  };
}

/** A cache of another build untouched for this long is deleted when a new cache is written. */
const STALE_MS = 30 * 24 * 3600 * 1000;
const TEMP_STALE_MS = 24 * 3600 * 1000;

/**
 * Each stowaway version leaves its own caches behind (~1-3 MB). Writing a cache is rare, so that
 * is when old builds' files go: only ones not written for a month, so two versions in use on
 * one machine do not delete each other's caches (at worst one recompiles once a month).
 */
export function pruneOtherBuilds(cacheFile: string, now = Date.now()): void {
  const dir = dirname(cacheFile);
  const own = basename(cacheFile).split('-')[0] + '-';
  for (const name of readdirSync(dir)) {
    // A temporary file left by a run that was killed while writing goes after a day, whoever wrote it.
    const temp = /\.v8cache\.\d+\.tmp$/.test(name);
    if (!temp && (name.startsWith(own) || !name.endsWith('.v8cache'))) continue;
    try {
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > (temp ? TEMP_STALE_MS : STALE_MS)) unlinkSync(path);
    } catch {
      // another process pruned it first
    }
  }
}
