import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { readBlobs, type BlobResult } from '../git/cat-file';
import { execGit } from '../git/exec-git';
import { contentBlob, openFileBlob, skipped, tooLarge, type Blob } from './blob';

export interface GitEntry {
  oid: string;
  mode: string;
  path: string;
  addedLines?: Set<number>;
  commit?: string | null;
  meta?: Record<string, string | number | boolean | null>;
}

const GITLINK = '160000';
const SYMLINK = '120000';

/**
 * Turns index or tree entries into blobs through one cat-file reader, in
 * entry order. Paths in `fromDisk` (see worktree-clean.ts) are read from the
 * work tree under `root` instead; one that is no longer a readable regular
 * file there falls back to git.
 */
export async function* blobsFromEntries(root: string, entries: GitEntry[], maxSize: number, fromDisk?: Set<string>): AsyncGenerator<Blob> {
  const wanted: GitEntry[] = [];
  const plan: (GitEntry | Blob)[] = [];
  for (const e of entries) {
    // Submodules are other repositories; symlinks hold a path, not content.
    if (e.mode === GITLINK) plan.push(skipped(e.path, 0, 'submodule (scanned in its own repository)', { commit: e.commit ?? null }));
    else if (e.mode === SYMLINK) plan.push(skipped(e.path, 0, 'symbolic link (target not followed)', { commit: e.commit ?? null }));
    else {
      plan.push(e);
      if (!fromDisk?.has(e.path)) wanted.push(e);
    }
  }
  const fromGit = readBlobs(root, wanted, maxSize);
  const late: GitEntry[] = [];
  try {
    for (const item of plan) {
      if (!('oid' in item)) {
        yield item;
        continue;
      }
      if (fromDisk?.has(item.path)) {
        const blob = readWorktreeFile(root, item, maxSize);
        if (blob) yield blob;
        else late.push(item);
        continue;
      }
      const r = await fromGit.next();
      if (r.done) throw new Error(`git cat-file ended before ${item.path}`);
      yield toBlob(r.value);
    }
  } finally {
    await fromGit.return(undefined);
  }
  // Files that changed under us since diff-files said they were clean: the index has the truth.
  if (late.length) for await (const r of readBlobs(root, late, maxSize)) yield toBlob(r);
}

function toBlob(r: BlobResult<GitEntry>): Blob {
  const { path, addedLines, commit, meta } = r.request;
  const extra = { commit: commit ?? null, ...(meta ? { meta } : {}) };
  if (r.missing) return skipped(path, 0, 'object missing from the repository', extra);
  if (!r.content) return tooLarge(path, r.size, extra);
  return contentBlob(path, r.content, { addedLines, ...extra });
}

/** A clean work-tree file, or null when it is not a regular file any more (the caller asks git). */
function readWorktreeFile(root: string, e: GitEntry, maxSize: number): Blob | null {
  const extra = { commit: e.commit ?? null, ...(e.meta ? { meta: e.meta } : {}) };
  let fd: number;
  try {
    fd = openSync(join(root, e.path), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return null;
    if (st.size > maxSize) return tooLarge(e.path, st.size, extra);
    return openFileBlob(fd, e.path, st.size, { addedLines: e.addedLines, ...extra });
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Reads one path's content from the index (`:path`) or a tree-ish (`REV:path`). */
export function gitFileReader(root: string, treeish: string) {
  return async (path: string): Promise<string | null> => {
    try {
      return (await execGit(['cat-file', 'blob', `${treeish}:${path}`], root)).toString('utf8');
    } catch {
      return null;
    }
  };
}
