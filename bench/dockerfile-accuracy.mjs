#!/usr/bin/env node
// Dockerfile accuracy: generates seeded, realistic Dockerfiles (multi-stage,
// heredocs, `# escape=`, exec form, continued ENV, lowercase keywords) with
// planted problems and official-image hard negatives (bench/corpus/dockerfiles),
// runs `stowaway scan --format json` on them, and scores dockerfile/* findings
// strictly on (file, line, rule id).
//   node bench/dockerfile-accuracy.mjs [--seeds N] [--seed S] [--files K] [--json] [--keep] [--top T]
import { parseArgs } from 'node:util';
import { findingsIn, forEachSeed, requireBuilt, requireCli } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, files: { type: 'string', default: '40' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '15' } } });
requireCli();
const { generateDockerfileCorpus } = requireBuilt('bench/corpus/dockerfiles/generate.js');
const { scoreDockerfileFindings, mergeDockerfileScores } = requireBuilt('bench/corpus/dockerfiles/score.js');

const first = Number(values.seed);
const count = Number(values.seeds);
const scores = [];
let files = 0;
let negatives = 0;
await forEachSeed({ name: 'df-accuracy', first, count, keep: values.keep }, async (seed, dir) => {
  const manifest = generateDockerfileCorpus({ seed, dir, files: Number(values.files) });
  files += manifest.files.length;
  negatives += manifest.expectations.filter((e) => e.type === 'neg').length;
  // A plain directory (no git): `scan` reads every file under it.
  scores.push(scoreDockerfileFindings(manifest.expectations, await findingsIn(dir, seed)));
});
const total = mergeDockerfileScores(scores);

if (values.json) {
  process.stdout.write(JSON.stringify({ seeds: count, files, negatives, ...total }, null, 2) + '\n');
} else {
  const top = Number(values.top);
  console.log(`dockerfile accuracy: ${count} seeds (${first}..${first + count - 1}), ${files} Dockerfiles, ${total.positives} planted problems, ${negatives} hard-negative lines`);
  console.log('  scored on (file, line, rule id); a different rule on a planted line is a false positive unless the generator lists it as related');
  console.log(`  recall    ${total.recall.toFixed(4)}  (${total.found}/${total.positives})   bar 0.90, goal 0.97`);
  console.log(`  precision ${total.precision.toFixed(4)}  (${total.truePositives}/${total.truePositives + total.falsePositives})`);
  console.log(`  false positives ${total.falsePositives}   bar <= 5, goal 0;   related-rule findings on planted lines (not counted): ${total.related}`);
  console.log('\n  recall by rule:');
  for (const [rule, [f, n]] of Object.entries(total.byRule).sort()) console.log(`    ${rule.padEnd(46)} ${String(f).padStart(4)}/${String(n).padEnd(4)} ${(f / n).toFixed(3)}`);
  console.log(`\n  misses by kind (top ${top}):`);
  for (const m of total.misses.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind}\n          e.g. ${m.examples[0]}`);
  if (!total.misses.length) console.log('    none');
  console.log(`\n  false positives by kind (top ${top}):`);
  for (const m of total.falsePositiveKinds.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind}\n          e.g. ${m.examples[0]}`);
  if (!total.falsePositiveKinds.length) console.log('    none');
  console.log(`RESULT dockerfile-accuracy: recall ${total.recall.toFixed(3)} (${total.found}/${total.positives}), precision ${total.precision.toFixed(3)}, ${total.falsePositives} false positives over ${count} seeds / ${files} Dockerfiles; bar 0.90 and <= 5 FP`);
}
