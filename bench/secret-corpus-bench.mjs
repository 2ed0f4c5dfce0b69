// The runner shared by the secret corpora scored on file + line (secret-probe, redteam-generic,
// redteam-provider): generate each seeded repository, run `stowaway scan --format json` on it,
// score, and print recall, precision and the misses and false positives grouped by kind.
//   node bench/<name>.mjs [--seeds N] [--seed S] [--keep] [--json] [--top K] [--by-kind]
import { parseArgs } from 'node:util';
import { forEachSeed, requireBuilt, requireCli, secretFindingsIn } from './common.mjs';

/**
 * `generator` is [built module path, export name]; the export takes (seed, dir) and returns a
 * manifest with `files` and `planted`. `title` names the corpus in the summary line.
 */
export async function runSecretCorpusBench({ name, title, generator, defaultSeeds = '5' }) {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: defaultSeeds }, seed: { type: 'string', default: '1' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '40' }, 'by-kind': { type: 'boolean' } } });
  requireCli();
  const generate = requireBuilt(generator[0])[generator[1]];
  const { scoreFindings, mergeScores } = requireBuilt('bench/corpus/score.js');

  const first = Number(values.seed);
  const count = Number(values.seeds);
  const scores = [];
  let files = 0;
  let negatives = 0;
  await forEachSeed({ name, first, count, keep: values.keep }, async (seed, dir) => {
    const manifest = generate(seed, dir);
    files += manifest.files;
    negatives += manifest.planted.filter((p) => p.type === 'neg').length;
    scores.push(scoreFindings(manifest.planted, await secretFindingsIn(dir, seed)));
  });
  const total = mergeScores(scores);
  if (values.json) {
    process.stdout.write(JSON.stringify({ seeds: count, ...total }, null, 2) + '\n');
    return;
  }
  const top = Number(values.top);
  const byKind = (list) => {
    for (const m of list.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(48)} e.g. ${m.examples[0]}`);
    if (!list.length) console.log('    none');
  };
  console.log(`${title}: ${count} repositories (seeds ${first}..${first + count - 1}), ${files} files, ${total.positives} planted credentials, ${negatives} hard negatives`);
  console.log(`  recall    ${total.recall.toFixed(4)}  (${total.found}/${total.positives})`);
  console.log(`  precision ${total.precision.toFixed(4)}  (${total.truePositiveFindings}/${total.findings} findings)`);
  console.log(`\n  misses by kind (top ${top}):`);
  byKind(total.misses);
  console.log(`\n  false positives by kind (top ${top}):`);
  byKind(total.falsePositives);
  if (values['by-kind']) {
    console.log('\n  recall by positive kind:');
    for (const [k, [f, n]] of Object.entries(total.byKind).sort()) console.log(`    ${k.padEnd(48)} ${f}/${n}`);
  }
  console.log(`RESULT ${name}: recall ${total.recall.toFixed(3)} (${total.found}/${total.positives}), precision ${total.precision.toFixed(3)} (${total.truePositiveFindings}/${total.findings}) over ${count} seeds`);
}
