#!/usr/bin/env node
// Dockerfile red team: Dockerfiles written in layouts the accuracy corpus
// (bench/corpus/dockerfiles) never writes — shebang and COPY heredocs, Windows
// backtick files with PowerShell, exec form for every instruction, continuations
// with blank lines and commented-out commands, ARG-built FROM lines, multi-stage
// USER handling, ADD flag combinations, BuildKit mounts, CRLF and BOM files,
// .dockerignore files in many shapes, names such as Dockerfile-alpine — with
// planted problems and hard negatives (bench/corpus/redteam-dockerfile). Runs
// `stowaway scan --format json` and scores dockerfile/* findings on (file, line,
// rule id) with the accuracy benchmark's scorer.
// --layouts wave1|wave2|wave3|all (default all): each wave was written after the fixes for the one before.
//   node bench/redteam-dockerfile.mjs [--seeds N] [--seed S] [--files K] [--layouts W] [--json] [--keep] [--top T]
import { parseArgs } from 'node:util';
import { findingsIn, forEachSeed, requireBuilt, requireCli } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, files: { type: 'string', default: '36' }, layouts: { type: 'string', default: 'all' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '20' } } });
requireCli();
const { generateRedteamDockerfiles } = requireBuilt('bench/corpus/redteam-dockerfile/generate.js');
const { scoreDockerfileFindings, mergeDockerfileScores } = requireBuilt('bench/corpus/dockerfiles/score.js');

const first = Number(values.seed);
const count = Number(values.seeds);
const scores = [];
let files = 0;
let negatives = 0;
await forEachSeed({ name: 'df-redteam', first, count, keep: values.keep }, async (seed, dir) => {
  const manifest = generateRedteamDockerfiles({ seed, dir, files: Number(values.files), layouts: values.layouts });
  files += manifest.files.length;
  negatives += manifest.expectations.filter((e) => e.type === 'neg').length;
  scores.push(scoreDockerfileFindings(manifest.expectations, await findingsIn(dir, seed)));
});
const total = mergeDockerfileScores(scores);

if (values.json) {
  process.stdout.write(JSON.stringify({ seeds: count, files, negatives, ...total }, null, 2) + '\n');
} else {
  const top = Number(values.top);
  console.log(`dockerfile red team (${values.layouts} layouts): ${count} seeds (${first}..${first + count - 1}), ${files} Dockerfiles, ${total.positives} planted problems, ${negatives} hard-negative lines`);
  console.log('  scored on (file, line, rule id); every dockerfile/* finding not planted is a false positive');
  console.log(`  recall    ${total.recall.toFixed(4)}  (${total.found}/${total.positives})`);
  console.log(`  precision ${total.precision.toFixed(4)}  (${total.truePositives}/${total.truePositives + total.falsePositives})`);
  console.log(`  false positives ${total.falsePositives};   related-rule findings on planted lines (not counted): ${total.related}`);
  console.log('\n  by rule (found/planted):');
  for (const [rule, [f, n]] of Object.entries(total.byRule).sort()) console.log(`    ${rule.padEnd(46)} ${String(f).padStart(4)}/${String(n).padEnd(4)} ${(f / n).toFixed(3)}`);
  console.log(`\n  misses by kind (top ${top}):`);
  for (const m of total.misses.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind}\n          e.g. ${m.examples[0]}`);
  if (!total.misses.length) console.log('    none');
  console.log(`\n  false positives by kind (top ${top}):`);
  for (const m of total.falsePositiveKinds.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind}\n          e.g. ${m.examples[0]}`);
  if (!total.falsePositiveKinds.length) console.log('    none');
  console.log(`RESULT redteam-dockerfile (${values.layouts}): recall ${total.recall.toFixed(3)} (${total.found}/${total.positives}), precision ${total.precision.toFixed(3)}, ${total.falsePositives} false positives over ${count} seeds / ${files} Dockerfiles`);
}
