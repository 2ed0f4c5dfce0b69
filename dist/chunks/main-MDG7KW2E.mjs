#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  ConfigError,
  UsageError
} from "./chunk-WTFMRPMV.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/cli/main.ts
import { parseArgs } from "node:util";
var COMMANDS = {
  scan: { summary: "scan tracked files, staged changes, or a directory", load: async () => (await import("./scan-HMCSXG52.mjs")).scanCommand },
  files: { summary: "scan exactly the given files (pre-commit framework, lint-staged)", load: async () => (await import("./files-FLDOILY2.mjs")).filesCommand },
  rules: { summary: "list every rule with its id, severity and description", load: async () => (await import("./rules-ZMMSBR3J.mjs")).rulesCommand },
  init: { summary: "write a commented config file", load: async () => (await import("./init-55CP3ALS.mjs")).initCommand },
  install: { summary: "install the pre-commit, pre-merge-commit and pre-push hooks (git hooks, core.hooksPath, husky)", load: async () => (await import("./install-NMCTOH2N.mjs")).installCommand },
  uninstall: { summary: "remove what install wrote and restore the previous hooks", load: async () => (await import("./uninstall-WFFDGE42.mjs")).uninstallCommand },
  hook: { summary: "entry points the installed hooks call: hook pre-commit, hook pre-merge-commit, hook pre-push", load: async () => (await import("./hook-UMLFC7DO.mjs")).hookCommand },
  baseline: { summary: "record current findings as accepted, so only new ones fail", load: async () => (await import("./baseline-RTS5ZJ35.mjs")).baselineCommand },
  image: { summary: "scan a saved image (docker save / OCI): config, history, every layer, deleted files", load: async () => (await import("./image-7GRCEPUX.mjs")).imageCommand }
}, BYPASS = "To commit anyway in an emergency: STOWAWAY_SKIP=1 git commit \u2026 (or git commit --no-verify).";
function mainHelp() {
  let width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return `Usage: stowaway <command> [options]

Keeps credentials and unsafe image-build instructions out of git and container images.

Commands:
${Object.entries(COMMANDS).map(([k, v]) => `  ${k.padEnd(width)}  ${v.summary}`).join(`
`)}

Run \`stowaway <command> --help\` for a command's options. \`stowaway --version\` prints the version.
`;
}
async function main(argv) {
  let [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help")
    return process.stdout.write(mainHelp()), name ? 0 : 2;
  if (name === "--version" || name === "-v" || name === "version")
    return process.stdout.write(`0.1.0
`), 0;
  let entry = COMMANDS[name];
  if (!entry)
    return process.stderr.write(`stowaway: unknown command "${name}"

${mainHelp()}`), 2;
  let command = await entry.load(), usage = command.help.split(`
`)[0];
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.allowPositionals, strict: !0 });
    } catch (e) {
      throw new UsageError(e.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
    }
    return parsed.values.help ? (process.stdout.write(command.help + `
`), 0) : await command.run(parsed.values, parsed.positionals);
  } catch (e) {
    if (e instanceof UsageError)
      return process.stderr.write(`stowaway ${name}: ${e.message}
${usage}
Run \`stowaway ${name} --help\` for details.
`), 2;
    if (e instanceof ConfigError)
      return process.stderr.write(`stowaway: configuration error in ${e.file}
  ${e.detail}
  Fix the file, or point --config / STOWAWAY_CONFIG elsewhere. ${BYPASS}
`), 2;
    let err = e;
    return process.stderr.write(`stowaway: internal error while running "${name}": ${err.message}
${process.env.STOWAWAY_DEBUG ? `${err.stack}
` : "Set STOWAWAY_DEBUG=1 for a stack trace. "}${BYPASS}
`), 2;
  }
}
export {
  main
};
