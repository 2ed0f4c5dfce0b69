import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChange } from './file-change';
import { hookWrapper, isStowawayWrapper } from './templates';

/** pre-merge-commit: a clean `git merge` runs it instead of pre-commit, so without it a merge commit goes unchecked until push. */
export const MANAGED_HOOKS = ['pre-commit', 'pre-merge-commit', 'pre-push'] as const;
export const ASIDE_SUFFIX = '.pre-stowaway';

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function readText(p: string): string | null {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

export class HookConflictError extends Error {}

/**
 * Wrappers for a git hooks folder. A foreign hook is moved aside, never
 * overwritten, and the wrapper runs it first; our own wrapper is left alone
 * when it is already current.
 */
export function planPlainInstall(dir: string): FileChange[] {
  const wrapper = hookWrapper();
  const changes: FileChange[] = [];
  for (const name of MANAGED_HOOKS) {
    const target = join(dir, name);
    const aside = target + ASIDE_SUFFIX;
    if (!exists(target)) {
      changes.push({ kind: 'write', path: target, content: wrapper, mode: 0o755, why: existsSync(aside) ? `stowaway wrapper; runs ${name}${ASIDE_SUFFIX} first` : 'stowaway wrapper' });
      continue;
    }
    const text = readText(target);
    if (text !== null && isStowawayWrapper(text)) {
      const current = text === wrapper && (statSync(target).mode & 0o777) === 0o755;
      changes.push(current ? { kind: 'keep', path: target, why: 'stowaway wrapper already installed' } : { kind: 'write', path: target, content: wrapper, mode: 0o755, why: 'stowaway wrapper updated' });
      continue;
    }
    if (exists(aside)) {
      throw new HookConflictError(
        `${target} is not stowaway's, and ${aside} already exists, so there is nowhere to move it aside.\n` +
          `  Merge or delete one of them by hand, then run \`stowaway install\` again.`,
      );
    }
    changes.push({ kind: 'move', from: target, to: aside, why: 'your existing hook, kept byte-for-byte; still runs first' });
    changes.push({ kind: 'write', path: target, content: wrapper, mode: 0o755, why: `stowaway wrapper; runs ${name}${ASIDE_SUFFIX} first` });
  }
  return changes;
}

/** Removes only wrappers stowaway wrote, and puts moved-aside hooks back under their own name. */
export function planPlainUninstall(dir: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const name of MANAGED_HOOKS) {
    const target = join(dir, name);
    const aside = target + ASIDE_SUFFIX;
    if (!exists(target)) continue;
    const text = readText(target);
    if (text === null || !isStowawayWrapper(text)) continue;
    changes.push({ kind: 'remove', path: target, why: 'stowaway wrapper' });
    if (exists(aside)) changes.push({ kind: 'move', from: aside, to: target, why: 'your previous hook, restored' });
  }
  return changes;
}
