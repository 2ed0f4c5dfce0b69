#!/usr/bin/env node
// In-process secret-engine throughput (one thread, no git, no workers): runs
// findSecretsInFile over every text file under DIR three times and prints MiB/s.
//   STOWAWAY_BUILD_DIR=.build-x node bench/engine-throughput.mjs DIR
// DIR defaults to the cached speed-bench corpus (run bench/speed.mjs once to create it).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { requireBuilt } from './common.mjs';

const { findSecretsInFile } = requireBuilt('lib/secrets/engine.js');
const { SourceFile } = requireBuilt('lib/text/source-file.js');
const dir = process.argv[2] ?? join(tmpdir(), 'stowaway-bench-repo-v1-100mib');
if (!existsSync(dir)) throw new Error(`${dir} does not exist: pass a directory, or run bench/speed.mjs once`);
const files = [];
(function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else {
      const buf = readFileSync(p);
      if (!buf.subarray(0, 8000).includes(0)) files.push([relative(dir, p), buf]);
    }
  }
})(dir);
const total = files.reduce((a, [, b]) => a + b.length, 0) / 1048576;
for (let run = 1; run <= Number(process.env.RUNS || 3); run++) {
  const t0 = performance.now();
  let findings = 0;
  for (const [path, buf] of files) findings += findSecretsInFile(SourceFile.fromBuffer(path, buf)).length;
  const s = (performance.now() - t0) / 1000;
  console.log(`run ${run}: ${files.length} text files, ${total.toFixed(1)} MiB in ${s.toFixed(2)} s = ${(total / s).toFixed(0)} MiB/s, ${findings} findings`);
}
