import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { UsageError } from '../../config/config-error';
import { resolveRepo } from '../../git/repo';
import { findConfigFile } from '../../config/load-config';
import type { Command } from '../command';
import { packageRoot } from '../package-root';

const INTEGRATIONS = ['husky', 'pre-commit', 'github-actions', 'lefthook'];

/** Writes `content` to `target` unless it exists (then says so); returns the line to print. */
function writeNew(root: string, target: string, content: string, force: boolean): string {
  const shown = relative(root, target);
  if (existsSync(target) && !force) return `${shown} already exists; left alone (--force overwrites).`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  return `wrote ${shown}`;
}

/** `--with NAME`: the integration's template, written where it belongs or printed when the file is the user's. */
async function withIntegration(name: string, root: string, force: boolean): Promise<string> {
  const { readTemplate } = await import('../../install/templates');
  switch (name) {
    case 'husky': {
      const husky = join(root, '.husky');
      if (!existsSync(husky)) return `No .husky folder yet. Set husky up first, then add stowaway:\n  npx husky init && npx stowaway init --with husky\n\n${readTemplate('husky.txt')}`;
      const { planHuskyInstall } = await import('../../install/husky-hooks');
      const { applyChanges, describeChanges } = await import('../../install/file-change');
      const changes = planHuskyInstall(husky);
      applyChanges(changes);
      return `husky:\n${describeChanges(changes, root, false)}`;
    }
    case 'pre-commit': {
      const target = join(root, '.pre-commit-config.yaml');
      const snippet = readTemplate('pre-commit-config.yaml');
      if (existsSync(target) && !force) return `.pre-commit-config.yaml exists; add this to it, then run \`pre-commit install --hook-type pre-commit --hook-type pre-merge-commit --hook-type pre-push\`:\n\n${snippet}`;
      return `${writeNew(root, target, snippet, force)}\n  next: pre-commit install --hook-type pre-commit --hook-type pre-merge-commit --hook-type pre-push`;
    }
    case 'github-actions':
      return writeNew(root, join(root, '.github', 'workflows', 'stowaway.yml'), readTemplate('github-actions.yml'), force);
    case 'lefthook':
      return `Add this to lefthook.yml, then run \`npx lefthook install\`:\n\n${readTemplate('lefthook.yml')}`;
    default:
      throw new UsageError(`--with takes ${INTEGRATIONS.join(', ')}, not "${name}"`);
  }
}

export const initCommand: Command = {
  name: 'init',
  summary: 'write a commented config file (.stowawayrc.yaml)',
  help: `Usage: stowaway init [--with husky|pre-commit|github-actions|lefthook]... [--force]

Writes .stowawayrc.yaml at the repository root from the packaged template.
Refuses to overwrite an existing config unless --force.
  --with husky           append \`stowaway hook pre-commit\` / \`pre-push\` to .husky files
  --with pre-commit      write .pre-commit-config.yaml (or print the snippet when it exists)
  --with github-actions  write .github/workflows/stowaway.yml (SARIF upload to code scanning)
  --with lefthook        print the lefthook.yml snippet`,
  options: { force: { type: 'boolean' }, with: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: false,
  async run(values) {
    const integrations = ((values.with as string[] | undefined) ?? []).flatMap((w) => w.split(','));
    const bad = integrations.find((w) => !INTEGRATIONS.includes(w));
    if (bad !== undefined) throw new UsageError(`--with takes ${INTEGRATIONS.join(', ')}, not "${bad}"`);
    const root = (await resolveRepo(process.cwd()))?.root ?? process.cwd();
    const existing = findConfigFile(root);
    const target = join(root, '.stowawayrc.yaml');
    if (existing && !values.force) {
      process.stderr.write(`stowaway: a config already exists at ${existing}; nothing written (use --force to write ${target} anyway).\n`);
    } else if (!existsSync(target) || values.force) {
      writeFileSync(target, readFileSync(join(packageRoot(), 'templates', 'stowawayrc.yaml'), 'utf8'));
      process.stdout.write(`wrote ${target}\n`);
    }
    for (const name of integrations) process.stdout.write(`${await withIntegration(name, root, Boolean(values.force))}\n`);
    return 0;
  },
};
