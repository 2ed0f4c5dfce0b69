#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  UsageError
} from "./chunk-WTFMRPMV.mjs";
import {
  loadAllDetectors
} from "./chunk-XCLPTNTB.mjs";
import "./chunk-RBNL6D7Y.mjs";
import "./chunk-7TQMVGAF.mjs";
import "./chunk-6JWLCDB2.mjs";
import "./chunk-3IKRVYFW.mjs";
import "./chunk-JACFB5DP.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/cli/commands/rules.ts
var rulesCommand = {
  name: "rules",
  summary: "list every rule with its id, severity and description",
  help: `Usage: stowaway rules [--format pretty|json] [--category secret|dockerfile|compose|k8s|ci]

Lists the rule catalogue. Opt-in rules are marked; enable one by giving it a
severity under "rules" in the config.`,
  options: { format: { type: "string", short: "f" }, category: { type: "string" }, help: { type: "boolean", short: "h" } },
  allowPositionals: !1,
  async run(values) {
    let format = values.format ?? "pretty";
    if (format !== "pretty" && format !== "json") throw new UsageError(`--format must be pretty or json, not "${format}"`);
    let rules = (await loadAllDetectors()).flatMap((d) => d.rules);
    if (values.category && (rules = rules.filter((r) => r.category === values.category)), format === "json")
      return process.stdout.write(JSON.stringify({ version: 1, rules }, null, 2) + `
`), 0;
    let width = Math.max(...rules.map((r) => r.id.length)), lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(6)}  ${r.description}${r.optIn ? " (opt-in)" : ""}`);
    return process.stdout.write(lines.join(`
`) + `

${rules.length} rules
`), 0;
  }
};
export {
  rulesCommand
};
