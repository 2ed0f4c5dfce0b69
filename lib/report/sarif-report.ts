import { shownMatch } from '../findings/redact';
import type { Severity } from '../findings/finding';
import type { ReportInput } from './report-input';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note', info: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.0', low: '3.0', info: '1.0' };

/** SARIF 2.1.0, as GitHub code scanning ingests it. */
export function sarifReport(input: ReportInput, version: string): string {
  const ids = [...new Set(input.findings.map((f) => f.ruleId))].sort();
  const rules = ids.map((id) => {
    const info = input.rules.get(id);
    const sample = input.findings.find((f) => f.ruleId === id)!;
    return {
      id,
      name: id.replace(/[^a-zA-Z0-9]+(.)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: info?.description ?? sample.message },
      fullDescription: { text: sample.why },
      help: { text: sample.fix, markdown: sample.fix },
      defaultConfiguration: { level: LEVEL[info?.severity ?? sample.severity] },
      properties: { tags: ['security', sample.category], 'security-severity': SECURITY_SEVERITY[info?.severity ?? sample.severity] },
    };
  });
  const results = input.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ids.indexOf(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: `${f.message}: ${shownMatch(f, input.showSecrets)}. ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file).replace(/[?#]/g, encodeURIComponent), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { 'stowaway/v1': f.fingerprint ?? '' },
    ...(f.commit ? { properties: { commit: f.commit } } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'stowaway', version, informationUri: 'https://www.npmjs.com/package/stowaway', rules } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
