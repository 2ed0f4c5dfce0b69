import { execGit } from '../git/exec-git';
import type { RepoInfo } from '../git/repo';
import { blobsFromEntries, gitFileReader, type GitEntry } from './git-blobs';
import type { BlobSource } from './blob';
import { readableFromWorktree } from './worktree-clean';

/**
 * Every tracked file as the index holds it (`git ls-files -s`), optionally
 * under some paths. Files the work tree holds unchanged are read from disk
 * (same bytes, no zlib inflate); the rest come from the object database.
 */
export async function trackedSource(repo: RepoInfo, opts: { paths: string[]; maxSize: number }): Promise<BlobSource> {
  // -v tags each entry: H is a plain cached entry; S (skip-worktree) and lowercase (assume-unchanged) are not.
  const args = ['ls-files', '-s', '-v', '-z'];
  if (opts.paths.length) args.push('--', ...opts.paths.map((p) => `:(literal)${p}`));
  const out = (await execGit(args, repo.root)).toString('utf8');
  const entries: GitEntry[] = [];
  const plain: string[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [tag, mode, oid, stage] = rec.slice(0, tab).split(' ');
    if (stage !== '0' && stage !== '2') continue; // during a merge conflict, read "ours" once
    const path = rec.slice(tab + 1);
    entries.push({ mode, oid, path });
    if (tag === 'H' && stage === '0' && (mode === '100644' || mode === '100755')) plain.push(path);
  }
  const fromDisk = process.env.STOWAWAY_READ_WORKTREE === '0' ? undefined : await readableFromWorktree(repo.root, plain);
  return { root: repo.root, blobs: blobsFromEntries(repo.root, entries, opts.maxSize, fromDisk), readFile: gitFileReader(repo.root, '') };
}
