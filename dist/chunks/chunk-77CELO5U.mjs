#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/install/husky-hooks.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var HUSKY_LINES = {
  "pre-commit": "stowaway hook pre-commit",
  // husky 9 wires .husky/_/pre-merge-commit too; a clean merge runs it instead of pre-commit.
  "pre-merge-commit": "stowaway hook pre-merge-commit",
  "pre-push": 'stowaway hook pre-push "$@"'
}, NEWLINE_NOTE = "  # stowaway: newline added before this line", modeOf = (path) => statSync(path).mode & 511, mentions = (text, hook) => new RegExp(`^[^#\\n]*\\bstowaway(\\.cjs)?["']?\\s+hook\\s+${hook}\\b`, "m").test(text);
function planHuskyInstall(huskyDir) {
  let changes = [];
  for (let [hook, line] of Object.entries(HUSKY_LINES)) {
    let path = join(huskyDir, hook);
    if (!existsSync(path)) {
      changes.push({ kind: "write", path, content: `${line}
`, mode: 493, why: "new husky hook" });
      continue;
    }
    let text = readFileSync(path, "utf8");
    if (mentions(text, hook)) {
      changes.push({ kind: "keep", path, why: `already runs stowaway hook ${hook}` });
      continue;
    }
    let appended = text === "" || text.endsWith(`
`) ? `${text}${line}
` : `${text}
${line}${NEWLINE_NOTE}
`;
    changes.push({ kind: "write", path, content: appended, mode: modeOf(path), why: `appended \`${line}\`` });
  }
  return changes;
}
function planHuskyUninstall(huskyDir) {
  let changes = [];
  for (let [hook, line] of Object.entries(HUSKY_LINES)) {
    let path = join(huskyDir, hook);
    if (!existsSync(path)) continue;
    let text = readFileSync(path, "utf8"), eol = `
`;
    if (text === `${line}${eol}`) {
      changes.push({ kind: "remove", path, why: "husky hook stowaway created" });
      continue;
    }
    let restored = null;
    text.endsWith(`${eol}${line}${NEWLINE_NOTE}${eol}`) ? restored = text.slice(0, -`${eol}${line}${NEWLINE_NOTE}${eol}`.length) : text.endsWith(`${line}${eol}`) ? restored = text.slice(0, -`${line}${eol}`.length) : text.includes(`${line}${eol}`) && (restored = text.replace(`${line}${eol}`, "")), restored !== null && changes.push({ kind: "write", path, content: restored, mode: modeOf(path), why: `removed \`${line}\`` });
  }
  return changes;
}

export {
  HUSKY_LINES,
  planHuskyInstall,
  planHuskyUninstall
};
