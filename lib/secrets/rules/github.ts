import type { SecretRule } from '../rule';
import * as fake from '../fake';

const FIX = 'Revoke the token at https://github.com/settings/tokens (or the app/installation settings), create a new one, and read it from the environment or a CI secret (e.g. `${{ secrets.GH_TOKEN }}`).';

/** GitHub's 2021 token format ends in a base62 CRC32 of the random part. */
function validChecksum(token: string): boolean {
  const body = token.slice(4, token.length - 6);
  return fake.base62(fake.crc32(body), 6) === token.slice(-6);
}

export const rules: SecretRule[] = [
  {
    id: 'secret/github-pat',
    description: 'GitHub personal access token (classic)',
    severity: 'high',
    keywords: ['ghp_'],
    regex: /\b(ghp_[A-Za-z0-9]{36})\b/,
    secretGroup: 1,
    validate: validChecksum,
    fix: FIX,
    examples: {
      match: () => [fake.checksummedToken('ghp_'), `token: ${fake.checksummedToken('ghp_')}`],
      noMatch: ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_' + 'A1b2C3d4E5'.repeat(3) + 'AAAAAA'],
    },
  },
];
