#!/usr/bin/env node
// Accuracy: generates seeded, randomly laid out repositories with planted
// credentials and hard negatives (bench/corpus), runs `stowaway scan --format
// json` on each, and scores findings on file + line.
//   node bench/accuracy.mjs [--seeds N] [--seed S] [--scale K] [--json] [--keep]
import { parseArgs } from 'node:util';
import { forEachSeed, requireBuilt, requireCli, secretFindingsIn } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, scale: { type: 'string', default: '1' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '12' } } });
requireCli();
const { generateCorpus } = requireBuilt('bench/corpus/generate.js');
const { scoreFindings, mergeScores } = requireBuilt('bench/corpus/score.js');
const { secretRules } = requireBuilt('lib/secrets/rules/index.js');

const first = Number(values.seed);
const count = Number(values.seeds);
const scores = [];
let planted = 0;
let negatives = 0;
await forEachSeed({ name: 'accuracy', first, count, keep: values.keep }, async (seed, dir) => {
  const manifest = generateCorpus({ seed, dir, rules: secretRules, scale: Number(values.scale) });
  planted += manifest.planted.filter((p) => p.type === 'pos').length;
  negatives += manifest.planted.filter((p) => p.type === 'neg').length;
  scores.push(scoreFindings(manifest.planted, await secretFindingsIn(dir, seed)));
});
const total = mergeScores(scores);
const sub = (prefix, exclude = false) => {
  let f = 0;
  let n = 0;
  for (const [k, [a, b]] of Object.entries(total.byKind)) if (k.startsWith(prefix) !== exclude) (f += a), (n += b);
  return `${f}/${n} = ${n ? (f / n).toFixed(3) : '-'}`;
};

if (values.json) {
  process.stdout.write(JSON.stringify({ seeds: count, ...total }, null, 2) + '\n');
} else {
  const top = Number(values.top);
  console.log(`accuracy: ${count} seeded repositories (seeds ${first}..${first + count - 1}), ${planted} planted credentials, ${negatives} hard negatives, ${secretRules.length} rules`);
  console.log(`  recall    ${total.recall.toFixed(4)}  (${total.found}/${total.positives})   bar 0.97, goal 0.99`);
  console.log(`  precision ${total.precision.toFixed(4)}  (${total.truePositiveFindings}/${total.findings} findings)   bar 0.98, goal 0.99`);
  console.log(`  recall on rule-catalogue examples: ${sub('rule:')}; on independently generated credentials: ${sub('rule:', true)}`);
  console.log(`\n  misses by kind (top ${top}):`);
  for (const m of total.misses.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(40)} e.g. ${m.examples[0]}`);
  if (!total.misses.length) console.log('    none');
  console.log(`\n  false positives by kind (top ${top}):`);
  for (const m of total.falsePositives.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(40)} e.g. ${m.examples[0]}`);
  if (!total.falsePositives.length) console.log('    none');
  console.log(`RESULT accuracy: recall ${total.recall.toFixed(3)} (${total.found}/${total.positives}), precision ${total.precision.toFixed(3)} (${total.truePositiveFindings}/${total.findings}) over ${count} seeded repositories; bar 0.97 / 0.98`);
}
