#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/cli/bin.ts
import { isMainThread, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
/^1[1-3]\./.test(process.versions.v8) && setFlagsFromString("--no-turbo-inlining");
globalThis.stowawayEntry = fileURLToPath(import.meta.url);
if (!isMainThread && workerData?.stowawayScanWorker)
  await import("./chunks/scan-worker-LK5BFE6P.mjs");
else {
  let { main } = await import("./chunks/main-MDG7KW2E.mjs");
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`stowaway: ${e.stack ?? e}
`), process.exitCode = 2;
  }
}
