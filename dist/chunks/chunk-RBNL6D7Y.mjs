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

// lib/dockerfile/file-names.ts
var NAME = /^(?:(?:Dockerfile|Containerfile)(?:[._-].+)?|.+\.(?:Dockerfile|dockerfile))$/;
function isDockerfilePath(path, config) {
  let base = path.slice(path.lastIndexOf("/") + 1);
  if (NAME.test(base) && !base.endsWith(".dockerignore")) return !0;
  let globs = config.dockerfile?.files;
  return !!globs?.length && matchesGlob(path, globs);
}

export {
  isDockerfilePath
};
