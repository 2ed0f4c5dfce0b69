#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  detectorEntries
} from "./chunk-XCLPTNTB.mjs";
import {
  isAllowedInline
} from "./chunk-HLJLOOH4.mjs";
import {
  loadGlobMatcher
} from "./chunk-3IKRVYFW.mjs";

// lib/scan/scan-worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// lib/text/source-file.ts
import { isAscii } from "node:buffer";

// lib/text/utf16.ts
function utf16Order(content) {
  return content.length < 2 || content.length % 2 !== 0 ? null : content[0] === 255 && content[1] === 254 ? "le" : content[0] === 254 && content[1] === 255 ? "be" : null;
}
function decode(content, order) {
  if (order === "le") return content.toString("utf16le", 2);
  let swapped = Buffer.from(content.subarray(2));
  return swapped.swap16(), swapped.toString("utf16le");
}
function hasUtf16Bom(content) {
  return utf16Order(content) !== null;
}
function isUtf16Text(content) {
  let order = utf16Order(content);
  if (!order) return !1;
  let probe = decode(content.subarray(0, 2 + 4e3 * 2), order);
  return !/[\x00-\x08\x0b\x0e-\x1f]/.test(probe);
}
function decodeUtf16(content) {
  let order = utf16Order(content);
  return order && isUtf16Text(content) ? decode(content, order) : null;
}

// lib/text/source-file.ts
var LATIN1_BELOW = 1e3 * 1e3, SourceFile = class _SourceFile {
  path;
  text;
  lineStarts = null;
  constructor(path, text) {
    this.path = path, this.text = text;
  }
  /** Decodes bytes as UTF-8 (invalid sequences become U+FFFD, one per byte run), or as BOM-marked UTF-16, and drops a BOM. */
  static fromBuffer(path, content) {
    if (hasUtf16Bom(content)) {
      let utf16 = decodeUtf16(content);
      if (utf16 !== null) return new _SourceFile(path, utf16);
    }
    let text = content.length < LATIN1_BELOW && isAscii(content) ? content.toString("latin1") : content.toString("utf8");
    return text.charCodeAt(0) === 65279 && (text = text.slice(1)), new _SourceFile(path, text);
  }
  starts() {
    if (this.lineStarts) return this.lineStarts;
    let starts = [0], t = this.text, i = t.indexOf(`
`);
    for (; i !== -1; )
      starts.push(i + 1), i = t.indexOf(`
`, i + 1);
    return this.lineStarts = starts, starts;
  }
  get lineCount() {
    return this.starts().length;
  }
  /** 1-based line and column of a string offset. */
  position(offset) {
    let starts = this.starts(), lo = 0, hi = starts.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      starts[mid] <= offset ? lo = mid : hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  /** Text of a 1-based line without its line terminator (CR included). */
  lineText(line) {
    let starts = this.starts();
    if (line < 1 || line > starts.length) return "";
    let start = starts[line - 1], end = line < starts.length ? starts[line] - 1 : this.text.length;
    return end > start && this.text.charCodeAt(end - 1) === 13 && end--, this.text.slice(start, end);
  }
  /** String offset where a 1-based line starts. */
  lineStart(line) {
    let starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
  }
  /** Finding range for a match at `offset` of `length` characters. */
  range(offset, length) {
    let a = this.position(offset), b = this.position(offset + Math.max(length, 1) - 1);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column + 1 };
  }
};

// lib/scan/slices.ts
function slicesOf(buf) {
  let out = [], own = 0, ownLine = 1;
  for (; own < buf.length; ) {
    let end = Math.min(buf.length, own + 1048576);
    if (end < buf.length) {
      let nl = buf.indexOf(10, end - 1);
      end = nl < 0 ? buf.length : nl + 1;
    }
    let start = own, firstLine = ownLine;
    if (own > 0) {
      let back = Math.max(0, own - 65536);
      start = (back === 0 ? -1 : buf.lastIndexOf(10, back - 1)) + 1, firstLine = ownLine - countNewlines(buf, start, own);
    }
    out.push({ start, end, firstLine, ownLine }), ownLine += countNewlines(buf, own, end), own = end;
  }
  return out;
}
function countNewlines(buf, from, to) {
  let n = 0;
  for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1)) n++;
  return n;
}
function onFileLines(f, firstLine) {
  return { ...f, line: f.line + firstLine - 1, endLine: f.endLine + firstLine - 1 };
}
function mergeSliceFindings(findings) {
  let best = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let key = `${f.ruleId}\0${f.line}\0${f.column}`, seen = best.get(key);
    (!seen || f.endLine > seen.endLine || f.endLine === seen.endLine && f.endColumn > seen.endColumn) && best.set(key, f);
  }
  return [...best.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

// lib/scan/detect-blob.ts
var engine = null, BlobDetector = class {
  /** `onRules` hears each detector's catalogue once, when that detector first loads. */
  constructor(config, readFile, onRules) {
    this.config = config;
    this.onRules = onRules;
    this.ctx = { config, readFile, findSecrets: (text, path) => engine.findSecretsInFile(new SourceFile(path, text), config) };
  }
  config;
  onRules;
  loaded = /* @__PURE__ */ new Map();
  ctx;
  /**
   * Decodes before anything awaits, so nothing holds the bytes while the detectors run: a buffer
   * kept that long outlives a few young-generation collections, is promoted, and then waits for a
   * full collection (in a worker, tens of MiB of the scan's RSS). A big file read in slices keeps
   * its bytes instead of their decoded whole: half the memory or less.
   */
  detect(path, content, addedLines) {
    let buf = Buffer.isBuffer(content) ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    return buf.length > 2097152 && this.secretsOnly(path) && !hasUtf16Bom(buf) ? this.detectSliced(path, buf, addedLines) : this.detectFile(SourceFile.fromBuffer(path, buf), addedLines);
  }
  /** Whether the secret engine is the only detector for the path (logs, lock files, bundles): then a big file can be sliced. */
  secretsOnly(path) {
    return detectorEntries.every((e) => e.name === "secrets" || !e.wants(path, this.config));
  }
  async ready() {
    await loadGlobMatcher(this.config), engine ??= await import("./engine-LPFNCPXF.mjs");
  }
  async detectorFor(entry) {
    let detector = this.loaded.get(entry.name);
    return detector || (detector = await entry.load(), this.loaded.set(entry.name, detector), this.onRules(detector.rules)), detector;
  }
  /** A detector's findings in the file, less those an inline `stowaway:allow` (or gitleaks/pragma) comment silences. */
  async notAllowed(detector, file, ctx) {
    return (await detector.detect(file, ctx)).filter((d) => !isAllowedInline(file, d.line, d.ruleId));
  }
  async detectFile(file, addedLines) {
    await this.ready();
    let path = file.path, out = [], notes = [], ctx = { ...this.ctx, skip: (reason) => notes.push(reason) };
    for (let entry of detectorEntries)
      if (!(!entry.wants(path, this.config) || entry.wantsText && !entry.wantsText(path, file.text)))
        for (let d of await this.notAllowed(await this.detectorFor(entry), file, ctx))
          addedLines && d.category === "secret" && !addedLines.has(d.line) || out.push(d);
    for (let reason of notes) out.push(skipNote(reason));
    return out;
  }
  /** A big file the secret engine alone reads, a slice at a time (slices.ts): the same findings, a fraction of the memory. */
  async detectSliced(path, buf, addedLines) {
    await this.ready();
    let detector = await this.detectorFor(detectorEntries.find((e) => e.name === "secrets")), out = [], notes = [], ctx = { ...this.ctx, skip: (reason) => notes.push(reason) };
    for (let slice of slicesOf(buf))
      for (let d of await this.notAllowed(detector, SourceFile.fromBuffer(path, buf.subarray(slice.start, slice.end)), ctx)) {
        let f = onFileLines(d, slice.firstLine);
        addedLines && !addedLines.has(f.line) || out.push(f);
      }
    let merged = mergeSliceFindings(out);
    for (let reason of notes) merged.push(skipNote(reason));
    return merged;
  }
}, SKIP_NOTE = "stowaway/skipped";
function skipNote(reason) {
  return { ruleId: SKIP_NOTE, category: "secret", severity: "info", line: 1, column: 1, endLine: 1, endColumn: 1, message: reason, why: "", fix: "", secret: "" };
}

// lib/scan/scan-worker.ts
var SCAN_WORKER_FLAG = "stowawayScanWorker", COLLECT_AFTER_BYTES = 4 * 1024 * 1024;
function collectAfter(bytes) {
  let gc = globalThis.gc;
  bytes >= COLLECT_AFTER_BYTES && gc && gc();
}
function startScanWorker() {
  let port = parentPort, config = workerData.config, nextReq = 0, pendingReads = /* @__PURE__ */ new Map(), post = (m) => port.postMessage(m), detector = new BlobDetector(
    config,
    (path) => new Promise((resolve) => {
      let reqId = nextReq++;
      pendingReads.set(reqId, resolve), post({ type: "readFile", reqId, path });
    }),
    (rules) => post({ type: "rules", rules })
  );
  port.on("message", (m) => {
    if (m.type === "readFileResult") {
      pendingReads.get(m.reqId)?.(m.text), pendingReads.delete(m.reqId);
      return;
    }
    let { id, path } = m, size = m.content.byteLength;
    detector.detect(path, m.content, m.addedLines ? new Set(m.addedLines) : void 0).then(
      (findings) => {
        post({ type: "result", id, findings }), collectAfter(size);
      },
      (e) => post({ type: "error", id, message: `${path}: ${e.message}`, stack: e.stack })
    );
  });
}
!isMainThread && workerData?.[SCAN_WORKER_FLAG] && startScanWorker();

export {
  isUtf16Text,
  SourceFile,
  BlobDetector,
  SKIP_NOTE,
  SCAN_WORKER_FLAG,
  startScanWorker
};
