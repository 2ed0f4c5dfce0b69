#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  emitReport
} from "./chunk-DRCFVT7X.mjs";
import "./chunk-CKQ2Z3TD.mjs";
import {
  filesSource
} from "./chunk-HN6KUNMV.mjs";
import {
  commonHelp,
  commonOptions,
  readCommonFlags,
  runScan,
  scanSetup
} from "./chunk-LFSICTJT.mjs";
import "./chunk-NPZOJUWH.mjs";
import "./chunk-5JG7I5FG.mjs";
import "./chunk-PRG7DEZO.mjs";
import {
  UsageError
} from "./chunk-WTFMRPMV.mjs";
import "./chunk-XCLPTNTB.mjs";
import "./chunk-HLJLOOH4.mjs";
import "./chunk-RBNL6D7Y.mjs";
import "./chunk-7TQMVGAF.mjs";
import "./chunk-6JWLCDB2.mjs";
import "./chunk-3IKRVYFW.mjs";
import "./chunk-JACFB5DP.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/cli/commands/files.ts
var filesCommand = {
  name: "files",
  summary: "scan exactly the given files (pre-commit framework, lint-staged)",
  help: `Usage: stowaway files PATH... [options]

Scans the named files as they are on disk. Names are taken literally: spaces,
newlines and glob characters such as [id] or (group) are fine.

${commonHelp}`,
  options: { ...commonOptions },
  allowPositionals: !0,
  async run(values, positionals) {
    let flags = readCommonFlags(values);
    if (positionals.length === 0) throw new UsageError("files needs at least one PATH");
    let setup = await scanSetup(flags), result = await runScan(filesSource(positionals, setup.root, setup.config.maxFileSize), { config: setup.config, baseline: setup.baseline });
    return emitReport(result, flags, setup.config, `${positionals.length} given file(s)`);
  }
};
export {
  filesCommand
};
