#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  commonHooksDir,
  gitHooksDir,
  planPlainUninstall,
  readHooksPath
} from "./chunk-7MQEJ3BO.mjs";
import {
  planHuskyUninstall
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
import "./chunk-2XQNTMWO.mjs";
import "./chunk-LJLWQKXH.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/cli/commands/uninstall.ts
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
var uninstallCommand = {
  name: "uninstall",
  summary: "remove the hooks stowaway installed and restore the ones it moved aside",
  help: `Usage: stowaway uninstall [--dry-run]

Removes only what \`stowaway install\` wrote: its marked wrappers in .git/hooks or a
repository-local core.hooksPath (a hook moved to <name>.pre-stowaway goes back,
byte-identical), and the \`stowaway hook\` lines it appended to .husky files.
Entries in .pre-commit-config.yaml or lefthook.yml are yours to remove.
      --dry-run          show what would change, write nothing`,
  options: { "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } },
  allowPositionals: !1,
  async run(values) {
    let dryRun = !!values["dry-run"], repo = await resolveRepo(process.cwd());
    if (!repo) throw new UsageError(`uninstall needs a git repository, and ${process.cwd()} is not inside one`);
    let setting = await readHooksPath(repo.root), local = !setting || setting.scope === "local" || setting.scope === "worktree", dirs = [await commonHooksDir(repo.root), ...local ? [await gitHooksDir(repo.root)] : []], seen = /* @__PURE__ */ new Set(), changes = [];
    for (let dir of dirs)
      seen.has(real(dir)) || (seen.add(real(dir)), changes.push(...planPlainUninstall(dir)));
    let husky = join(repo.root, ".husky");
    existsSync(husky) && !seen.has(real(husky)) && changes.push(...planHuskyUninstall(husky)), dryRun || applyChanges(changes);
    let out = [`stowaway uninstall${dryRun ? " (dry run)" : ""}:`];
    hasEffect(changes) ? out.push(describeChanges(changes, repo.root, dryRun)) : out.push("  nothing of stowaway's is installed here.");
    for (let name of [".pre-commit-config.yaml", "lefthook.yml", "lefthook.yaml", ".lefthook.yml"]) {
      let file = join(repo.root, name);
      existsSync(file) && /stowaway/.test(readFileSync(file, "utf8")) && out.push(`  ${name} still lists stowaway: remove its entries there by hand.`);
    }
    return process.stdout.write(out.join(`
`) + `
`), 0;
  }
};
export {
  uninstallCommand
};
