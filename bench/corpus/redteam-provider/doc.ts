import { FileBuilder } from '../plant';

/** How a file is written out: the line-level oddities real repositories have. */
export interface Encoding {
  crlf?: boolean;
  bom?: boolean;
  /** No newline after the last line. */
  noFinalNewline?: boolean;
  /** UTF-16LE bytes (with `bom`, the FF FE mark): what Windows PowerShell 5 `>` and regedit write. */
  utf16le?: boolean;
}

/**
 * One file of the red-team corpus: lines, plus the planted spans the scorer
 * compares findings with. `p` marks a credential that must be reported, `n` a
 * hard negative that must not; `kind` groups misses and false positives as
 * `<context>/<provider>` and `neg:<what>`.
 */
export class RtDoc extends FileBuilder {
  encoding: Encoding = {};

  t(text: string): this {
    this.add(text);
    return this;
  }
  p(kind: string, text: string, sample?: string): this {
    this.add(text, { type: 'pos', kind, sample });
    return this;
  }
  n(kind: string, text: string): this {
    this.add(text, { type: 'neg', kind: `neg:${kind}` });
    return this;
  }
  get size(): number {
    return this.lines.reduce((a, l) => a + l.length + 1, 0);
  }
  text(): string {
    const eol = this.encoding.crlf ? '\r\n' : '\n';
    return (this.encoding.bom ? '\uFEFF' : '') + this.lines.join(eol) + (this.encoding.noFinalNewline ? '' : eol);
  }
  bytes(): Buffer {
    return Buffer.from(this.text(), this.encoding.utf16le ? 'utf16le' : 'utf8');
  }
}
