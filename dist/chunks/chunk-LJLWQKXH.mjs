#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/cli/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
var cached = null;
function packageRoot() {
  if (cached) return cached;
  let dir = __dirname;
  for (; ; ) {
    let pkg = join(dir, "package.json");
    if (existsSync(pkg))
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "stowaway") return cached = dir;
      } catch {
      }
    let up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the stowaway package folder above ${__dirname}`);
    dir = up;
  }
}

export {
  packageRoot
};
