#!/usr/bin/env node
// Runs every benchmark as its own process and prints a summary of their
// RESULT lines. `npm run bench` builds first; otherwise set STOWAWAY_CLI and
// STOWAWAY_BUILD_DIR to your build.
//   node bench/run.mjs [--only name,name] [--quick]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, buildDir, fmtMs, root } from './common.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, quick: { type: 'boolean' } } });
const quick = values.quick;
const BENCHES = [
  { name: 'accuracy', file: 'accuracy.mjs', args: quick ? ['--seeds', '2'] : [] },
  { name: 'secret-probe', file: 'secret-probe.mjs', args: quick ? ['--seeds', '2'] : [] },
  { name: 'redteam-generic', file: 'redteam-generic.mjs', args: quick ? ['--seeds', '2'] : [] },
  { name: 'redteam-provider', file: 'redteam-provider.mjs', args: quick ? ['--seeds', '2'] : [] },
  { name: 'redteam-negatives', file: 'redteam-negatives.mjs', args: quick ? ['--seeds', '2'] : [] },
  { name: 'redteam-calls', file: 'redteam-calls.mjs', args: quick ? ['--seeds', '2'] : [] },
  { name: 'dockerfile-accuracy', file: 'dockerfile-accuracy.mjs', args: quick ? ['--seeds', '2'] : [] },
  { name: 'yaml-accuracy', file: 'yaml-accuracy.mjs', args: quick ? ['--seeds', '2'] : [] },
  { name: 'speed', file: 'speed.mjs', args: quick ? ['--runs', '3'] : [] },
  { name: 'staged-read', file: 'staged-read.mjs', args: quick ? ['--runs', '3'] : [] },
  { name: 'redos', file: 'redos.mjs', args: [] },
  { name: 'hook-overhead', file: 'hook-overhead.mjs', args: [] },
  { name: 'history', file: 'history.mjs', args: [] },
  { name: 'image', file: 'image.mjs', args: [] },
  { name: 'engine-throughput', file: 'engine-throughput.mjs', args: [] },
  { name: 'many-findings', file: 'many-findings.mjs', args: quick ? ['--sizes', '2000,8000'] : [] },
];
const only = values.only ? new Set(values.only.split(',')) : null;

function runOne(b) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'bench', b.file), ...b.args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, STOWAWAY_CLI: CLI, STOWAWAY_BUILD_DIR: buildDir } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code, out, ms: performance.now() - started }));
  });
}

console.log(`stowaway benchmarks — CLI ${CLI}\n`);
const summary = [];
for (const b of BENCHES) {
  if (only && !only.has(b.name)) continue;
  if (!existsSync(join(root, 'bench', b.file))) {
    summary.push(`${b.name}: not present (bench/${b.file})`);
    continue;
  }
  console.log(`── ${b.name} ${'─'.repeat(Math.max(0, 60 - b.name.length))}`);
  const r = await runOne(b);
  const lines = r.out.split('\n').filter(Boolean);
  const results = lines.filter((l) => l.startsWith('RESULT ')).map((l) => l.slice(7));
  if (r.code !== 0) summary.push(`${b.name}: FAILED (exit ${r.code}) after ${fmtMs(r.ms)}`);
  else if (results.length) summary.push(...results);
  else {
    const tail = lines.slice(-2).join(' | ').trim();
    summary.push(tail.startsWith(b.name) ? tail : `${b.name}: ${tail}`);
  }
  console.log('');
}
console.log('── summary ' + '─'.repeat(52));
for (const s of summary) console.log(`  ${s}`);
