import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/1password-service-account-token',
    description: '1Password service account token',
    keywords: ['ops_eyj'],
    // ops_ + base64 of a JSON document (sign-in address, keys): always starts ops_eyJ.
    token: 'ops_eyJ[A-Za-z0-9+/=_-]{100,4096}',
    minEntropy: 4,
    why: 'The token reads every item in the vaults the service account can access.',
    fix: rotateThen('1Password → Developer → Service accounts → Revoke token', 'store `OP_SERVICE_ACCOUNT_TOKEN` as a CI secret and let `op run` / `op inject` resolve secret references.'),
    match: () => [`ops_${fake.b64url(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: fake.base64url(22) }, email: `${fake.lowerAlnum(12)}@1passwordserviceaccounts.com`, srpX: fake.hex(64), muk: { alg: 'A256GCM', ext: true, k: fake.base64url(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${fake.upperAlnum(6)}`, throttleSecret: { seed: fake.hex(64), uuid: fake.upperAlnum(26) }, deviceUuid: fake.lowerAlnum(26) }))}`, `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${fake.base64url(600)}`],
    noMatch: () => ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...', `ops_eyJ${fake.base64url(20)}`],
  }),
  prefixedRule({
    id: 'secret/1password-secret-key',
    description: '1Password account Secret Key',
    keywords: ['a3-'],
    token: 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{6}-)?[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
    minEntropy: 3,
    why: 'Together with the account password, the Secret Key decrypts the whole 1Password account.',
    fix: 'Regenerate the Secret Key (1Password → your account → Regenerate Secret Key), change the account password, and keep the Emergency Kit offline, never in a repository.',
    match: () => [`A3-${fake.upperAlnum(6)}-${fake.upperAlnum(6)}-${fake.upperAlnum(5)}-${fake.upperAlnum(5)}-${fake.upperAlnum(5)}-${fake.upperAlnum(5)}`, `secret key: A3-${fake.upperAlnum(6)}-${fake.upperAlnum(5)}-${fake.upperAlnum(5)}-${fake.upperAlnum(5)}-${fake.upperAlnum(5)}`],
    noMatch: () => ['A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', 'A3-ABC123'],
  }),
];
