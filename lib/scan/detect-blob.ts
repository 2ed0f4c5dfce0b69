import type { Config } from '../config/schema';
import type { Detector, DetectContext, RuleInfo } from '../detectors/detector';
import { detectorEntries } from '../detectors/registry';
import { loadGlobMatcher } from '../config/glob-match';
import type { DetectedFinding } from '../findings/finding';
import { isAllowedInline } from '../findings/inline-allow';
import { SourceFile } from '../text/source-file';
import { hasUtf16Bom } from '../text/utf16';
import type { ReadFile } from '../sources/blob';
import { mergeSliceFindings, onFileLines, SLICE_ABOVE_BYTES, slicesOf } from './slices';

/**
 * The secret engine, loaded with the first blob this thread scans: the main thread of a scan that
 * hands every blob to workers never parses its rules (~12 MiB of RSS).
 */
let engine: typeof import('../secrets/engine') | null = null;

/**
 * Runs every detector that wants a path on one blob's content, then drops
 * findings outside the staged change's added lines and inline-allowed ones.
 * The same code runs on the main thread (serial scans) and in scan workers,
 * so both modes report exactly the same findings.
 */
export class BlobDetector {
  private readonly loaded = new Map<string, Detector>();
  private readonly ctx: DetectContext;

  /** `onRules` hears each detector's catalogue once, when that detector first loads. */
  constructor(
    private readonly config: Config,
    readFile: ReadFile,
    private readonly onRules: (rules: RuleInfo[]) => void,
  ) {
    // Config reaches the engine here too, so custom rules and `off` settings apply to values
    // the Dockerfile, compose and Kubernetes checks ask about.
    this.ctx = { config, readFile, findSecrets: (text, path) => engine!.findSecretsInFile(new SourceFile(path, text), config) };
  }

  /**
   * Decodes before anything awaits, so nothing holds the bytes while the detectors run: a buffer
   * kept that long outlives a few young-generation collections, is promoted, and then waits for a
   * full collection (in a worker, tens of MiB of the scan's RSS). A big file read in slices keeps
   * its bytes instead of their decoded whole: half the memory or less.
   */
  detect(path: string, content: Uint8Array, addedLines?: Set<number>): Promise<DetectedFinding[]> {
    const buf = Buffer.isBuffer(content) ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    // A UTF-16 file is decoded whole: a `\n` byte is no line end there.
    if (buf.length > SLICE_ABOVE_BYTES && this.secretsOnly(path) && !hasUtf16Bom(buf)) return this.detectSliced(path, buf, addedLines);
    return this.detectFile(SourceFile.fromBuffer(path, buf), addedLines);
  }

  /** Whether the secret engine is the only detector for the path (logs, lock files, bundles): then a big file can be sliced. */
  private secretsOnly(path: string): boolean {
    return detectorEntries.every((e) => e.name === 'secrets' || !e.wants(path, this.config));
  }

  private async ready(): Promise<void> {
    await loadGlobMatcher(this.config); // worker threads load their own copy
    engine ??= await import('../secrets/engine');
  }

  private async detectorFor(entry: (typeof detectorEntries)[number]): Promise<Detector> {
    let detector = this.loaded.get(entry.name);
    if (!detector) {
      detector = await entry.load();
      this.loaded.set(entry.name, detector);
      this.onRules(detector.rules);
    }
    return detector;
  }

  /** A detector's findings in the file, less those an inline `stowaway:allow` (or gitleaks/pragma) comment silences. */
  private async notAllowed(detector: Detector, file: SourceFile, ctx: DetectContext): Promise<DetectedFinding[]> {
    return (await detector.detect(file, ctx)).filter((d) => !isAllowedInline(file, d.line, d.ruleId));
  }

  private async detectFile(file: SourceFile, addedLines?: Set<number>): Promise<DetectedFinding[]> {
    await this.ready();
    const path = file.path;
    const out: DetectedFinding[] = [];
    const notes: string[] = [];
    const ctx: DetectContext = { ...this.ctx, skip: (reason) => notes.push(reason) };
    for (const entry of detectorEntries) {
      if (!entry.wants(path, this.config) || (entry.wantsText && !entry.wantsText(path, file.text))) continue;
      for (const d of await this.notAllowed(await this.detectorFor(entry), file, ctx)) {
        if (addedLines && d.category === 'secret' && !addedLines.has(d.line)) continue;
        out.push(d);
      }
    }
    // Skip notes travel with the findings (also across the worker boundary) and become stats.skipped.
    for (const reason of notes) out.push(skipNote(reason));
    return out;
  }

  /** A big file the secret engine alone reads, a slice at a time (slices.ts): the same findings, a fraction of the memory. */
  private async detectSliced(path: string, buf: Buffer, addedLines?: Set<number>): Promise<DetectedFinding[]> {
    await this.ready();
    const detector = await this.detectorFor(detectorEntries.find((e) => e.name === 'secrets')!);
    const out: DetectedFinding[] = [];
    const notes: string[] = [];
    const ctx: DetectContext = { ...this.ctx, skip: (reason) => notes.push(reason) };
    for (const slice of slicesOf(buf)) {
      for (const d of await this.notAllowed(detector, SourceFile.fromBuffer(path, buf.subarray(slice.start, slice.end)), ctx)) {
        const f = onFileLines(d, slice.firstLine);
        if (addedLines && !addedLines.has(f.line)) continue;
        out.push(f);
      }
    }
    const merged = mergeSliceFindings(out);
    for (const reason of notes) merged.push(skipNote(reason));
    return merged;
  }
}

/** Rule id of the marker a skip note travels as; never reported as a finding. */
export const SKIP_NOTE = 'stowaway/skipped';

function skipNote(reason: string): DetectedFinding {
  return { ruleId: SKIP_NOTE, category: 'secret', severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 1, message: reason, why: '', fix: '', secret: '' };
}
