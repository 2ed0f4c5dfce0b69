/**
 * Percent-encoding hides a token's start: in `next=%2Fcb%3Ftoken%3DSK67…` the token follows the
 * `D` of `%3D`, so neither a word-start keyword nor a `(?<![A-Za-z0-9])` boundary sees it begin.
 * Access logs and redirect URLs are full of these. The engine scans the lines that hold an encoded
 * separator once more with each such escape blanked to three spaces, which keeps every offset, and
 * reports what only that view shows.
 */
export interface SeparatorsBlanked {
  /** The lines holding an encoded separator, escapes blanked, joined by newlines (or the whole text blanked, when they are most of it). */
  text: string;
  /** Per line of `text`: its start in `text`, then its start in the original, and so on. */
  starts: number[];
}

/** Separators a token follows: `=` `:` space `"` `'` `&` `,` `/`. Other escapes (`%41`) leave a line alone. */
const ENCODED_SEPARATOR = /%(?:3[dDaA]|2[02067cCfF])/g;

export function separatorsBlanked(text: string): SeparatorsBlanked | null {
  ENCODED_SEPARATOR.lastIndex = 0;
  let m = ENCODED_SEPARATOR.exec(text);
  if (!m) return null;
  const lines: number[] = [];
  let covered = 0;
  while (m) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    lines.push(start, end);
    covered += end - start + 1;
    ENCODED_SEPARATOR.lastIndex = end;
    m = ENCODED_SEPARATOR.exec(text);
  }
  // Mostly such lines (an encoded access log): one copy of the whole text, in one native replace,
  // costs less than a string per line and keeps the offsets as they are.
  if (covered * 2 > text.length) return { text: text.replace(ENCODED_SEPARATOR, '   '), starts: [0, 0] };
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i += 2) {
    const line = text.slice(lines[i], lines[i + 1]).replace(ENCODED_SEPARATOR, '   ');
    starts.push(length, lines[i]);
    parts.push(line);
    length += line.length + 1;
  }
  return { text: parts.join('\n') + '\n', starts };
}

/** Where an offset of the blanked text is in the original. */
export function originalOffset(b: SeparatorsBlanked, offset: number): number {
  // Binary search over the line starts (pairs).
  let lo = 0;
  let hi = b.starts.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (b.starts[mid * 2] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return b.starts[lo * 2 + 1] + (offset - b.starts[lo * 2]);
}
