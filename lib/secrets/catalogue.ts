import type { RuleInfo } from '../detectors/detector';
import type { Severity } from '../findings/finding';
import { GENERIC_ID } from './generic-assignment';
import { HIGH_ENTROPY_ID } from './high-entropy';
import { secretRules } from './rules/index';

/** The engine's own (non-provider) rules: their catalogue entries and user-facing text. */
export const GENERIC_RULE = {
  id: GENERIC_ID,
  severity: 'medium' as Severity,
  description: 'Literal value assigned to a secret-like key (password, token, api_key, client_secret…)',
  why: 'A credential written into source is readable by everyone who can clone the repository, and stays in its history after the line is deleted.',
  fix: 'Rotate the credential, then load it at run time instead: read an environment variable (process.env.X, os.environ["X"], ${X}) or a secret manager, and keep local values in an untracked .env file or your CI secret store.',
};

export const HIGH_ENTROPY_RULE = {
  id: HIGH_ENTROPY_ID,
  severity: 'low' as Severity,
  description: 'Random-looking base64 or hex string next to a secret-like word',
  why: 'A random string beside a word such as token, secret or Authorization is usually a credential; committed, it is readable by everyone with the repository.',
  fix: 'If it is a credential: rotate it and load it from the environment or a secret manager. If it is not (a hash, an id, test data), mark the line with `stowaway:allow secret/high-entropy` or add the value to allowlist.regexes in the config.',
};

/** Every secret rule for `stowaway rules`: provider rules, then the generic and high-entropy rules. */
export function secretsCatalogue(): RuleInfo[] {
  return [
    ...secretRules.map((r): RuleInfo => ({ id: r.id, category: 'secret', severity: r.severity, description: r.description })),
    { id: GENERIC_RULE.id, category: 'secret', severity: GENERIC_RULE.severity, description: GENERIC_RULE.description },
    { id: HIGH_ENTROPY_RULE.id, category: 'secret', severity: HIGH_ENTROPY_RULE.severity, description: HIGH_ENTROPY_RULE.description },
  ];
}
