#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/install/file-change.ts
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
function applyChanges(changes) {
  for (let c of changes)
    c.kind === "move" ? renameSync(c.from, c.to) : c.kind === "remove" ? rmSync(c.path, { force: !0 }) : c.kind === "write" && (mkdirSync(dirname(c.path), { recursive: !0 }), writeFileSync(c.path, c.content, { mode: c.mode }), chmodSync(c.path, c.mode));
}
function describeChanges(changes, base, dryRun) {
  let show = (p) => {
    let r = relative(base, p);
    return r.startsWith("..") ? p : r;
  }, verb = (done, would) => (dryRun ? would : done).padEnd(dryRun ? 12 : 9);
  return changes.map((c) => {
    switch (c.kind) {
      case "write":
        return `  ${verb("wrote", "would write")} ${show(c.path)}  (${c.why})`;
      case "move":
        return `  ${verb("moved", "would move")} ${show(c.from)} -> ${show(c.to)}  (${c.why})`;
      case "remove":
        return `  ${verb("removed", "would remove")} ${show(c.path)}  (${c.why})`;
      case "keep":
        return `  ${"unchanged".padEnd(dryRun ? 12 : 9)} ${show(c.path)}  (${c.why})`;
    }
  }).join(`
`);
}
var hasEffect = (changes) => changes.some((c) => c.kind !== "keep");

export {
  applyChanges,
  describeChanges,
  hasEffect
};
