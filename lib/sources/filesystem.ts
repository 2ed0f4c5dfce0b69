import { promises as fs } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentBlob, skipped, tooLarge, type Blob, type BlobSource } from './blob';

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

async function readOne(abs: string, shown: string, maxSize: number): Promise<Blob | null> {
  let st;
  try {
    st = await fs.lstat(abs);
  } catch (e) {
    return skipped(shown, 0, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (st.isSymbolicLink()) return skipped(shown, st.size, 'symbolic link (not followed)');
  if (!st.isFile()) return null;
  if (st.size > maxSize) return tooLarge(shown, st.size);
  return contentBlob(shown, await fs.readFile(abs));
}

async function* walk(dir: string): AsyncGenerator<string> {
  let names;
  try {
    names = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of names) {
    if (d.name === '.git') continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** A plain directory (outside git, or `files` given a folder): every file below it, `.git` excluded. */
export function directorySource(dir: string, maxSize: number): BlobSource {
  const root = resolve(dir);
  async function* blobs(): AsyncGenerator<Blob> {
    for await (const abs of walk(root)) {
      const b = await readOne(abs, toPosix(relative(root, abs)), maxSize);
      if (b) yield b;
    }
  }
  return { root, blobs: blobs(), readFile: diskReader(root) };
}

/**
 * Exactly the given paths, as the pre-commit framework and lint-staged pass
 * them (relative or absolute; names may hold spaces, newlines or glob
 * characters, so they are never globbed). Reported relative to `root`.
 */
export function filesSource(paths: string[], root: string, maxSize: number): BlobSource {
  async function* blobs(): AsyncGenerator<Blob> {
    for (const p of paths) {
      const abs = resolve(p);
      const rel = relative(root, abs);
      const shown = toPosix(rel.startsWith('..') ? abs : rel);
      let st;
      try {
        st = await fs.stat(abs);
      } catch {
        yield skipped(shown, 0, 'file not found');
        continue;
      }
      if (st.isDirectory()) {
        for await (const inner of walk(abs)) {
          const r = relative(root, inner);
          const b = await readOne(inner, toPosix(r.startsWith('..') ? inner : r), maxSize);
          if (b) yield b;
        }
        continue;
      }
      const b = await readOne(abs, shown, maxSize);
      if (b) yield b;
    }
  }
  return { root, blobs: blobs(), readFile: diskReader(root) };
}

export function diskReader(root: string) {
  return async (path: string): Promise<string | null> => {
    try {
      return await fs.readFile(join(root, path), 'utf8');
    } catch {
      return null;
    }
  };
}
