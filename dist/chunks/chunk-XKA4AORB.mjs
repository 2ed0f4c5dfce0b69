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

// lib/dockerfile/file-names.ts
var import_micromatch = __toESM(require_micromatch()), NAME = /^(?:(?:Dockerfile|Containerfile)(?:\..+)?|.+\.(?:Dockerfile|dockerfile))$/;
function isDockerfilePath(path, config) {
  let base = path.slice(path.lastIndexOf("/") + 1);
  if (NAME.test(base) && !base.endsWith(".dockerignore")) return !0;
  let globs = config.dockerfile?.files;
  return !!globs?.length && import_micromatch.default.isMatch(path, globs, { dot: !0 });
}

export {
  isDockerfilePath
};
