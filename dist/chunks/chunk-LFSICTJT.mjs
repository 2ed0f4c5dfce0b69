#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  SEVERITIES,
  loadConfig
} from "./chunk-NPZOJUWH.mjs";
import {
  resolveRepo
} from "./chunk-5JG7I5FG.mjs";
import {
  BlobDetector,
  SCAN_WORKER_FLAG,
  SKIP_NOTE,
  isUtf16Text
} from "./chunk-PRG7DEZO.mjs";
import {
  ConfigError,
  UsageError
} from "./chunk-WTFMRPMV.mjs";
import {
  globMatcher,
  loadGlobMatcher
} from "./chunk-3IKRVYFW.mjs";
import {
  __require
} from "./chunk-OIENDWQO.mjs";

// lib/scan/run-scan.ts
import { availableParallelism } from "node:os";

// lib/findings/fingerprint.ts
function fingerprint(ruleId, file, secret) {
  let { createHash } = __require("node:crypto");
  return createHash("sha256").update(`${ruleId}\0${file}\0${secret}`).digest("hex").slice(0, 32);
}

// lib/findings/suppress.ts
function configFilter(config, catalogue) {
  let allowPath = globMatcher(config.allowlist.paths), allowRegexes = config.allowlist.regexes.map((r) => new RegExp(r)), stopwords = config.allowlist.stopwords.map((s) => s.toLowerCase());
  return (f) => {
    let setting = config.rules[f.ruleId];
    if (setting === "off" || catalogue.get(f.ruleId)?.optIn && !setting || allowPath && allowPath(f.file) || allowRegexes.some((r) => r.test(f.secret))) return null;
    if (stopwords.length) {
      let lower = f.secret.toLowerCase();
      if (stopwords.some((w) => lower.includes(w))) return null;
    }
    return setting ? { ...f, severity: setting } : f;
  };
}
function priority(f) {
  return f.category !== "secret" ? 3 : f.ruleId === "secret/high-entropy" ? 0 : f.ruleId === "secret/generic-assignment" ? 1 : 2;
}
var overlaps = (a, b) => a.file === b.file && (a.line < b.endLine || a.line === b.endLine && a.column < b.endColumn) && (b.line < a.endLine || b.line === a.endLine && b.column < a.endColumn), secretLike = (f) => f.category === "secret" || /secret|credential/.test(f.ruleId);
function dedupeByLocation(findings) {
  let kept = [];
  for (let f of findings) {
    if (!secretLike(f)) {
      kept.push(f);
      continue;
    }
    let i = kept.findIndex((k) => secretLike(k) && k.commit === f.commit && overlaps(k, f));
    i < 0 ? kept.push(f) : priority(f) > priority(kept[i]) && (kept[i] = f);
  }
  return kept;
}

// lib/scan/worker-pool.ts
import { basename, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
function workerScript() {
  let entry = globalThis.stowawayEntry;
  return entry || (basename(__filename) === "worker-pool.js" ? join(__dirname, "scan-worker.js") : __filename);
}
var YOUNG_GENERATION_MB = 4, QUEUE_BYTES = 1024 * 1024, QUEUE_BLOBS = 32, TRANSFER_MIN_BYTES = 64 * 1024, ScanWorkerPool = class {
  workers = [];
  load = [];
  bytes = [];
  jobs = /* @__PURE__ */ new Map();
  roomWaiters = [];
  nextId = 0;
  failed = null;
  constructor(size, config, readFile, onRules) {
    setFlagsFromString("--optimize-for-size"), setFlagsFromString("--expose-gc");
    for (let i = 0; i < size; i++) {
      let w = new Worker(workerScript(), {
        workerData: { [SCAN_WORKER_FLAG]: !0, config },
        stdout: !1,
        stderr: !1,
        // A small young generation: collected more often, it keeps each isolate's RSS low at no measurable cost.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
      }), index = i;
      w.on("message", (m) => {
        m.type === "rules" ? onRules(m.rules) : m.type === "readFile" ? readFile(m.path).then(
          (text) => w.postMessage({ type: "readFileResult", reqId: m.reqId, text }),
          () => w.postMessage({ type: "readFileResult", reqId: m.reqId, text: null })
        ) : this.settle(m);
      }), w.on("error", (e) => this.fail(e)), w.on("exit", (code) => {
        code !== 0 && this.jobs.size && this.fail(new Error(`scan worker ${index} exited with code ${code}`));
      }), this.workers.push(w), this.load.push(0), this.bytes.push(0);
    }
  }
  /** Blobs sent and not yet answered. */
  get inFlight() {
    return this.jobs.size;
  }
  /** Bytes sent and not yet answered. */
  get inFlightBytes() {
    let sum = 0;
    for (let b of this.bytes) sum += b;
    return sum;
  }
  hasRoomAt(i) {
    return this.load[i] < 2 || this.bytes[i] < QUEUE_BYTES && this.load[i] < QUEUE_BLOBS;
  }
  /** Whether a worker can take a blob now (else `whenRoom`). */
  hasRoom() {
    if (this.failed) return !0;
    for (let i = 0; i < this.workers.length; i++) if (this.hasRoomAt(i)) return !0;
    return !1;
  }
  /** Resolves when a worker answers (or the pool fails). */
  whenRoom() {
    return new Promise((resolve2) => this.roomWaiters.push(resolve2));
  }
  wake() {
    let waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (let w of waiters) w();
  }
  /**
   * Sends one blob to the worker with the fewest bytes outstanding (call when `hasRoom()`).
   * The blob's bytes may be moved there: do not read `content` afterwards.
   */
  detect(path, content, addedLines) {
    if (this.failed) return Promise.reject(this.failed);
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) this.hasRoomAt(i) && (best < 0 || this.bytes[i] < this.bytes[best]) && (best = i);
    best < 0 && (best = this.bytes.indexOf(Math.min(...this.bytes)));
    let id = this.nextId++, size = content.byteLength;
    return new Promise((resolve2, reject) => {
      this.jobs.set(id, { job: { resolve: resolve2, reject }, worker: best, bytes: size }), this.load[best]++, this.bytes[best] += size;
      let message = { type: "blob", id, path, content, addedLines: addedLines ? [...addedLines] : void 0 };
      content.byteOffset === 0 && content.byteLength === content.buffer.byteLength && content.byteLength >= TRANSFER_MIN_BYTES ? this.workers[best].postMessage(message, [content.buffer]) : this.workers[best].postMessage(message);
    });
  }
  settle(m) {
    let entry = this.jobs.get(m.id);
    if (entry)
      if (this.jobs.delete(m.id), this.load[entry.worker]--, this.bytes[entry.worker] -= entry.bytes, this.wake(), m.type === "result") entry.job.resolve(m.findings);
      else {
        let e = new Error(m.message);
        m.stack && (e.stack = m.stack), entry.job.reject(e);
      }
  }
  fail(e) {
    this.failed ??= e;
    for (let { job } of this.jobs.values()) job.reject(e);
    this.jobs.clear(), this.wake();
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};

// lib/scan/run-scan.ts
var DEFAULT_PARALLEL_MIN_BYTES = 4 * 1024 * 1024;
function envNumber(name) {
  let v = process.env[name];
  if (!(v === void 0 || v === "" || !/^\d+$/.test(v)))
    return Number(v);
}
function defaultWorkers() {
  let env = envNumber("STOWAWAY_WORKERS");
  return env !== void 0 ? env : Math.min(availableParallelism(), 8);
}
async function runScan(source, opts) {
  let started = process.hrtime.bigint(), { config } = opts;
  await loadGlobMatcher(config);
  let ignored = globMatcher(config.ignore), catalogue = /* @__PURE__ */ new Map(), addRules = (rules) => {
    for (let r of rules) catalogue.set(r.id, r);
  }, local = new BlobDetector(config, source.readFile, addRules), workers = opts.workers ?? defaultWorkers(), mainHelps = workers < availableParallelism(), parallelMinBytes = opts.parallelMinBytes ?? envNumber("STOWAWAY_PARALLEL_MIN_BYTES") ?? DEFAULT_PARALLEL_MIN_BYTES, stats = { files: 0, bytes: 0, skipped: [], durationMs: 0 }, slots = [], pool = null, split = { parallel: 0, mainHelped: 0 }, held = [], heldBytes = 0, startPool = () => {
    try {
      pool = new ScanWorkerPool(workers, config, source.readFile, addRules), process.env.STOWAWAY_DEBUG && process.stderr.write(`stowaway: ${workers} scan worker thread(s) started after ${stats.files} files, ${stats.bytes} bytes
`);
    } catch (e) {
      workers = 0, process.env.STOWAWAY_DEBUG && process.stderr.write(`stowaway: scanning on the main thread (workers unavailable: ${e.message})
`);
    }
  }, scanHere = async (blob) => {
    let meta = { path: blob.path, commit: blob.commit, meta: blob.meta };
    slots.push({ blob: meta, findings: await local.detect(blob.path, blob.content, blob.addedLines) });
  }, takeHeld = () => {
    let taken = held;
    return held = [], heldBytes = 0, taken;
  }, dispatch = async (blob, p) => {
    let meta = { path: blob.path, commit: blob.commit, meta: blob.meta };
    if (split.parallel += blob.size, mainHelps && split.mainHelped <= split.parallel / (workers + 1) && p.inFlightBytes >= blob.size) {
      split.mainHelped += blob.size, await scanHere(blob);
      return;
    }
    for (; !p.hasRoom(); ) await p.whenRoom();
    let job = p.detect(blob.path, blob.content, blob.addedLines);
    job.catch(() => {
    }), slots.push({ blob: meta, findings: job });
  };
  try {
    for await (let blob of source.blobs)
      if (opts.onBlob?.(blob), !(ignored && ignored(blob.path))) {
        if (!blob.content) {
          stats.skipped.push({ file: blob.path, reason: blob.skipped ?? "skipped" });
          continue;
        }
        if (stats.files++, stats.bytes += blob.size, !pool && workers > 0 && !blob.addedLines)
          if (source.streamed)
            stats.bytes > parallelMinBytes && startPool();
          else {
            if (held.push(blob), heldBytes += blob.size, heldBytes <= parallelMinBytes) continue;
            startPool();
            for (let h of takeHeld()) await (pool ? dispatch(h, pool) : scanHere(h));
            continue;
          }
        if (pool) {
          await dispatch(blob, pool);
          continue;
        }
        for (let h of takeHeld()) await scanHere(h);
        await scanHere(blob);
      }
    for (let h of takeHeld()) await scanHere(h);
    for (let slot of slots) Array.isArray(slot.findings) || (slot.findings = await slot.findings);
  } finally {
    await pool?.close();
  }
  pool && process.env.STOWAWAY_DEBUG && process.stderr.write(`stowaway: after workers started, ${split.parallel} bytes scanned, ${split.mainHelped} of them on the main thread
`);
  let filter = configFilter(config, catalogue), findings = [];
  for (let { blob, findings: detected } of slots)
    for (let d of detected) {
      if (d.ruleId === SKIP_NOTE) {
        stats.skipped.push({ file: blob.path, reason: d.message });
        continue;
      }
      let f = { ...d, file: blob.path, commit: d.commit ?? blob.commit ?? null, meta: d.meta ?? blob.meta }, kept = filter(f);
      kept && findings.push(kept);
    }
  findings = dedupeByLocation(findings);
  for (let f of findings) f.fingerprint = fingerprint(f.ruleId, f.file, f.secret);
  let baselined = 0, staleBaseline = [];
  if (opts.baseline) {
    let seen = /* @__PURE__ */ new Set();
    findings = findings.filter((f) => opts.baseline.has(f.fingerprint) ? (seen.add(f.fingerprint), baselined++, !1) : !0);
    for (let fp of opts.baseline) seen.has(fp) || staleBaseline.push(fp);
  }
  return findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column), stats.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6), { findings, stats, baselined, staleBaseline };
}

// lib/cli/common-options.ts
var commonOptions = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  baseline: { type: "string" },
  "no-baseline": { type: "boolean" },
  "fail-on": { type: "string" },
  "show-secrets": { type: "boolean" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
}, commonHelp = `Output and policy:
  -f, --format FORMAT    pretty (default), json or sarif
  -o, --output FILE      write the report to FILE instead of stdout
  -c, --config FILE      use this config file (also STOWAWAY_CONFIG)
      --baseline FILE    accept the findings recorded in FILE (default .stowaway-baseline.json when present)
      --no-baseline      ignore the baseline file
      --fail-on LEVEL    exit 1 only for findings at or above LEVEL: low (default), medium, high
      --show-secrets     print matched secrets in full (redacted by default)
      --no-color         plain output (also NO_COLOR=1)
  -q, --quiet            findings only: no why/fix lines, no progress`;
function readCommonFlags(v) {
  let format = v.format ?? "pretty";
  if (!["pretty", "json", "sarif"].includes(format)) throw new UsageError(`--format must be pretty, json or sarif, not "${format}"`);
  let failOn = v["fail-on"];
  if (failOn !== void 0 && !SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(", ")}, not "${failOn}"`);
  let color = !(!!v["no-color"] || "NO_COLOR" in process.env && process.env.NO_COLOR !== "") && (!!v.color || !!process.stdout.isTTY || "FORCE_COLOR" in process.env);
  return {
    format,
    output: v.output,
    config: v.config,
    baseline: v.baseline,
    noBaseline: !!v["no-baseline"],
    failOn,
    showSecrets: !!v["show-secrets"],
    color: color && !v.output,
    quiet: !!v.quiet
  };
}

// lib/findings/baseline.ts
import { existsSync, readFileSync } from "node:fs";
function readBaseline(path, optional) {
  if (!existsSync(path)) {
    if (optional) return null;
    throw new ConfigError(path, "baseline file not found. Create it with `stowaway baseline`, or drop --baseline.");
  }
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ConfigError(path, `baseline is not valid JSON (${e.message}). Regenerate it with \`stowaway baseline --update\`, or bypass with --no-baseline.`);
  }
  let p = parsed;
  if (!p || p.version !== 1 || !Array.isArray(p.entries) || !p.entries.every((e) => e && typeof e.fingerprint == "string"))
    throw new ConfigError(path, 'not a stowaway baseline: expected {"version": 1, "entries": [{"fingerprint": \u2026}]}. Regenerate it with `stowaway baseline --update`.');
  return p.entries;
}

// lib/cli/scan-setup.ts
import { resolve, isAbsolute, join as join2 } from "node:path";
async function scanSetup(flags, cwd = process.cwd()) {
  let repo = await resolveRepo(cwd), root = repo?.root ?? resolve(cwd), loaded = await loadConfig(root, flags.config), baseline, baselinePath;
  if (!flags.noBaseline) {
    let explicit = flags.baseline, path = baselinePath = explicit ? resolve(explicit) : isAbsolute(loaded.config.baseline) ? loaded.config.baseline : join2(root, loaded.config.baseline), entries = readBaseline(path, !explicit);
    entries && (baseline = new Set(entries.map((e) => e.fingerprint)));
  }
  return { ...loaded, repo, root, baseline, baselinePath };
}

// lib/sources/blob.ts
import { readSync } from "node:fs";
var BINARY_PROBE = 8e3;
function isBinary(content) {
  let end = Math.min(content.length, BINARY_PROBE), probe = content.subarray(0, end);
  return probe.includes(0) ? !isUtf16Text(end % 2 === 0 ? probe : probe.subarray(0, end - 1)) : !1;
}
function skipped(path, size, reason, extra = {}) {
  return { path, content: null, size, skipped: reason, ...extra };
}
function tooLarge(path, size, extra = {}) {
  return skipped(path, size, `larger than maxFileSize (${size} bytes)`, extra);
}
function contentBlob(path, content, extra = {}) {
  return isBinary(content) ? skipped(path, content.length, "binary", extra) : { path, content, size: content.length, ...extra };
}
function openFileBlob(fd, path, size, extra = {}) {
  let content = Buffer.allocUnsafeSlow(size), got = readFully(fd, content, 0, Math.min(size, BINARY_PROBE));
  if (isBinary(content.subarray(0, got))) return skipped(path, size, "binary", extra);
  got === BINARY_PROBE && (got += readFully(fd, content, got, size - got));
  let read = got === size ? content : content.subarray(0, got);
  return { path, content: read, size: read.length, ...extra };
}
function readFully(fd, buf, offset, length) {
  let done = 0;
  for (; done < length; ) {
    let n = readSync(fd, buf, offset + done, length - done, offset + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

export {
  runScan,
  isBinary,
  skipped,
  tooLarge,
  contentBlob,
  openFileBlob,
  commonOptions,
  commonHelp,
  readCommonFlags,
  readBaseline,
  scanSetup
};
