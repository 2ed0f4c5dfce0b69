import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { ImageError } from './image-error';

export interface TarMember {
  /** Normalised name: no leading `./` or `/`. */
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'link' | 'other';
  /** Byte offset of the member's data in the archive. */
  offset: number;
  size: number;
  linkname: string;
}

const BLOCK = 512;

function cstring(buf: Buffer, start: number, len: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end < 0 || end > start + len ? start + len : end);
}

function octal(buf: Buffer, start: number, len: number): number {
  // GNU base-256 for sizes of 8 GiB and more.
  if (buf[start] & 0x80) {
    let n = 0;
    for (let i = start + 1; i < start + len; i++) n = n * 256 + buf[i];
    return n;
  }
  const s = cstring(buf, start, len).trim();
  return s ? parseInt(s, 8) : 0;
}

function checksumOk(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return sum === octal(h, 148, 8);
}

export function normaliseMember(name: string): string {
  return name.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const sp = data.indexOf(32, pos);
    if (sp < 0) break;
    const len = parseInt(data.toString('utf8', pos, sp), 10);
    if (!len) break;
    const rec = data.toString('utf8', sp + 1, pos + len - 1);
    const eq = rec.indexOf('=');
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    pos += len;
  }
  return out;
}

/**
 * Lists the members of an uncompressed tar file by reading only its headers
 * (seeking over the data), so a 2 GiB `docker save` archive is indexed in
 * milliseconds and its layers can then be streamed in any order.
 */
export function indexTar(path: string): Map<string, TarMember> {
  const fd = openSync(path, 'r');
  try {
    const total = fstatSync(fd).size;
    const members = new Map<string, TarMember>();
    const header = Buffer.alloc(BLOCK);
    let pos = 0;
    let longName: string | null = null;
    let pax: Record<string, string> = {};
    while (pos + BLOCK <= total) {
      readSync(fd, header, 0, BLOCK, pos);
      if (header.every((b) => b === 0)) break;
      if (!checksumOk(header)) {
        if (pos === 0) throw new ImageError(`${path} is not a tar archive (no valid tar header). Expected the output of \`docker save -o FILE.tar IMAGE\` or an OCI image layout.`);
        throw new ImageError(`${path} is corrupt: bad tar header at byte ${pos}. Re-export the image.`);
      }
      const flag = String.fromCharCode(header[156] || 48);
      const meta = flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K';
      const size = !meta && pax.size ? Number(pax.size) : octal(header, 124, 12);
      const dataAt = pos + BLOCK;
      pos = dataAt + Math.ceil(size / BLOCK) * BLOCK;
      if (dataAt + size > total) throw new ImageError(`${path} is truncated: a member runs past the end of the file. Re-export the image.`);
      const readData = () => {
        const b = Buffer.alloc(size);
        readSync(fd, b, 0, size, dataAt);
        return b;
      };
      if (flag === 'x') {
        pax = parsePax(readData());
        continue;
      }
      if (flag === 'g') continue;
      if (flag === 'L') {
        longName = cstring(readData(), 0, size);
        continue;
      }
      if (flag === 'K') continue;
      const prefix = header.toString('latin1', 257, 262) === 'ustar' ? cstring(header, 345, 155) : '';
      const raw = pax.path ?? longName ?? (prefix ? `${prefix}/${cstring(header, 0, 100)}` : cstring(header, 0, 100));
      const type = flag === '0' || flag === '7' ? 'file' : flag === '5' ? 'directory' : flag === '2' ? 'symlink' : flag === '1' ? 'link' : 'other';
      members.set(normaliseMember(raw), { name: normaliseMember(raw), type, offset: dataAt, size, linkname: pax.linkpath ?? cstring(header, 157, 100) });
      longName = null;
      pax = {};
    }
    return members;
  } finally {
    closeSync(fd);
  }
}
