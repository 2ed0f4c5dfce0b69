import { isAscii } from 'node:buffer';
import { lineStartsOf } from './line-starts';
import { lastAtOrBelow } from './sorted-search';
import { decodeUtf16, hasUtf16Bom } from './utf16';

/** Node's threshold for external strings is 1,031,913 bytes (EXTERN_APEX); stay clear of it. */
const LATIN1_BELOW = 1000 * 1000;

/**
 * A decoded file with a lazily built line index. Detectors work on `text`
 * and turn string offsets into 1-based line/column through `position`.
 */
export class SourceFile {
  readonly path: string;
  readonly text: string;
  private lineStarts: number[] | null = null;

  constructor(path: string, text: string) {
    this.path = path;
    this.text = text;
  }

  /** Decodes bytes as UTF-8 (invalid sequences become U+FFFD, one per byte run), or as BOM-marked UTF-16, and drops a BOM. */
  static fromBuffer(path: string, content: Buffer): SourceFile {
    // 0xFF and 0xFE never start UTF-8 text: only a BOM of them makes the file UTF-16.
    if (hasUtf16Bom(content)) {
      const utf16 = decodeUtf16(content);
      if (utf16 !== null) return new SourceFile(path, utf16);
    }
    // ASCII (nearly every file a scan reads) decodes the same either way, and latin1 skips UTF-8
    // validation (about half the decoding time). Only below ~1 MB: Node makes a larger latin1
    // string an external one, outside the heap until a collection finds it (+15 MiB peak RSS on
    // the speed corpus).
    let text = content.length < LATIN1_BELOW && isAscii(content) ? content.toString('latin1') : content.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return new SourceFile(path, text);
  }

  private starts(): number[] {
    // Shared with the engine's filters (text/line-starts.ts), which have just asked about this text.
    return (this.lineStarts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.starts().length;
  }

  /** 1-based line and column of a string offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.starts();
    const lo = lastAtOrBelow(starts, offset);
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** Text of a 1-based line without its line terminator (CR included). */
  lineText(line: number): string {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return '';
    const start = starts[line - 1];
    let end = line < starts.length ? starts[line] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  /** String offset where a 1-based line starts. */
  lineStart(line: number): number {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
  }

  /** Finding range for a match at `offset` of `length` characters. */
  range(offset: number, length: number): { line: number; column: number; endLine: number; endColumn: number } {
    const a = this.position(offset);
    const b = this.position(offset + Math.max(length, 1) - 1);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column + 1 };
  }
}
