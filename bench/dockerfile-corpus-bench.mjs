// The loop and report shared by the Dockerfile benchmarks (dockerfile-accuracy.mjs, redteam-dockerfile.mjs):
// generate one seeded corpus per seed, scan it with the CLI, score dockerfile/* findings on (file, line, rule id).
import { findingsIn, forEachSeed, requireBuilt } from './common.mjs';

/**
 * opts: values (parsed --seeds, --seed, --json, --keep, --top), tmpName, generate(seed, dir) → manifest,
 * title (first line), scoredNote, recallNote and fpNote (appended to the recall and false-positive lines),
 * byRuleTitle, result(total, count, files) → the RESULT line's text after `RESULT `.
 */
export async function runDockerfileBench(opts) {
  const { values } = opts;
  const { scoreDockerfileFindings, mergeDockerfileScores } = requireBuilt('bench/corpus/dockerfiles/score.js');
  const first = Number(values.seed);
  const count = Number(values.seeds);
  const scores = [];
  let files = 0;
  let negatives = 0;
  await forEachSeed({ name: opts.tmpName, first, count, keep: values.keep }, async (seed, dir) => {
    const manifest = opts.generate(seed, dir);
    files += manifest.files.length;
    negatives += manifest.expectations.filter((e) => e.type === 'neg').length;
    // A plain directory (no git): `scan` reads every file under it.
    scores.push(scoreDockerfileFindings(manifest.expectations, await findingsIn(dir, seed)));
  });
  const total = mergeDockerfileScores(scores);
  if (values.json) {
    process.stdout.write(JSON.stringify({ seeds: count, files, negatives, ...total }, null, 2) + '\n');
    return;
  }
  const top = Number(values.top);
  console.log(`${opts.title}: ${count} seeds (${first}..${first + count - 1}), ${files} Dockerfiles, ${total.positives} planted problems, ${negatives} hard-negative lines`);
  console.log(`  scored on (file, line, rule id); ${opts.scoredNote}`);
  console.log(`  recall    ${total.recall.toFixed(4)}  (${total.found}/${total.positives})${opts.recallNote ?? ''}`);
  console.log(`  precision ${total.precision.toFixed(4)}  (${total.truePositives}/${total.truePositives + total.falsePositives})`);
  console.log(`  false positives ${total.falsePositives}${opts.fpNote ?? ''};   related-rule findings on planted lines (not counted): ${total.related}`);
  console.log(`\n  ${opts.byRuleTitle}:`);
  for (const [rule, [f, n]] of Object.entries(total.byRule).sort()) console.log(`    ${rule.padEnd(46)} ${String(f).padStart(4)}/${String(n).padEnd(4)} ${(f / n).toFixed(3)}`);
  console.log(`\n  misses by kind (top ${top}):`);
  for (const m of total.misses.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind}\n          e.g. ${m.examples[0]}`);
  if (!total.misses.length) console.log('    none');
  console.log(`\n  false positives by kind (top ${top}):`);
  for (const m of total.falsePositiveKinds.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind}\n          e.g. ${m.examples[0]}`);
  if (!total.falsePositiveKinds.length) console.log('    none');
  console.log(`RESULT ${opts.result(total, count, files)}`);
}
