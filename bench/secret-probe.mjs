#!/usr/bin/env node
// Secret probe: an independent check of the secret engine beside bench/accuracy.mjs.
// Writes whole, realistic files from many ecosystems (bench/corpus/probe) with
// provider tokens, passwords and hard negatives where people leave them, runs
// `stowaway scan --format json`, and scores findings on file + line.
//   node bench/secret-probe.mjs [--seeds N] [--seed S] [--keep] [--json] [--top K] [--by-kind]
import { runSecretCorpusBench } from './secret-corpus-bench.mjs';

await runSecretCorpusBench({ name: 'secret-probe', title: 'secret probe', generator: ['bench/corpus/probe/generate.js', 'generateProbe'], defaultSeeds: '5' });
