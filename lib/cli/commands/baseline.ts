import { writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../../config/config-error';
import { readBaseline, type BaselineEntry, type BaselineFile } from '../../findings/baseline';
import type { Finding } from '../../findings/finding';
import { runScan } from '../../scan/run-scan';
import { directorySource } from '../../sources/filesystem';
import { trackedSource } from '../../sources/tracked';
import type { Command } from '../command';
import { commonOptions, readCommonFlags } from '../common-options';
import { scanSetup, warnUnknownRuleIds } from '../scan-setup';

/** One entry per fingerprint, sorted so the file diffs cleanly in review. */
export function baselineEntries(findings: Finding[]): BaselineEntry[] {
  const byFp = new Map<string, BaselineEntry>();
  for (const f of findings) if (f.fingerprint && !byFp.has(f.fingerprint)) byFp.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  return [...byFp.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
}

const describe = (e: BaselineEntry) => `${e.ruleId} in ${e.file}`;

/** Lines telling the user which baseline entries no longer match anything, and how to drop them. */
export function staleReport(path: string, stale: string[]): string {
  if (!stale.length) return '';
  const entries = new Map((readBaseline(path, true) ?? []).map((e) => [e.fingerprint, e]));
  const lines = stale.slice(0, 10).map((fp) => `  ${entries.has(fp) ? describe(entries.get(fp)!) : fp}`);
  if (stale.length > 10) lines.push(`  … and ${stale.length - 10} more`);
  return `stowaway: ${stale.length} baseline entr${stale.length === 1 ? 'y matches' : 'ies match'} nothing any more (fixed or removed):\n${lines.join('\n')}\n  Drop ${stale.length === 1 ? 'it' : 'them'} with \`stowaway baseline --update\` (${path}).\n`;
}

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'record current findings as accepted, so only new ones fail',
  help: `Usage: stowaway baseline [--update] [--baseline FILE] [options]

Scans every tracked file and writes the findings' fingerprints to
.stowaway-baseline.json (or FILE). \`scan\`, \`files\` and the hooks then accept
those findings and fail only on new ones. A fingerprint is a one-way hash of
rule, path and secret: the file holds no secret and no line numbers, so moving
lines changes nothing, while a new secret in the same file still fails.

  (no flag)              create the baseline; refuses to overwrite an existing one
      --update           rewrite it from a fresh scan: entries whose finding is gone
                         are dropped, current findings are accepted (both are listed)
      --baseline FILE    write FILE instead of the configured path (config "baseline")
  -c, --config FILE      use this config file (its allowlist and ignore apply)
  -q, --quiet            print nothing but errors

Commit the file. Review what it accepts: every entry is a credential someone
should rotate eventually.`,
  options: { config: commonOptions.config, baseline: commonOptions.baseline, quiet: commonOptions.quiet, help: commonOptions.help, update: { type: 'boolean' } },
  allowPositionals: false,
  async run(values) {
    const flags = readCommonFlags({ ...values, 'no-baseline': true });
    const setup = await scanSetup(flags);
    await warnUnknownRuleIds(setup);
    const { config, repo, root } = setup;
    const path = flags.baseline ? resolve(flags.baseline) : isAbsolute(config.baseline) ? config.baseline : join(root, config.baseline);
    const previous = readBaseline(path, true);
    const shown = relative(process.cwd(), path) || path;
    if (previous && !values.update) throw new UsageError(`${shown} already exists. Refresh it with \`stowaway baseline --update\`, or remove it first.`);
    const source = repo ? await trackedSource(repo, { paths: [], maxSize: config.maxFileSize }) : directorySource(root, config.maxFileSize);
    const result = await runScan(source, { config });
    // The baseline file itself holds only hashes; never baseline a finding in it.
    const rel = relative(root, path).split('\\').join('/');
    const entries = baselineEntries(result.findings.filter((f) => f.file !== rel));
    const file: BaselineFile = { version: 1, entries };
    try {
      writeFileSync(path, JSON.stringify(file, null, 2) + '\n');
    } catch (e) {
      throw new UsageError(`cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Create its directory, or pick another path with --baseline FILE.`);
    }
    if (!flags.quiet) {
      const out: string[] = [];
      const before = new Set((previous ?? []).map((e) => e.fingerprint));
      const now = new Set(entries.map((e) => e.fingerprint));
      if (previous) {
        const added = entries.filter((e) => !before.has(e.fingerprint));
        const removed = previous.filter((e) => !now.has(e.fingerprint));
        for (const e of removed) out.push(`  - stale, removed: ${describe(e)}`);
        for (const e of added) out.push(`  + accepted: ${describe(e)}`);
        out.unshift(`Updated ${shown}: ${entries.length} accepted finding(s); ${added.length} added, ${removed.length} stale removed.`);
      } else {
        out.push(`Wrote ${shown}: ${entries.length} accepted finding(s) from ${result.stats.files} tracked file(s).`);
        for (const e of entries.slice(0, 20)) out.push(`  + ${describe(e)}`);
        if (entries.length > 20) out.push(`  … and ${entries.length - 20} more`);
      }
      out.push(entries.length ? 'Commit it. New findings still fail; accepted credentials should still be rotated.' : 'Nothing to accept: the repository is clean.');
      process.stdout.write(out.join('\n') + '\n');
    }
    return 0;
  },
};
