import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fake from '../lib/secrets/fake';
import { secretRules } from '../lib/secrets/rules/index';
import { defaultConfig } from '../lib/config/defaults';
import { resolveRepo } from '../lib/git/repo';
import { trackedSource } from '../lib/sources/tracked';
import { defaultParallelMinBytes, runScan, type ScanResult } from '../lib/scan/run-scan';
import { openImageScan } from '../lib/sources/image/image-source';
import { dockerSave } from './helpers/image-fixture';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus/generate';
import { TestRepo, findingsOf, tempDir } from './helpers/git-repo';

// Parallel full scans must report exactly what a serial scan reports: same
// findings, same order, same stats. The repository is a generated corpus with
// hundreds of planted credentials, plus a Dockerfile whose check reads a
// sibling file (.dockerignore) through the main thread.

function plantedRepo(): { dir: string; ghToken: string } {
  const dir = tempDir('stowaway-parallel-');
  generateCorpus({ seed: 11, dir, rules: secretRules, git: false, projects: 5 });
  const repo = new TestRepo({ dir });
  fake.seed(99);
  const ghToken = fake.checksummedToken('ghp_');
  repo.write('Dockerfile', `FROM node:20\nCOPY . /app\nENV GITHUB_TOKEN=${ghToken}\nUSER node\n`);
  repo.write('.dockerignore', 'node_modules\n');
  repo.add().commit('corpus');
  return { dir, ghToken };
}

const comparable = (r: ScanResult) => ({ ...r, stats: { ...r.stats, durationMs: 0 } });

test('CLI bundle: serial and worker-thread scans report identical findings', () => {
  const { dir } = plantedRepo();
  const repo = new TestRepo({ dir });
  const serial = repo.stowaway(['scan', '--format', 'json'], { env: { STOWAWAY_WORKERS: '0' } });
  const parallel = repo.stowaway(['scan', '--format', 'json'], { env: { STOWAWAY_WORKERS: '2', STOWAWAY_PARALLEL_MIN_BYTES: '0' } });
  assert.equal(serial.status, 1, serial.stderr);
  assert.equal(parallel.status, 1, parallel.stderr);
  const a = findingsOf(serial);
  const b = findingsOf(parallel);
  assert.ok(a.length > 100, `expected the planted credentials to be found, got ${a.length}`);
  assert.deepEqual(b, a);
  assert.equal(JSON.parse(parallel.stdout).stats.files, JSON.parse(serial.stdout).stats.files);
  assert.ok(a.some((f) => f.file === 'Dockerfile'), 'the Dockerfile credential is reported');
  repo.remove();
});

test('runScan (per-file build): workers, including a switch to workers mid-scan, match the serial scan', async () => {
  const { dir, ghToken } = plantedRepo();
  const repo = (await resolveRepo(dir))!;
  const scan = async (workers: number, parallelMinBytes: number) =>
    runScan(await trackedSource(repo, { paths: [], maxSize: 10 * 1024 * 1024 }), { config: defaultConfig(), workers, parallelMinBytes });
  const serial = await scan(0, 0);
  const allWorkers = await scan(2, 0);
  const midway = await scan(1, 20_000);
  assert.ok(serial.findings.some((f) => f.secret === ghToken), 'planted GitHub token found');
  assert.deepEqual(comparable(allWorkers), comparable(serial));
  assert.deepEqual(comparable(midway), comparable(serial));
  new TestRepo({ dir }).remove();
});

test('the added-lines hook path stays on the main thread and still finds staged secrets', () => {
  const repo = new TestRepo();
  fake.seed(5);
  const token = fake.checksummedToken('ghp_');
  repo.write('a.txt', 'hello\n').add().commit('init');
  repo.write('a.txt', `hello\nGITHUB_TOKEN=${token}\n`).add();
  // A zero threshold would start workers on any other path; --added-only must not.
  const env = { STOWAWAY_WORKERS: '2', STOWAWAY_PARALLEL_MIN_BYTES: '0', STOWAWAY_DEBUG: '1' };
  const r = repo.stowaway(['scan', '--staged', '--added-only', '--format', 'json'], { env });
  assert.equal(r.status, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /worker thread/);
  const f = findingsOf(r);
  assert.equal(f.length, 1);
  assert.equal(f[0].line, 2);
  // The same settings do start workers for a whole-file scan.
  const full = repo.stowaway(['scan', '--staged', '--format', 'json'], { env });
  assert.match(full.stderr, /2 scan worker thread\(s\) started/);
  assert.deepEqual(findingsOf(full), f);
  repo.remove();
});

test('a big scan hands the blobs read before its threshold to the workers; a small one scans them on the main thread', () => {
  const { dir } = plantedRepo();
  const repo = new TestRepo({ dir });
  const serial = repo.stowaway(['scan', '--format', 'json'], { env: { STOWAWAY_WORKERS: '0' } });
  const total = JSON.parse(serial.stdout).stats.bytes as number;
  assert.ok(total > 40_000, `corpus of ${total} bytes`);
  // Threshold inside the corpus: the blobs held until then are scanned by the workers, in order.
  const big = repo.stowaway(['scan', '--format', 'json'], { env: { STOWAWAY_WORKERS: '2', STOWAWAY_PARALLEL_MIN_BYTES: '20000', STOWAWAY_DEBUG: '1' } });
  assert.match(big.stderr, /2 scan worker thread\(s\) started after \d+ files/);
  const split = /after workers started, (\d+) bytes scanned/.exec(big.stderr);
  assert.ok(split, big.stderr);
  assert.equal(Number(split[1]), total, 'every byte went through the worker dispatch, none was scanned before it');
  assert.deepEqual(findingsOf(big), findingsOf(serial));
  // Threshold above the corpus: no thread starts, the held blobs are scanned here.
  const small = repo.stowaway(['scan', '--format', 'json'], { env: { STOWAWAY_WORKERS: '2', STOWAWAY_PARALLEL_MIN_BYTES: String(total + 1), STOWAWAY_DEBUG: '1' } });
  assert.doesNotMatch(small.stderr, /worker thread/);
  assert.deepEqual(findingsOf(small), findingsOf(serial));
  assert.ok(findingsOf(small).some((f) => f.file === 'Dockerfile'), 'the Dockerfile credential is reported');
  // A streamed source (git cat-file: history, staged) is scanned as it comes; workers take over past the threshold.
  const serialHistory = repo.stowaway(['scan', '--history', '--format', 'json'], { env: { STOWAWAY_WORKERS: '0' } });
  const history = repo.stowaway(['scan', '--history', '--format', 'json'], { env: { STOWAWAY_WORKERS: '2', STOWAWAY_PARALLEL_MIN_BYTES: '20000', STOWAWAY_DEBUG: '1' } });
  const historyBytes = JSON.parse(history.stdout).stats.bytes as number;
  const historySplit = /after workers started, (\d+) bytes scanned/.exec(history.stderr);
  assert.ok(historySplit, history.stderr);
  assert.ok(Number(historySplit[1]) < historyBytes, 'the first blobs were scanned before the workers started');
  assert.deepEqual(findingsOf(history), findingsOf(serialHistory));
  repo.remove();
});

test('with a threshold above 4 MiB nothing is held back: the main thread scans as it reads, and workers that start later share the rest with it', () => {
  fake.seed(21);
  const repo = new TestRepo();
  const tokens: string[] = [];
  // 24 files of ~0.23 MiB (5.6 MiB), the threshold at 4.5 MiB: above the 4 MiB a scan would hold back.
  for (let i = 0; i < 24; i++) {
    const token = fake.checksummedToken('ghp_');
    tokens.push(token);
    const filler = Array.from({ length: 4_750 }, (_, l) => `log line ${l} of part ${i}: request served in ${l % 97} ms`).join('\n');
    repo.write(`logs/part-${i}.log`, `${filler}\nGITHUB_TOKEN=${token}\n`);
  }
  repo.add().commit('logs');
  const serial = repo.stowaway(['scan', '--format', 'json'], { env: { STOWAWAY_WORKERS: '0' } });
  const total = JSON.parse(serial.stdout).stats.bytes as number;
  assert.ok(total > 5 * 1024 * 1024 && total < 6 * 1024 * 1024, `corpus of ${total} bytes`);
  assert.equal(findingsOf(serial).length, 24);
  const threshold = 4.5 * 1024 * 1024;
  const env = { STOWAWAY_WORKERS: '2', STOWAWAY_PARALLEL_MIN_BYTES: String(threshold), STOWAWAY_DEBUG: '1' };
  const late = repo.stowaway(['scan', '--format', 'json'], { env });
  const started = /(\d) scan worker thread\(s\) started after (\d+) files, (\d+) bytes/.exec(late.stderr);
  assert.ok(started, late.stderr);
  assert.ok(Number(started[3]) > threshold, 'workers started only past the threshold');
  const split = /after workers started, (\d+) bytes scanned, (\d+) of them on the main thread/.exec(late.stderr);
  assert.ok(split, late.stderr);
  assert.ok(Number(split[1]) < total, 'the main thread scanned the first files before the workers started');
  // A warm main thread does not sit out: with as many workers as cores one fewer starts and it scans too.
  if (Number(started[1]) === 1) assert.ok(Number(split[2]) > 0, late.stderr);
  assert.deepEqual(findingsOf(late), findingsOf(serial));
  repo.remove();
});

test('when workers start by default: from 4 MiB on three cores or more; on two, from 256 MiB unless reading is work of its own (image layers)', async () => {
  const MiB = 1024 * 1024;
  assert.equal(defaultParallelMinBytes({}, 8), 4 * MiB);
  assert.equal(defaultParallelMinBytes({}, 3), 4 * MiB);
  assert.equal(defaultParallelMinBytes({}, 2), 256 * MiB);
  assert.equal(defaultParallelMinBytes({}, 1), 256 * MiB);
  assert.equal(defaultParallelMinBytes({ busyReader: true }, 2), 4 * MiB);
  // The image source says so; git and the file system do not.
  const dir = tempDir('stowaway-image-threads-');
  const tar = join(dir, 'image.tar');
  writeFileSync(tar, await dockerSave({ tag: 'a/b:1', history: [{ created_by: 'COPY readme.txt /app/' }], layers: [{ files: [{ name: 'app/readme.txt', content: 'hello\n' }] }] }));
  const image = openImageScan(tar, { maxSize: 1024 * 1024 });
  assert.equal(image.source.busyReader, true);
  rmSync(dir, { recursive: true, force: true });
  const { dir: repoDir } = plantedRepo();
  const tracked = await trackedSource((await resolveRepo(repoDir))!, { paths: [], maxSize: 1024 * 1024 });
  assert.equal(tracked.busyReader, undefined);
  new TestRepo({ dir: repoDir }).remove();
});
