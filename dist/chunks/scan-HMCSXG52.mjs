#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  historySource,
  stagedSource
} from "./chunk-A6HP4VUK.mjs";
import {
  progressWanted,
  startProgress
} from "./chunk-CMHCLRPO.mjs";
import {
  staleReport,
  trackedSource
} from "./chunk-MH7G7ZQE.mjs";
import "./chunk-PQC6EPLC.mjs";
import {
  emitReport
} from "./chunk-DRCFVT7X.mjs";
import "./chunk-CKQ2Z3TD.mjs";
import {
  directorySource,
  filesSource
} from "./chunk-HN6KUNMV.mjs";
import {
  commonHelp,
  commonOptions,
  readCommonFlags,
  runScan,
  scanSetup
} from "./chunk-LFSICTJT.mjs";
import "./chunk-NPZOJUWH.mjs";
import {
  runGit
} from "./chunk-5JG7I5FG.mjs";
import "./chunk-PRG7DEZO.mjs";
import {
  UsageError
} from "./chunk-WTFMRPMV.mjs";
import "./chunk-XCLPTNTB.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-RBNL6D7Y.mjs";
import "./chunk-7TQMVGAF.mjs";
import "./chunk-6JWLCDB2.mjs";
import "./chunk-3IKRVYFW.mjs";
import "./chunk-JACFB5DP.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/cli/commands/scan.ts
import { relative, resolve } from "node:path";

// lib/cli/history-selection.ts
async function mustResolve(root, rev, flag) {
  if ((await runGit(["rev-parse", "--verify", "-q", "--end-of-options", `${rev}^{commit}`], root)).code !== 0) throw new UsageError(`${flag}: "${rev}" is not a commit in this repository (try a branch, tag or commit id; \`git fetch\` first if it is remote)`);
}
async function historySelection(root, v) {
  if (v.range !== void 0) {
    if (v.history || v.since !== void 0) throw new UsageError("--range names the commits itself; drop --history / --since");
    let m = /^(.*?)(\.\.\.?)(.*)$/.exec(v.range);
    if (!m || v.range.startsWith("-")) throw new UsageError(`--range needs A..B (commits in B that are not in A), not "${v.range}"`);
    return m[1] && await mustResolve(root, m[1], "--range"), m[3] && await mustResolve(root, m[3], "--range"), { revArgs: [v.range], describe: `commits in ${v.range}` };
  }
  if (v.since !== void 0) {
    if (!v.since || v.since.startsWith("-")) throw new UsageError("--since needs a revision (a commit, tag or branch)");
    return await mustResolve(root, v.since, "--since"), v.history ? { revArgs: ["--all", "--not", v.since], describe: `commits on any ref since ${v.since}` } : { revArgs: [`${v.since}..HEAD`], describe: `commits since ${v.since}` };
  }
  return { revArgs: ["--all"], describe: "history of all refs" };
}

// lib/findings/first-introduction.ts
function firstIntroduction(findings, commitIndex) {
  let first = /* @__PURE__ */ new Map(), order = (f) => f.commit ? commitIndex.get(f.commit) ?? 1 / 0 : 1 / 0;
  for (let f of findings) {
    let key = f.fingerprint ?? `${f.ruleId}\0${f.file}\0${f.secret}`, seen = first.get(key);
    (!seen || order(f) < order(seen)) && first.set(key, f);
  }
  let kept = new Set(first.values());
  return findings.filter((f) => kept.has(f));
}

// lib/cli/commands/scan.ts
var scanCommand = {
  name: "scan",
  summary: "scan tracked files, staged changes, or a directory",
  help: `Usage: stowaway scan [PATH...] [--staged [--added-only]] [--history] [--since REV] [--range A..B] [options]

Scans for secrets and unsafe Dockerfile instructions.
  (no arguments)         every tracked file of the repository, as the index holds it
  PATH...                tracked files under these paths; outside git, these files and directories
      --staged           what is about to be committed: the index, never the working tree
      --added-only       with --staged: only the lines the staged change adds
      --history          every blob any commit on any ref introduced (git log --all)
      --since REV        blobs introduced by commits on HEAD after REV (REV..HEAD);
                         with --history, by commits on any ref after REV
      --range A..B       blobs introduced by the commits in A..B (as git log A..B)
  History findings name the commit that first introduced the secret, its author
  date and the path; each blob is read once, however many commits keep it.

${commonHelp}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error.`,
  options: {
    ...commonOptions,
    staged: { type: "boolean" },
    "added-only": { type: "boolean" },
    history: { type: "boolean" },
    since: { type: "string" },
    range: { type: "string" }
  },
  allowPositionals: !0,
  async run(values, positionals) {
    let flags = readCommonFlags(values);
    if (values["added-only"] && !values.staged) throw new UsageError("--added-only works with --staged");
    let setup = await scanSetup(flags), { config, repo } = setup, source, target, deep = !!values.history || values.since !== void 0 || values.range !== void 0, commitIndex = null;
    if (deep) {
      if (values.staged) throw new UsageError("--staged and --history/--since/--range are different scans; pick one");
      if (positionals.length) throw new UsageError("history scans cover whole commits; drop the paths");
      if (!repo) throw new UsageError("--history, --since and --range need a git repository, and the current directory is not inside one");
      let sel = await historySelection(repo.root, values), history = await historySource(repo, { revArgs: sel.revArgs, maxSize: config.maxFileSize });
      commitIndex = new Map(history.commits.map((c, i) => [c.sha, i])), source = history, target = `${sel.describe} (${history.commits.length} commit${history.commits.length === 1 ? "" : "s"})`;
    } else if (values.staged) {
      if (positionals.length) throw new UsageError("--staged scans the whole index; drop the paths");
      if (!repo) throw new UsageError("--staged needs a git repository, and the current directory is not inside one");
      source = await stagedSource(repo, { addedOnly: !!values["added-only"], maxSize: config.maxFileSize }), target = values["added-only"] ? "added lines of staged changes" : "staged changes";
    } else if (repo) {
      let paths = positionals.map((p) => relative(repo.root, resolve(p)).split("\\").join("/")), outside = paths.find((p) => p.startsWith(".."));
      if (outside !== void 0) throw new UsageError(`${outside} is outside the repository at ${repo.root}`);
      source = await trackedSource(repo, { paths: paths.filter((p) => p !== ""), maxSize: config.maxFileSize }), target = paths.length ? paths.join(", ") : "tracked files";
    } else positionals.length ? (source = filesSource(positionals, setup.root, config.maxFileSize), target = positionals.join(", ")) : (source = directorySource(setup.root, config.maxFileSize), target = setup.root);
    let full = !deep && !values.staged && positionals.length === 0, lastCommit = 0, progress = startProgress(
      (deep || full) && progressWanted(flags),
      deep ? "scanning history" : "scanning",
      commitIndex ? () => commitIndex.size ? lastCommit / commitIndex.size : null : void 0
    ), onBlob = progress.onBlob && ((b) => {
      commitIndex && b.commit && (lastCommit = (commitIndex.get(b.commit) ?? lastCommit) + 1), progress.onBlob(b);
    }), result;
    try {
      result = await runScan(source, { config, baseline: setup.baseline, onBlob });
    } finally {
      progress.stop();
    }
    return commitIndex && (result.findings = firstIntroduction(result.findings, commitIndex)), full && setup.baselinePath && !flags.quiet && process.stderr.write(staleReport(setup.baselinePath, result.staleBaseline)), emitReport(result, flags, config, target);
  }
};
export {
  scanCommand
};
