import { UsageError } from '../config/config-error';
import { runGit } from '../git/exec-git';

export interface HistorySelection {
  /** git log revision arguments. */
  revArgs: string[];
  /** For the summary line. */
  describe: string;
}

async function mustResolve(root: string, rev: string, flag: string): Promise<void> {
  const r = await runGit(['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], root);
  if (r.code !== 0) throw new UsageError(`${flag}: "${rev}" is not a commit in this repository (try a branch, tag or commit id; \`git fetch\` first if it is remote)`);
}

/**
 * Which commits a deep scan covers:
 *   --history            every commit reachable from any ref (git log --all)
 *   --since REV          commits on HEAD after REV (REV..HEAD); with --history, on any ref (--all --not REV)
 *   --range A..B         exactly git's A..B (A...B too); either side may be empty for HEAD
 */
export async function historySelection(root: string, v: { history?: boolean; since?: string; range?: string }): Promise<HistorySelection> {
  if (v.range !== undefined) {
    if (v.history || v.since !== undefined) throw new UsageError('--range names the commits itself; drop --history / --since');
    const m = /^(.*?)(\.\.\.?)(.*)$/.exec(v.range);
    if (!m || v.range.startsWith('-')) throw new UsageError(`--range needs A..B (commits in B that are not in A), not "${v.range}"`);
    if (m[1]) await mustResolve(root, m[1], '--range');
    if (m[3]) await mustResolve(root, m[3], '--range');
    return { revArgs: [v.range], describe: `commits in ${v.range}` };
  }
  if (v.since !== undefined) {
    if (!v.since || v.since.startsWith('-')) throw new UsageError('--since needs a revision (a commit, tag or branch)');
    await mustResolve(root, v.since, '--since');
    return v.history ? { revArgs: ['--all', '--not', v.since], describe: `commits on any ref since ${v.since}` } : { revArgs: [`${v.since}..HEAD`], describe: `commits since ${v.since}` };
  }
  return { revArgs: ['--all'], describe: 'history of all refs' };
}
