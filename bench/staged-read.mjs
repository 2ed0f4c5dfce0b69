#!/usr/bin/env node
// Staged read: 2,000 staged files in a fresh repository (unborn branch, so
// every file is new), timed as the pre-commit hook sees them:
// `stowaway scan --staged` and `--staged --added-only`, with and without
// NODE_EXTRA_CA_CERTS, plus the raw reader (diff-index + one cat-file --batch)
// in-process. Goal: ≤ 0.4 s.
//   node bench/staged-read.mjs [--files N] [--runs N]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, cleanEnv, fmtMs, git, median, requireBuilt, requireCli, timed, withoutExtraCerts } from './common.mjs';

const { values } = parseArgs({ options: { files: { type: 'string', default: '2000' }, runs: { type: 'string', default: '7' } } });
requireCli();
const n = Number(values.files);
const dir = mkdtempSync(join(tmpdir(), 'stowaway-staged-'));
try {
  git(dir, 'init', '-q', '-b', 'main');
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const lines = [];
    for (let j = 0; j < 8 + (i % 30); j++) lines.push(`export function handler${i}_${j}(input: string): number { return input.length * ${j} + ${i}; }`);
    const text = lines.join('\n') + '\n';
    const p = join(dir, `src/module-${i % 50}/file-${i}.ts`);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    bytes += text.length;
  }
  git(dir, 'add', '-A');
  console.log(`staged ${n} files (${(bytes / 1048576).toFixed(1)} MiB) in ${dir}`);

  const env = cleanEnv();
  const cases = [
    { name: 'scan --staged', args: ['scan', '--staged', '--format', 'json'], env },
    { name: 'scan --staged (no NODE_EXTRA_CA_CERTS)', args: ['scan', '--staged', '--format', 'json'], env: withoutExtraCerts(env) },
    { name: 'scan --staged --added-only', args: ['scan', '--staged', '--added-only', '--format', 'json'], env },
    { name: 'scan --staged --added-only (no NODE_EXTRA_CA_CERTS)', args: ['scan', '--staged', '--added-only', '--format', 'json'], env: withoutExtraCerts(env) },
    { name: 'node -e 0 (start-up floor)', cmd: ['-e', '0'], env },
    { name: 'node -e 0 (no NODE_EXTRA_CA_CERTS)', cmd: ['-e', '0'], env: withoutExtraCerts(env) },
  ];
  const times = new Map(cases.map((c) => [c.name, []]));
  let files = null;
  for (let r = 0; r < Number(values.runs) + 1; r++) {
    for (const c of cases) {
      const res = await timed(process.execPath, c.cmd ?? [CLI, ...c.args], { cwd: dir, env: c.env, keepStdout: !c.cmd });
      if (!c.cmd && res.code !== 0 && res.code !== 1) throw new Error(`${c.name} exited ${res.code}: ${res.stderr}`);
      if (!c.cmd && !files) files = JSON.parse(res.stdout).stats.files;
      if (r > 0) times.get(c.name).push(res.ms); // run 0 warms the cache
    }
  }

  // The raw reader, in-process: what the hook pays for git I/O alone.
  const { stagedSource } = requireBuilt('lib/sources/staged.js');
  const { resolveRepo } = requireBuilt('lib/git/repo.js');
  const raw = [];
  for (let r = 0; r < Number(values.runs); r++) {
    const t = performance.now();
    const repo = await resolveRepo(dir);
    const src = await stagedSource(repo, { addedOnly: false, maxSize: 10 * 1048576 });
    let count = 0;
    for await (const b of src.blobs) if (b.content) count++;
    if (count !== n) throw new Error(`raw reader read ${count} blobs, expected ${n}`);
    raw.push(performance.now() - t);
  }
  console.log(`scanned ${files} files per run; ${values.runs} runs each (medians):`);
  for (const c of cases) console.log(`  ${c.name.padEnd(52)} ${fmtMs(median(times.get(c.name))).padStart(8)}`);
  console.log(`  ${'raw reader: diff-index + one cat-file --batch'.padEnd(52)} ${fmtMs(median(raw)).padStart(8)}`);
  const main = median(times.get('scan --staged'));
  const noCerts = median(times.get('scan --staged (no NODE_EXTRA_CA_CERTS)'));
  console.log(`RESULT staged read: ${n} staged files, scan --staged ${fmtMs(main)} (${fmtMs(noCerts)} without NODE_EXTRA_CA_CERTS), added-only ${fmtMs(median(times.get('scan --staged --added-only')))}, raw reader ${fmtMs(median(raw))}; goal ≤ 0.4 s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
