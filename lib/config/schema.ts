import type { Severity } from '../findings/finding';

export type RuleSetting = 'off' | Severity;

export interface CustomRuleConfig {
  id: string;
  description?: string;
  regex: string;
  keywords?: string[];
  secretGroup?: number;
  minEntropy?: number;
  severity?: Severity;
  fix?: string;
}

/** The resolved configuration: defaults merged with the user's file. */
export interface Config {
  /** micromatch globs of paths never scanned. */
  ignore: string[];
  failOn: Severity;
  /** Bytes; larger files are skipped and listed in stats.skipped. */
  maxFileSize: number;
  /** Per-rule `off` or severity; naming an opt-in rule with a severity enables it. */
  rules: Record<string, RuleSetting>;
  allowlist: {
    /** micromatch globs: findings in these paths are dropped. */
    paths: string[];
    /** Regex sources: a finding whose secret matches one is dropped. */
    regexes: string[];
    /** A finding whose secret contains one of these (case-insensitively) is dropped. */
    stopwords: string[];
  };
  customRules: CustomRuleConfig[];
  hook: {
    /** `added`: only lines the staged change adds; `files`: whole staged files. */
    scope: 'added' | 'files';
  };
  /** Extra globs that mark files as Dockerfiles / compose files / k8s manifests / CI workflows. */
  dockerfile: { files: string[] };
  compose: { files: string[] };
  kubernetes: { files: string[] };
  /** Path of the baseline file, relative to the repository root. */
  baseline: string;
}
