#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  matchesGlob
} from "./chunk-3IKRVYFW.mjs";

// lib/compose/compose-paths.ts
var COMPOSE_NAME = /^(compose([.-][\w.-]+)?\.ya?ml|docker-compose[\w.-]*\.ya?ml|[\w.-]+\.compose\.ya?ml)$/i;
function isComposePath(path, config) {
  let base = path.slice(path.lastIndexOf("/") + 1);
  return COMPOSE_NAME.test(base) ? !0 : matchesGlob(path, config.compose.files);
}

export {
  isComposePath
};
