#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  baselineCommand,
  baselineEntries,
  staleReport
} from "./chunk-DLD5RW6J.mjs";
import "./chunk-KN4PFBM2.mjs";
import "./chunk-VEFPF3ZM.mjs";
import "./chunk-X4PEKU2W.mjs";
import "./chunk-NPZOJUWH.mjs";
import "./chunk-5JG7I5FG.mjs";
import "./chunk-ZMGTRLD7.mjs";
import "./chunk-WTFMRPMV.mjs";
import "./chunk-XCLPTNTB.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-RBNL6D7Y.mjs";
import "./chunk-7TQMVGAF.mjs";
import "./chunk-6JWLCDB2.mjs";
import "./chunk-3IKRVYFW.mjs";
import "./chunk-JACFB5DP.mjs";
import "./chunk-OIENDWQO.mjs";
export {
  baselineCommand,
  baselineEntries,
  staleReport
};
