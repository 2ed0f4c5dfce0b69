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
import "./chunk-PQC6EPLC.mjs";
import {
  emitReport
} from "./chunk-DRCFVT7X.mjs";
import "./chunk-CKQ2Z3TD.mjs";
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

// lib/cli/commands/hook.ts
import { readFileSync } from "node:fs";

// lib/install/hook-messages.ts
var skipped = (hook) => `stowaway: ${hook} check skipped (STOWAWAY_SKIP=1)
`, commitBlocked = (ruleId) => `
stowaway blocked this commit. Remove the secret from the staged file (git add it again), and rotate it if it was ever shared.
  False positive? Add a comment on that line: stowaway:allow ${ruleId}   (or list it under allowlist: in .stowawayrc.yaml)
  Accept everything already known: npx stowaway baseline
  Emergency bypass: STOWAWAY_SKIP=1 git commit ...   (git commit --no-verify skips every hook)
`, mergeBlocked = (ruleId) => `
stowaway blocked this merge: the branch being merged brings in the findings above. Nothing was committed; the merge is left staged (git merge --abort backs out).
  Remove the secret from the branch where it was committed (rewrite those commits), rotate it if it was ever shared, then merge again.
  Pulled it from a remote? It is already published there: rotate it and tell whoever pushed it.
  False positive? Add a comment on that line: stowaway:allow ${ruleId}   (or list it under allowlist: in .stowawayrc.yaml)
  Emergency bypass: STOWAWAY_SKIP=1 git merge ...   (this merge: STOWAWAY_SKIP=1 git merge --continue; git merge --no-verify skips every hook)
`, pushBlocked = (ruleId) => `
stowaway blocked this push: the commits above add findings, and a push publishes every commit, not only the last.
  Rewrite those commits (git rebase -i <commit>^, or git commit --amend for the last one), rotate any leaked secret, then push again.
  False positive? Add a comment on that line: stowaway:allow ${ruleId}   (or list it under allowlist: in .stowawayrc.yaml)
  Emergency bypass: STOWAWAY_SKIP=1 git push ...   (git push --no-verify skips every hook)
`, pushNeedsInput = "stowaway hook pre-push reads the refs being pushed from stdin, as git writes them: run it from a pre-push hook (stowaway install), not by hand.";

// lib/install/push-updates.ts
var isZero = (sha) => /^0+$/.test(sha);
function parsePushUpdates(text) {
  let updates = [];
  for (let line of text.split(`
`)) {
    let parts = line.trim().split(/\s+/);
    if (parts.length !== 4) continue;
    let [localRef, localSha, remoteRef, remoteSha] = parts;
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return updates;
}
function updatesFromPreCommitEnv(env) {
  let zero = "0".repeat(40), to = env.PRE_COMMIT_TO_REF;
  return to ? [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH ?? to, localSha: to, remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? "", remoteSha: env.PRE_COMMIT_FROM_REF || zero }] : env.PRE_COMMIT_LOCAL_BRANCH && env.PRE_COMMIT_REMOTE_NAME ? [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH, localSha: env.PRE_COMMIT_LOCAL_BRANCH, remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? "", remoteSha: zero }] : [];
}
async function selectPushedCommits(root, remote, updates) {
  let notOnRemote = (sha) => [sha, "--not", `--remotes=${remote}`], out = [];
  for (let update of updates) {
    if (isZero(update.localSha)) {
      out.push({ update, kind: "delete", revArgs: null });
      continue;
    }
    if (isZero(update.remoteSha)) {
      out.push({ update, kind: "new", revArgs: notOnRemote(update.localSha) });
      continue;
    }
    (await runGit(["rev-list", "--max-count=1", `${update.remoteSha}..${update.localSha}`, "--"], root)).code === 0 ? out.push({ update, kind: "update", revArgs: [update.localSha, "--not", update.remoteSha, `--remotes=${remote}`] }) : out.push({ update, kind: "rewrite", revArgs: notOnRemote(update.localSha) });
  }
  return out;
}

// lib/cli/commands/hook.ts
var HOOKS = ["pre-commit", "pre-merge-commit", "pre-push"];
async function setupInRepo(flags, hook) {
  let setup = await scanSetup(flags);
  if (!setup.repo) throw new UsageError(`hook ${hook} runs inside a git repository, and ${process.cwd()} is not in one`);
  return setup;
}
async function report(result, flags, setup, target, blocked) {
  if (result.findings.length === 0 && flags.format === "pretty") return 0;
  let code = await emitReport(result, flags, setup.config, target);
  return code !== 0 && flags.format === "pretty" && !flags.output && process.stdout.write(blocked(result.findings[0]?.ruleId ?? "<rule-id>")), code;
}
async function preCommit(flags, hook) {
  let setup = await setupInRepo(flags, hook), addedOnly = setup.config.hook.scope === "added", source = await stagedSource(setup.repo, { addedOnly, maxSize: setup.config.maxFileSize }), result = await runScan(source, { config: setup.config, baseline: setup.baseline }), what = hook === "pre-merge-commit" ? "merge" : "commit";
  return report(result, flags, setup, addedOnly ? `the lines this ${what} adds` : `the files this ${what} changes`, hook === "pre-merge-commit" ? mergeBlocked : commitBlocked);
}
function readStdin() {
  if (process.stdin.isTTY) return "";
  try {
    return readFileSync(0, "utf8");
  } catch {
    return "";
  }
}
function mergeResults(results) {
  let seen = /* @__PURE__ */ new Set(), findings = [];
  for (let r of results)
    for (let f of r.findings) {
      let key = `${f.fingerprint}\0${f.commit}\0${f.line}\0${f.column}`;
      seen.has(key) || (seen.add(key), findings.push(f));
    }
  return {
    findings,
    stats: {
      files: results.reduce((n, r) => n + r.stats.files, 0),
      bytes: results.reduce((n, r) => n + r.stats.bytes, 0),
      skipped: results.flatMap((r) => r.stats.skipped),
      durationMs: results.reduce((n, r) => n + r.stats.durationMs, 0)
    },
    baselined: results.reduce((n, r) => n + r.baselined, 0),
    staleBaseline: []
  };
}
async function prePush(flags, args) {
  let input = readStdin(), updates = parsePushUpdates(input);
  if (updates.length || (updates = updatesFromPreCommitEnv(process.env)), !updates.length) {
    if (process.stdin.isTTY) throw new UsageError(pushNeedsInput);
    return 0;
  }
  let setup = await setupInRepo(flags, "pre-push"), remote = args[0] || process.env.PRE_COMMIT_REMOTE_NAME || "origin", selections = await selectPushedCommits(setup.repo.root, remote, updates), results = [], commits = 0;
  for (let s of selections) {
    if (!s.revArgs) continue;
    let source = await historySource(setup.repo, { revArgs: s.revArgs, maxSize: setup.config.maxFileSize });
    commits += source.commits.length, results.push(await runScan(source, { config: setup.config, baseline: setup.baseline }));
  }
  let refs = updates.map((u) => u.remoteRef || u.localRef).join(", ");
  return report(mergeResults(results), flags, setup, `${commits} commit(s) pushed to ${remote} (${refs})`, pushBlocked);
}
var hookCommand = {
  name: "hook",
  summary: "entry points the installed git hooks call (pre-commit, pre-merge-commit, pre-push)",
  help: `Usage: stowaway hook pre-commit|pre-merge-commit|pre-push [REMOTE URL] [options]

  pre-commit   scans what is about to be committed (the index, never the working
               tree): secrets on the lines the commit adds (config hook.scope: added),
               or in whole staged files (hook.scope: files), plus staged Dockerfiles
               and other checked files. Prints nothing when clean.
  pre-merge-commit
               the same scan for a clean \`git merge\`, which runs this hook instead
               of pre-commit: the staged merge result against HEAD, i.e. everything
               the merged branch brings in. A blocked merge stays staged, uncommitted.
  pre-push     reads git's pre-push stdin (<local ref> <sha> <remote ref> <sha> per
               line) and scans every blob the pushed commits add; each finding names
               its commit. New branches and tags scan what the remote does not have;
               deletes scan nothing. Under the pre-commit framework it reads
               PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF instead.

STOWAWAY_SKIP=1 skips the check (exit 0).

${commonHelp}`,
  options: { ...commonOptions },
  allowPositionals: !0,
  async run(values, positionals) {
    let [hook, ...args] = positionals;
    if (!hook || !HOOKS.includes(hook)) throw new UsageError(`hook needs one of ${HOOKS.join(", ")}${hook ? `, not "${hook}"` : ""}`);
    if (process.env.STOWAWAY_SKIP === "1")
      return process.stderr.write(skipped(hook)), 0;
    let flags = readCommonFlags(values);
    return hook === "pre-push" ? prePush(flags, args) : preCommit(flags, hook);
  }
};
export {
  hookCommand
};
