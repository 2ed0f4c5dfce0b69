#!/usr/bin/env node
// Dockerfile accuracy: generates seeded, realistic Dockerfiles (multi-stage,
// heredocs, `# escape=`, exec form, continued ENV, lowercase keywords) with
// planted problems and official-image hard negatives (bench/corpus/dockerfiles),
// runs `stowaway scan --format json` on them, and scores dockerfile/* findings
// strictly on (file, line, rule id).
//   node bench/dockerfile-accuracy.mjs [--seeds N] [--seed S] [--files K] [--json] [--keep] [--top T]
import { parseArgs } from 'node:util';
import { requireBuilt, requireCli } from './common.mjs';
import { runDockerfileBench } from './dockerfile-corpus-bench.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, files: { type: 'string', default: '40' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '15' } } });
requireCli();
const { generateDockerfileCorpus } = requireBuilt('bench/corpus/dockerfiles/generate.js');

await runDockerfileBench({
  values,
  tmpName: 'df-accuracy',
  generate: (seed, dir) => generateDockerfileCorpus({ seed, dir, files: Number(values.files) }),
  title: 'dockerfile accuracy',
  scoredNote: 'a different rule on a planted line is a false positive unless the generator lists it as related',
  recallNote: '   bar 0.90, goal 0.97',
  fpNote: '   bar <= 5, goal 0',
  byRuleTitle: 'recall by rule',
  result: (t, count, files) => `dockerfile-accuracy: recall ${t.recall.toFixed(3)} (${t.found}/${t.positives}), precision ${t.precision.toFixed(3)}, ${t.falsePositives} false positives over ${count} seeds / ${files} Dockerfiles; bar 0.90 and <= 5 FP`,
});
