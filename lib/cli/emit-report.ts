import { writeFileSync } from 'node:fs';
import { severityAtLeast } from '../findings/finding';
import type { Config } from '../config/schema';
import type { RuleInfo } from '../detectors/detector';
import { loadAllDetectors } from '../detectors/registry';
import { jsonReport } from '../report/json-report';
import { prettyReport } from '../report/pretty-report';
import { sarifReport } from '../report/sarif-report';
import type { ScanResult } from '../scan/run-scan';
import type { CommonFlags } from './common-options';

declare const STOWAWAY_VERSION: string;

/** Renders the result in the chosen format to stdout or --output, and returns the exit code. */
export async function emitReport(result: ScanResult, flags: CommonFlags, config: Config, target: string): Promise<number> {
  const rules = new Map<string, RuleInfo>();
  if (flags.format === 'sarif' && result.findings.length) {
    for (const d of await loadAllDetectors()) for (const r of d.rules) rules.set(r.id, r);
  }
  const input = { findings: result.findings, stats: result.stats, showSecrets: flags.showSecrets, rules, baselined: result.baselined, target };
  const text =
    flags.format === 'json'
      ? jsonReport(input)
      : flags.format === 'sarif'
        ? sarifReport(input, STOWAWAY_VERSION)
        : prettyReport(input, { color: flags.color, quiet: flags.quiet });
  if (flags.output) writeFileSync(flags.output, text);
  else process.stdout.write(text);
  const failOn = flags.failOn ?? config.failOn;
  return result.findings.some((f) => severityAtLeast(f.severity, failOn)) ? 1 : 0;
}
