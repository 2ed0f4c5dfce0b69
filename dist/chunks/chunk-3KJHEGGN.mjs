#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  isComposePath
} from "./chunk-A4BTSDMJ.mjs";
import {
  require_micromatch
} from "./chunk-PMFHYRZH.mjs";
import {
  isCiWorkflowPath
} from "./chunk-JACFB5DP.mjs";
import {
  __toESM
} from "./chunk-OIENDWQO.mjs";

// lib/k8s/k8s-paths.ts
var import_micromatch = __toESM(require_micromatch());
var NOT_MANIFEST = /(^|\/)(pnpm-lock\.yaml|\.pre-commit-config\.yaml|\.pre-commit-hooks\.yaml|\.golangci\.ya?ml|mkdocs\.ya?ml|\.stowawayrc\.ya?ml)$/;
function isK8sPath(path, config) {
  return config.kubernetes.files.length && import_micromatch.default.isMatch(path, config.kubernetes.files, { dot: !0 }) ? !0 : !/\.ya?ml$/i.test(path) || NOT_MANIFEST.test(path) ? !1 : !isComposePath(path, config) && !isCiWorkflowPath(path);
}

export {
  isK8sPath
};
