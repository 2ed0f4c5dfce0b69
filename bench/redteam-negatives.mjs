#!/usr/bin/env node
// Hard-negative red team: a generated repository full of things that look like secrets and are
// not (lock files, digests, UUIDs and ids, placeholders and template references, documented
// example keys, public keys, certificates, signatures and fingerprints, encrypted values, password
// hashes, CSS colours, data URIs, source maps, minified bundles, SRI/CSP hashes, protobuf
// descriptors, i18n files, test vectors and fixtures), each in several layouts
// (bench/corpus/redteam-negatives), plus a few real-shaped credentials as controls.
// Scores false positives per category (with the rules that fired) and recall of the controls.
//   node bench/redteam-negatives.mjs [--seeds N] [--seed S] [--keep] [--json] [--top K]
import { parseArgs } from 'node:util';
import { forEachSeed, requireBuilt, requireCli, secretFindingsIn } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '60' } } });
requireCli();
const { generateNegatives } = requireBuilt('bench/corpus/redteam-negatives/generate.js');
const { scoreFindings, mergeScores } = requireBuilt('bench/corpus/score.js');

const first = Number(values.seed);
const count = Number(values.seeds);
const category = (kind) => kind.replace(/^neg:/, '').split('/')[0];
const scores = [];
/** category → { planted, fp, rules: Map<rule, n>, layouts: Map<layout, n> } */
const cats = new Map();
const cat = (c) => cats.get(c) ?? cats.set(c, { planted: 0, fp: 0, rules: new Map(), layouts: new Map() }).get(c);
let files = 0;
let unplanted = 0;
await forEachSeed({ name: 'redteam-negatives', first, count, keep: values.keep }, async (seed, dir) => {
  const manifest = generateNegatives(seed, dir);
  files += manifest.files;
  for (const p of manifest.planted) if (p.type === 'neg') cat(category(p.kind)).planted++;
  const findings = await secretFindingsIn(dir, seed);
  const score = scoreFindings(manifest.planted, findings);
  scores.push(score);
  // Rules per category: the scorer keeps examples only, so attribute each finding here.
  const byFile = new Map();
  for (const p of manifest.planted) (byFile.get(p.file) ?? byFile.set(p.file, []).get(p.file)).push(p);
  const seen = new Set();
  for (const f of findings) {
    const key = `${f.file}\0${f.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const here = (byFile.get(f.file) ?? []).filter((p) => f.line >= p.lineStart && f.line <= p.lineEnd);
    if (here.some((p) => p.type === 'pos')) continue;
    const neg = here.find((p) => p.type === 'neg');
    if (!neg) {
      unplanted++;
      continue;
    }
    const c = cat(category(neg.kind));
    c.fp++;
    c.rules.set(f.ruleId, (c.rules.get(f.ruleId) ?? 0) + 1);
    const layout = neg.kind.replace(/^neg:/, '');
    c.layouts.set(layout, (c.layouts.get(layout) ?? 0) + 1);
  }
});
const total = mergeScores(scores);
const negatives = [...cats.values()].reduce((a, c) => a + c.planted, 0);
const fps = [...cats.values()].reduce((a, c) => a + c.fp, 0);
const table = [...cats.entries()].sort((a, b) => b[1].fp - a[1].fp || (a[0] < b[0] ? -1 : 1));
if (values.json) {
  const byCategory = Object.fromEntries(table.map(([k, c]) => [k, { planted: c.planted, falsePositives: c.fp, rules: Object.fromEntries(c.rules), layouts: Object.fromEntries(c.layouts) }]));
  process.stdout.write(JSON.stringify({ seeds: count, files, negatives, falsePositives: fps, unplanted, controls: { planted: total.positives, found: total.found, recall: total.recall, misses: total.misses }, byCategory, examples: total.falsePositives }, null, 2) + '\n');
} else {
  console.log(`hard-negative red team: ${count} repositories (seeds ${first}..${first + count - 1}), ${files} files, ${negatives} hard negatives in ${cats.size} categories, ${total.positives} controls`);
  console.log(`  controls found      ${total.found}/${total.positives} (recall ${total.recall.toFixed(4)})`);
  console.log(`  false positives     ${fps} on planted negatives (${((fps / negatives) * 100).toFixed(2)}% of them), ${unplanted} on unlabelled lines`);
  console.log('\n  category                 planted    FP   rate    rules that fired');
  for (const [k, c] of table) {
    const rules = [...c.rules.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r.replace(/^secret\//, '')}×${n}`).join(', ');
    console.log(`    ${k.padEnd(22)} ${String(c.planted).padStart(8)} ${String(c.fp).padStart(5)}  ${((c.fp / c.planted) * 100).toFixed(1).padStart(5)}%  ${rules}`);
  }
  const top = Number(values.top);
  console.log(`\n  false positives by layout (top ${top}):`);
  for (const m of total.falsePositives.slice(0, top)) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(44)} e.g. ${m.examples[0]}`);
  if (!total.falsePositives.length) console.log('    none');
  console.log('\n  missed controls:');
  for (const m of total.misses) console.log(`    ${String(m.count).padStart(4)}  ${m.kind.padEnd(44)} e.g. ${m.examples[0]}`);
  if (!total.misses.length) console.log('    none');
}
console.log(`RESULT redteam-negatives: ${fps} false positives on ${negatives} hard negatives (${unplanted} unlabelled), controls ${total.found}/${total.positives} over ${count} seeds`);
