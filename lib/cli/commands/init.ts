import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRepo } from '../../git/repo';
import { findConfigFile } from '../../config/load-config';
import type { Command } from '../command';
import { packageRoot } from '../package-root';

export const initCommand: Command = {
  name: 'init',
  summary: 'write a commented config file (.stowawayrc.yaml)',
  help: `Usage: stowaway init [--force]

Writes .stowawayrc.yaml at the repository root from the packaged template.
Refuses to overwrite an existing config unless --force.`,
  options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: false,
  async run(values) {
    const root = (await resolveRepo(process.cwd()))?.root ?? process.cwd();
    const existing = findConfigFile(root);
    const target = join(root, '.stowawayrc.yaml');
    if (existing && !values.force) {
      process.stderr.write(`stowaway: a config already exists at ${existing}; nothing written (use --force to write ${target} anyway).\n`);
      return 0;
    }
    if (existsSync(target) && !values.force) return 0;
    writeFileSync(target, readFileSync(join(packageRoot(), 'templates', 'stowawayrc.yaml'), 'utf8'));
    process.stdout.write(`wrote ${target}\n`);
    return 0;
  },
};
