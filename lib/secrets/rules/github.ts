import type { SecretRule } from '../rule';
import { WORD_HEAD } from './prefixed';
import * as fake from '../fake';
import { assigned } from './near-keyword';

const REVOKE_AT = 'Revoke it at https://github.com/settings/tokens (or the app / installation settings), create a new one';
const LOAD = 'and read it from the environment or a CI secret (e.g. `${{ secrets.GH_TOKEN }}`; inside Actions prefer the built-in GITHUB_TOKEN) instead of the source.';

/**
 * GitHub's 2021 format (github.blog, "Behind GitHub's new authentication token formats"):
 * 3-letter prefix + `_` + 30 random base62 characters + the CRC32 of those 30 characters,
 * base62-encoded (0-9A-Za-z) and left-padded with 0 to 6 characters.
 */
export function validGithubChecksum(token: string): boolean {
  const body = token.slice(4, token.length - 6);
  return body.length === 30 && fake.base62(fake.crc32(body), 6) === token.slice(-6);
}

/** A token whose checksum is wrong in its last character: same shape, cannot be real. */
function badChecksum(prefix: string): string {
  const t = fake.checksummedToken(prefix);
  return t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A');
}

function classic(prefix: string, id: string, description: string, fix: string): SecretRule {
  return {
    id,
    description,
    severity: 'high',
    keywords: [prefix],
    regex: new RegExp(`${WORD_HEAD}(${prefix}[A-Za-z0-9]{36})\\b`),
    secretGroup: 1,
    validate: validGithubChecksum,
    fix,
    examples: {
      match: () => [fake.checksummedToken(prefix), `GITHUB_TOKEN="${fake.checksummedToken(prefix)}"`, `https://x-access-token:${fake.checksummedToken(prefix)}@github.com/o/r.git`],
      noMatch: () => [`${prefix}${'x'.repeat(36)}`, `${prefix}${'A1b2C3d4E5'.repeat(3)}AAAAAA`, badChecksum(prefix), `${prefix}${fake.alnum(20)}`],
    },
  };
}

export const rules: SecretRule[] = [
  classic('ghp_', 'secret/github-pat', 'GitHub personal access token (classic)', `${REVOKE_AT}, ${LOAD}`),
  classic('gho_', 'secret/github-oauth-token', 'GitHub OAuth access token', `Revoke it (the OAuth app's settings, or DELETE /applications/{client_id}/token), let the user re-authorize, ${LOAD}`),
  classic('ghu_', 'secret/github-user-to-server-token', 'GitHub App user-to-server token', `Revoke the user's authorization of the GitHub App (Settings → Applications), re-authorize, and keep tokens in the app's server-side store rather than the source; in CI use a CI secret.`),
  classic('ghs_', 'secret/github-server-to-server-token', 'GitHub App installation (server-to-server) token', `Revoke it with DELETE /installation/token, and mint installation tokens at run time from the app's private key (actions/create-github-app-token) instead of committing one.`),
  classic('ghr_', 'secret/github-refresh-token', 'GitHub App refresh token', `Revoke the user's authorization of the GitHub App so the refresh token dies, re-authorize, and keep refresh tokens in the app's encrypted server-side store, never in the repository.`),
  {
    id: 'secret/github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    severity: 'high',
    keywords: ['github_pat_'],
    regex: new RegExp(`${WORD_HEAD}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\\b`),
    secretGroup: 1,
    minEntropy: 4,
    fix: `Revoke it at https://github.com/settings/personal-access-tokens, create a new one with the narrowest repository access, ${LOAD}`,
    examples: {
      match: () => [`github_pat_${fake.alnum(22)}_${fake.alnum(59)}`, `token = "github_pat_${fake.alnum(22)}_${fake.alnum(59)}"`],
      noMatch: () => [`github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`, `github_pat_${fake.alnum(22)}_${fake.alnum(30)}`, 'github_pat_<your-token>'],
    },
  },
  {
    id: 'secret/github-oauth-client-secret',
    description: 'GitHub OAuth / GitHub App client secret',
    severity: 'high',
    keywords: ['github'],
    regex: assigned(['github', 'gh'], '[a-f0-9]{40}', { kind: ['secret'] }),
    secretGroup: 1,
    minEntropy: 3.2,
    fix: 'Generate a new client secret in the OAuth app / GitHub App settings (Developer settings), delete the old one, and load it from the environment or a secret manager on the server that exchanges the code.',
    examples: {
      match: () => [`GITHUB_CLIENT_SECRET=${fake.hex(40)}`, `github:\n  client_secret: "${fake.hex(40)}"`],
      noMatch: () => [`GITHUB_CLIENT_ID=${fake.hex(20)}`, `GITHUB_CLIENT_SECRET=${fake.hex(32)}`, `GITHUB_SHA=${fake.hex(40)}`],
    },
  },
];
