import { readSync } from 'node:fs';
import { isUtf16Text } from '../text/utf16';

/** One file's content as a source yields it, before any detector sees it. */
export interface Blob {
  /** Repo-relative (or scan-root-relative) path with `/` separators. */
  path: string;
  /** null when the blob was skipped; `skipped` says why. */
  content: Buffer | null;
  size: number;
  skipped?: string;
  /** When set, only secret findings on these 1-based lines count (the staged change's added lines). */
  addedLines?: Set<number>;
  /** Commit that introduced this blob (history and push scans). */
  commit?: string | null;
  /** Extra context carried into findings (e.g. image layer). */
  meta?: Record<string, string | number | boolean | null>;
}

/** Reads a sibling file from the same source (index, tree, disk) for detectors that need context. */
export type ReadFile = (path: string) => Promise<string | null>;

export interface BlobSource {
  blobs: AsyncIterable<Blob>;
  readFile: ReadFile;
  /** Root used to resolve config and baseline. */
  root: string;
  /**
   * Blobs come from another process (`git cat-file`) as the scan goes: scanning while it works
   * overlaps the two, so the scan does not read ahead before it knows its size (run-scan.ts).
   */
  streamed?: boolean;
  /**
   * Reading is work of its own on the main thread (gunzip and tar parsing of image layers): workers
   * that scan meanwhile pay off even on two cores (run-scan.ts).
   */
  busyReader?: boolean;
}

const BINARY_PROBE = 8000;

/**
 * Git's own heuristic: a NUL byte in the first 8,000 bytes means binary; except UTF-16 text
 * marked by a BOM, which is decoded (lib/text/utf16.ts). The probe is a whole file when it is short,
 * so the even-length check of a BOM-marked file holds on it too.
 */
export function isBinary(content: Buffer): boolean {
  const end = Math.min(content.length, BINARY_PROBE);
  const probe = content.subarray(0, end);
  if (!probe.includes(0)) return false;
  return !isUtf16Text(end % 2 === 0 ? probe : probe.subarray(0, end - 1));
}

export function skipped(path: string, size: number, reason: string, extra: Partial<Blob> = {}): Blob {
  return { path, content: null, size, skipped: reason, ...extra };
}

/** A file over `maxFileSize`, skipped without being read. */
export function tooLarge(path: string, size: number, extra: Partial<Blob> = {}): Blob {
  return skipped(path, size, `larger than maxFileSize (${size} bytes)`, extra);
}

/** Read content as a blob to scan, or a skip when it is binary. */
export function contentBlob(path: string, content: Buffer, extra: Partial<Blob> = {}): Blob {
  if (isBinary(content)) return skipped(path, content.length, 'binary', extra);
  return { path, content, size: content.length, ...extra };
}

/**
 * An open file of `size` bytes as a blob, or a skip when it is binary. The binary probe is read
 * first, so images and archives are skipped without reading the rest.
 */
export function openFileBlob(fd: number, path: string, size: number, extra: Partial<Blob> = {}): Blob {
  const content = Buffer.allocUnsafeSlow(size);
  let got = readFully(fd, content, 0, Math.min(size, BINARY_PROBE));
  if (isBinary(content.subarray(0, got))) return skipped(path, size, 'binary', extra);
  if (got === BINARY_PROBE) got += readFully(fd, content, got, size - got);
  const read = got === size ? content : content.subarray(0, got);
  return { path, content: read, size: read.length, ...extra };
}

/** Reads up to `length` bytes at `offset` (short only at end of file). */
function readFully(fd: number, buf: Buffer, offset: number, length: number): number {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, offset + done, length - done, offset + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
