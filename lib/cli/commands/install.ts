import { UsageError } from '../../config/config-error';
import { resolveRepo } from '../../git/repo';
import { detectLayout } from '../../install/detect-layout';
import { applyChanges, describeChanges, hasEffect, type FileChange } from '../../install/file-change';
import { planHuskyInstall } from '../../install/husky-hooks';
import * as msg from '../../install/install-messages';
import { HookConflictError, planPlainInstall } from '../../install/plain-hooks';
import { readTemplate } from '../../install/templates';
import type { Command } from '../command';

export const installCommand: Command = {
  name: 'install',
  summary: 'install the pre-commit, pre-merge-commit and pre-push hooks (plain git hooks, core.hooksPath, husky)',
  help: `Usage: stowaway install [--dry-run]

Works out what runs this repository's hooks and acts on it:
  .pre-commit-config.yaml   prints the snippet to add; hooks are left alone
  husky (.husky)            appends \`stowaway hook pre-commit\` / \`pre-merge-commit\` / \`pre-push\`
                            to the .husky files of the same names
  lefthook config           prints the snippet to add
  global core.hooksPath     refuses, and explains the choices
  otherwise                 writes POSIX sh wrappers for pre-commit, pre-merge-commit (run by
                            a clean \`git merge\` instead of pre-commit) and pre-push into
                            core.hooksPath or .git/hooks (shared by linked worktrees).
                            An existing hook is moved to <name>.pre-stowaway and still runs first.

Running it again changes nothing. Undo with \`stowaway uninstall\`.
      --dry-run          show what would change, write nothing`,
  options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: false,
  async run(values) {
    const dryRun = Boolean(values['dry-run']);
    const repo = await resolveRepo(process.cwd());
    if (!repo) throw new UsageError(`install needs a git repository, and ${process.cwd()} is not inside one (run \`git init\` first)`);
    const layout = await detectLayout(repo.root);
    let changes: FileChange[];
    let heading: string;
    let note = '';
    switch (layout.kind) {
      case 'pre-commit-framework':
        process.stdout.write(msg.preCommitFramework(layout.configFile, readTemplate('pre-commit-config.yaml')));
        return 0;
      case 'lefthook':
        process.stdout.write(msg.lefthook(layout.configFile, readTemplate('lefthook.yml')));
        return 0;
      case 'shared-hooks-path':
        process.stderr.write(msg.sharedHooksPath(layout.setting));
        return 2;
      case 'husky':
        changes = planHuskyInstall(layout.huskyDir);
        heading = `stowaway install: husky hooks in ${layout.huskyDir}`;
        if (!layout.hooksPathSet) note = msg.huskyNotActive;
        break;
      case 'hooks-dir':
        try {
          changes = planPlainInstall(layout.dir);
        } catch (e) {
          if (e instanceof HookConflictError) {
            process.stderr.write(`stowaway install: ${e.message}\n`);
            return 2;
          }
          throw e;
        }
        heading = `stowaway install: git hooks in ${layout.dir}${layout.via === 'core.hooksPath' ? ' (core.hooksPath)' : ''}`;
        break;
    }
    if (!dryRun) applyChanges(changes);
    const lines = [heading, describeChanges(changes, repo.root, dryRun)];
    if (note) lines.push(note);
    lines.push(hasEffect(changes) ? msg.installed(dryRun) : msg.alreadyInstalled);
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
