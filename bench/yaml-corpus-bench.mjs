// The loop and report shared by the compose / Kubernetes / CI benchmarks (yaml-accuracy.mjs, redteam-yaml.mjs):
// generate one seeded corpus per seed, scan it with the CLI, score compose/k8s/ci findings on (file, line, rule id).
import { findingsIn, forEachSeed, requireBuilt } from './common.mjs';

/**
 * opts: values (parsed --seeds, --seed, --keep), tmpName, generate(seed, dir) → manifest, title (first line),
 * byRule (print found/planted and false positives per rule), resultName (the RESULT line's name).
 */
export async function runYamlBench(opts) {
  const { values } = opts;
  const { scoreYaml } = requireBuilt('bench/corpus/yaml/score.js');
  const first = Number(values.seed);
  const count = Number(values.seeds);
  let pos = 0, found = 0, tp = 0, fp = 0, files = 0, hardened = 0;
  const misses = new Map(), fps = new Map();
  const byRule = new Map(); // rule -> [found, planted, fp]
  const tally = (r, i) => { const t = byRule.get(r) ?? [0, 0, 0]; t[i]++; byRule.set(r, t); };
  const merge = (into, from) => { for (const [k, v] of from) into.set(k, [...(into.get(k) ?? []), ...v]); };
  await forEachSeed({ name: opts.tmpName, first, count, keep: values.keep }, async (seed, dir) => {
    const m = opts.generate(seed, dir);
    files += m.files.length; hardened += m.hardened.length;
    const findings = await findingsIn(dir, seed);
    const s = scoreYaml(m.expectations, findings);
    if (opts.byRule) {
      const got = new Set(findings.map((f) => `${f.file}\0${f.line}\0${f.ruleId}`));
      const want = new Set(m.expectations.map((e) => `${e.file}\0${e.line}\0${e.rule}`));
      for (const e of m.expectations) { tally(e.rule, 1); if (got.has(`${e.file}\0${e.line}\0${e.rule}`)) tally(e.rule, 0); }
      for (const f of findings) if (/^(compose|k8s|ci)\//.test(f.ruleId) && !want.has(`${f.file}\0${f.line}\0${f.ruleId}`)) tally(f.ruleId, 2);
    }
    pos += s.positives; found += s.found; tp += s.truePositives; fp += s.falsePositives;
    merge(misses, s.misses); merge(fps, s.fps);
  });
  const recall = pos ? found / pos : 1, precision = tp + fp ? tp / (tp + fp) : 1;
  console.log(`${opts.title}: ${count} seeds, ${files} files (${hardened} hardened, must stay silent), ${pos} planted problems`);
  console.log(`  recall    ${recall.toFixed(4)} (${found}/${pos})`);
  console.log(`  precision ${precision.toFixed(4)} (${tp}/${tp + fp})   false positives ${fp}`);
  if (opts.byRule) {
    console.log('  by rule (found/planted, false positives):');
    for (const [r, [f, p, x]] of [...byRule].sort()) console.log(`    ${r.padEnd(34)} ${f}/${p}  fp ${x}`);
  }
  console.log('  misses by kind:');
  for (const [k, v] of [...misses].sort((a, b) => b[1].length - a[1].length)) console.log(`    ${String(v.length).padStart(4)}  ${k}   e.g. ${v[0]}`);
  console.log('  false positives by rule:');
  for (const [k, v] of [...fps].sort((a, b) => b[1].length - a[1].length)) console.log(`    ${String(v.length).padStart(4)}  ${k}   e.g. ${v[0]}`);
  console.log(`RESULT ${opts.resultName}: recall ${recall.toFixed(3)} (${found}/${pos}), precision ${precision.toFixed(3)}, ${fp} false positives over ${count} seeds / ${files} files`);
}
