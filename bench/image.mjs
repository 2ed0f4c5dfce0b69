#!/usr/bin/env node
// Image scan speed and memory: builds a ~200 MiB `docker save` tarball once
// (cached in the temp dir): a base layer of binaries and text, an app layer
// of source files, a gzip-compressed layer holding a .env with a credential,
// and a layer that deletes that .env (whiteout). Then times
// `stowaway image FILE.tar --format json` with peak RSS.
//   node bench/image.mjs [--size MiB] [--runs N] [--regenerate]
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import tarStream from 'tar-stream';
import { CLI, cleanEnv, fmtMs, median, mib, requireBuilt, requireCli, timed } from './common.mjs';

const { values } = parseArgs({ options: { size: { type: 'string', default: '200' }, runs: { type: 'string', default: '3' }, regenerate: { type: 'boolean' } } });
requireCli();
const fake = requireBuilt('lib/secrets/fake.js');
fake.seed(2000);

const VERSION = 1;
const SIZE = Number(values.size) * 1024 * 1024;
const path = join(tmpdir(), `stowaway-bench-image-v${VERSION}-${values.size}.tar`);

const WORDS = ['const', 'return', 'function', 'import', 'export', 'config', 'value', 'user', 'items', 'result', 'await', 'fetch', 'render', 'state', 'props', 'index', 'password_hint', 'token_count', 'apiVersion', 'secretName'];
const textFile = (bytes) => {
  const lines = [];
  let n = 0;
  while (n < bytes) {
    const l = Array.from({ length: 6 + Math.floor(fake.random() * 8) }, () => WORDS[Math.floor(fake.random() * WORDS.length)]).join(' ') + ';';
    lines.push(l);
    n += l.length + 1;
  }
  return Buffer.from(lines.join('\n') + '\n');
};

/** Streams a layer tar to a file: `count` files from `make(i)`. */
async function writeLayer(file, entries) {
  const pack = tarStream.pack();
  const done = pipeline(pack, createWriteStream(file));
  for (const { name, content } of entries) await new Promise((res, rej) => pack.entry({ name, size: content.length, mtime: new Date(0) }, content, (e) => (e ? rej(e) : res())));
  pack.finalize();
  await done;
}

function* base(budget) {
  let used = 0;
  for (let i = 0; used < budget; i++) {
    // 40% binaries (with NULs, skipped as binary), 60% text (configs, scripts, docs).
    const content = i % 5 < 2 ? Buffer.concat([Buffer.alloc(16), randomBytes(256 * 1024)]) : textFile(24 * 1024);
    used += content.length;
    yield { name: `usr/share/pkg${i % 97}/file${i}${i % 5 < 2 ? '.so' : '.txt'}`, content };
  }
}

function* app(budget) {
  let used = 0;
  for (let i = 0; used < budget; i++) {
    const content = textFile(12 * 1024);
    used += content.length;
    yield { name: `app/src/module${i}.js`, content };
  }
}

async function generate() {
  const tmp = [];
  const layer = async (name, entries, gzip = false) => {
    const f = `${path}.${name}.tmp`;
    await writeLayer(f, entries);
    if (gzip) writeFileSync(f, gzipSync(readFileSync(f)));
    tmp.push(f);
    return f;
  };
  const token = fake.checksummedToken('ghp_');
  const layers = [
    await layer('base', base(SIZE * 0.55)),
    await layer('app', app(SIZE * 0.4)),
    await layer('secret', [{ name: 'app/.env', content: Buffer.from(`NODE_ENV=production\nGITHUB_TOKEN=${token}\n`) }], true),
    await layer('rm', [{ name: 'app/.wh..env', content: Buffer.alloc(0) }]),
  ];
  const history = [
    { created_by: '/bin/sh -c #(nop) ADD file:base in / ' },
    { created_by: 'COPY . /app # buildkit' },
    { created_by: 'COPY .env /app/.env # buildkit' },
    { created_by: 'RUN /bin/sh -c rm /app/.env # buildkit' },
  ];
  const config = Buffer.from(JSON.stringify({ config: { Env: ['PATH=/usr/bin:/bin'] }, history }));
  const out = tarStream.pack();
  const done = pipeline(out, createWriteStream(path));
  const names = [];
  for (const f of layers) {
    const id = createHash('sha256').update(f).digest('hex');
    names.push(`${id}/layer.tar`);
    await new Promise((res, rej) => {
      const w = out.entry({ name: `${id}/layer.tar`, size: statSync(f).size }, (e) => (e ? rej(e) : res()));
      createReadStream(f).pipe(w);
    });
  }
  out.entry({ name: 'config.json', size: config.length }, config);
  const manifest = Buffer.from(JSON.stringify([{ Config: 'config.json', RepoTags: ['bench/app:latest'], Layers: names }]));
  out.entry({ name: 'manifest.json', size: manifest.length }, manifest);
  out.finalize();
  await done;
  for (const f of tmp) rmSync(f, { force: true });
}

if (values.regenerate || !existsSync(path)) await generate();
const runs = [];
let found = null;
for (let i = 0; i < Number(values.runs); i++) {
  const r = await timed(process.execPath, [CLI, 'image', path, '--format', 'json'], { cwd: tmpdir(), env: cleanEnv(), rss: true, keepStdout: true });
  if (r.code !== 0 && r.code !== 1) throw new Error(`stowaway exited ${r.code}:\n${r.stderr}`);
  const json = JSON.parse(r.stdout);
  found = json.findings.find((f) => f.meta?.deletedInLayer === 4);
  runs.push({ ms: r.ms, rssKb: r.rssKb, files: json.stats.files, bytes: json.stats.bytes });
}
const rss = runs.map((r) => r.rssKb).filter((x) => x != null);
const last = runs[runs.length - 1];
console.log(
  `image: ${(statSync(path).size / 1048576).toFixed(0)} MiB docker-save tarball, 4 layers, ${last.files} text files scanned (${(last.bytes / 1048576).toFixed(1)} MiB) — stowaway image: median ${fmtMs(median(runs.map((r) => r.ms)))} over ${runs.length} runs, peak RSS ${rss.length ? mib(Math.max(...rss)) : 'n/a'}, deleted-layer secret ${found ? 'found' : 'MISSED'}`,
);
