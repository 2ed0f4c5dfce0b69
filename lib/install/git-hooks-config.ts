import { isAbsolute, resolve } from 'node:path';
import { execGitText, runGit } from '../git/exec-git';

export type ConfigScope = 'system' | 'global' | 'local' | 'worktree' | 'command' | 'unknown';

export interface HooksPathSetting {
  /** The value as written in the config file. */
  value: string;
  /** Absolute directory git runs hooks from (relative values resolve against the work tree root). */
  dir: string;
  scope: ConfigScope;
  /** Where it is set, as `git config --show-origin` names it (e.g. `file:/home/me/.gitconfig`). */
  origin: string;
}

/** `core.hooksPath` with the scope that sets it: a global one must not be written to. */
export async function readHooksPath(root: string): Promise<HooksPathSetting | null> {
  const r = await runGit(['config', '--show-scope', '--show-origin', '--get', 'core.hooksPath'], root);
  if (r.code !== 0) return null;
  const line = r.stdout.toString('utf8').replace(/\n$/, '');
  const [scope, origin, ...rest] = line.split('\t');
  const value = rest.join('\t');
  if (!value) return null;
  const expanded = value.startsWith('~/') ? resolve(process.env.HOME ?? '', value.slice(2)) : value;
  return {
    value,
    dir: isAbsolute(expanded) ? expanded : resolve(root, expanded),
    scope: (['system', 'global', 'local', 'worktree', 'command'].includes(scope) ? scope : 'unknown') as ConfigScope,
    origin,
  };
}

/** Where git looks for hooks: the common dir's hooks/ for linked worktrees, or core.hooksPath. */
export function gitHooksDir(root: string): Promise<string> {
  return execGitText(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], root);
}

/** `.git/hooks` of the main repository, whatever core.hooksPath says (uninstall looks there too). */
export async function commonHooksDir(root: string): Promise<string> {
  return resolve(await execGitText(['rev-parse', '--path-format=absolute', '--git-common-dir'], root), 'hooks');
}
