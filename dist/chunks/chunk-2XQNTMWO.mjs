#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  packageRoot
} from "./chunk-LJLWQKXH.mjs";

// lib/install/templates.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
function readTemplate(name) {
  return readFileSync(join(packageRoot(), "templates", name), "utf8");
}
function hookWrapper() {
  return readFileSync(join(packageRoot(), "hooks", "stowaway-hook.sh"), "utf8").replace(/\r\n/g, `
`);
}
var WRAPPER_MARKER = "# stowaway-managed hook", isStowawayWrapper = (text) => text.includes(WRAPPER_MARKER);

export {
  readTemplate,
  hookWrapper,
  WRAPPER_MARKER,
  isStowawayWrapper
};
