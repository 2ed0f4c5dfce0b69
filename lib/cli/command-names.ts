/** Every command `stowaway` has: main.ts maps each to its module, bin.ts names code caches by them. */
export const COMMAND_NAMES = ['scan', 'files', 'rules', 'init', 'install', 'uninstall', 'hook', 'baseline', 'image'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
