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
} from "./chunk-GZPCDPB6.mjs";
import "./chunk-PUQMQUL5.mjs";
import "./chunk-TAYQMBVX.mjs";
import "./chunk-PDPQ7Y7V.mjs";
import "./chunk-WZK5F6RC.mjs";
import "./chunk-5JG7I5FG.mjs";
import "./chunk-WTFMRPMV.mjs";
import "./chunk-HWG2E66T.mjs";
import "./chunk-7J3R7DY7.mjs";
import "./chunk-ZIV5PLDY.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-XKA4AORB.mjs";
import "./chunk-3KJHEGGN.mjs";
import "./chunk-A4BTSDMJ.mjs";
import "./chunk-PMFHYRZH.mjs";
import "./chunk-CTQZMYZF.mjs";
import "./chunk-JACFB5DP.mjs";
import "./chunk-OIENDWQO.mjs";
export {
  baselineCommand,
  baselineEntries,
  staleReport
};
