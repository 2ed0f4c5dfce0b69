import type { Planted } from '../plant';

/** How a file is written out: the line-level oddities real repositories have. */
export interface Encoding {
  crlf?: boolean;
  bom?: boolean;
  /** No newline after the last line. */
  noFinalNewline?: boolean;
}

/**
 * One file of the red-team corpus: lines, plus the planted spans the scorer
 * compares findings with. `p` marks a credential that must be reported, `n` a
 * hard negative that must not; `kind` groups misses and false positives as
 * `<context>/<provider>` and `neg:<what>`.
 */
export class RtDoc {
  readonly lines: string[] = [];
  readonly planted: Planted[] = [];
  encoding: Encoding = {};
  constructor(readonly path: string) {}

  t(text: string): this {
    this.lines.push(...text.split('\n'));
    return this;
  }
  private mark(type: 'pos' | 'neg', kind: string, text: string, sample?: string): this {
    const start = this.lines.length + 1;
    const parts = text.split('\n');
    this.lines.push(...parts);
    this.planted.push({ file: this.path, lineStart: start, lineEnd: start + parts.length - 1, type, kind, sample: (sample ?? text).slice(0, 120) });
    return this;
  }
  p(kind: string, text: string, sample?: string): this {
    return this.mark('pos', kind, text, sample);
  }
  n(kind: string, text: string): this {
    return this.mark('neg', `neg:${kind}`, text);
  }
  get size(): number {
    return this.lines.reduce((a, l) => a + l.length + 1, 0);
  }
  text(): string {
    const eol = this.encoding.crlf ? '\r\n' : '\n';
    return (this.encoding.bom ? '\uFEFF' : '') + this.lines.join(eol) + (this.encoding.noFinalNewline ? '' : eol);
  }
}
