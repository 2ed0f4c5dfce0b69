import { readBlobs } from '../git/cat-file';
import { execGit } from '../git/exec-git';
import { isBinary, skipped, type Blob } from './blob';

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

/** Turns index or tree entries into blobs through one cat-file reader. */
export async function* blobsFromEntries(root: string, entries: GitEntry[], maxSize: number): AsyncGenerator<Blob> {
  const wanted: GitEntry[] = [];
  for (const e of entries) {
    // Submodules are other repositories; symlinks hold a path, not content.
    if (e.mode === GITLINK) yield skipped(e.path, 0, 'submodule (scanned in its own repository)', { commit: e.commit ?? null });
    else if (e.mode === SYMLINK) yield skipped(e.path, 0, 'symbolic link (target not followed)', { commit: e.commit ?? null });
    else wanted.push(e);
  }
  for await (const r of readBlobs(root, wanted, maxSize)) {
    const { path, addedLines, commit, meta } = r.request;
    const extra = { commit: commit ?? null, ...(meta ? { meta } : {}) };
    if (r.missing) yield skipped(path, 0, 'object missing from the repository', extra);
    else if (!r.content) yield skipped(path, r.size, `larger than maxFileSize (${r.size} bytes)`, extra);
    else if (isBinary(r.content)) yield skipped(path, r.size, 'binary', extra);
    else yield { path, content: r.content, size: r.size, addedLines, ...extra };
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
