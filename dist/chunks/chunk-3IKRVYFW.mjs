#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/config/glob-match.ts
var micromatch = null;
function configGlobs(config) {
  return [...config.ignore, ...config.allowlist.paths, ...config.dockerfile.files, ...config.compose.files, ...config.kubernetes.files];
}
async function loadGlobMatcher(config) {
  if (micromatch || configGlobs(config).length === 0) return;
  let mod = await import("./micromatch-QAAXHXD5.mjs");
  micromatch = mod.default ?? mod;
}
function matchesGlob(path, globs) {
  if (globs.length === 0) return !1;
  if (!micromatch) throw new Error("internal: glob matcher used before loadGlobMatcher()");
  return micromatch.isMatch(path, globs, { dot: !0 });
}
function globMatcher(globs) {
  if (globs.length === 0) return null;
  if (!micromatch) throw new Error("internal: glob matcher used before loadGlobMatcher()");
  return micromatch.matcher(globs.length === 1 ? globs[0] : `{${globs.join(",")}}`, { dot: !0 });
}

export {
  loadGlobMatcher,
  matchesGlob,
  globMatcher
};
