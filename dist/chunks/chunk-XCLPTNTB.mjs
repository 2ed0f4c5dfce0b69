#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  isDockerfilePath
} from "./chunk-RBNL6D7Y.mjs";
import {
  isK8sPath,
  jsonManifestText
} from "./chunk-7TQMVGAF.mjs";
import {
  isComposePath
} from "./chunk-6JWLCDB2.mjs";
import {
  isCiWorkflowPath
} from "./chunk-JACFB5DP.mjs";

// lib/detectors/registry.ts
var detectorEntries = [
  { name: "secrets", wants: () => !0, load: async () => (await import("./detector-ELOUW5R4.mjs")).secretsDetector },
  { name: "dockerfile", wants: isDockerfilePath, load: async () => (await import("./detector-O4ZLOLQM.mjs")).dockerfileDetector },
  { name: "compose", wants: isComposePath, load: async () => (await import("./detector-HRHHNOTM.mjs")).composeDetector },
  { name: "k8s", wants: isK8sPath, wantsText: jsonManifestText, load: async () => (await import("./detector-UYW4MXXK.mjs")).k8sDetector },
  { name: "ci", wants: (path) => isCiWorkflowPath(path), load: async () => (await import("./detector-KSD7YXY7.mjs")).ciDetector }
];
async function loadAllDetectors() {
  return Promise.all(detectorEntries.map((e) => e.load()));
}

export {
  detectorEntries,
  loadAllDetectors
};
