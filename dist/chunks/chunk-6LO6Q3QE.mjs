#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  isComposePath
} from "./chunk-6I2X3H25.mjs";
import {
  matchesGlob
} from "./chunk-3IKRVYFW.mjs";
import {
  isCiWorkflowPath
} from "./chunk-JACFB5DP.mjs";

// lib/k8s/k8s-paths.ts
var NOT_MANIFEST = /(^|\/)(pnpm-lock\.yaml|\.pre-commit-config\.yaml|\.pre-commit-hooks\.yaml|\.golangci\.ya?ml|mkdocs\.ya?ml|\.stowawayrc\.ya?ml)$/;
function isK8sPath(path, config) {
  return matchesGlob(path, config.kubernetes.files) ? !0 : !/\.ya?ml$/i.test(path) || NOT_MANIFEST.test(path) ? !1 : !isComposePath(path, config) && !isCiWorkflowPath(path);
}

export {
  isK8sPath
};
