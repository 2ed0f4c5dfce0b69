import type { CustomRuleConfig } from '../config/schema';
import type { SecretRule } from './rule';

const DEFAULT_FIX = 'Rotate the credential, then load it at run time from the environment or a secret manager instead of committing it.';

/**
 * `customRules` from the config as SecretRules. A leading `(?i)` (gitleaks
 * style) becomes the `i` flag. Keywords are lowercased for the prefilter; a
 * rule without keywords runs on every file.
 */
export function compileCustomRule(c: CustomRuleConfig): SecretRule {
  let source = c.regex;
  let flags = '';
  const inline = /^\(\?([imsu]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    flags = [...new Set(inline[1])].join('');
  }
  return {
    id: c.id,
    description: c.description ?? `Custom rule ${c.id}`,
    severity: c.severity ?? 'high',
    keywords: (c.keywords ?? []).map((k) => k.toLowerCase()).filter(Boolean),
    keywordsWhy: 'custom rule without keywords: runs on every file',
    regex: new RegExp(source, flags),
    secretGroup: c.secretGroup,
    minEntropy: c.minEntropy,
    why: 'This value matches a custom rule in your stowaway configuration.',
    fix: c.fix ?? DEFAULT_FIX,
    examples: { match: () => [], noMatch: [] },
  };
}
