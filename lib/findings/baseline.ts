import { existsSync, readFileSync } from 'node:fs';
import { ConfigError } from '../config/config-error';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
}

export interface BaselineFile {
  version: 1;
  /** No secrets and no line numbers: moving code never changes this file. */
  entries: BaselineEntry[];
}

/** Reads a baseline; a missing file is an empty baseline only when `optional`. */
export function readBaseline(path: string, optional: boolean): BaselineEntry[] | null {
  if (!existsSync(path)) {
    if (optional) return null;
    throw new ConfigError(path, 'baseline file not found. Create it with `stowaway baseline`, or drop --baseline.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(path, `baseline is not valid JSON (${(e as Error).message}). Regenerate it with \`stowaway baseline --update\`, or bypass with --no-baseline.`);
  }
  const p = parsed as Partial<BaselineFile>;
  if (!p || p.version !== 1 || !Array.isArray(p.entries) || !p.entries.every((e) => e && typeof e.fingerprint === 'string')) {
    throw new ConfigError(path, 'not a stowaway baseline: expected {"version": 1, "entries": [{"fingerprint": …}]}. Regenerate it with `stowaway baseline --update`.');
  }
  return p.entries;
}
