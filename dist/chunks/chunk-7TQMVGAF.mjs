#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  isComposePath
} from "./chunk-6JWLCDB2.mjs";
import {
  matchesGlob
} from "./chunk-3IKRVYFW.mjs";
import {
  isCiWorkflowPath
} from "./chunk-JACFB5DP.mjs";

// lib/k8s/k8s-paths.ts
var NOT_MANIFEST = /(^|\/)(pnpm-lock\.yaml|\.pre-commit-config\.yaml|\.pre-commit-hooks\.yaml|\.golangci\.ya?ml|mkdocs\.ya?ml|\.stowawayrc\.ya?ml)$/, NOT_MANIFEST_JSON = /(^|\/)(package(-lock)?\.json|composer\.(json|lock)|[\w.-]*lock\.json|tsconfig[\w.-]*\.json|\.vscode\/[^/]+\.json)$/i;
function isK8sPath(path, config) {
  return matchesGlob(path, config.kubernetes.files) ? !0 : /\.json$/i.test(path) ? !NOT_MANIFEST_JSON.test(path) : !/\.ya?ml$/i.test(path) || NOT_MANIFEST.test(path) ? !1 : !isComposePath(path, config) && !isCiWorkflowPath(path);
}
function jsonManifestText(path, text) {
  return !/\.json$/i.test(path) || text.includes('"apiVersion"') && text.includes('"kind"');
}

export {
  isK8sPath,
  jsonManifestText
};
