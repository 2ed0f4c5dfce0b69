#!/usr/bin/env node
// Compose / Kubernetes / CI red team: layouts the accuracy corpus never writes (bench/corpus/redteam-yaml),
// scored on (file, line, rule id) with the yaml accuracy scorer.
// --layouts wave1|wave2|all (default all): wave 2 was written after the wave-1 fixes.
//   node bench/redteam-yaml.mjs [--seeds N] [--seed S] [--files K] [--layouts W] [--keep]
import { parseArgs } from 'node:util';
import { requireBuilt, requireCli } from './common.mjs';
import { runYamlBench } from './yaml-corpus-bench.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, files: { type: 'string', default: '36' }, keep: { type: 'boolean' }, layouts: { type: 'string', default: 'all' } } });
requireCli();
const { generateRedteamYaml } = requireBuilt('bench/corpus/redteam-yaml/generate.js');

await runYamlBench({
  values,
  tmpName: 'yaml-redteam',
  generate: (seed, dir) => generateRedteamYaml({ seed, dir, files: Number(values.files), layouts: values.layouts }),
  title: 'yaml red team',
  byRule: true,
  resultName: 'redteam-yaml',
});
