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
} from "./chunk-HYNCI72Y.mjs";
import "./chunk-WT6KVM4N.mjs";
import "./chunk-ZIKJ2TAH.mjs";
import "./chunk-PVGUG4DP.mjs";
import "./chunk-NPZOJUWH.mjs";
import "./chunk-5JG7I5FG.mjs";
import "./chunk-WTFMRPMV.mjs";
import "./chunk-25RSXQ3R.mjs";
import "./chunk-P6HVTR3Q.mjs";
import "./chunk-6YUNXCUV.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-B55MOOMQ.mjs";
import "./chunk-HZWCJFPY.mjs";
import "./chunk-6LO6Q3QE.mjs";
import "./chunk-6I2X3H25.mjs";
import "./chunk-3IKRVYFW.mjs";
import "./chunk-CTQZMYZF.mjs";
import "./chunk-JACFB5DP.mjs";
import "./chunk-OIENDWQO.mjs";
export {
  baselineCommand,
  baselineEntries,
  staleReport
};
