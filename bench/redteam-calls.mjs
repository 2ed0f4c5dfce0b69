#!/usr/bin/env node
// Calls-and-commands red team: credentials that are an argument of a documented API or CLI
// (DriverManager.getConnection(url, "u", "pw"), redis.Redis(..., "pw"), ssh.Password("pw"),
// new NetworkCredential("u", "pw"), smbclient -U u%pw, sqlplus u/pw@db, zip -P pw, vault login
// <token>, net use ... pw, ConvertTo-SecureString 'pw' ...) with no `key = value` shape, and the
// same calls with variables, prompts and placeholders as hard negatives (bench/corpus/redteam-calls).
// Runs `stowaway scan --format json` and scores findings on file + line.
//   node bench/redteam-calls.mjs [--seeds N] [--seed S] [--keep] [--json] [--top K] [--by-kind]
import { runSecretCorpusBench } from './secret-corpus-bench.mjs';

await runSecretCorpusBench({ name: 'redteam-calls', title: 'calls-and-commands red team', generator: ['bench/corpus/redteam-calls/generate.js', 'generateRedteamCalls'], defaultSeeds: '10' });
