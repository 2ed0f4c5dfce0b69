import type { HooksPathSetting } from './git-hooks-config';

export const sharedHooksPath = (s: HooksPathSetting) => `stowaway install: not installing. core.hooksPath is set to ${s.value} in your ${s.scope} git config (${s.origin.replace(/^file:/, '')}).
  Git runs the hooks in ${s.dir} for every repository on this machine and ignores .git/hooks,
  so stowaway will not write there: that would change every repository, not this one.
  Choose one:
    - run stowaway from your shared hooks: add these lines to the scripts in ${s.dir}
        ${s.dir}/pre-commit:        stowaway hook pre-commit
        ${s.dir}/pre-merge-commit:  stowaway hook pre-merge-commit
        ${s.dir}/pre-push:          stowaway hook pre-push "$@"
    - or give this repository its own hooks, then install:
        git config core.hooksPath .git/hooks && npx stowaway install
`;

export const preCommitFramework = (file: string, snippet: string) => `stowaway install: ${file} is here, so the pre-commit framework runs this repository's hooks;
stowaway leaves .git/hooks alone. Add stowaway to ${file}:

${snippet}`;

export const lefthook = (file: string, snippet: string) => `stowaway install: ${file} is here, so lefthook runs this repository's hooks;
stowaway leaves .git/hooks alone. Add stowaway to ${file}:

${snippet}`;

export const huskyNotActive = `  note: git does not use .husky yet (core.hooksPath is unset). Run \`npm install\` (husky's prepare script) or \`npx husky\`.`;

export const installed = (dryRun: boolean) =>
  dryRun
    ? 'Nothing written (--dry-run).'
    : 'Done: commits, merges and pushes are checked. Skip once: STOWAWAY_SKIP=1 git commit ...  Undo: npx stowaway uninstall';

export const alreadyInstalled = 'Already installed; nothing to change.';
