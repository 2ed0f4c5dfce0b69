import pc from 'picocolors';
import { shownMatch } from '../findings/redact';
import type { Finding, Severity } from '../findings/finding';
import type { ReportInput } from './report-input';

type Colors = ReturnType<typeof pc.createColors>;

const SEVERITY_COLOR: Record<Severity, (c: Colors) => (s: string) => string> = {
  high: (c) => (s) => c.bold(c.red(s)),
  medium: (c) => c.yellow,
  low: (c) => c.cyan,
  info: (c) => c.dim,
};

/** Grouped by file, each finding with where, what, why and the fix; then a summary that never hides skips. */
export function prettyReport(input: ReportInput, opts: { color: boolean; quiet: boolean }): string {
  const c = pc.createColors(opts.color);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, list] of byFile) {
    out.push(c.underline(c.bold(file)));
    for (const f of list) {
      const where = `${file}:${f.line}:${f.column}`;
      const sev = SEVERITY_COLOR[f.severity](c)(f.severity.padEnd(6));
      out.push(`  ${sev} ${c.bold(f.ruleId)}  ${c.dim(where)}${f.commit ? c.dim(` (commit ${f.commit.slice(0, 12)}${f.meta?.authorDate ? `, ${String(f.meta.authorDate).slice(0, 10)}` : ''})`) : ''}`);
      out.push(`         ${f.message}: ${c.magenta(shownMatch(f, input.showSecrets))}`);
      if (!opts.quiet) {
        out.push(`         ${c.dim('why:')} ${f.why}`);
        out.push(`         ${c.dim('fix:')} ${f.fix}`);
      }
    }
    out.push('');
  }
  out.push(summary(input, c));
  return out.join('\n') + '\n';
}

function summary(input: ReportInput, c: Colors): string {
  const { stats, findings } = input;
  const counts = (['high', 'medium', 'low', 'info'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const lines: string[] = [];
  const scanned = `${stats.files} file${stats.files === 1 ? '' : 's'} (${formatBytes(stats.bytes)}) of ${input.target} in ${stats.durationMs} ms`;
  if (findings.length === 0) lines.push(`${c.green('✓ no findings')} in ${scanned}`);
  else lines.push(`${c.red(`✗ ${findings.length} finding${findings.length === 1 ? '' : 's'}`)} (${counts.join(', ')}) in ${scanned}`);
  if (input.baselined) lines.push(c.dim(`  ${input.baselined} known finding(s) accepted by the baseline`));
  if (stats.skipped.length) {
    lines.push(c.yellow(`  ${stats.skipped.length} file(s) skipped, not scanned:`));
    for (const s of stats.skipped.slice(0, 10)) lines.push(c.yellow(`    ${s.file}: ${s.reason}`));
    if (stats.skipped.length > 10) lines.push(c.yellow(`    … and ${stats.skipped.length - 10} more (see --format json)`));
  }
  if (stats.files === 0 && stats.skipped.length === 0) lines.push(c.dim('  nothing to scan'));
  return lines.join('\n');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
