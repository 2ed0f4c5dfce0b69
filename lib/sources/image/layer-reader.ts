import { posix } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import type { ImageArchive } from './archive';
import { ImageError } from './image-error';
import type { LayerRef } from './manifest';

export type LayerEntry =
  /** `content` is null when the file is larger than maxSize (its bytes were drained, not kept). */
  | { kind: 'file'; path: string; rawName: string; size: number; content: Buffer | null }
  /** A whiteout: `path` (and everything under it) from lower layers is deleted. `opaque`: the directory's lower contents are. */
  | { kind: 'whiteout'; path: string; opaque: boolean }
  /** Symlinks, hard links, devices: recorded as present, never followed or read. */
  | { kind: 'other'; path: string };

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/**
 * Where a layer entry lands in the image filesystem: always absolute and
 * inside `/`, so `../../etc/x` becomes `/etc/x`. Nothing is ever written, so
 * a hostile name can only mislabel a finding, never escape.
 */
export function imagePath(name: string): string {
  const p = posix.normalize('/' + name.replace(/\\/g, '/'));
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

function describe(layer: LayerRef): string {
  return `layer ${layer.index} (${layer.digest.slice(0, 19)})`;
}

/** Picks the decompressor from the media type and the first bytes; unsupported compression is a clear error. */
function decompressor(archive: ImageArchive, layer: LayerRef): 'gzip' | 'none' {
  const head = archive.head(layer.member, 6);
  const mt = layer.mediaType ?? '';
  const zstd = mt.includes('zstd') || (head.length >= 4 && head.readUInt32BE(0) === 0x28b52ffd);
  if (zstd)
    throw new ImageError(
      `${archive.path}: ${describe(layer)} is zstd-compressed. stowaway reads gzip and uncompressed layers only. Convert the image first, e.g. \`skopeo copy --dest-compress-format gzip oci-archive:${archive.path} oci-archive:gzip-${archive.label}\`, or re-export it with \`docker save\`.`,
    );
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  const other = head.subarray(0, 3).toString('latin1') === 'BZh' ? 'bzip2' : head[0] === 0xfd && head.subarray(1, 6).toString('latin1') === '7zXZ\0' ? 'xz' : null;
  if (other) throw new ImageError(`${archive.path}: ${describe(layer)} is ${other}-compressed. stowaway reads gzip and uncompressed layers only; re-export the image with \`docker save\`.`);
  return 'none';
}

/**
 * Streams one layer's entries: decompressed on the fly, one file in memory
 * at a time, nothing written to disk. `onBytes` reports compressed bytes read.
 */
export async function* readLayer(archive: ImageArchive, layer: LayerRef, maxSize: number, onBytes: (n: number) => void): AsyncGenerator<LayerEntry> {
  const kind = decompressor(archive, layer);
  const src: Readable = archive.stream(layer.member);
  const ex = extract({ allowUnknownFormat: true } as Parameters<typeof extract>[0]);
  const fail = (e: Error) => ex.destroy(new ImageError(`${archive.path}: ${describe(layer)} cannot be read: ${e.message}. The archive may be truncated or corrupt.`));
  src.on('data', (c: Buffer) => onBytes(c.length));
  src.on('error', fail);
  if (kind === 'gzip') {
    const gunzip = createGunzip();
    gunzip.on('error', fail);
    src.pipe(gunzip).pipe(ex);
  } else {
    src.pipe(ex);
  }
  try {
    for await (const entry of ex) {
      const h = entry.header;
      const path = imagePath(h.name);
      const base = posix.basename(path);
      if (base === OPAQUE || base.startsWith(WHITEOUT)) {
        for await (const _ of entry);
        yield base === OPAQUE ? { kind: 'whiteout', path: posix.dirname(path), opaque: true } : { kind: 'whiteout', path: posix.join(posix.dirname(path), base.slice(WHITEOUT.length)), opaque: false };
        continue;
      }
      if (h.type === 'file' || h.type === 'contiguous-file') {
        const size = h.size ?? 0;
        const keep = size <= maxSize;
        const parts: Buffer[] = [];
        for await (const chunk of entry) if (keep) parts.push(chunk as Buffer);
        yield { kind: 'file', path, rawName: h.name, size, content: keep ? Buffer.concat(parts) : null };
        continue;
      }
      for await (const _ of entry);
      if (h.type !== 'directory') yield { kind: 'other', path };
    }
  } catch (e) {
    if (e instanceof ImageError) throw e;
    throw new ImageError(`${archive.path}: ${describe(layer)} is not a readable tar stream (${(e as Error).message}).`);
  } finally {
    src.destroy();
  }
}
