import { resolve, isAbsolute, join } from 'node:path';
import { resolveRepo, type RepoInfo } from '../git/repo';
import { loadConfig, type LoadedConfig } from '../config/load-config';
import { readBaseline } from '../findings/baseline';
import { unknownRuleIds, unknownRuleIdWarnings } from '../config/unknown-rule-ids';
import type { CommonFlags } from './common-options';

export interface ScanSetup extends LoadedConfig {
  repo: RepoInfo | null;
  /** Repository root, or the working directory outside git. */
  root: string;
  baseline?: Set<string>;
  /** Where the baseline is (or would be) read from; unset with --no-baseline. */
  baselinePath?: string;
}

/** Finds the repository, its config and its baseline: the work every scanning command starts with. */
export async function scanSetup(flags: CommonFlags, cwd = process.cwd()): Promise<ScanSetup> {
  const repo = await resolveRepo(cwd);
  const root = repo?.root ?? resolve(cwd);
  const loaded = await loadConfig(root, flags.config);
  let baseline: Set<string> | undefined;
  let baselinePath: string | undefined;
  if (!flags.noBaseline) {
    const explicit = flags.baseline;
    const path = baselinePath = explicit ? resolve(explicit) : isAbsolute(loaded.config.baseline) ? loaded.config.baseline : join(root, loaded.config.baseline);
    const entries = readBaseline(path, !explicit);
    if (entries) baseline = new Set(entries.map((e) => e.fingerprint));
  }
  return { ...loaded, repo, root, baseline, baselinePath };
}

/** Warns on stderr about `rules` entries that name no rule (not in the hook: it would load every detector). */
export async function warnUnknownRuleIds(loaded: LoadedConfig): Promise<void> {
  for (const line of unknownRuleIdWarnings(await unknownRuleIds(loaded.config), loaded.file)) process.stderr.write(`${line}\n`);
}
