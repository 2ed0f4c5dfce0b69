#!/usr/bin/env node
// Compose / Kubernetes / CI accuracy: seeded realistic files (bench/corpus/yaml)
// with planted problems and hardened look-alikes; scores strictly on (file, line, rule id).
//   node bench/yaml-accuracy.mjs [--seeds N] [--seed S] [--files K] [--keep]
import { parseArgs } from 'node:util';
import { requireBuilt, requireCli } from './common.mjs';
import { runYamlBench } from './yaml-corpus-bench.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, files: { type: 'string', default: '30' }, keep: { type: 'boolean' } } });
requireCli();
const { generateYamlCorpus } = requireBuilt('bench/corpus/yaml/generate.js');

await runYamlBench({
  values,
  tmpName: 'yaml-accuracy',
  generate: (seed, dir) => generateYamlCorpus({ seed, dir, files: Number(values.files) }),
  title: 'yaml accuracy',
  resultName: 'yaml-accuracy',
});
