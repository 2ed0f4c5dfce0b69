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
} from "./chunk-L4AP3F6O.mjs";
import "./chunk-RWEYZFEH.mjs";
import "./chunk-QREOF536.mjs";
import "./chunk-NTNGVO6W.mjs";
import "./chunk-NPZOJUWH.mjs";
import "./chunk-5JG7I5FG.mjs";
import "./chunk-WTFMRPMV.mjs";
import "./chunk-JE4HBOXV.mjs";
import "./chunk-7IT54O7C.mjs";
import "./chunk-HBUAAOEX.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-B55MOOMQ.mjs";
import "./chunk-LQF46ZK4.mjs";
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
