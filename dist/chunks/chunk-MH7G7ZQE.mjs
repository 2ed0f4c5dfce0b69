#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  blobsFromEntries,
  gitFileReader
} from "./chunk-PQC6EPLC.mjs";
import {
  directorySource
} from "./chunk-HN6KUNMV.mjs";
import {
  commonOptions,
  readBaseline,
  readCommonFlags,
  runScan,
  scanSetup
} from "./chunk-LFSICTJT.mjs";
import {
  execGit,
  runGit
} from "./chunk-5JG7I5FG.mjs";
import {
  UsageError
} from "./chunk-WTFMRPMV.mjs";

// lib/cli/commands/baseline.ts
import { writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";

// lib/sources/worktree-clean.ts
async function readableFromWorktree(root, candidates) {
  let none = /* @__PURE__ */ new Set();
  if (candidates.length === 0) return none;
  let [autocrlf, dirty, attrs] = await Promise.all([
    runGit(["config", "--get", "core.autocrlf"], root),
    runGit(["diff-files", "--name-only", "-z"], root),
    runGit(["check-attr", "-z", "--stdin", ...CONVERTING_ATTRIBUTES], root, candidates.join("\0") + "\0")
  ]), crlf = autocrlf.stdout.toString("utf8").trim().toLowerCase();
  if (crlf && crlf !== "false" || dirty.code !== 0 || attrs.code !== 0) return none;
  let converted = /* @__PURE__ */ new Set(), fields = attrs.stdout.toString("utf8").split("\0");
  for (let i = 0; i + 2 < fields.length; i += 3) {
    let value = fields[i + 2];
    value !== "unspecified" && value !== "unset" && converted.add(fields[i]);
  }
  let changed = new Set(dirty.stdout.toString("utf8").split("\0")), ok = /* @__PURE__ */ new Set();
  for (let p of candidates) !changed.has(p) && !converted.has(p) && ok.add(p);
  return ok;
}
var CONVERTING_ATTRIBUTES = ["text", "eol", "crlf", "filter", "ident", "working-tree-encoding"];

// lib/sources/tracked.ts
async function trackedSource(repo, opts) {
  let args = ["ls-files", "-s", "-v", "-z"];
  opts.paths.length && args.push("--", ...opts.paths.map((p) => `:(literal)${p}`));
  let out = (await execGit(args, repo.root)).toString("utf8"), entries = [], plain = [];
  for (let rec of out.split("\0")) {
    if (!rec) continue;
    let tab = rec.indexOf("	"), [tag, mode, oid, stage] = rec.slice(0, tab).split(" ");
    if (stage !== "0" && stage !== "2") continue;
    let path = rec.slice(tab + 1);
    entries.push({ mode, oid, path }), tag === "H" && stage === "0" && (mode === "100644" || mode === "100755") && plain.push(path);
  }
  let fromDisk = process.env.STOWAWAY_READ_WORKTREE === "0" ? void 0 : await readableFromWorktree(repo.root, plain);
  return { root: repo.root, blobs: blobsFromEntries(repo.root, entries, opts.maxSize, fromDisk), readFile: gitFileReader(repo.root, "") };
}

// lib/cli/commands/baseline.ts
function baselineEntries(findings) {
  let byFp = /* @__PURE__ */ new Map();
  for (let f of findings) f.fingerprint && !byFp.has(f.fingerprint) && byFp.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  return [...byFp.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
}
var describe = (e) => `${e.ruleId} in ${e.file}`;
function staleReport(path, stale) {
  if (!stale.length) return "";
  let entries = new Map((readBaseline(path, !0) ?? []).map((e) => [e.fingerprint, e])), lines = stale.slice(0, 10).map((fp) => `  ${entries.has(fp) ? describe(entries.get(fp)) : fp}`);
  return stale.length > 10 && lines.push(`  \u2026 and ${stale.length - 10} more`), `stowaway: ${stale.length} baseline entr${stale.length === 1 ? "y matches" : "ies match"} nothing any more (fixed or removed):
${lines.join(`
`)}
  Drop ${stale.length === 1 ? "it" : "them"} with \`stowaway baseline --update\` (${path}).
`;
}
var baselineCommand = {
  name: "baseline",
  summary: "record current findings as accepted, so only new ones fail",
  help: `Usage: stowaway baseline [--update] [--baseline FILE] [options]

Scans every tracked file and writes the findings' fingerprints to
.stowaway-baseline.json (or FILE). \`scan\`, \`files\` and the hooks then accept
those findings and fail only on new ones. A fingerprint is a one-way hash of
rule, path and secret: the file holds no secret and no line numbers, so moving
lines changes nothing, while a new secret in the same file still fails.

  (no flag)              create the baseline; refuses to overwrite an existing one
      --update           rewrite it from a fresh scan: entries whose finding is gone
                         are dropped, current findings are accepted (both are listed)
      --baseline FILE    write FILE instead of the configured path (config "baseline")
  -c, --config FILE      use this config file (its allowlist and ignore apply)
  -q, --quiet            print nothing but errors

Commit the file. Review what it accepts: every entry is a credential someone
should rotate eventually.`,
  options: { config: commonOptions.config, baseline: commonOptions.baseline, quiet: commonOptions.quiet, help: commonOptions.help, update: { type: "boolean" } },
  allowPositionals: !1,
  async run(values) {
    let flags = readCommonFlags({ ...values, "no-baseline": !0 }), setup = await scanSetup(flags), { config, repo, root } = setup, path = flags.baseline ? resolve(flags.baseline) : isAbsolute(config.baseline) ? config.baseline : join(root, config.baseline), previous = readBaseline(path, !0), shown = relative(process.cwd(), path) || path;
    if (previous && !values.update) throw new UsageError(`${shown} already exists. Refresh it with \`stowaway baseline --update\`, or remove it first.`);
    let source = repo ? await trackedSource(repo, { paths: [], maxSize: config.maxFileSize }) : directorySource(root, config.maxFileSize), result = await runScan(source, { config }), rel = relative(root, path).split("\\").join("/"), entries = baselineEntries(result.findings.filter((f) => f.file !== rel)), file = { version: 1, entries };
    try {
      writeFileSync(path, JSON.stringify(file, null, 2) + `
`);
    } catch (e) {
      throw new UsageError(`cannot write ${shown}: ${e.code ?? e.message}. Create its directory, or pick another path with --baseline FILE.`);
    }
    if (!flags.quiet) {
      let out = [], before = new Set((previous ?? []).map((e) => e.fingerprint)), now = new Set(entries.map((e) => e.fingerprint));
      if (previous) {
        let added = entries.filter((e) => !before.has(e.fingerprint)), removed = previous.filter((e) => !now.has(e.fingerprint));
        for (let e of removed) out.push(`  - stale, removed: ${describe(e)}`);
        for (let e of added) out.push(`  + accepted: ${describe(e)}`);
        out.unshift(`Updated ${shown}: ${entries.length} accepted finding(s); ${added.length} added, ${removed.length} stale removed.`);
      } else {
        out.push(`Wrote ${shown}: ${entries.length} accepted finding(s) from ${result.stats.files} tracked file(s).`);
        for (let e of entries.slice(0, 20)) out.push(`  + ${describe(e)}`);
        entries.length > 20 && out.push(`  \u2026 and ${entries.length - 20} more`);
      }
      out.push(entries.length ? "Commit it. New findings still fail; accepted credentials should still be rotated." : "Nothing to accept: the repository is clean."), process.stdout.write(out.join(`
`) + `
`);
    }
    return 0;
  }
};

export {
  trackedSource,
  baselineEntries,
  staleReport,
  baselineCommand
};
