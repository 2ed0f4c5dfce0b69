import { execGit } from '../git/exec-git';
import type { RepoInfo } from '../git/repo';
import { blobsFromEntries, gitFileReader, type GitEntry } from './git-blobs';
import type { BlobSource } from './blob';

/** Every tracked file as the index holds it (`git ls-files -s`), optionally under some paths. */
export async function trackedSource(repo: RepoInfo, opts: { paths: string[]; maxSize: number }): Promise<BlobSource> {
  const args = ['ls-files', '-s', '-z'];
  if (opts.paths.length) args.push('--', ...opts.paths.map((p) => `:(literal)${p}`));
  const out = (await execGit(args, repo.root)).toString('utf8');
  const entries: GitEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, oid, stage] = rec.slice(0, tab).split(' ');
    if (stage !== '0' && stage !== '2') continue; // during a merge conflict, read "ours" once
    entries.push({ mode, oid, path: rec.slice(tab + 1) });
  }
  return { root: repo.root, blobs: blobsFromEntries(repo.root, entries, opts.maxSize), readFile: gitFileReader(repo.root, '') };
}
