import { runGit } from '../git/exec-git';

/** One line of git's pre-push stdin: `<local ref> <local sha> <remote ref> <remote sha>`. */
export interface PushUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

/** What to scan for one pushed ref: rev-list arguments, or nothing (a delete). */
export interface PushSelection {
  update: PushUpdate;
  kind: 'delete' | 'new' | 'update' | 'rewrite';
  revArgs: string[] | null;
}

const isZero = (sha: string) => /^0+$/.test(sha);

export function parsePushUpdates(text: string): PushUpdate[] {
  const updates: PushUpdate[] = [];
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 4) continue;
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return updates;
}

/**
 * The pre-commit framework gives a pre-push hook no stdin; it exports the
 * range as PRE_COMMIT_FROM_REF/TO_REF, or only the branch and remote when the
 * push starts from a root commit.
 */
export function updatesFromPreCommitEnv(env: NodeJS.ProcessEnv): PushUpdate[] {
  const zero = '0'.repeat(40);
  const to = env.PRE_COMMIT_TO_REF;
  if (to) return [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH ?? to, localSha: to, remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? '', remoteSha: env.PRE_COMMIT_FROM_REF || zero }];
  if (env.PRE_COMMIT_LOCAL_BRANCH && env.PRE_COMMIT_REMOTE_NAME) return [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH, localSha: env.PRE_COMMIT_LOCAL_BRANCH, remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? '', remoteSha: zero }];
  return [];
}

/**
 * Commits each update would send. A new ref (all-zero remote sha) sends what
 * no remote-tracking ref of this remote has; an update sends `remote..local`,
 * and when the remote's old tip is unknown here (someone else force-pushed)
 * that range cannot be computed, so it falls back to the new-ref rule.
 */
export async function selectPushedCommits(root: string, remote: string, updates: PushUpdate[]): Promise<PushSelection[]> {
  const notOnRemote = (sha: string) => [sha, '--not', `--remotes=${remote}`];
  const out: PushSelection[] = [];
  for (const update of updates) {
    if (isZero(update.localSha)) {
      out.push({ update, kind: 'delete', revArgs: null });
      continue;
    }
    if (isZero(update.remoteSha)) {
      out.push({ update, kind: 'new', revArgs: notOnRemote(update.localSha) });
      continue;
    }
    const range = await runGit(['rev-list', '--max-count=1', `${update.remoteSha}..${update.localSha}`, '--'], root);
    if (range.code === 0) out.push({ update, kind: 'update', revArgs: [update.localSha, '--not', update.remoteSha, `--remotes=${remote}`] });
    else out.push({ update, kind: 'rewrite', revArgs: notOnRemote(update.localSha) });
  }
  return out;
}
