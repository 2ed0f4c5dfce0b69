import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

// Doppler tokens: dp.<kind>.<random>, kinds pt (personal), st (service, optionally
// dp.st.<config>.<random>), ct (CLI), sa (service account), scim, audit.
const FIX = rotateThen('dashboard.doppler.com → Tokens / Access → Revoke', 'keep only the Doppler token itself in your CI secret store (`DOPPLER_TOKEN`) and let `doppler run` inject the rest.');
const WHY = 'A Doppler token reads the secrets it is scoped to: one leak exposes every secret in the config or workplace.';
const BODY = '[A-Za-z0-9]{40,44}';

function rule(id: string, description: string, kind: string, scoped = false) {
  const prefix = `dp.${kind}.`;
  return prefixedRule({
    id,
    description,
    keywords: [prefix],
    token: `dp\\.${kind}\\.${scoped ? '(?:[a-z0-9_-]{2,35}\\.)?' : ''}${BODY}`,
    why: WHY,
    fix: FIX,
    match: () => [`${prefix}${scoped ? 'prd.' : ''}${fake.alnum(43)}`, `DOPPLER_TOKEN="${prefix}${fake.alnum(43)}"`],
    noMatch: () => [`${prefix}xxxx`, `${prefix}${fake.alnum(20)}`],
  });
}

export const rules: SecretRule[] = [
  rule('secret/doppler-personal-token', 'Doppler personal token', 'pt'),
  rule('secret/doppler-service-token', 'Doppler service token', 'st', true),
  rule('secret/doppler-cli-token', 'Doppler CLI token', 'ct'),
  rule('secret/doppler-service-account-token', 'Doppler service account token', 'sa'),
  rule('secret/doppler-scim-token', 'Doppler SCIM token', 'scim'),
  rule('secret/doppler-audit-token', 'Doppler audit token', 'audit'),
];
