import { parseArgs } from 'node:util';
import { ConfigError, UsageError } from '../config/config-error';
import type { Command } from './command';
import type { CommandName } from './command-names';

declare const STOWAWAY_VERSION: string;

/** Commands load lazily: a hook run never pays for install or image code. */
const COMMANDS: Record<CommandName, { summary: string; load: () => Promise<Command> }> = {
  scan: { summary: 'scan tracked files, staged changes, or a directory', load: async () => (await import('./commands/scan')).scanCommand },
  files: { summary: 'scan exactly the given files (pre-commit framework, lint-staged)', load: async () => (await import('./commands/files')).filesCommand },
  rules: { summary: 'list every rule with its id, severity and description', load: async () => (await import('./commands/rules')).rulesCommand },
  init: { summary: 'write a commented config file', load: async () => (await import('./commands/init')).initCommand },
  install: { summary: 'install the pre-commit, pre-merge-commit and pre-push hooks (git hooks, core.hooksPath, husky)', load: async () => (await import('./commands/install')).installCommand },
  uninstall: { summary: 'remove what install wrote and restore the previous hooks', load: async () => (await import('./commands/uninstall')).uninstallCommand },
  hook: { summary: 'entry points the installed hooks call: hook pre-commit, hook pre-merge-commit, hook pre-push', load: async () => (await import('./commands/hook')).hookCommand },
  baseline: { summary: 'record current findings as accepted, so only new ones fail', load: async () => (await import('./commands/baseline')).baselineCommand },
  image: { summary: 'scan a saved image (docker save / OCI): config, history, every layer, deleted files', load: async () => (await import('./commands/image')).imageCommand },
};

const BYPASS = 'To commit anyway in an emergency: STOWAWAY_SKIP=1 git commit … (or git commit --no-verify).';

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return `Usage: stowaway <command> [options]

Keeps credentials and unsafe image-build instructions out of git and container images.

Commands:
${Object.entries(COMMANDS)
  .map(([k, v]) => `  ${k.padEnd(width)}  ${v.summary}`)
  .join('\n')}

Run \`stowaway <command> --help\` for a command's options. \`stowaway --version\` prints the version.
`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${STOWAWAY_VERSION}\n`);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : undefined;
  if (!entry) {
    process.stderr.write(`stowaway: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
  const command = await entry.load();
  const usage = command.help.split('\n')[0];
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.allowPositionals, strict: true });
    } catch (e) {
      throw new UsageError((e as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
    }
    if (parsed.values.help) {
      process.stdout.write(command.help + '\n');
      return 0;
    }
    return await command.run(parsed.values, parsed.positionals);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`stowaway ${name}: ${e.message}\n${usage}\nRun \`stowaway ${name} --help\` for details.\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`stowaway: configuration error in ${e.file}\n  ${e.detail}\n  Fix the file, or point --config / STOWAWAY_CONFIG elsewhere. ${BYPASS}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`stowaway: internal error while running "${name}": ${err.message}\n${process.env.STOWAWAY_DEBUG ? `${err.stack}\n` : 'Set STOWAWAY_DEBUG=1 for a stack trace. '}${BYPASS}\n`);
    return 2;
  }
}
