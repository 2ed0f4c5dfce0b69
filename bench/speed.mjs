#!/usr/bin/env node
// Full-scan speed: generates a ~100 MiB synthetic repository once (cached in
// the temp dir, keyed by the generator's version), then alternates
// `stowaway scan` with `grep -rIEc` over 22 token prefixes and prints the
// medians, the ratio (goal ≤ 1.6) and stowaway's peak RSS (goal ≤ 150 MiB).
// --baseline BUNDLE runs another build's dist/stowaway.cjs (or an older build's stowaway.mjs) in the same loop, for before/after figures
// on a machine whose speed drifts; CPU time (all threads) is printed beside wall time.
//   node bench/speed.mjs [--runs N] [--size MiB] [--compare-serial (also one thread, and workers from 4 MiB)] [--baseline BUNDLE] [--regenerate]
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, cleanEnv, fmtMs, median, mib, requireBuilt, requireCli, timed, withoutExtraCerts } from './common.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, size: { type: 'string', default: '100' }, 'compare-serial': { type: 'boolean' }, baseline: { type: 'string' }, regenerate: { type: 'boolean' } } });
requireCli();
const { generateBigRepo, BIG_REPO_VERSION } = requireBuilt('bench/corpus/big-repo.js');
const { commitAll } = requireBuilt('bench/corpus/generate.js');

/** 22 token prefixes: what a grep-based scanner would look for. */
export const GREP_PATTERN = 'AKIA|ASIA|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xox[bpa]-|sk_live_|rk_live_|AIza|sk-ant-|sk-proj-|hf_|npm_|pypi-|SG\\.|shpat_|dop_v1_|-----BEGIN';

const size = Number(values.size);
const dir = join(tmpdir(), `stowaway-bench-repo-v${BIG_REPO_VERSION}-${size}mib`);
const marker = join(dir, '.git', 'stowaway-bench-complete');
if (values.regenerate || !existsSync(marker)) {
  rmSync(dir, { recursive: true, force: true });
  const t = performance.now();
  const s = generateBigRepo(dir, size);
  commitAll(dir);
  writeFileSync(marker, JSON.stringify(s));
  console.log(`generated ${dir}: ${s.files} files, ${(s.bytes / 1048576).toFixed(1)} MiB, ${s.planted} planted credentials (${fmtMs(performance.now() - t)}, cached for next runs)`);
} else console.log(`using cached corpus ${dir}`);

const env = cleanEnv();
const noCerts = withoutExtraCerts(env);
const scanArgs = [CLI, 'scan', '--format', 'json', '--no-color'];
const grepArgs = ['-rIEc', '--exclude-dir=.git', GREP_PATTERN, '.'];

const variants = [
  { name: 'stowaway', run: () => timed(process.execPath, scanArgs, { cwd: dir, env, rss: true, keepStdout: true }) },
  { name: 'stowaway (no NODE_EXTRA_CA_CERTS)', run: () => timed(process.execPath, scanArgs, { cwd: dir, env: noCerts, rss: true, keepStdout: true }) },
  { name: 'grep -rIEc', run: () => timed('grep', grepArgs, { cwd: dir, env }) },
];
const baseline = values.baseline ? resolve(values.baseline) : null;
if (baseline && !existsSync(baseline)) {
  console.error(`--baseline ${baseline}: no such bundle (give the path of another build's dist/stowaway.cjs).`);
  process.exit(2);
}
if (baseline) variants.push({ name: 'baseline', run: () => timed(process.execPath, [baseline, ...scanArgs.slice(1)], { cwd: dir, env, rss: true, keepStdout: true }) });
// The default picks threads by core count (workers from 4 MiB, or from 256 MiB on two cores): show both modes.
const THREADS = 'stowaway workers from 4 MiB';
if (values['compare-serial']) {
  variants.push({ name: 'stowaway serial (STOWAWAY_WORKERS=0)', run: () => timed(process.execPath, scanArgs, { cwd: dir, env: { ...env, STOWAWAY_WORKERS: '0' }, rss: true, keepStdout: true }) });
  variants.push({ name: THREADS, run: () => timed(process.execPath, scanArgs, { cwd: dir, env: { ...env, STOWAWAY_PARALLEL_MIN_BYTES: String(4 * 1024 * 1024) }, rss: true, keepStdout: true }) });
}

// Warm the page cache so the first timed run is not a cold read.
for (const v of variants) await v.run();
const times = new Map(variants.map((v) => [v.name, []]));
const rss = new Map(variants.map((v) => [v.name, 0]));
const cpu = new Map(variants.map((v) => [v.name, []]));
let stats = null;
for (let i = 0; i < Number(values.runs); i++) {
  for (const v of variants) {
    const r = await v.run();
    if (v.name !== 'grep -rIEc' && r.code !== 0 && r.code !== 1) throw new Error(`${v.name} exited ${r.code}: ${r.stderr}`);
    times.get(v.name).push(r.ms);
    if (r.cpuMs != null) cpu.get(v.name).push(r.cpuMs);
    if (r.rssKb) rss.set(v.name, Math.max(rss.get(v.name), r.rssKb));
    if (v.name === 'stowaway' && !stats) {
      const out = JSON.parse(r.stdout);
      stats = { ...out.stats, findings: out.findings.length };
    }
  }
}
const med = Object.fromEntries([...times].map(([k, v]) => [k, median(v)]));
console.log(`\nscanned ${stats.files} files, ${(stats.bytes / 1048576).toFixed(1)} MiB (${stats.skipped.length} skipped), ${stats.findings} findings; ${values.runs} alternating runs each`);
for (const v of variants) {
  const label = v.name === 'baseline' ? `baseline (${baseline})` : v.name;
  const cpuText = cpu.get(v.name).length ? `  CPU ${fmtMs(median(cpu.get(v.name)))}` : '';
  console.log(`  ${label.padEnd(40)} median ${fmtMs(med[v.name]).padStart(8)}${cpuText}  runs ${times.get(v.name).map((t) => fmtMs(t)).join(', ')}${rss.get(v.name) ? `  peak RSS ${mib(rss.get(v.name))}` : ''}`);
}
const grepMs = med['grep -rIEc'];
const ratio = med.stowaway / grepMs;
const ratioNoCerts = med['stowaway (no NODE_EXTRA_CA_CERTS)'] / grepMs;
console.log(`  ratio stowaway/grep ${ratio.toFixed(2)} (without NODE_EXTRA_CA_CERTS ${ratioNoCerts.toFixed(2)}); goal ≤ 1.6`);
if (baseline) console.log(`  against the baseline: ${(med.baseline / med.stowaway).toFixed(2)}x faster (wall), ${(median(cpu.get('baseline')) / median(cpu.get('stowaway'))).toFixed(2)}x less CPU`);
if (values['compare-serial']) console.log(`  worker threads (from 4 MiB) against one thread: ${(med['stowaway serial (STOWAWAY_WORKERS=0)'] / med[THREADS]).toFixed(2)}× as fast, on ${availableParallelism()} cores`);
const peak = Math.max(rss.get('stowaway'), rss.get('stowaway (no NODE_EXTRA_CA_CERTS)'));
console.log(`RESULT speed: stowaway ${fmtMs(med.stowaway)} vs grep ${fmtMs(grepMs)} on ${(stats.bytes / 1048576).toFixed(0)} MiB, ratio ${ratio.toFixed(2)} (${ratioNoCerts.toFixed(2)} without NODE_EXTRA_CA_CERTS; goal ≤ 1.6); peak RSS ${mib(peak)} (goal ≤ 150 MiB)`);
