#!/usr/bin/env node
// Compose / Kubernetes / CI red team: layouts the accuracy corpus never writes (bench/corpus/redteam-yaml),
// scored on (file, line, rule id) with the yaml accuracy scorer.
// --layouts wave1|wave2|all (default all): wave 2 was written after the wave-1 fixes.
//   node bench/redteam-yaml.mjs [--seeds N] [--seed S] [--files K] [--layouts W] [--keep]
import { parseArgs } from 'node:util';
import { findingsIn, forEachSeed, requireBuilt, requireCli } from './common.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, files: { type: 'string', default: '36' }, keep: { type: 'boolean' }, layouts: { type: 'string', default: 'all' } } });
requireCli();
const { generateRedteamYaml } = requireBuilt('bench/corpus/redteam-yaml/generate.js');
const { scoreYaml } = requireBuilt('bench/corpus/yaml/score.js');
const first = Number(values.seed);
const count = Number(values.seeds);
let pos = 0, found = 0, tp = 0, fp = 0, files = 0, hardened = 0;
const misses = new Map(), fps = new Map();
const byRule = new Map(); // rule -> [found, planted, fp]
const tally = (r, i) => { const t = byRule.get(r) ?? [0, 0, 0]; t[i]++; byRule.set(r, t); };
const merge = (into, from) => { for (const [k, v] of from) into.set(k, [...(into.get(k) ?? []), ...v]); };
await forEachSeed({ name: 'yaml-redteam', first, count, keep: values.keep }, async (seed, dir) => {
  const m = generateRedteamYaml({ seed, dir, files: Number(values.files), layouts: values.layouts });
  files += m.files.length; hardened += m.hardened.length;
  const findings = await findingsIn(dir, seed);
  const s = scoreYaml(m.expectations, findings);
  const got = new Set(findings.map((f) => `${f.file}\0${f.line}\0${f.ruleId}`));
  const want = new Set(m.expectations.map((e) => `${e.file}\0${e.line}\0${e.rule}`));
  for (const e of m.expectations) { tally(e.rule, 1); if (got.has(`${e.file}\0${e.line}\0${e.rule}`)) tally(e.rule, 0); }
  for (const f of findings) if (/^(compose|k8s|ci)\//.test(f.ruleId) && !want.has(`${f.file}\0${f.line}\0${f.ruleId}`)) tally(f.ruleId, 2);
  pos += s.positives; found += s.found; tp += s.truePositives; fp += s.falsePositives;
  merge(misses, s.misses); merge(fps, s.fps);
});
const recall = pos ? found / pos : 1, precision = tp + fp ? tp / (tp + fp) : 1;
console.log(`yaml red team: ${count} seeds, ${files} files (${hardened} hardened, must stay silent), ${pos} planted problems`);
console.log(`  recall    ${recall.toFixed(4)} (${found}/${pos})`);
console.log(`  precision ${precision.toFixed(4)} (${tp}/${tp + fp})   false positives ${fp}`);
console.log('  by rule (found/planted, false positives):');
for (const [r, [f, p, x]] of [...byRule].sort()) console.log(`    ${r.padEnd(34)} ${f}/${p}  fp ${x}`);
console.log('  misses by kind:');
for (const [k, v] of [...misses].sort((a, b) => b[1].length - a[1].length)) console.log(`    ${String(v.length).padStart(4)}  ${k}   e.g. ${v[0]}`);
console.log('  false positives by rule:');
for (const [k, v] of [...fps].sort((a, b) => b[1].length - a[1].length)) console.log(`    ${String(v.length).padStart(4)}  ${k}   e.g. ${v[0]}`);
console.log(`RESULT redteam-yaml: recall ${recall.toFixed(3)} (${found}/${pos}), precision ${precision.toFixed(3)}, ${fp} false positives over ${count} seeds / ${files} files`);
