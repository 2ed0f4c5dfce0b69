import { execGit } from '../git/exec-git';
import { emptyTree, type RepoInfo } from '../git/repo';
import { parseRawDiff } from '../git/parse-raw-diff';
import { parseAddedLines } from '../git/parse-added-lines';
import { blobsFromEntries, gitFileReader, type GitEntry } from './git-blobs';
import type { BlobSource } from './blob';

/**
 * What is about to be committed: index content of added, copied, modified and
 * renamed entries, never the working tree (partially staged files differ).
 * With `addedOnly`, each blob carries the line numbers the change adds.
 */
export async function stagedSource(repo: RepoInfo, opts: { addedOnly: boolean; maxSize: number }): Promise<BlobSource> {
  const base = repo.head ?? (await emptyTree(repo.root));
  const common = ['--cached', '-M', '--diff-filter=ACMR', base];
  const [raw, patch] = await Promise.all([
    execGit(['diff-index', '--raw', '-z', '--no-abbrev', ...common], repo.root),
    opts.addedOnly
      ? execGit(['-c', 'core.quotepath=false', 'diff-index', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--full-index', '--src-prefix=a/', '--dst-prefix=b/', ...common], repo.root)
      : Promise.resolve(null),
  ]);
  const added = patch ? parseAddedLines(patch.toString('utf8')) : null;
  const entries: GitEntry[] = parseRawDiff(raw).map((e) => ({
    oid: e.dstOid,
    mode: e.dstMode,
    path: e.path,
    // null: a file git calls binary, read as text by the scan (UTF-16): every line of it counts.
    addedLines: added ? (added.has(e.path) ? (added.get(e.path) ?? undefined) : new Set<number>()) : undefined,
  }));
  return {
    root: repo.root,
    blobs: blobsFromEntries(repo.root, entries, opts.maxSize),
    readFile: gitFileReader(repo.root, ''),
    streamed: true,
  };
}
