#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  HookConflictError,
  gitHooksDir,
  planPlainInstall,
  readHooksPath
} from "./chunk-7MQEJ3BO.mjs";
import {
  planHuskyInstall
} from "./chunk-77CELO5U.mjs";
import {
  applyChanges,
  describeChanges,
  hasEffect
} from "./chunk-KS4SZ5US.mjs";
import {
  resolveRepo
} from "./chunk-5JG7I5FG.mjs";
import {
  UsageError
} from "./chunk-WTFMRPMV.mjs";
import {
  readTemplate
} from "./chunk-2XQNTMWO.mjs";
import "./chunk-LJLWQKXH.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/install/detect-layout.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
var PRE_COMMIT_CONFIGS = [".pre-commit-config.yaml", ".pre-commit-config.yml"], LEFTHOOK_CONFIGS = ["lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml", "lefthook.json", ".lefthook.json", "lefthook.toml", ".lefthook.toml"];
function huskyDirOf(dir) {
  let parts = dir.split(sep);
  return parts[parts.length - 1] === "_" && parts[parts.length - 2] === ".husky" ? dirname(dir) : parts[parts.length - 1] === ".husky" ? dir : null;
}
function dependsOnHusky(root) {
  try {
    let pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    return !!(pkg?.devDependencies?.husky || pkg?.dependencies?.husky);
  } catch {
    return !1;
  }
}
async function detectLayout(root) {
  let preCommit = PRE_COMMIT_CONFIGS.map((n) => join(root, n)).find((p) => existsSync(p));
  if (preCommit) return { kind: "pre-commit-framework", configFile: preCommit };
  let setting = await readHooksPath(root), local = setting && (setting.scope === "local" || setting.scope === "worktree"), husky = local ? huskyDirOf(setting.dir) : null;
  if (husky) return { kind: "husky", huskyDir: husky, hooksPathSet: !0 };
  if (!setting && existsSync(join(root, ".husky")) && dependsOnHusky(root)) return { kind: "husky", huskyDir: join(root, ".husky"), hooksPathSet: !1 };
  let lefthook2 = LEFTHOOK_CONFIGS.map((n) => join(root, n)).find((p) => existsSync(p));
  return lefthook2 ? { kind: "lefthook", configFile: lefthook2 } : setting && !local ? { kind: "shared-hooks-path", setting } : setting ? { kind: "hooks-dir", dir: setting.dir, via: "core.hooksPath" } : { kind: "hooks-dir", dir: await gitHooksDir(root), via: "git-dir" };
}

// lib/install/install-messages.ts
var sharedHooksPath = (s) => `stowaway install: not installing. core.hooksPath is set to ${s.value} in your ${s.scope} git config (${s.origin.replace(/^file:/, "")}).
  Git runs the hooks in ${s.dir} for every repository on this machine and ignores .git/hooks,
  so stowaway will not write there: that would change every repository, not this one.
  Choose one:
    - run stowaway from your shared hooks: add these lines to the scripts in ${s.dir}
        ${s.dir}/pre-commit:        stowaway hook pre-commit
        ${s.dir}/pre-merge-commit:  stowaway hook pre-merge-commit
        ${s.dir}/pre-push:          stowaway hook pre-push "$@"
    - or give this repository its own hooks, then install:
        git config core.hooksPath .git/hooks && npx stowaway install
`, preCommitFramework = (file, snippet) => `stowaway install: ${file} is here, so the pre-commit framework runs this repository's hooks;
stowaway leaves .git/hooks alone. Add stowaway to ${file}:

${snippet}`, lefthook = (file, snippet) => `stowaway install: ${file} is here, so lefthook runs this repository's hooks;
stowaway leaves .git/hooks alone. Add stowaway to ${file}:

${snippet}`, huskyNotActive = "  note: git does not use .husky yet (core.hooksPath is unset). Run `npm install` (husky's prepare script) or `npx husky`.", installed = (dryRun) => dryRun ? "Nothing written (--dry-run)." : "Done: commits, merges and pushes are checked. Skip once: STOWAWAY_SKIP=1 git commit ...  Undo: npx stowaway uninstall", alreadyInstalled = "Already installed; nothing to change.";

// lib/cli/commands/install.ts
var installCommand = {
  name: "install",
  summary: "install the pre-commit, pre-merge-commit and pre-push hooks (plain git hooks, core.hooksPath, husky)",
  help: `Usage: stowaway install [--dry-run]

Works out what runs this repository's hooks and acts on it:
  .pre-commit-config.yaml   prints the snippet to add; hooks are left alone
  husky (.husky)            appends \`stowaway hook pre-commit\` / \`pre-merge-commit\` / \`pre-push\`
                            to the .husky files of the same names
  lefthook config           prints the snippet to add
  global core.hooksPath     refuses, and explains the choices
  otherwise                 writes POSIX sh wrappers for pre-commit, pre-merge-commit (run by
                            a clean \`git merge\` instead of pre-commit) and pre-push into
                            core.hooksPath or .git/hooks (shared by linked worktrees).
                            An existing hook is moved to <name>.pre-stowaway and still runs first.

Running it again changes nothing. Undo with \`stowaway uninstall\`.
      --dry-run          show what would change, write nothing`,
  options: { "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } },
  allowPositionals: !1,
  async run(values) {
    let dryRun = !!values["dry-run"], repo = await resolveRepo(process.cwd());
    if (!repo) throw new UsageError(`install needs a git repository, and ${process.cwd()} is not inside one (run \`git init\` first)`);
    let layout = await detectLayout(repo.root), changes, heading, note = "";
    switch (layout.kind) {
      case "pre-commit-framework":
        return process.stdout.write(preCommitFramework(layout.configFile, readTemplate("pre-commit-config.yaml"))), 0;
      case "lefthook":
        return process.stdout.write(lefthook(layout.configFile, readTemplate("lefthook.yml"))), 0;
      case "shared-hooks-path":
        return process.stderr.write(sharedHooksPath(layout.setting)), 2;
      case "husky":
        changes = planHuskyInstall(layout.huskyDir), heading = `stowaway install: husky hooks in ${layout.huskyDir}`, layout.hooksPathSet || (note = huskyNotActive);
        break;
      case "hooks-dir":
        try {
          changes = planPlainInstall(layout.dir);
        } catch (e) {
          if (e instanceof HookConflictError)
            return process.stderr.write(`stowaway install: ${e.message}
`), 2;
          throw e;
        }
        heading = `stowaway install: git hooks in ${layout.dir}${layout.via === "core.hooksPath" ? " (core.hooksPath)" : ""}`;
        break;
    }
    dryRun || applyChanges(changes);
    let lines = [heading, describeChanges(changes, repo.root, dryRun)];
    return note && lines.push(note), lines.push(hasEffect(changes) ? installed(dryRun) : alreadyInstalled), process.stdout.write(lines.join(`
`) + `
`), 0;
  }
};
export {
  installCommand
};
