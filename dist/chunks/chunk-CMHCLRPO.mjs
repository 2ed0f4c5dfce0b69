#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  formatBytes
} from "./chunk-DRCFVT7X.mjs";

// lib/report/progress.ts
function progressWanted(flags, stderr = process.stderr) {
  return !stderr.isTTY || flags.quiet || flags.format !== "pretty" && !flags.output ? !1 : !process.env.CI;
}
function clock(ms) {
  let s = Math.max(0, Math.round(ms / 1e3)), m = Math.floor(s / 60);
  return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}` : `${m}:${String(s % 60).padStart(2, "0")}`;
}
function formatProgress(label, s) {
  let secs = s.elapsedMs / 1e3, rate = secs > 0 ? s.bytes / secs : 0, parts = [`${s.items.toLocaleString("en-US")} files`, formatBytes(s.bytes), `${formatBytes(Math.round(rate))}/s`];
  if (s.fraction != null && s.fraction > 0) {
    let f = Math.min(1, s.fraction);
    parts.push(`${Math.floor(f * 100)}%`, `ETA ${clock(s.elapsedMs * (1 - f) / f)}`);
  }
  return `${label}: ${parts.join(", ")}`;
}
var DELAY_MS = 800, EVERY_MS = 200, Progress = class {
  constructor(label, fraction = () => null, out = process.stderr) {
    this.label = label;
    this.fraction = fraction;
    this.out = out;
    this.timer = setInterval(() => this.draw(), EVERY_MS), this.timer.unref();
  }
  label;
  fraction;
  out;
  items = 0;
  bytes = 0;
  started = Date.now();
  timer = null;
  drawn = !1;
  /** Pass as ScanOptions.onBlob. */
  onBlob = (blob) => {
    this.items++, this.bytes += blob.size;
  };
  draw() {
    let elapsedMs = Date.now() - this.started;
    if (elapsedMs < DELAY_MS) return;
    let line = formatProgress(this.label, { items: this.items, bytes: this.bytes, elapsedMs, fraction: this.fraction() }), width = (this.out.columns || 100) - 1;
    this.out.write(`\r${line.slice(0, width)}\x1B[K`), this.drawn = !0;
  }
  stop() {
    this.timer && clearInterval(this.timer), this.timer = null, this.drawn && this.out.write("\r\x1B[K");
  }
};
function startProgress(wanted, label, fraction) {
  if (!wanted) return { stop() {
  } };
  let p = new Progress(label, fraction);
  return { onBlob: p.onBlob, stop: () => p.stop() };
}

export {
  progressWanted,
  startProgress
};
