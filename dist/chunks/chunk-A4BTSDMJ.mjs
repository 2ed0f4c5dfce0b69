#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  require_micromatch
} from "./chunk-PMFHYRZH.mjs";
import {
  __toESM
} from "./chunk-OIENDWQO.mjs";

// lib/compose/compose-paths.ts
var import_micromatch = __toESM(require_micromatch()), COMPOSE_NAME = /^(compose(\.[\w.-]+)?\.ya?ml|docker-compose[\w.-]*\.ya?ml)$/i;
function isComposePath(path, config) {
  let base = path.slice(path.lastIndexOf("/") + 1);
  return COMPOSE_NAME.test(base) ? !0 : config.compose.files.length > 0 && import_micromatch.default.isMatch(path, config.compose.files, { dot: !0 });
}

export {
  isComposePath
};
