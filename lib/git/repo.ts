import { runGit, execGitText } from './exec-git';

export interface RepoInfo {
  /** Absolute path of the work tree top level. */
  root: string;
  /** HEAD's commit id, or null on an unborn branch. */
  head: string | null;
}

/** Resolves the repository around `cwd`, or null when `cwd` is not inside a work tree. */
export async function resolveRepo(cwd: string): Promise<RepoInfo | null> {
  const top = await runGit(['rev-parse', '--show-toplevel'], cwd);
  if (top.code !== 0) return null;
  const root = top.stdout.toString('utf8').replace(/\n$/, '');
  const head = await runGit(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], root);
  return { root, head: head.code === 0 ? head.stdout.toString('utf8').trim() : null };
}

/** The empty tree's id: `hash-object` knows whether the repository uses SHA-1 or SHA-256. */
export function emptyTree(root: string): Promise<string> {
  return execGitText(['hash-object', '-t', 'tree', '/dev/null'], root);
}
