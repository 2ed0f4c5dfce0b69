import type { ParseArgsConfig } from 'node:util';
import { UsageError } from '../config/config-error';
import { SEVERITIES, type Severity } from '../findings/finding';

/** Flags every scanning command accepts (DESIGN.md §2). */
export const commonOptions = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'fail-on': { type: 'string' },
  'show-secrets': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const commonHelp = `Output and policy:
  -f, --format FORMAT    pretty (default), json or sarif
  -o, --output FILE      write the report to FILE instead of stdout
  -c, --config FILE      use this config file (also STOWAWAY_CONFIG)
      --baseline FILE    accept the findings recorded in FILE (default .stowaway-baseline.json when present)
      --no-baseline      ignore the baseline file
      --fail-on LEVEL    exit 1 only for findings at or above LEVEL: low (default), medium, high
      --show-secrets     print matched secrets in full (redacted by default)
      --no-color         plain output (also NO_COLOR=1)
  -q, --quiet            findings only: no why/fix lines, no progress`;

export type Format = 'pretty' | 'json' | 'sarif';

export interface CommonFlags {
  format: Format;
  output?: string;
  config?: string;
  baseline?: string;
  noBaseline: boolean;
  failOn?: Severity;
  showSecrets: boolean;
  color: boolean;
  quiet: boolean;
}

export function readCommonFlags(v: Record<string, unknown>): CommonFlags {
  const format = (v.format as string | undefined) ?? 'pretty';
  if (!['pretty', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be pretty, json or sarif, not "${format}"`);
  const failOn = v['fail-on'] as string | undefined;
  if (failOn !== undefined && !(SEVERITIES as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, not "${failOn}"`);
  const noColor = Boolean(v['no-color']) || ('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  const color = !noColor && (Boolean(v.color) || Boolean(process.stdout.isTTY) || 'FORCE_COLOR' in process.env);
  return {
    format: format as Format,
    output: v.output as string | undefined,
    config: v.config as string | undefined,
    baseline: v.baseline as string | undefined,
    noBaseline: Boolean(v['no-baseline']),
    failOn: failOn as Severity | undefined,
    showSecrets: Boolean(v['show-secrets']),
    color: color && !v.output,
    quiet: Boolean(v.quiet),
  };
}
