import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { gitHooksDir, readHooksPath, type HooksPathSetting } from './git-hooks-config';

export type Layout =
  | { kind: 'pre-commit-framework'; configFile: string }
  | { kind: 'husky'; huskyDir: string; hooksPathSet: boolean }
  | { kind: 'lefthook'; configFile: string }
  | { kind: 'shared-hooks-path'; setting: HooksPathSetting }
  | { kind: 'hooks-dir'; dir: string; via: 'core.hooksPath' | 'git-dir' };

const PRE_COMMIT_CONFIGS = ['.pre-commit-config.yaml', '.pre-commit-config.yml'];
const LEFTHOOK_CONFIGS = ['lefthook.yml', 'lefthook.yaml', '.lefthook.yml', '.lefthook.yaml', 'lefthook.json', '.lefthook.json', 'lefthook.toml', '.lefthook.toml'];

/** husky 9 sets core.hooksPath to `.husky/_`; older setups point at `.husky` itself. */
function huskyDirOf(dir: string): string | null {
  const parts = dir.split(sep);
  if (parts[parts.length - 1] === '_' && parts[parts.length - 2] === '.husky') return dirname(dir);
  if (parts[parts.length - 1] === '.husky') return dir;
  return null;
}

function dependsOnHusky(root: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    return Boolean(pkg?.devDependencies?.husky || pkg?.dependencies?.husky);
  } catch {
    return false;
  }
}

/**
 * Works out which hook manager owns this repository's hooks, in the order a
 * careful user would expect: a hook framework's config wins over git's
 * plumbing, and a hooks path shared by every repository is never written to.
 */
export async function detectLayout(root: string): Promise<Layout> {
  const preCommit = PRE_COMMIT_CONFIGS.map((n) => join(root, n)).find((p) => existsSync(p));
  if (preCommit) return { kind: 'pre-commit-framework', configFile: preCommit };

  const setting = await readHooksPath(root);
  const local = setting && (setting.scope === 'local' || setting.scope === 'worktree');
  const husky = local ? huskyDirOf(setting.dir) : null;
  if (husky) return { kind: 'husky', huskyDir: husky, hooksPathSet: true };
  if (!setting && existsSync(join(root, '.husky')) && dependsOnHusky(root)) return { kind: 'husky', huskyDir: join(root, '.husky'), hooksPathSet: false };

  const lefthook = LEFTHOOK_CONFIGS.map((n) => join(root, n)).find((p) => existsSync(p));
  if (lefthook) return { kind: 'lefthook', configFile: lefthook };

  if (setting && !local) return { kind: 'shared-hooks-path', setting };
  if (setting) return { kind: 'hooks-dir', dir: setting.dir, via: 'core.hooksPath' };
  return { kind: 'hooks-dir', dir: await gitHooksDir(root), via: 'git-dir' };
}
