#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  findConfigFile
} from "./chunk-NPZOJUWH.mjs";
import {
  resolveRepo
} from "./chunk-5JG7I5FG.mjs";
import {
  UsageError
} from "./chunk-WTFMRPMV.mjs";
import {
  packageRoot
} from "./chunk-LJLWQKXH.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/cli/commands/init.ts
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
var INTEGRATIONS = ["husky", "pre-commit", "github-actions", "lefthook"];
function writeNew(root, target, content, force) {
  let shown = relative(root, target);
  return existsSync(target) && !force ? `${shown} already exists; left alone (--force overwrites).` : (mkdirSync(dirname(target), { recursive: !0 }), writeFileSync(target, content), `wrote ${shown}`);
}
async function withIntegration(name, root, force) {
  let { readTemplate } = await import("./templates-JEGXMAQA.mjs");
  switch (name) {
    case "husky": {
      let husky = join(root, ".husky");
      if (!existsSync(husky)) return `No .husky folder yet. Set husky up first, then add stowaway:
  npx husky init && npx stowaway init --with husky

${readTemplate("husky.txt")}`;
      let { planHuskyInstall } = await import("./husky-hooks-3JQRNE3I.mjs"), { applyChanges, describeChanges } = await import("./file-change-YN2SJL2W.mjs"), changes = planHuskyInstall(husky);
      return applyChanges(changes), `husky:
${describeChanges(changes, root, !1)}`;
    }
    case "pre-commit": {
      let target = join(root, ".pre-commit-config.yaml"), snippet = readTemplate("pre-commit-config.yaml");
      return existsSync(target) && !force ? `.pre-commit-config.yaml exists; add this to it, then run \`pre-commit install --hook-type pre-commit --hook-type pre-merge-commit --hook-type pre-push\`:

${snippet}` : `${writeNew(root, target, snippet, force)}
  next: pre-commit install --hook-type pre-commit --hook-type pre-merge-commit --hook-type pre-push`;
    }
    case "github-actions":
      return writeNew(root, join(root, ".github", "workflows", "stowaway.yml"), readTemplate("github-actions.yml"), force);
    case "lefthook":
      return `Add this to lefthook.yml, then run \`npx lefthook install\`:

${readTemplate("lefthook.yml")}`;
    default:
      throw new UsageError(`--with takes ${INTEGRATIONS.join(", ")}, not "${name}"`);
  }
}
var initCommand = {
  name: "init",
  summary: "write a commented config file (.stowawayrc.yaml)",
  help: `Usage: stowaway init [--with husky|pre-commit|github-actions|lefthook]... [--force]

Writes .stowawayrc.yaml at the repository root from the packaged template.
Refuses to overwrite an existing config unless --force.
  --with husky           append \`stowaway hook pre-commit\` / \`pre-push\` to .husky files
  --with pre-commit      write .pre-commit-config.yaml (or print the snippet when it exists)
  --with github-actions  write .github/workflows/stowaway.yml (SARIF upload to code scanning)
  --with lefthook        print the lefthook.yml snippet`,
  options: { force: { type: "boolean" }, with: { type: "string", multiple: !0 }, help: { type: "boolean", short: "h" } },
  allowPositionals: !1,
  async run(values) {
    let integrations = (values.with ?? []).flatMap((w) => w.split(",")), bad = integrations.find((w) => !INTEGRATIONS.includes(w));
    if (bad !== void 0) throw new UsageError(`--with takes ${INTEGRATIONS.join(", ")}, not "${bad}"`);
    let root = (await resolveRepo(process.cwd()))?.root ?? process.cwd(), existing = findConfigFile(root), target = join(root, ".stowawayrc.yaml");
    existing && !values.force ? process.stderr.write(`stowaway: a config already exists at ${existing}; nothing written (use --force to write ${target} anyway).
`) : (!existsSync(target) || values.force) && (writeFileSync(target, readFileSync(join(packageRoot(), "templates", "stowawayrc.yaml"), "utf8")), process.stdout.write(`wrote ${target}
`));
    for (let name of integrations) process.stdout.write(`${await withIntegration(name, root, !!values.force)}
`);
    return 0;
  }
};
export {
  initCommand
};
