import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, crc32Base62Valid, rotateThen } from './token-kit';

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/npm-access-token',
    description: 'npm access token',
    keywords: ['npm_'],
    // npm's 2021 format: npm_ + 30 random base62 + 6-char base62 CRC32 of the random part (as GitHub's).
    token: 'npm_[A-Za-z0-9]{36}',
    validate: (t) => crc32Base62Valid(t, 4),
    why: 'An npm token publishes packages as its owner: a leaked publish token is a supply-chain attack on every user of those packages.',
    fix: rotateThen(
      'npmjs.com → Access Tokens → Delete, or `npm token revoke`',
      'commit `.npmrc` as `//registry.npmjs.org/:_authToken=${NPM_TOKEN}`, set NPM_TOKEN as a CI secret (or use npm Trusted Publishing / provenance from CI), and in Dockerfiles use `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`.',
    ),
    match: () => [fake.checksummedToken('npm_'), `//registry.npmjs.org/:_authToken=${fake.checksummedToken('npm_')}`],
    noMatch: () => ['npm_' + fake.alnum(30) + 'AAAAAA', 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'npm_config_registry=https://registry.npmjs.org/'],
  }),
];
