#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  require_picocolors
} from "./chunk-CKQ2Z3TD.mjs";
import {
  severityAtLeast
} from "./chunk-NPZOJUWH.mjs";
import {
  loadAllDetectors
} from "./chunk-XCLPTNTB.mjs";
import {
  __toESM
} from "./chunk-OIENDWQO.mjs";

// lib/cli/emit-report.ts
import { writeFileSync } from "node:fs";

// lib/findings/redact.ts
function redact(secret) {
  let pem = /^-----BEGIN [A-Z0-9 ]+-----/.exec(secret);
  if (pem) return `${pem[0]}\u2026(redacted)`;
  let firstLine = secret.split(/\r?\n/, 1)[0], keep = Math.min(6, Math.floor(firstLine.length / 4));
  return `${firstLine.slice(0, keep)}\u2026(redacted)`;
}
function shownMatch(f, showSecrets) {
  return showSecrets || f.plainMatch ? f.secret : redact(f.secret);
}

// lib/report/json-report.ts
function jsonReport(input) {
  let findings = input.findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    match: shownMatch(f, input.showSecrets),
    fingerprint: f.fingerprint ?? "",
    commit: f.commit,
    fix: f.fix,
    why: f.why,
    ...f.meta ? { meta: f.meta } : {}
  }));
  return JSON.stringify({ version: 1, findings, stats: input.stats }, null, 2) + `
`;
}

// lib/report/pretty-report.ts
var import_picocolors = __toESM(require_picocolors());
var SEVERITY_COLOR = {
  high: (c) => (s) => c.bold(c.red(s)),
  medium: (c) => c.yellow,
  low: (c) => c.cyan,
  info: (c) => c.dim
};
function prettyReport(input, opts) {
  let c = import_picocolors.default.createColors(opts.color), out = [], byFile = /* @__PURE__ */ new Map();
  for (let f of input.findings) {
    let list = byFile.get(f.file) ?? [];
    list.push(f), byFile.set(f.file, list);
  }
  for (let [file, list] of byFile) {
    out.push(c.underline(c.bold(file)));
    for (let f of list) {
      let where = `${file}:${f.line}:${f.column}`, sev = SEVERITY_COLOR[f.severity](c)(f.severity.padEnd(6));
      out.push(`  ${sev} ${c.bold(f.ruleId)}  ${c.dim(where)}${f.commit ? c.dim(` (commit ${f.commit.slice(0, 12)}${f.meta?.authorDate ? `, ${String(f.meta.authorDate).slice(0, 10)}` : ""})`) : ""}`), out.push(`         ${f.message}: ${c.magenta(shownMatch(f, input.showSecrets))}`), opts.quiet || (out.push(`         ${c.dim("why:")} ${f.why}`), out.push(`         ${c.dim("fix:")} ${f.fix}`));
    }
    out.push("");
  }
  return out.push(summary(input, c)), out.join(`
`) + `
`;
}
function summary(input, c) {
  let { stats, findings } = input, counts = ["high", "medium", "low", "info"].map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`), lines = [], scanned = `${stats.files} file${stats.files === 1 ? "" : "s"} (${formatBytes(stats.bytes)}) of ${input.target} in ${stats.durationMs} ms`;
  if (findings.length === 0 ? lines.push(`${c.green("\u2713 no findings")} in ${scanned}`) : lines.push(`${c.red(`\u2717 ${findings.length} finding${findings.length === 1 ? "" : "s"}`)} (${counts.join(", ")}) in ${scanned}`), input.baselined && lines.push(c.dim(`  ${input.baselined} known finding(s) accepted by the baseline`)), stats.skipped.length) {
    lines.push(c.yellow(`  ${stats.skipped.length} file(s) skipped, not scanned:`));
    for (let s of stats.skipped.slice(0, 10)) lines.push(c.yellow(`    ${s.file}: ${s.reason}`));
    stats.skipped.length > 10 && lines.push(c.yellow(`    \u2026 and ${stats.skipped.length - 10} more (see --format json)`));
  }
  return stats.files === 0 && stats.skipped.length === 0 && lines.push(c.dim("  nothing to scan")), lines.join(`
`);
}
function formatBytes(n) {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

// lib/report/sarif-report.ts
var LEVEL = { high: "error", medium: "warning", low: "note", info: "note" }, SECURITY_SEVERITY = { high: "8.0", medium: "5.0", low: "3.0", info: "1.0" };
function sarifReport(input, version) {
  let ids = [...new Set(input.findings.map((f) => f.ruleId))].sort(), rules = ids.map((id) => {
    let info = input.rules.get(id), sample = input.findings.find((f) => f.ruleId === id);
    return {
      id,
      name: id.replace(/[^a-zA-Z0-9]+(.)/g, (_, c) => c.toUpperCase()),
      shortDescription: { text: info?.description ?? sample.message },
      fullDescription: { text: sample.why },
      help: { text: sample.fix, markdown: sample.fix },
      defaultConfiguration: { level: LEVEL[info?.severity ?? sample.severity] },
      properties: { tags: ["security", sample.category], "security-severity": SECURITY_SEVERITY[info?.severity ?? sample.severity] }
    };
  }), results = input.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ids.indexOf(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: `${f.message}: ${shownMatch(f, input.showSecrets)}. ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file).replace(/[?#]/g, encodeURIComponent), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { "stowaway/v1": f.fingerprint ?? "" },
    ...f.commit ? { properties: { commit: f.commit } } : {}
  }));
  return JSON.stringify({
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "stowaway", version, informationUri: "https://www.npmjs.com/package/stowaway", rules } },
        results
      }
    ]
  }, null, 2) + `
`;
}

// lib/cli/emit-report.ts
async function emitReport(result, flags, config, target) {
  let rules = /* @__PURE__ */ new Map();
  if (flags.format === "sarif" && result.findings.length)
    for (let d of await loadAllDetectors()) for (let r of d.rules) rules.set(r.id, r);
  let input = { findings: result.findings, stats: result.stats, showSecrets: flags.showSecrets, rules, baselined: result.baselined, target }, text = flags.format === "json" ? jsonReport(input) : flags.format === "sarif" ? sarifReport(input, "0.1.0") : prettyReport(input, { color: flags.color, quiet: flags.quiet });
  flags.output ? writeFileSync(flags.output, text) : process.stdout.write(text);
  let failOn = flags.failOn ?? config.failOn;
  return result.findings.some((f) => severityAtLeast(f.severity, failOn)) ? 1 : 0;
}

export {
  redact,
  formatBytes,
  emitReport
};
