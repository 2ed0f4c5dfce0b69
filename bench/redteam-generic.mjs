#!/usr/bin/env node
// Generic red team: credentials with no provider prefix (passwords, API keys, signing secrets)
// and the hard negatives beside them, in languages and config formats the probe covers thinly
// (bench/corpus/redteam-generic): C#, PHP, Ruby, Rust, Gradle/Android, Swift/plist, notebooks,
// Helm, Ansible, Terraform, PowerShell, systemd, nginx, .http, SQL, connection URIs, shell.
// Runs `stowaway scan --format json` and scores findings on file + line.
//   node bench/redteam-generic.mjs [--seeds N] [--seed S] [--keep] [--json] [--top K] [--by-kind]
import { runSecretCorpusBench } from './secret-corpus-bench.mjs';

await runSecretCorpusBench({ name: 'redteam-generic', title: 'generic red team', generator: ['bench/corpus/redteam-generic/generate.js', 'generateRedteam'], defaultSeeds: '5' });
