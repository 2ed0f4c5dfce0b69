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
} from "./chunk-S5VE2YT7.mjs";
import "./chunk-WQ5LAB7L.mjs";
import "./chunk-57OI3R5U.mjs";
import "./chunk-YWNX4AHF.mjs";
import "./chunk-NPZOJUWH.mjs";
import "./chunk-5JG7I5FG.mjs";
import "./chunk-WTFMRPMV.mjs";
import "./chunk-HKHJJY3D.mjs";
import "./chunk-SRULZRNI.mjs";
import "./chunk-6QKW4TLK.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-B55MOOMQ.mjs";
import "./chunk-27W35DSO.mjs";
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
