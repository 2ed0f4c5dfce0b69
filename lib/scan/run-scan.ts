import micromatch from 'micromatch';
import type { Config } from '../config/schema';
import type { Detector, DetectContext, RuleInfo } from '../detectors/detector';
import { detectorEntries } from '../detectors/registry';
import type { Finding } from '../findings/finding';
import { fingerprint } from '../findings/fingerprint';
import { isAllowedInline } from '../findings/inline-allow';
import { configFilter, dedupeByLocation } from '../findings/suppress';
import type { Blob, BlobSource } from '../sources/blob';
import { SourceFile } from '../text/source-file';
import { findSecretsInFile } from '../secrets/engine';

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: SkippedFile[];
  durationMs: number;
}

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  /** Findings hidden by the baseline, and baseline entries nothing matched any more. */
  baselined: number;
  staleBaseline: string[];
}

export interface ScanOptions {
  config: Config;
  /** Fingerprints accepted by `stowaway baseline`. */
  baseline?: Set<string>;
  /** Called after each blob, for progress display. */
  onBlob?: (blob: Blob) => void;
}

/** source → detectors → findings → suppression. Knows nothing of reporters. */
export async function runScan(source: BlobSource, opts: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const { config } = opts;
  const ignored = config.ignore.length ? micromatch.matcher(config.ignore.length === 1 ? config.ignore[0] : `{${config.ignore.join(',')}}`, { dot: true }) : null;
  const loaded = new Map<string, Detector>();
  const catalogue = new Map<string, RuleInfo>();
  const filter = configFilter(config, catalogue);
  const ctx: DetectContext = {
    config,
    readFile: source.readFile,
    findSecrets: (text, path) => findSecretsInFile(new SourceFile(path, text)),
  };
  const stats: ScanStats = { files: 0, bytes: 0, skipped: [], durationMs: 0 };
  let findings: Finding[] = [];

  for await (const blob of source.blobs) {
    opts.onBlob?.(blob);
    if (ignored && ignored(blob.path)) continue;
    if (!blob.content) {
      stats.skipped.push({ file: blob.path, reason: blob.skipped ?? 'skipped' });
      continue;
    }
    stats.files++;
    stats.bytes += blob.size;
    const file = SourceFile.fromBuffer(blob.path, blob.content);
    for (const entry of detectorEntries) {
      if (!entry.wants(blob.path, config)) continue;
      let detector = loaded.get(entry.name);
      if (!detector) {
        detector = await entry.load();
        loaded.set(entry.name, detector);
        for (const r of detector.rules) catalogue.set(r.id, r);
      }
      for (const d of await detector.detect(file, ctx)) {
        if (blob.addedLines && d.category === 'secret' && !blob.addedLines.has(d.line)) continue;
        if (isAllowedInline(file, d.line, d.ruleId)) continue;
        const f: Finding = { ...d, file: blob.path, commit: d.commit ?? blob.commit ?? null, meta: d.meta ?? blob.meta };
        const kept = filter(f);
        if (kept) findings.push(kept);
      }
    }
  }

  findings = dedupeByLocation(findings);
  for (const f of findings) f.fingerprint = fingerprint(f.ruleId, f.file, f.secret);
  let baselined = 0;
  const staleBaseline: string[] = [];
  if (opts.baseline) {
    const seen = new Set<string>();
    findings = findings.filter((f) => {
      if (opts.baseline!.has(f.fingerprint!)) {
        seen.add(f.fingerprint!);
        baselined++;
        return false;
      }
      return true;
    });
    for (const fp of opts.baseline) if (!seen.has(fp)) staleBaseline.push(fp);
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  stats.durationMs = Math.round(performance.now() - started);
  return { findings, stats, baselined, staleBaseline };
}
