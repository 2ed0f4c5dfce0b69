#!/usr/bin/env node
// Compose / Kubernetes / CI accuracy: seeded realistic files (bench/corpus/yaml)
// with planted problems and hardened look-alikes; scores strictly on (file, line, rule id).
//   node bench/yaml-accuracy.mjs [--seeds N] [--seed S] [--files K] [--keep]
import { parseArgs } from 'node:util';
import { findingsIn, forEachSeed, requireBuilt, requireCli } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, files: { type: 'string', default: '30' }, keep: { type: 'boolean' } } });
requireCli();
const { generateYamlCorpus } = requireBuilt('bench/corpus/yaml/generate.js');
const { scoreYaml } = requireBuilt('bench/corpus/yaml/score.js');
const first = Number(values.seed);
const count = Number(values.seeds);
let pos = 0, found = 0, tp = 0, fp = 0, files = 0, hardened = 0;
const misses = new Map(), fps = new Map();
const merge = (into, from) => { for (const [k, v] of from) into.set(k, [...(into.get(k) ?? []), ...v]); };
await forEachSeed({ name: 'yaml-accuracy', first, count, keep: values.keep }, async (seed, dir) => {
  const m = generateYamlCorpus({ seed, dir, files: Number(values.files) });
  files += m.files.length; hardened += m.hardened.length;
  const s = scoreYaml(m.expectations, await findingsIn(dir, seed));
  pos += s.positives; found += s.found; tp += s.truePositives; fp += s.falsePositives;
  merge(misses, s.misses); merge(fps, s.fps);
});
const recall = pos ? found / pos : 1, precision = tp + fp ? tp / (tp + fp) : 1;
console.log(`yaml accuracy: ${count} seeds, ${files} files (${hardened} hardened, must stay silent), ${pos} planted problems`);
console.log(`  recall    ${recall.toFixed(4)} (${found}/${pos})`);
console.log(`  precision ${precision.toFixed(4)} (${tp}/${tp + fp})   false positives ${fp}`);
console.log('  misses by kind:');
for (const [k, v] of [...misses].sort((a, b) => b[1].length - a[1].length)) console.log(`    ${String(v.length).padStart(4)}  ${k}   e.g. ${v[0]}`);
console.log('  false positives by rule:');
for (const [k, v] of [...fps].sort((a, b) => b[1].length - a[1].length)) console.log(`    ${String(v.length).padStart(4)}  ${k}   e.g. ${v[0]}`);
console.log(`RESULT yaml-accuracy: recall ${recall.toFixed(3)} (${found}/${pos}), precision ${precision.toFixed(3)}, ${fp} false positives over ${count} seeds / ${files} files`);
