import type { Config } from './schema';

export function defaultConfig(): Config {
  return {
    ignore: [],
    failOn: 'low',
    maxFileSize: 10 * 1024 * 1024,
    rules: {},
    allowlist: { paths: [], regexes: [], stopwords: [] },
    customRules: [],
    hook: { scope: 'added' },
    dockerfile: { files: [] },
    compose: { files: [] },
    kubernetes: { files: [] },
    baseline: '.stowaway-baseline.json',
  };
}
