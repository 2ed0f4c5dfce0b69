/** Severity order matters: `--fail-on` compares by index. */
export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Category = 'secret' | 'dockerfile' | 'compose' | 'k8s' | 'ci';

/**
 * One problem at one place. `secret` holds the raw credential (or, for
 * configuration checks, the offending snippet) and never leaves the process
 * unredacted unless the user asked for `--show-secrets`.
 */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Repo-relative path with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What was found, in one line. */
  message: string;
  /** Why it matters. */
  why: string;
  /** How to fix it. */
  fix: string;
  /** The raw matched value (secret or snippet). Redacted by reporters. */
  secret: string;
  /** Commit that introduced the blob, for history / push scans. */
  commit: string | null;
  /** True when `secret` is a harmless snippet (e.g. `USER root`) that reporters may show as is. */
  plainMatch?: boolean;
  /** Extra context, e.g. `{ layer: 3, createdBy: 'RUN ...' }` for image scans. */
  meta?: Record<string, string | number | boolean | null>;
  /** Filled by the pipeline from rule, file and secret. */
  fingerprint?: string;
}

/** What a detector reports before the pipeline stamps file, commit and fingerprint. */
export type DetectedFinding = Omit<Finding, 'file' | 'commit' | 'fingerprint'> & {
  file?: string;
  commit?: string | null;
};

export function severityAtLeast(s: Severity, min: Severity): boolean {
  return SEVERITIES.indexOf(s) >= SEVERITIES.indexOf(min);
}
