#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  WRAPPER_MARKER,
  hookWrapper,
  isStowawayWrapper,
  readTemplate
} from "./chunk-2XQNTMWO.mjs";
import "./chunk-LJLWQKXH.mjs";
import "./chunk-OIENDWQO.mjs";
export {
  WRAPPER_MARKER,
  hookWrapper,
  isStowawayWrapper,
  readTemplate
};
