/**
 * Text assembled from pieces of a file (continuation lines joined, comment
 * lines dropped, a JSON string decoded) that still knows where each character
 * came from, so a finding in the assembled text points at the file.
 */
export class MappedText {
  readonly text: string;
  private readonly offsets: number[];
  /** File offset just past the last source character, for empty spans at the end. */
  private readonly endOffset: number;

  constructor(text: string, offsets: number[], endOffset: number) {
    this.text = text;
    this.offsets = offsets;
    this.endOffset = endOffset;
  }

  static empty(at: number): MappedText {
    return new MappedText('', [], at);
  }

  /** A contiguous slice of the file. */
  static slice(source: string, start: number, end: number): MappedText {
    const offsets = new Array<number>(end - start);
    for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
    return new MappedText(source.slice(start, end), offsets, end);
  }

  /** File offset of character `i` (clamped). */
  offsetAt(i: number): number {
    if (this.offsets.length === 0) return this.endOffset;
    if (i >= this.offsets.length) return this.endOffset;
    return this.offsets[Math.max(0, i)];
  }

  /** File span [start, end) covering characters [from, to) of this text. */
  span(from: number, to: number): { start: number; end: number } {
    const start = this.offsetAt(from);
    const end = to > from ? this.offsetAt(to - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  }

  /**
   * Text derived from characters [from, to) whose characters do not line up one
   * to one (a decoded quoted string): character k maps to from + k, clamped.
   */
  derive(text: string, from: number, to: number): MappedText {
    const offsets = new Array<number>(text.length);
    const last = Math.max(from, to - 1);
    for (let k = 0; k < text.length; k++) offsets[k] = this.offsetAt(Math.min(from + k, last));
    return new MappedText(text, offsets, this.offsetAt(to));
  }

  /** Concatenation, separated by `sep` (mapped to the end of the left part). */
  static join(parts: MappedText[], sep: string, fallbackAt: number): MappedText {
    if (!parts.length) return MappedText.empty(fallbackAt);
    let text = '';
    const offsets: number[] = [];
    parts.forEach((p, i) => {
      if (i > 0) {
        text += sep;
        const at = parts[i - 1].offsetAt(parts[i - 1].text.length);
        for (let k = 0; k < sep.length; k++) offsets.push(at);
      }
      text += p.text;
      for (let k = 0; k < p.text.length; k++) offsets.push(p.offsetAt(k));
    });
    return new MappedText(text, offsets, parts[parts.length - 1].offsetAt(parts[parts.length - 1].text.length));
  }
}

/** Builder for assembled text. */
export class MappedTextBuilder {
  private text = '';
  private offsets: number[] = [];
  private lastEnd: number;

  constructor(start: number) {
    this.lastEnd = start;
  }

  appendSource(source: string, start: number, end: number): void {
    this.text += source.slice(start, end);
    for (let i = start; i < end; i++) this.offsets.push(i);
    if (end > start) this.lastEnd = end;
  }

  appendSynthetic(s: string): void {
    this.text += s;
    for (let i = 0; i < s.length; i++) this.offsets.push(this.lastEnd);
  }

  build(): MappedText {
    return new MappedText(this.text, this.offsets, this.lastEnd);
  }
}
