import type { Finding } from '../findings/finding';
import type { ScanStats } from '../scan/run-scan';
import type { RuleInfo } from '../detectors/detector';

export interface ReportInput {
  findings: Finding[];
  stats: ScanStats;
  showSecrets: boolean;
  /** Rules that produced findings, for SARIF's tool.driver.rules. */
  rules: Map<string, RuleInfo>;
  /** Findings hidden by the baseline. */
  baselined: number;
  /** What was scanned, for the summary line ("staged changes", "3 commits"…). */
  target: string;
}
