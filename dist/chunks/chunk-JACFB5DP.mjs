#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/ci-workflows/ci-paths.ts
function isCiWorkflowPath(path) {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || /(^|\/)\.gitlab-ci\.ya?ml$/i.test(path);
}
function ciFlavour(path) {
  return /\.gitlab-ci\.ya?ml$/i.test(path) ? "gitlab" : "github";
}

export {
  isCiWorkflowPath,
  ciFlavour
};
