#!/usr/bin/env node
// Red-team corpus for provider credentials, written independently of the rules and of
// bench/corpus/probe: tokens inline in code calls, HTTP headers, query strings, escaped
// and minified JSON, notebooks, HAR / Postman exports, logs, XML, Markdown fences, YAML
// block scalars, Terraform heredocs, docker flags, CI env maps; private keys in JSON,
// YAML and heredocs; files with CRLF, BOM, no final newline; files just over 64 KiB.
// Scores `stowaway scan --format json` on file + line.
//   node bench/redteam-provider.mjs [--seeds N] [--seed S] [--keep] [--json] [--top K]
import { parseArgs } from 'node:util';
import { forEachSeed, requireBuilt, requireCli, secretFindingsIn } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '40' } } });
requireCli();
const { generateRedteamProvider } = requireBuilt('bench/corpus/redteam-provider/generate.js');
const { scoreFindings, mergeScores } = requireBuilt('bench/corpus/score.js');

const first = Number(values.seed);
const count = Number(values.seeds);
const scores = [];
let files = 0;
let negatives = 0;
await forEachSeed({ name: 'redteam-provider', first, count, keep: values.keep }, async (seed, dir) => {
  const manifest = generateRedteamProvider(seed, dir);
  files += manifest.files;
  negatives += manifest.planted.filter((p) => p.type === 'neg').length;
  scores.push(scoreFindings(manifest.planted, await secretFindingsIn(dir, seed)));
});
const total = mergeScores(scores);
if (values.json) {
  process.stdout.write(JSON.stringify({ seeds: count, ...total }, null, 2) + '\n');
} else {
  const top = Number(values.top);
  console.log(`red-team (provider tokens): ${count} repositories (seeds ${first}..${first + count - 1}), ${files} files, ${total.positives} planted credentials, ${negatives} hard negatives`);
  console.log(`  recall    ${total.recall.toFixed(4)}  (${total.found}/${total.positives})`);
  console.log(`  precision ${total.precision.toFixed(4)}  (${total.truePositiveFindings}/${total.findings} findings)`);
  console.log(`\n  misses by kind (top ${top}):`);
  for (const m of total.misses.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(48)} e.g. ${m.examples[0]}`);
  if (!total.misses.length) console.log('    none');
  console.log(`\n  false positives by kind (top ${top}):`);
  for (const m of total.falsePositives.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(48)} e.g. ${m.examples[0]}`);
  if (!total.falsePositives.length) console.log('    none');
  console.log(`RESULT redteam-provider: recall ${total.recall.toFixed(3)} (${total.found}/${total.positives}), precision ${total.precision.toFixed(3)} (${total.truePositiveFindings}/${total.findings}) over ${count} seeds`);
}
