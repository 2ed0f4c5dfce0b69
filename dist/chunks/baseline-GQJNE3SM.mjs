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
} from "./chunk-FDGP3HP6.mjs";
import "./chunk-2OOYONDU.mjs";
import "./chunk-GZFKECZA.mjs";
import "./chunk-GK2LFM32.mjs";
import "./chunk-NPZOJUWH.mjs";
import "./chunk-5JG7I5FG.mjs";
import "./chunk-WTFMRPMV.mjs";
import "./chunk-HALNQ6GZ.mjs";
import "./chunk-PGD24PAN.mjs";
import "./chunk-6Z4X5OO2.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-B55MOOMQ.mjs";
import "./chunk-XIOCZ2UV.mjs";
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
