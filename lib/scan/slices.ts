/**
 * Big files are scanned for secrets a slice at a time: a 6 MiB log decoded whole is a 6 MiB string
 * plus its line table and keyword hits in one worker's heap, and two workers on two such files set
 * a scan's peak RSS. A slice is about SLICE_BYTES of whole lines, decoded on its own, with
 * CONTEXT_BYTES of the lines before it in front, so a construct that crosses the cut (a PEM block,
 * a YAML key above its value) is read whole by one of the two slices. Findings are put back on the
 * file's lines, and the two readings of the overlap are merged (see mergeSliceFindings).
 *
 * Cuts fall after a `\n` byte, which never sits inside a UTF-8 sequence, so each slice decodes to
 * the same characters as the whole file would there.
 */

import type { DetectedFinding } from '../findings/finding';

/** Files above this size are sliced. */
export const SLICE_ABOVE_BYTES = 2 * 1024 * 1024;
const SLICE_BYTES = 1024 * 1024;
/** Longer than any multi-line construct the engine reads (PEM blocks: 16 KiB). */
const CONTEXT_BYTES = 64 * 1024;

export interface Slice {
  /** Byte range to decode: context lines, then the slice's own lines. */
  start: number;
  end: number;
  /** 1-based line of the file where `start` is. */
  firstLine: number;
  /** First line after the context: where the slice before ended. */
  ownLine: number;
}

/** Slices of a buffer, in order; one slice covering it all when no `\n` allows a cut. */
export function slicesOf(buf: Uint8Array): Slice[] {
  const out: Slice[] = [];
  let own = 0;
  let ownLine = 1;
  while (own < buf.length) {
    let end = Math.min(buf.length, own + SLICE_BYTES);
    if (end < buf.length) {
      const nl = buf.indexOf(0x0a, end - 1);
      end = nl < 0 ? buf.length : nl + 1;
    }
    let start = own;
    let firstLine = ownLine;
    if (own > 0) {
      // Back to the start of the line CONTEXT_BYTES before, counting the lines stepped over.
      const back = Math.max(0, own - CONTEXT_BYTES);
      const nl = back === 0 ? -1 : buf.lastIndexOf(0x0a, back - 1);
      start = nl + 1;
      firstLine = ownLine - countNewlines(buf, start, own);
    }
    out.push({ start, end, firstLine, ownLine });
    ownLine += countNewlines(buf, own, end);
    own = end;
  }
  return out;
}

function countNewlines(buf: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(0x0a, from); i >= 0 && i < to; i = buf.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** A slice's finding moved to the file's lines. */
export function onFileLines(f: DetectedFinding, firstLine: number): DetectedFinding {
  return { ...f, line: f.line + firstLine - 1, endLine: f.endLine + firstLine - 1 };
}

/**
 * One finding per rule and start position over all slices. Both slices read the overlap: the
 * earlier one with everything above it, the later one with the end of a block the cut split (a
 * private key's BEGIN line before the cut, its END after). Each reports what it can see whole;
 * where both report one, the longer match wins.
 */
export function mergeSliceFindings(findings: DetectedFinding[]): DetectedFinding[] {
  const best = new Map<string, DetectedFinding>();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.line}\0${f.column}`;
    const seen = best.get(key);
    if (!seen || f.endLine > seen.endLine || (f.endLine === seen.endLine && f.endColumn > seen.endColumn)) best.set(key, f);
  }
  return [...best.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
