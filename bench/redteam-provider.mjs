#!/usr/bin/env node
// Red-team corpus for provider credentials, written independently of the rules and of
// bench/corpus/probe: tokens inline in code calls, HTTP headers, query strings, escaped
// and minified JSON, notebooks, HAR / Postman exports, logs, XML, Markdown fences, YAML
// block scalars, Terraform heredocs, docker flags, CI env maps; private keys in JSON,
// YAML and heredocs; files with CRLF, BOM, no final newline; files just over 64 KiB.
// Scores `stowaway scan --format json` on file + line.
//   node bench/redteam-provider.mjs [--seeds N] [--seed S] [--keep] [--json] [--top K] [--by-kind]
import { runSecretCorpusBench } from './secret-corpus-bench.mjs';

await runSecretCorpusBench({ name: 'redteam-provider', title: 'red team (provider tokens)', generator: ['bench/corpus/redteam-provider/generate.js', 'generateRedteamProvider'], defaultSeeds: '10' });
