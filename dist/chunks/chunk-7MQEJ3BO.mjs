#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  execGitText,
  runGit
} from "./chunk-5JG7I5FG.mjs";
import {
  hookWrapper,
  isStowawayWrapper
} from "./chunk-2XQNTMWO.mjs";

// lib/install/git-hooks-config.ts
import { isAbsolute, resolve } from "node:path";
async function readHooksPath(root) {
  let r = await runGit(["config", "--show-scope", "--show-origin", "--get", "core.hooksPath"], root);
  if (r.code !== 0) return null;
  let line = r.stdout.toString("utf8").replace(/\n$/, ""), [scope, origin, ...rest] = line.split("	"), value = rest.join("	");
  if (!value) return null;
  let expanded = value.startsWith("~/") ? resolve(process.env.HOME ?? "", value.slice(2)) : value;
  return {
    value,
    dir: isAbsolute(expanded) ? expanded : resolve(root, expanded),
    scope: ["system", "global", "local", "worktree", "command"].includes(scope) ? scope : "unknown",
    origin
  };
}
function gitHooksDir(root) {
  return execGitText(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], root);
}
async function commonHooksDir(root) {
  return resolve(await execGitText(["rev-parse", "--path-format=absolute", "--git-common-dir"], root), "hooks");
}

// lib/install/plain-hooks.ts
import { existsSync, lstatSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var MANAGED_HOOKS = ["pre-commit", "pre-merge-commit", "pre-push"], ASIDE_SUFFIX = ".pre-stowaway";
function exists(p) {
  try {
    return lstatSync(p), !0;
  } catch {
    return !1;
  }
}
function readText(p) {
  try {
    return readFileSync(p, "utf8");
  } catch {
    return null;
  }
}
var HookConflictError = class extends Error {
};
function planPlainInstall(dir) {
  let wrapper = hookWrapper(), changes = [];
  for (let name of MANAGED_HOOKS) {
    let target = join(dir, name), aside = target + ASIDE_SUFFIX;
    if (!exists(target)) {
      changes.push({ kind: "write", path: target, content: wrapper, mode: 493, why: existsSync(aside) ? `stowaway wrapper; runs ${name}${ASIDE_SUFFIX} first` : "stowaway wrapper" });
      continue;
    }
    let text = readText(target);
    if (text !== null && isStowawayWrapper(text)) {
      let current = text === wrapper && (statSync(target).mode & 511) === 493;
      changes.push(current ? { kind: "keep", path: target, why: "stowaway wrapper already installed" } : { kind: "write", path: target, content: wrapper, mode: 493, why: "stowaway wrapper updated" });
      continue;
    }
    if (exists(aside))
      throw new HookConflictError(
        `${target} is not stowaway's, and ${aside} already exists, so there is nowhere to move it aside.
  Merge or delete one of them by hand, then run \`stowaway install\` again.`
      );
    changes.push({ kind: "move", from: target, to: aside, why: "your existing hook, kept byte-for-byte; still runs first" }), changes.push({ kind: "write", path: target, content: wrapper, mode: 493, why: `stowaway wrapper; runs ${name}${ASIDE_SUFFIX} first` });
  }
  return changes;
}
function planPlainUninstall(dir) {
  let changes = [];
  for (let name of MANAGED_HOOKS) {
    let target = join(dir, name), aside = target + ASIDE_SUFFIX;
    if (!exists(target)) continue;
    let text = readText(target);
    text === null || !isStowawayWrapper(text) || (changes.push({ kind: "remove", path: target, why: "stowaway wrapper" }), exists(aside) && changes.push({ kind: "move", from: aside, to: target, why: "your previous hook, restored" }));
  }
  return changes;
}

export {
  readHooksPath,
  gitHooksDir,
  commonHooksDir,
  HookConflictError,
  planPlainInstall,
  planPlainUninstall
};
