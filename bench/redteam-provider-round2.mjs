#!/usr/bin/env node
// Round 2 of the provider red team alone (bench/corpus/redteam-provider/files-round2.ts): contexts
// and documented formats round 1 does not carry. redteam-provider.mjs runs both rounds together.
//   node bench/redteam-provider-round2.mjs [--seeds N] [--seed S] [--keep] [--json] [--top K] [--by-kind]
import { runSecretCorpusBench } from './secret-corpus-bench.mjs';

await runSecretCorpusBench({ name: 'redteam-provider-round2', title: 'red team round 2 (provider tokens, new contexts)', generator: ['bench/corpus/redteam-provider/generate.js', 'generateRedteamProviderRound2'], defaultSeeds: '10' });
