import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from './config-error';
import { defaultConfig } from './defaults';
import type { Config } from './schema';
import { validateConfig } from './validate-config';

const CANDIDATES = [
  '.stowawayrc',
  '.stowawayrc.json',
  '.stowawayrc.yaml',
  '.stowawayrc.yml',
  '.stowawayrc.js',
  '.stowawayrc.cjs',
  '.stowawayrc.mjs',
  '.config/stowawayrc',
  '.config/stowawayrc.json',
  '.config/stowawayrc.yaml',
  '.config/stowawayrc.yml',
  '.config/stowawayrc.js',
  '.config/stowawayrc.cjs',
  '.config/stowawayrc.mjs',
  'stowaway.config.js',
  'stowaway.config.cjs',
  'stowaway.config.mjs',
];

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or null for the defaults. */
  file: string | null;
}

/**
 * Finds the config file without loading cosmiconfig: the hook runs on every
 * commit, and most repositories have no config at all.
 */
export function findConfigFile(root: string): string | null {
  const pkg = join(root, 'package.json');
  if (existsSync(pkg)) {
    try {
      const parsed = JSON.parse(readFileSync(pkg, 'utf8'));
      if (parsed && typeof parsed === 'object' && 'stowaway' in parsed) return pkg;
    } catch {
      // A broken package.json is not ours to report unless it holds our key.
    }
  }
  for (const name of CANDIDATES) {
    const p = join(root, name);
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * JavaScript config files (`.stowawayrc.js`, `stowaway.config.mjs`, …) through the import() the
 * CLI's loader lends (lib/cli/bin.ts): the CLI itself runs compiled through vm.Script, where
 * cosmiconfig's own import() has no loader. Per-file builds (tests) keep cosmiconfig's loaders.
 */
function jsLoaders(): { loaders: Record<string, (filepath: string) => Promise<unknown>> } | undefined {
  const lent = (globalThis as { stowawayImport?: (specifier: string) => Promise<unknown> }).stowawayImport;
  if (!lent) return undefined;
  // As cosmiconfig reads them: the default export (a CommonJS file's module.exports).
  const load = async (filepath: string) => ((await lent(pathToFileURL(filepath).href)) as { default?: unknown }).default;
  return { loaders: { '.js': load, '.mjs': load, '.cjs': load } };
}

/** `--config FILE`, then `STOWAWAY_CONFIG`, then discovery from the repository root. */
export async function loadConfig(root: string, explicit?: string): Promise<LoadedConfig> {
  const chosen = explicit ?? process.env.STOWAWAY_CONFIG;
  let file: string | null;
  if (chosen) {
    file = resolve(chosen);
    if (!existsSync(file)) throw new ConfigError(file, 'config file not found (from --config or STOWAWAY_CONFIG).');
  } else {
    file = findConfigFile(root);
  }
  if (!file) return { config: defaultConfig(), file: null };

  // cosmiconfig is CommonJS: inside the ESM bundle its exports arrive on `default`.
  const mod = (await import('cosmiconfig')) as typeof import('cosmiconfig') & { default?: typeof import('cosmiconfig') };
  const cosmiconfig = mod.cosmiconfig ?? mod.default!.cosmiconfig;
  const explorer = cosmiconfig('stowaway', { cache: false, ...jsLoaders() });
  let result;
  try {
    result = await explorer.load(file);
  } catch (e) {
    const msg = ((e as Error).message || String(e)).split('\n').slice(0, 4).join('\n');
    throw new ConfigError(file, `cannot be parsed: ${msg}`);
  }
  if (result?.isEmpty && !file.endsWith('package.json')) return { config: defaultConfig(), file };
  return { config: validateConfig(result?.config, file), file };
}
