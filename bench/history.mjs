#!/usr/bin/env node
// History scan speed: generates a repository of 1,000 commits with
// `git fast-import` (seconds, not minutes), planting credentials in some
// commits and removing them in later ones, then times
// `stowaway scan --history --format json` and reports peak RSS and how many
// of the planted (deleted-since) secrets were found.
//   node bench/history.mjs [--commits N] [--runs N] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, cleanEnv, fmtMs, median, mib, requireBuilt, requireCli, timed } from './common.mjs';

const { values } = parseArgs({ options: { commits: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, keep: { type: 'boolean' } } });
requireCli();
const fake = requireBuilt('lib/secrets/fake.js');
fake.seed(1000);

const COMMITS = Number(values.commits);
const FILES = 300;
const WORDS = ['const', 'let', 'return', 'function', 'import', 'export', 'config', 'value', 'user', 'items', 'result', 'await', 'fetch', 'render', 'state', 'props', 'index', 'length', 'push', 'map'];
const line = () => Array.from({ length: 4 + Math.floor(fake.random() * 8) }, () => WORDS[Math.floor(fake.random() * WORDS.length)]).join(' ') + ';';
const fileText = (n) => Array.from({ length: n }, line).join('\n') + '\n';

/** fast-import stream: each commit rewrites a few files; every 100th plants a token that the next commit removes. */
function fastImportStream() {
  const out = [];
  const contents = Array.from({ length: FILES }, () => fileText(40 + Math.floor(fake.random() * 80)));
  let planted = 0;
  let pendingRemoval = -1;
  for (let c = 1; c <= COMMITS; c++) {
    const changed = new Set();
    if (c === 1) for (let i = 0; i < FILES; i++) changed.add(i);
    else for (let k = 0; k < 4; k++) changed.add(Math.floor(fake.random() * FILES));
    if (pendingRemoval >= 0) {
      contents[pendingRemoval] = contents[pendingRemoval].replace(/^export const TOKEN = .*\n/m, '');
      changed.add(pendingRemoval);
      pendingRemoval = -1;
    }
    for (const i of changed) if (c > 1 && !contents[i].includes('TOKEN')) contents[i] = contents[i].split('\n').slice(3).join('\n') + fileText(3);
    if (c % 100 === 50) {
      const i = Math.floor(fake.random() * FILES);
      contents[i] = `export const TOKEN = '${fake.checksummedToken('ghp_')}';\n` + contents[i];
      changed.add(i);
      pendingRemoval = i;
      planted++;
    }
    const when = 1_600_000_000 + c * 3600;
    const msg = `commit ${c}`;
    out.push(`commit refs/heads/main\ncommitter Bench <bench@example.invalid> ${when} +0000\ndata ${msg.length}\n${msg}\n`);
    for (const i of changed) {
      const data = Buffer.from(contents[i]);
      out.push(`M 100644 inline src/mod${i}.js\ndata ${data.length}\n`, data, '\n');
    }
  }
  return { stream: Buffer.concat(out.map((x) => (typeof x === 'string' ? Buffer.from(x) : x))), planted };
}

const dir = mkdtempSync(join(tmpdir(), 'stowaway-bench-history-'));
try {
  const env = cleanEnv();
  spawnSync('git', ['init', '-q', '-b', 'main', dir], { env });
  const { stream, planted } = fastImportStream();
  const fi = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: stream, maxBuffer: 1 << 28 });
  if (fi.status !== 0) throw new Error(`git fast-import failed: ${fi.stderr}`);
  spawnSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir, env });

  const runs = [];
  let found = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    const r = await timed(process.execPath, [CLI, 'scan', '--history', '--format', 'json'], { cwd: dir, env, rss: true, keepStdout: true });
    if (r.code !== 0 && r.code !== 1) throw new Error(`stowaway exited ${r.code}:\n${r.stderr}`);
    const json = JSON.parse(r.stdout);
    found = json.findings.filter((f) => f.ruleId === 'secret/github-pat').length;
    runs.push({ ms: r.ms, rssKb: r.rssKb, files: json.stats.files, bytes: json.stats.bytes });
  }
  const last = runs[runs.length - 1];
  const rss = runs.map((r) => r.rssKb).filter((x) => x != null);
  console.log(
    `history: ${COMMITS} commits, ${last.files} blobs scanned (${(last.bytes / 1048576).toFixed(1)} MiB) — stowaway scan --history: median ${fmtMs(median(runs.map((r) => r.ms)))} over ${runs.length} runs, peak RSS ${rss.length ? mib(Math.max(...rss)) : 'n/a'}, ${found}/${planted} deleted secrets found`,
  );
} finally {
  if (values.keep) console.error(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
