/**
 * UTF-16 text with a byte-order mark: what Windows PowerShell 5 (`>`, `Out-File`), regedit
 * exports and some Visual Studio files write. Git's NUL heuristic calls it binary, but it is
 * text a credential can sit in, so it is decoded rather than skipped. Without a BOM the
 * byte order is a guess and NUL-heavy bytes stay binary.
 */
const PROBE_UNITS = 4000;

/** Byte order from the BOM, or null when the bytes do not start with one. */
function utf16Order(content: Buffer): 'le' | 'be' | null {
  if (content.length < 2 || content.length % 2 !== 0) return null;
  if (content[0] === 0xff && content[1] === 0xfe) return 'le';
  if (content[0] === 0xfe && content[1] === 0xff) return 'be';
  return null;
}

function decode(content: Buffer, order: 'le' | 'be'): string {
  if (order === 'le') return content.toString('utf16le', 2);
  const swapped = Buffer.from(content.subarray(2));
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** Whether the bytes open with a UTF-16 BOM (an even length, FF FE or FE FF): only then is UTF-16 tried. */
export function hasUtf16Bom(content: Buffer): boolean {
  return utf16Order(content) !== null;
}

/** A BOM-marked UTF-16 file whose first code units are text (no NUL, no C0 control but tab, CR, LF, FF). */
export function isUtf16Text(content: Buffer): boolean {
  const order = utf16Order(content);
  if (!order) return false;
  const probe = decode(content.subarray(0, 2 + PROBE_UNITS * 2), order);
  return !/[\x00-\x08\x0b\x0e-\x1f]/.test(probe);
}

/** The decoded text (BOM dropped) of a BOM-marked UTF-16 file; null for anything else. */
export function decodeUtf16(content: Buffer): string | null {
  const order = utf16Order(content);
  return order && isUtf16Text(content) ? decode(content, order) : null;
}
