import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, posix, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { ImageError } from './image-error';
import { indexTar, normaliseMember, type TarMember } from './tar-index';

/**
 * Random access to the files of a saved image, whether it is a tarball
 * (`docker save`, `oci-archive`) or an unpacked OCI layout directory. Nothing
 * is ever extracted: members are read in place.
 */
export interface ImageArchive {
  /** The path the user gave, for messages. */
  path: string;
  /** Short name used to prefix finding paths (`app.tar`). */
  label: string;
  has(name: string): boolean;
  size(name: string): number;
  /** First `n` bytes of a member (to sniff compression). */
  head(name: string, n: number): Buffer;
  readText(name: string): string;
  stream(name: string): Readable;
}

const MAX_LINK_HOPS = 16;
const MAX_JSON = 64 * 1024 * 1024;

function tarArchive(path: string): ImageArchive {
  const members = indexTar(path);
  /** Follows links inside the archive only (docker save stores repeated layers as symlinks). */
  const resolveMember = (name: string): TarMember | null => {
    let m = members.get(normaliseMember(name));
    for (let hops = 0; m && (m.type === 'symlink' || m.type === 'link'); hops++) {
      if (hops >= MAX_LINK_HOPS) throw new ImageError(`${path}: ${name} is part of a symlink loop inside the archive; the image is malformed.`);
      const target = m.type === 'symlink' ? posix.join(posix.dirname('/' + m.name), m.linkname) : '/' + m.linkname;
      m = members.get(normaliseMember(posix.normalize(target)));
    }
    return m && m.type === 'file' ? m : null;
  };
  const need = (name: string): TarMember => {
    const m = resolveMember(name);
    if (!m) throw new ImageError(`${path}: the archive has no file ${name}, which its manifest names. The archive is incomplete; re-export it with \`docker save\`.`);
    return m;
  };
  return {
    path,
    label: basename(path),
    has: (name) => resolveMember(name) !== null,
    size: (name) => need(name).size,
    head(name, n) {
      const m = need(name);
      const buf = Buffer.alloc(Math.min(n, m.size));
      const fd = openSync(path, 'r');
      try {
        readSync(fd, buf, 0, buf.length, m.offset);
      } finally {
        closeSync(fd);
      }
      return buf;
    },
    readText(name) {
      const m = need(name);
      if (m.size > MAX_JSON) throw new ImageError(`${path}: ${name} is ${m.size} bytes, too large for image metadata.`);
      const buf = Buffer.alloc(m.size);
      const fd = openSync(path, 'r');
      try {
        readSync(fd, buf, 0, m.size, m.offset);
      } finally {
        closeSync(fd);
      }
      return buf.toString('utf8');
    },
    stream(name) {
      const m = need(name);
      if (m.size === 0) return Readable.from([]);
      return createReadStream(path, { start: m.offset, end: m.offset + m.size - 1, highWaterMark: 256 * 1024 });
    },
  };
}

function directoryArchive(dir: string): ImageArchive {
  const root = realpathSync(dir);
  /** Resolves a member inside the layout; a symlink pointing outside it is refused, never followed. */
  const locate = (name: string): string | null => {
    const p = resolve(root, normaliseMember(name));
    if (relative(root, p).startsWith('..')) return null;
    if (!existsSync(p)) {
      return null;
    }
    let real: string;
    try {
      real = realpathSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ImageError(`${dir}: ${name} ${code === 'ELOOP' ? 'is part of a symlink loop' : `cannot be read (${code})`}; the layout is malformed.`);
    }
    if (real !== root && !real.startsWith(root + sep)) throw new ImageError(`${dir}: ${name} is a symlink to ${real}, outside the image layout; refusing to follow it.`);
    return statSync(real).isFile() ? real : null;
  };
  const need = (name: string): string => {
    const p = locate(name);
    if (!p) throw new ImageError(`${dir}: the layout has no file ${name}, which its index names. Copy the complete layout (e.g. \`skopeo copy … oci:DIR\`).`);
    return p;
  };
  return {
    path: dir,
    label: basename(resolve(dir)),
    has: (name) => {
      try {
        return locate(name) !== null;
      } catch {
        return false;
      }
    },
    size: (name) => statSync(need(name)).size,
    head(name, n) {
      const fd = openSync(need(name), 'r');
      try {
        const buf = Buffer.alloc(n);
        const got = readSync(fd, buf, 0, n, 0);
        return buf.subarray(0, got);
      } finally {
        closeSync(fd);
      }
    },
    readText(name) {
      const p = need(name);
      if (statSync(p).size > MAX_JSON) throw new ImageError(`${dir}: ${name} is too large for image metadata.`);
      return readFileSync(p, 'utf8');
    },
    stream: (name) => createReadStream(need(name), { highWaterMark: 256 * 1024 }),
  };
}

const GZIP = [0x1f, 0x8b];

/** Opens FILE.tar or an OCI layout directory. */
export function openArchive(path: string): ImageArchive {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new ImageError(`${path}: no such file or directory. Save an image first: docker save -o ${path} IMAGE`);
  }
  if (st.isDirectory()) {
    if (!existsSync(resolve(path, 'index.json')) && !existsSync(resolve(path, 'manifest.json')))
      throw new ImageError(`${path} is a directory without index.json or manifest.json: not an OCI image layout or an unpacked docker save.`);
    return directoryArchive(path);
  }
  const fd = openSync(path, 'r');
  const magic = Buffer.alloc(4);
  try {
    readSync(fd, magic, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (magic[0] === GZIP[0] && magic[1] === GZIP[1])
    throw new ImageError(`${path} is gzip-compressed as a whole. stowaway reads layers in place and needs the plain tar: run \`gunzip -k ${path}\` (or save without compression: docker save -o image.tar IMAGE) and scan the .tar.`);
  if (magic.readUInt32BE(0) === 0x28b52ffd) throw new ImageError(`${path} is zstd-compressed as a whole. Decompress it first (\`zstd -d ${path}\`) and scan the .tar.`);
  return tarArchive(path);
}
