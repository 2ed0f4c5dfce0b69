#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  HUSKY_LINES,
  planHuskyInstall,
  planHuskyUninstall
} from "./chunk-77CELO5U.mjs";
import "./chunk-OIENDWQO.mjs";
export {
  HUSKY_LINES,
  planHuskyInstall,
  planHuskyUninstall
};
