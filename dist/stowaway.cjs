#!/usr/bin/env node
"use strict";

// lib/cli/bin.ts
var import_node_path2 = require("node:path");

// lib/cli/code-cache.ts
var import_node_fs = require("node:fs"), import_node_module = require("node:module"), import_node_path = require("node:path"), import_node_vm = require("node:vm");
function codeCacheDir(env = process.env) {
  if (env.STOWAWAY_CACHE_DIR !== void 0) return env.STOWAWAY_CACHE_DIR || null;
  let base = env.XDG_CACHE_HOME || (env.HOME ? (0, import_node_path.join)(env.HOME, ".cache") : env.LOCALAPPDATA);
  return base ? (0, import_node_path.join)(base, "stowaway") : null;
}
function codeCacheFile(dir, bundleId, purpose2) {
  let safe = purpose2.replace(/[^a-z0-9-]/gi, "_").slice(0, 40) || "none";
  return (0, import_node_path.join)(dir, `${bundleId}-node${process.versions.node}-${process.arch}-${safe}.v8cache`);
}
function loadBundle(bundlePath2, cacheFile) {
  let source = (0, import_node_fs.readFileSync)(bundlePath2, "latin1"), cachedData;
  if (cacheFile)
    try {
      cachedData = (0, import_node_fs.readFileSync)(cacheFile);
    } catch {
    }
  let script = new import_node_vm.Script(source, { filename: bundlePath2, cachedData }), cacheUsed = cachedData !== void 0 && !script.cachedDataRejected, module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(bundlePath2), module2, bundlePath2, (0, import_node_path.dirname)(bundlePath2));
  let saved = !1;
  return {
    exports: module2.exports,
    cacheUsed,
    saveCache() {
      if (saved || cacheUsed || !cacheFile) return !1;
      saved = !0;
      try {
        let data = script.createCachedData();
        (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(cacheFile), { recursive: !0, mode: 448 });
        let temp = `${cacheFile}.${process.pid}.tmp`;
        return (0, import_node_fs.writeFileSync)(temp, data, { mode: 384 }), (0, import_node_fs.renameSync)(temp, cacheFile), pruneOtherBuilds(cacheFile), !0;
      } catch {
        return !1;
      }
    }
  };
}
var STALE_MS = 720 * 3600 * 1e3, TEMP_STALE_MS = 24 * 3600 * 1e3;
function pruneOtherBuilds(cacheFile, now = Date.now()) {
  let dir = (0, import_node_path.dirname)(cacheFile), own = (0, import_node_path.basename)(cacheFile).split("-")[0] + "-";
  for (let name of (0, import_node_fs.readdirSync)(dir)) {
    let temp = /\.v8cache\.\d+\.tmp$/.test(name);
    if (!(!temp && (name.startsWith(own) || !name.endsWith(".v8cache"))))
      try {
        let path = (0, import_node_path.join)(dir, name);
        now - (0, import_node_fs.statSync)(path).mtimeMs > (temp ? TEMP_STALE_MS : STALE_MS) && (0, import_node_fs.unlinkSync)(path);
      } catch {
      }
  }
}

// lib/cli/command-names.ts
var COMMAND_NAMES = ["scan", "files", "rules", "init", "install", "uninstall", "hook", "baseline", "image"];

// lib/scan/worker-protocol.ts
var SCAN_WORKER_FLAG = "stowawayScanWorker", SCAN_WORKER_ARG = "--stowaway-scan-worker";

// lib/cli/bin.ts
var runPurpose = purpose(process.argv.slice(2));
if (!/^hook-pre-(?:commit|merge-commit)$/.test(runPurpose)) {
  let { setFlagsFromString } = require("node:v8");
  /^1[1-3]\./.test(process.versions.v8) && setFlagsFromString("--no-turbo-inlining"), setFlagsFromString("--expose-gc");
}
var entry = __filename, bundlePath = (0, import_node_path2.join)((0, import_node_path2.dirname)(entry), "cli.cjs"), shared = globalThis;
shared.stowawayEntry = entry;
shared.stowawayImport = (specifier) => import(specifier);
function purpose(argv) {
  let [name, sub] = argv;
  return COMMAND_NAMES.includes(name) ? name === "hook" && /^pre-(commit|push|merge-commit)$/.test(sub ?? "") ? `hook-${sub}` : name : "other";
}
async function startWorker(workerData2) {
  let bundle = loadBundle(bundlePath, workerData2.stowawayCodeCache ?? null);
  shared.stowawayCodeCacheSave = () => {
    bundle.saveCache();
  }, await bundle.exports.startScanWorker();
}
async function runCli() {
  let argv = process.argv.slice(2), dir = codeCacheDir(), cacheFile = dir ? codeCacheFile(dir, "fe224ed5b4603b42", runPurpose) : null;
  shared.stowawayWorkerCodeCache = dir ? codeCacheFile(dir, "fe224ed5b4603b42", "scan-worker") : null;
  let debug = process.env.STOWAWAY_DEBUG ? (m) => process.stderr.write(`stowaway: code cache ${cacheFile ?? "off"}: ${m}
`) : null, bundle, save = () => {
    bundle?.saveCache() && debug?.("written");
  };
  try {
    bundle = loadBundle(bundlePath, cacheFile), debug?.(bundle.cacheUsed ? "used" : "not used"), shared.stowawayCodeCacheSave = save, process.exitCode = await bundle.exports.main(argv);
  } catch (e) {
    process.stderr.write(`stowaway: ${e.stack ?? e}
`), process.exitCode = 2;
  }
  save();
}
function scanWorkerData() {
  if (!process.argv.includes(SCAN_WORKER_ARG)) return null;
  let threads = require("node:worker_threads"), data = threads.workerData;
  return !threads.isMainThread && data?.[SCAN_WORKER_FLAG] ? data : null;
}
var workerData = scanWorkerData();
workerData ? startWorker(workerData) : runCli();
