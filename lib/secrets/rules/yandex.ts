import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';
import { keyed } from './keyed';
import { mixedAlnum } from './shapes';

const LOAD = 'and load it from the environment, a Lockbox secret or the VM metadata service instead of the source';

/**
 * Yandex Cloud. Its documentation gives the shapes: API keys start `AQVN`, static access key
 * secrets (the S3-compatible pair, whose id starts `YCAJ`) start `YC`, IAM tokens are `t1.` and
 * two base64url parts, the second one 86 characters.
 */
export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/yandex-api-key',
    description: 'Yandex Cloud service account API key',
    prefix: 'AQVN',
    body: '[A-Za-z0-9_-]{35,38}',
    // Inside a base64 blob `AQVN…` can turn up after a `+` or `/` and run on: only a whole token counts.
    tail: '(?![A-Za-z0-9_+/=-])',
    make: () => 'AQVN' + fake.base64url(36),
    validate: (s) => mixedAlnum(s.slice(4)),
    minEntropy: 3.5,
    noMatch: () => [`data:image/png;base64,iVBOR/AQVN${fake.base64url(36)}+${fake.base64(20)}`],
    why: 'An API key never expires and acts as its service account in every service that accepts one.',
    fix: `Delete the API key in the Yandex Cloud console (IAM → Service accounts → the account → API keys) or with \`yc iam api-key delete\`, create a new one with a scope and an expiry, ${LOAD}.`,
  }),
  keyed({
    id: 'secret/yandex-access-key-secret',
    description: 'Yandex Cloud static access key secret (Object Storage / S3-compatible)',
    providers: ['yandex', 'ycloud', 'yc'],
    kind: ['secret'],
    value: 'YC[A-Za-z0-9_-]{38}',
    make: () => 'YC' + fake.base64url(38),
    validate: (s) => mixedAlnum(s.slice(2)),
    assign: (v) => [`YC_STORAGE_SECRET_KEY=${v}`, `yandex:\n  secret_key: "${v}"`, `YANDEX_SECRET_ACCESS_KEY="${v}"`],
    wrong: (v) => [`YC_STORAGE_ACCESS_KEY=YCAJ${fake.base64url(21)}`, `YANDEX_SECRET_KEY=${v.slice(0, 24)}`, `YANDEX_FOLDER_ID=${v}`],
    minEntropy: 3.5,
    fix: `Delete the static access key (IAM → Service accounts → the account → Static access keys, or \`yc iam access-key delete\`), create a new one, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/yandex-iam-token',
    description: 'Yandex Cloud IAM token',
    severity: 'medium',
    prefix: 't1.',
    body: '[A-Za-z0-9_-]{20,600}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
    tail: '(?![A-Za-z0-9_=-])',
    make: () => `t1.${fake.base64url(120)}.${fake.base64url(86)}`,
    minEntropy: 4,
    noMatch: () => [`t1.${fake.base64url(120)}.${fake.base64url(40)}`, `const t1 = t1.${fake.alnum(30)}.toString()`],
    why: 'An IAM token acts as its user or service account for up to 12 hours.',
    fix: `Revoke it (\`yc iam revoke-token\`) and let the CLI, SDK or VM metadata service issue short-lived tokens at run time; ${LOAD}.`,
  }),
];
