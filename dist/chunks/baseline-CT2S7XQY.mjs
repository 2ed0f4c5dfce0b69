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
} from "./chunk-OZPVG6I7.mjs";
import "./chunk-WY7TYIWC.mjs";
import "./chunk-IL2VFYLU.mjs";
import "./chunk-MH5AELTZ.mjs";
import "./chunk-NPZOJUWH.mjs";
import "./chunk-5JG7I5FG.mjs";
import "./chunk-WTFMRPMV.mjs";
import "./chunk-I67ARTHO.mjs";
import "./chunk-B5FOTYQI.mjs";
import "./chunk-DW4FR6LU.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-B55MOOMQ.mjs";
import "./chunk-SXAACPSV.mjs";
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
