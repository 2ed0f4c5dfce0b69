import { shownMatch } from '../findings/redact';
import type { ReportInput } from './report-input';

/** The JSON contract of DESIGN.md §2. Field order is part of the contract. */
export function jsonReport(input: ReportInput): string {
  const findings = input.findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    match: shownMatch(f, input.showSecrets),
    fingerprint: f.fingerprint ?? '',
    commit: f.commit,
    fix: f.fix,
    why: f.why,
    ...(f.meta ? { meta: f.meta } : {}),
  }));
  return JSON.stringify({ version: 1, findings, stats: input.stats }, null, 2) + '\n';
}
