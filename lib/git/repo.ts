import { runGit, execGitText } from './exec-git';

export interface RepoInfo {
  /** Absolute path of the work tree top level. */
  root: string;
  /** HEAD's commit id, or null on an unborn branch. */
  head: string | null;
}

/** Resolves the repository around `cwd`, or null when `cwd` is not inside a work tree. */
export async function resolveRepo(cwd: string): Promise<RepoInfo | null> {
  // One process for both: the hook pays for every spawn. On an unborn branch
  // git prints the top level, then fails to verify HEAD (exit 1).
  const r = await runGit(['rev-parse', '--show-toplevel', '--verify', '-q', 'HEAD^{commit}'], cwd);
  const [root, head] = r.stdout.toString('utf8').split('\n');
  if (!root || (r.code !== 0 && r.code !== 1)) return null;
  return { root, head: r.code === 0 && head ? head.trim() : null };
}

/** The empty tree's id: `hash-object` knows whether the repository uses SHA-1 or SHA-256. */
export function emptyTree(root: string): Promise<string> {
  return execGitText(['hash-object', '-t', 'tree', '/dev/null'], root);
}
