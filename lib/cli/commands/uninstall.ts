import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../config/config-error';
import { resolveRepo } from '../../git/repo';
import { commonHooksDir, gitHooksDir, readHooksPath } from '../../install/git-hooks-config';
import { applyChanges, describeChanges, hasEffect, type FileChange } from '../../install/file-change';
import { planHuskyUninstall } from '../../install/husky-hooks';
import { planPlainUninstall } from '../../install/plain-hooks';
import type { Command } from '../command';

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export const uninstallCommand: Command = {
  name: 'uninstall',
  summary: 'remove the hooks stowaway installed and restore the ones it moved aside',
  help: `Usage: stowaway uninstall [--dry-run]

Removes only what \`stowaway install\` wrote: its marked wrappers in .git/hooks or a
repository-local core.hooksPath (a hook moved to <name>.pre-stowaway goes back,
byte-identical), and the \`stowaway hook\` lines it appended to .husky files.
Entries in .pre-commit-config.yaml or lefthook.yml are yours to remove.
      --dry-run          show what would change, write nothing`,
  options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: false,
  async run(values) {
    const dryRun = Boolean(values['dry-run']);
    const repo = await resolveRepo(process.cwd());
    if (!repo) throw new UsageError(`uninstall needs a git repository, and ${process.cwd()} is not inside one`);
    const setting = await readHooksPath(repo.root);
    const local = !setting || setting.scope === 'local' || setting.scope === 'worktree';
    // Never touch a hooks folder shared by every repository: install never writes there.
    const dirs = [await commonHooksDir(repo.root), ...(local ? [await gitHooksDir(repo.root)] : [])];
    const seen = new Set<string>();
    const changes: FileChange[] = [];
    for (const dir of dirs) {
      if (seen.has(real(dir))) continue;
      seen.add(real(dir));
      changes.push(...planPlainUninstall(dir));
    }
    const husky = join(repo.root, '.husky');
    if (existsSync(husky) && !seen.has(real(husky))) changes.push(...planHuskyUninstall(husky));
    if (!dryRun) applyChanges(changes);
    const out = [`stowaway uninstall${dryRun ? ' (dry run)' : ''}:`];
    if (hasEffect(changes)) out.push(describeChanges(changes, repo.root, dryRun));
    else out.push('  nothing of stowaway\'s is installed here.');
    for (const name of ['.pre-commit-config.yaml', 'lefthook.yml', 'lefthook.yaml', '.lefthook.yml']) {
      const file = join(repo.root, name);
      if (existsSync(file) && /stowaway/.test(readFileSync(file, 'utf8'))) out.push(`  ${name} still lists stowaway: remove its entries there by hand.`);
    }
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  },
};
