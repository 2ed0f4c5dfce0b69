#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  findSecretsInFile,
  secretsCatalogue
} from "./chunk-JKJCC6KS.mjs";
import "./chunk-OIW3BP32.mjs";
import "./chunk-ODEGJGZB.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/secrets/detector.ts
var secretsDetector = {
  name: "secrets",
  rules: secretsCatalogue(),
  wants: () => !0,
  detect: (file, ctx) => findSecretsInFile(file, ctx.config)
};
export {
  secretsDetector
};
