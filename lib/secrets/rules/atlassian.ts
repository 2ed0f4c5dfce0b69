import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';
import { assigned } from './near-keyword';
import { UUID, uuid } from './shapes';

/**
 * Atlassian Cloud tokens: a type marker (ATATT = API token, ATCTT = Bitbucket access token,
 * ATBB = Bitbucket app password), an encoded body and, for the long forms, `=` and an 8-hex checksum.
 */
const longToken = (prefix: string) => () => `${prefix}${fake.base64url(180)}=${fake.upperHex(8)}`;
const LONG_BODY = '[A-Za-z0-9_=-]{150,300}';

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/atlassian-api-token',
    description: 'Atlassian Cloud API token (Jira, Confluence)',
    prefix: 'ATATT3',
    body: LONG_BODY,
    tail: '(?![A-Za-z0-9_=-])',
    make: longToken('ATATT3xFfGF0'),
    minEntropy: 4,
    fix: 'Revoke it at https://id.atlassian.com/manage-profile/security/api-tokens, create a new one (with scopes and an expiry), and load it from the environment or a CI secret instead of the source.',
  }),
  {
    id: 'secret/atlassian-legacy-api-token',
    description: 'Atlassian / Jira / Confluence API token (24-character legacy format)',
    severity: 'high',
    keywords: ['atlassian', 'jira', 'confluence'],
    regex: assigned(['atlassian', 'jira', 'confluence'], '[A-Za-z0-9]{24}', { kind: ['token', 'key', 'secret', 'password', 'pass', 'pwd'], keywordsAreProviders: true }),
    secretGroup: 1,
    minEntropy: 3.5,
    validate: (s) => /[A-Z]/.test(s) && /[a-z]/.test(s),
    fix: 'Revoke it at https://id.atlassian.com/manage-profile/security/api-tokens, create a new one, and load it from the environment or a CI secret instead of the source.',
    examples: {
      match: () => [`JIRA_API_TOKEN=${fake.alnum(24)}`, `confluence:\n  token: "${fake.alnum(24)}"`],
      noMatch: () => [`JIRA_API_TOKEN=${fake.alnum(16)}`, `JIRA_PROJECT_KEY=${fake.alnum(24)}x`, `JIRA_API_TOKEN=${'abcdefghijkl'.repeat(2)}`],
    },
  },
  prefixed({
    id: 'secret/bitbucket-access-token',
    description: 'Bitbucket repository / project / workspace access token',
    prefix: 'ATCTT3',
    body: LONG_BODY,
    tail: '(?![A-Za-z0-9_=-])',
    make: longToken('ATCTT3xFfGN0'),
    minEntropy: 4,
    fix: 'Revoke the access token (Repository/Workspace settings → Security → Access tokens), create a new one, and store it as a secured Bitbucket Pipelines variable or in your secret manager.',
  }),
  prefixed({
    id: 'secret/bitbucket-app-password',
    description: 'Bitbucket app password',
    prefix: 'ATBB',
    body: '[A-Za-z0-9_=.-]{32}',
    make: () => `ATBB${fake.alnum(24)}${fake.upperHex(8)}`,
    fix: 'Revoke the app password (Personal settings → App passwords), move to an API token or access token, and keep it in a secured repository variable or credential helper instead of the source.',
  }),
  {
    id: 'secret/bitbucket-client-secret',
    description: 'Bitbucket OAuth consumer secret',
    severity: 'high',
    keywords: ['bitbucket'],
    regex: assigned(['bitbucket', 'bb'], '[A-Za-z0-9]{32}', { kind: ['secret'] }),
    secretGroup: 1,
    minEntropy: 3.5,
    fix: 'Regenerate the consumer secret (Workspace settings → OAuth consumers → Edit), and load it from the environment or a secret manager on the server.',
    examples: {
      match: () => [`BITBUCKET_CLIENT_SECRET=${fake.alnum(32)}`, `bitbucket:\n  oauth_secret: '${fake.alnum(32)}'`],
      noMatch: () => [`BITBUCKET_CLIENT_ID=${fake.alnum(32)}`, `BITBUCKET_CLIENT_SECRET=${fake.alnum(20)}`],
    },
  },
  {
    id: 'secret/opsgenie-api-key',
    description: 'Atlassian Opsgenie API key',
    severity: 'high',
    keywords: ['opsgenie'],
    regex: assigned(['opsgenie'], UUID, { kind: ['key', 'token', 'genie'], keywordsAreProviders: true }),
    secretGroup: 1,
    fix: 'Delete the integration or API key in Opsgenie (Settings → API key management, or the team integration), create a new one, and load it from the environment or a secret manager.',
    examples: {
      match: () => [`OPSGENIE_API_KEY=${uuid()}`, `opsgenie:\n  api_key: "${uuid()}"`],
      noMatch: () => [`OPSGENIE_API_KEY=${fake.hex(32)}`, `OPSGENIE_TEAM_ID=${fake.hex(12)}`],
    },
  },
];
