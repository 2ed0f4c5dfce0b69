#!/usr/bin/env node
// Secret probe: an independent check of the secret engine beside bench/accuracy.mjs.
// Writes whole, realistic files from many ecosystems (bench/corpus/probe) with
// provider tokens, passwords and hard negatives where people leave them, runs
// `stowaway scan --format json`, and scores findings on file + line.
//   node bench/secret-probe.mjs [--seeds N] [--seed S] [--keep] [--json]
import { parseArgs } from 'node:util';
import { forEachSeed, requireBuilt, requireCli, secretFindingsIn } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '40' } } });
requireCli();
const { generateProbe } = requireBuilt('bench/corpus/probe/generate.js');
const { scoreFindings, mergeScores } = requireBuilt('bench/corpus/score.js');

const first = Number(values.seed);
const count = Number(values.seeds);
const scores = [];
let files = 0;
let negatives = 0;
await forEachSeed({ name: 'probe', first, count, keep: values.keep }, async (seed, dir) => {
  const manifest = generateProbe(seed, dir);
  files += manifest.files;
  negatives += manifest.planted.filter((p) => p.type === 'neg').length;
  scores.push(scoreFindings(manifest.planted, await secretFindingsIn(dir, seed)));
});
const total = mergeScores(scores);
if (values.json) {
  process.stdout.write(JSON.stringify({ seeds: count, ...total }, null, 2) + '\n');
} else {
  const top = Number(values.top);
  console.log(`secret probe: ${count} repositories (seeds ${first}..${first + count - 1}), ${files} files, ${total.positives} planted credentials, ${negatives} hard-negative lines`);
  console.log(`  recall    ${total.recall.toFixed(4)}  (${total.found}/${total.positives})`);
  console.log(`  precision ${total.precision.toFixed(4)}  (${total.truePositiveFindings}/${total.findings} findings)`);
  console.log(`\n  misses by kind (top ${top}):`);
  for (const m of total.misses.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(44)} e.g. ${m.examples[0]}`);
  if (!total.misses.length) console.log('    none');
  console.log(`\n  false positives by kind (top ${top}):`);
  for (const m of total.falsePositives.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(44)} e.g. ${m.examples[0]}`);
  if (!total.falsePositives.length) console.log('    none');
  console.log(`RESULT secret-probe: recall ${total.recall.toFixed(3)} (${total.found}/${total.positives}), precision ${total.precision.toFixed(3)} (${total.truePositiveFindings}/${total.findings}) over ${count} seeds`);
}
