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
  let raw: Buffer;
  let patch: Buffer | null = null;
  if (opts.addedOnly) {
    // One process for both (every spawn costs the hook a fork of node and a git start): with `-z`,
    // git ends the raw records with an empty one and the patch follows.
    const both = await execGit(['-c', 'core.quotepath=false', 'diff-index', '--raw', '-z', '--no-abbrev', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--full-index', '--src-prefix=a/', '--dst-prefix=b/', ...common], repo.root);
    [raw, patch] = splitRawAndPatch(both);
  } else {
    raw = await execGit(['diff-index', '--raw', '-z', '--no-abbrev', ...common], repo.root);
  }
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

/** `diff-index --raw -z -p` output: the raw records, then an empty record, then the patch. */
export function splitRawAndPatch(out: Buffer): [Buffer, Buffer] {
  // Raw records alternate `:meta` and paths, each NUL-terminated; the first empty field ends them.
  let at = 0;
  while (at < out.length && out[at] === 0x3a) {
    const meta = out.indexOf(0, at);
    if (meta < 0) break;
    const status = out[meta - 1] === 0x20 ? 0 : out[out.lastIndexOf(0x20, meta) + 1];
    // R and C records carry two paths.
    let end = out.indexOf(0, meta + 1);
    if (end >= 0 && (status === 0x52 || status === 0x43)) end = out.indexOf(0, end + 1);
    if (end < 0) break;
    at = end + 1;
  }
  const patchStart = out[at] === 0 ? at + 1 : at;
  return [out.subarray(0, at), out.subarray(patchStart)];
}
