#!/usr/bin/env node
// Dockerfile red team: Dockerfiles written in layouts the accuracy corpus
// (bench/corpus/dockerfiles) never writes — shebang and COPY heredocs, Windows
// backtick files with PowerShell, exec form for every instruction, continuations
// with blank lines and commented-out commands, ARG-built FROM lines, multi-stage
// USER handling, ADD flag combinations, BuildKit mounts, CRLF and BOM files,
// .dockerignore files in many shapes, names such as Dockerfile-alpine — with
// planted problems and hard negatives (bench/corpus/redteam-dockerfile). Runs
// `stowaway scan --format json` and scores dockerfile/* findings on (file, line,
// rule id) with the accuracy benchmark's scorer.
// --layouts wave1|wave2|wave3|all (default all): each wave was written after the fixes for the one before.
//   node bench/redteam-dockerfile.mjs [--seeds N] [--seed S] [--files K] [--layouts W] [--json] [--keep] [--top T]
import { parseArgs } from 'node:util';
import { requireBuilt, requireCli } from './common.mjs';
import { runDockerfileBench } from './dockerfile-corpus-bench.mjs';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, files: { type: 'string', default: '36' }, layouts: { type: 'string', default: 'all' }, json: { type: 'boolean' }, keep: { type: 'boolean' }, top: { type: 'string', default: '20' } } });
requireCli();
const { generateRedteamDockerfiles } = requireBuilt('bench/corpus/redteam-dockerfile/generate.js');

await runDockerfileBench({
  values,
  tmpName: 'df-redteam',
  generate: (seed, dir) => generateRedteamDockerfiles({ seed, dir, files: Number(values.files), layouts: values.layouts }),
  title: `dockerfile red team (${values.layouts} layouts)`,
  scoredNote: 'every dockerfile/* finding not planted is a false positive',
  byRuleTitle: 'by rule (found/planted)',
  result: (t, count, files) => `redteam-dockerfile (${values.layouts}): recall ${t.recall.toFixed(3)} (${t.found}/${t.positives}), precision ${t.precision.toFixed(3)}, ${t.falsePositives} false positives over ${count} seeds / ${files} Dockerfiles`,
});
