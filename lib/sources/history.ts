import { execGit } from '../git/exec-git';
import type { RepoInfo } from '../git/repo';
import { blobsFromEntries, gitFileReader, type GitEntry } from './git-blobs';
import type { BlobSource } from './blob';

export interface CommitInfo {
  sha: string;
  authorDate: string;
}

/** Commits selected by rev-list style arguments (`--all`, `A..B`, `X --not --remotes=origin`), oldest first. */
export async function listCommits(root: string, revArgs: string[]): Promise<CommitInfo[]> {
  const out = (await execGit(['log', '--reverse', '--format=%H %aI', ...revArgs, '--'], root)).toString('utf8');
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [sha, authorDate] = l.split(' ');
      return { sha, authorDate };
    });
}

/**
 * Parses `git diff-tree --stdin -r --raw -z` output: a commit id field, then
 * that commit's raw entries, repeated.
 */
export function parseDiffTreeStdin(out: Buffer): Array<{ commit: string; entry: { dstMode: string; dstOid: string; path: string } }> {
  const fields = out.toString('utf8').split('\0');
  const result: Array<{ commit: string; entry: { dstMode: string; dstOid: string; path: string } }> = [];
  let commit = '';
  let i = 0;
  while (i < fields.length) {
    const f = fields[i];
    if (f.startsWith(':')) {
      const [, dstMode, , dstOid, status] = f.slice(1).split(' ');
      const renamed = status[0] === 'R' || status[0] === 'C';
      const path = renamed ? fields[i + 2] : fields[i + 1];
      result.push({ commit, entry: { dstMode, dstOid, path } });
      i += renamed ? 3 : 2;
      continue;
    }
    if (/^[0-9a-f]{40,64}$/.test(f.trim())) commit = f.trim();
    i++;
  }
  return result;
}

/**
 * Every blob the selected commits introduce, each scanned once (the first
 * commit that added it names it). Merge commits are diffed only when they
 * change content relative to their first parent.
 */
export async function historySource(repo: RepoInfo, opts: { revArgs: string[]; maxSize: number }): Promise<BlobSource & { commits: CommitInfo[] }> {
  const commits = await listCommits(repo.root, opts.revArgs);
  const entries: GitEntry[] = [];
  if (commits.length) {
    const out = await execGit(
      ['diff-tree', '--stdin', '-r', '--raw', '-z', '--no-abbrev', '-M', '--root', '--diff-filter=ACMR', '-m', '--first-parent'],
      repo.root,
      commits.map((c) => c.sha).join('\n') + '\n',
    );
    const dates = new Map(commits.map((c) => [c.sha, c.authorDate]));
    const seen = new Set<string>();
    for (const { commit, entry } of parseDiffTreeStdin(out)) {
      if (seen.has(entry.dstOid)) continue;
      seen.add(entry.dstOid);
      entries.push({ oid: entry.dstOid, mode: entry.dstMode, path: entry.path, commit, meta: { authorDate: dates.get(commit) ?? null } });
    }
  }
  const last = commits.length ? commits[commits.length - 1].sha : 'HEAD';
  return { root: repo.root, blobs: blobsFromEntries(repo.root, entries, opts.maxSize), readFile: gitFileReader(repo.root, last), commits, streamed: true };
}
