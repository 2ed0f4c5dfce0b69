import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';
import { keyed } from './keyed';

const LOAD = 'and read it from a CI secret (SENTRY_AUTH_TOKEN) or the environment instead of the source';

/** Organization tokens embed base64 JSON claims (`{"iat":…,"url":…,"org":…}`) before the secret. */
function orgToken(): string {
  const claims = fake.b64(JSON.stringify({ iat: 1700000000 + Math.floor(fake.random() * 1e7), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'demo' })).replace(/=+$/, '');
  return `sntrys_${claims}_${fake.base64(43)}`;
}

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/sentry-org-auth-token',
    description: 'Sentry organization auth token',
    prefix: 'sntrys_',
    body: 'eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/_-]{43}',
    tail: '(?![A-Za-z0-9+/=_-])',
    make: orgToken,
    why: 'Org tokens upload source maps and releases, and can read project data of the organization.',
    fix: `Revoke it in Sentry (Settings → Developer Settings → Organization Tokens), create a new one, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/sentry-user-auth-token',
    description: 'Sentry user auth token',
    prefix: 'sntryu_',
    body: '[a-f0-9]{64}',
    make: () => 'sntryu_' + fake.hex(64),
    fix: `Revoke it in Sentry (User Settings → Personal Tokens), create a new one with minimal scopes, ${LOAD}.`,
  }),
  keyed({
    id: 'secret/sentry-legacy-auth-token',
    description: 'Sentry auth token (64-hex legacy format)',
    providers: ['sentry'],
    kind: ['token', 'auth'],
    value: '[a-f0-9]{64}',
    make: () => fake.hex(64),
    assign: (v) => [`SENTRY_AUTH_TOKEN=${v}`, `sentry:\n  auth_token: "${v}"`],
    wrong: (v) => [`SENTRY_RELEASE=${v}`, `SENTRY_AUTH_TOKEN=${v.slice(0, 40)}`],
    fix: `Revoke it in Sentry (User Settings → Personal Tokens / API → Auth Tokens), ${LOAD}.`,
  }),
];
