#!/usr/bin/env node

// lib/cli/bin.ts
import { isMainThread, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { dirname as dirname2, join as join2 } from "node:path";
import { setFlagsFromString } from "node:v8";

// lib/cli/code-cache.ts
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
function codeCacheDir(env = process.env) {
  if (env.STOWAWAY_CACHE_DIR !== void 0) return env.STOWAWAY_CACHE_DIR || null;
  let base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, ".cache") : env.LOCALAPPDATA);
  return base ? join(base, "stowaway") : null;
}
function codeCacheFile(dir, bundleId, purpose2) {
  let safe = purpose2.replace(/[^a-z0-9-]/gi, "_").slice(0, 40) || "none";
  return join(dir, `${bundleId}-node${process.versions.node}-${process.arch}-${safe}.v8cache`);
}
function loadBundle(bundlePath2, cacheFile) {
  let source = readFileSync(bundlePath2, "latin1"), cachedData;
  if (cacheFile)
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
    }
  let script = new Script(source, { filename: bundlePath2, cachedData }), cacheUsed = cachedData !== void 0 && !script.cachedDataRejected, module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath2), module, bundlePath2, dirname(bundlePath2));
  let saved = !1;
  return {
    exports: module.exports,
    cacheUsed,
    saveCache() {
      if (saved || cacheUsed || !cacheFile) return !1;
      saved = !0;
      try {
        let data = script.createCachedData();
        mkdirSync(dirname(cacheFile), { recursive: !0, mode: 448 });
        let temp = `${cacheFile}.${process.pid}.tmp`;
        return writeFileSync(temp, data, { mode: 384 }), renameSync(temp, cacheFile), pruneOtherBuilds(cacheFile), !0;
      } catch {
        return !1;
      }
    }
  };
}
var STALE_MS = 720 * 3600 * 1e3, TEMP_STALE_MS = 24 * 3600 * 1e3;
function pruneOtherBuilds(cacheFile, now = Date.now()) {
  let dir = dirname(cacheFile), own = basename(cacheFile).split("-")[0] + "-";
  for (let name of readdirSync(dir)) {
    let temp = /\.v8cache\.\d+\.tmp$/.test(name);
    if (!(!temp && (name.startsWith(own) || !name.endsWith(".v8cache"))))
      try {
        let path = join(dir, name);
        now - statSync(path).mtimeMs > (temp ? TEMP_STALE_MS : STALE_MS) && unlinkSync(path);
      } catch {
      }
  }
}

// lib/cli/command-names.ts
var COMMAND_NAMES = ["scan", "files", "rules", "init", "install", "uninstall", "hook", "baseline", "image"];

// lib/cli/bin.ts
/^1[1-3]\./.test(process.versions.v8) && setFlagsFromString("--no-turbo-inlining");
var entry = fileURLToPath(import.meta.url), bundlePath = join2(dirname2(entry), "stowaway.cjs"), shared = globalThis;
shared.stowawayEntry = entry;
function purpose(argv) {
  let [name, sub] = argv;
  return COMMAND_NAMES.includes(name) ? name === "hook" && /^pre-(commit|push|merge-commit)$/.test(sub ?? "") ? `hook-${sub}` : name : "other";
}
if (!isMainThread && workerData?.stowawayScanWorker) {
  let bundle = loadBundle(bundlePath, workerData.stowawayCodeCache ?? null);
  shared.stowawayCodeCacheSave = () => {
    bundle.saveCache();
  }, await bundle.exports.startScanWorker();
} else {
  let argv = process.argv.slice(2), dir = codeCacheDir(), cacheFile = dir ? codeCacheFile(dir, "1196d852731924d0", purpose(argv)) : null;
  shared.stowawayWorkerCodeCache = dir ? codeCacheFile(dir, "1196d852731924d0", "scan-worker") : null;
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
