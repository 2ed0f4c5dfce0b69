// Shared helpers for the benchmark scripts: where the CLI bundle and the
// transpiled modules live, a clean environment for git, and timing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The bundle under test: STOWAWAY_CLI, else dist/stowaway.cjs. */
export const CLI = resolve(process.env.STOWAWAY_CLI || join(root, 'dist/stowaway.cjs'));
/** Per-file transpiled build (scripts/build.mjs), for the corpus generators and the rule catalogue. */
export const buildDir = resolve(root, process.env.STOWAWAY_BUILD_DIR || 'build');
const require = createRequire(import.meta.url);

export function requireBuilt(rel) {
  const p = join(buildDir, rel);
  if (!existsSync(p)) {
    console.error(`${p} is missing: run \`node scripts/build.mjs\` first (or set STOWAWAY_BUILD_DIR to your build folder).`);
    process.exit(2);
  }
  return require(p);
}

/** No outer GIT_* variables (a bench may run inside a hook), no user or system git config. */
export function cleanEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_')) delete env[k];
  delete env.STOWAWAY_CONFIG;
  return { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1', ...extra };
}

export function withoutExtraCerts(env) {
  const e = { ...env };
  delete e.NODE_EXTRA_CA_CERTS;
  return e;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs a command, timing it from spawn to exit. Peak RSS comes from
 * GNU time when available (the child's own high-water mark).
 */
export function timed(cmd, args, opts = {}) {
  return new Promise((resolvePromise, reject) => {
    const useTime = opts.rss && existsSync('/usr/bin/time');
    // CPU time (user + system, all threads) beside wall time: on a VM whose speed drifts, it moves less.
    const argv = useTime ? ['/usr/bin/time', ['-f', '__MAXRSS_KB=%M __CPU_S=%U+%S', cmd, ...args]] : [cmd, args];
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => (opts.keepStdout ? out.push(d) : null));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let stderr = Buffer.concat(err).toString();
      let rssKb = null;
      let cpuMs = null;
      const m = /__MAXRSS_KB=(\d+) __CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
      if (m) {
        rssKb = Number(m[1]);
        cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
        stderr = stderr.replace(/(?:Command exited with non-zero status \d+\n)?__MAXRSS_KB=.*\n?/, '');
      }
      resolvePromise({ code, ms, stdout: Buffer.concat(out).toString(), stderr, rssKb, cpuMs });
    });
  });
}

export function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
export const mib = (kb) => `${(kb / 1024).toFixed(1)} MiB`;

export function requireCli() {
  if (!existsSync(CLI)) {
    console.error(`${CLI} is missing: build first (npm run build), or point STOWAWAY_CLI at a bundle.`);
    process.exit(2);
  }
}

/**
 * `stowaway scan --format json` in `dir`, keeping secret findings only: the accuracy benchmarks
 * score secret detection; configuration checks (k8s/…, dockerfile/root-user) have their own.
 */
export async function secretFindingsIn(dir, seed) {
  return (await findingsIn(dir, seed)).filter((f) => f.category === 'secret' || /secret|credential/.test(f.ruleId));
}

/** Every finding of `stowaway scan --format json` in `dir` (a git repository or a plain directory). */
export async function findingsIn(dir, seed) {
  const r = await timed(process.execPath, [CLI, 'scan', '--format', 'json', '--no-color'], { cwd: dir, env: cleanEnv(), keepStdout: true });
  if (r.code !== 0 && r.code !== 1) throw new Error(`stowaway exited ${r.code} on seed ${seed}:\n${r.stderr}`);
  return JSON.parse(r.stdout).findings;
}

/**
 * Runs `fn(seed, dir)` for seeds first … first + count - 1, each in a fresh temp dir that is
 * removed afterwards (kept, and named on stderr, with `keep`).
 */
export async function forEachSeed({ name, first, count, keep }, fn) {
  for (let seed = first; seed < first + count; seed++) {
    const dir = mkdtempSync(join(tmpdir(), `stowaway-${name}-${seed}-`));
    try {
      await fn(seed, dir);
    } finally {
      if (keep) console.error(`kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
}
