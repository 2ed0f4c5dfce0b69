#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  SCAN_WORKER_FLAG,
  startScanWorker
} from "./chunk-PRG7DEZO.mjs";
import "./chunk-XCLPTNTB.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-RBNL6D7Y.mjs";
import "./chunk-7TQMVGAF.mjs";
import "./chunk-6JWLCDB2.mjs";
import "./chunk-3IKRVYFW.mjs";
import "./chunk-JACFB5DP.mjs";
import "./chunk-OIENDWQO.mjs";
export {
  SCAN_WORKER_FLAG,
  startScanWorker
};
