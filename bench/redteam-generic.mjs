#!/usr/bin/env node
// Generic red team: credentials with no provider prefix (passwords, API keys, signing secrets)
// and the hard negatives beside them, in languages and config formats the probe covers thinly
// (bench/corpus/redteam-generic): C#, PHP, Ruby, Rust, Gradle/Android, Swift/plist, notebooks,
// Helm, Ansible, Terraform, PowerShell, systemd, nginx, .http, SQL, connection URIs, shell.
// Runs `stowaway scan --format json` and scores findings on file + line.
//   node bench/redteam-generic.mjs [--seeds N] [--seed S] [--keep] [--json] [--by-kind]
import { parseArgs } from 'node:util';
import { forEachSeed, requireBuilt, requireCli, secretFindingsIn } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '40' }, 'by-kind': { type: 'boolean' } } });
requireCli();
const { generateRedteam } = requireBuilt('bench/corpus/redteam-generic/generate.js');
const { scoreFindings, mergeScores } = requireBuilt('bench/corpus/score.js');

const first = Number(values.seed);
const count = Number(values.seeds);
const scores = [];
let files = 0;
let negatives = 0;
await forEachSeed({ name: 'redteam-generic', first, count, keep: values.keep }, async (seed, dir) => {
  const manifest = generateRedteam(seed, dir);
  files += manifest.files;
  negatives += manifest.planted.filter((p) => p.type === 'neg').length;
  scores.push(scoreFindings(manifest.planted, await secretFindingsIn(dir, seed)));
});
const total = mergeScores(scores);
if (values.json) {
  process.stdout.write(JSON.stringify({ seeds: count, ...total }, null, 2) + '\n');
} else {
  const top = Number(values.top);
  console.log(`generic red team: ${count} repositories (seeds ${first}..${first + count - 1}), ${files} files, ${total.positives} planted credentials, ${negatives} hard-negative lines`);
  console.log(`  recall    ${total.recall.toFixed(4)}  (${total.found}/${total.positives})`);
  console.log(`  precision ${total.precision.toFixed(4)}  (${total.truePositiveFindings}/${total.findings} findings)`);
  console.log(`\n  misses by kind (top ${top}):`);
  for (const m of total.misses.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(44)} e.g. ${m.examples[0]}`);
  if (!total.misses.length) console.log('    none');
  console.log(`\n  false positives by kind (top ${top}):`);
  for (const m of total.falsePositives.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(44)} e.g. ${m.examples[0]}`);
  if (!total.falsePositives.length) console.log('    none');
  if (values['by-kind']) {
    console.log('\n  recall by positive kind:');
    for (const [k, [f, n]] of Object.entries(total.byKind).sort()) console.log(`    ${k.padEnd(48)} ${f}/${n}`);
  }
  console.log(`RESULT redteam-generic: recall ${total.recall.toFixed(3)} (${total.found}/${total.positives}), precision ${total.precision.toFixed(3)} (${total.truePositiveFindings}/${total.findings}) over ${count} seeds`);
}
