import type { SecretRule } from '../rule';
import * as fake from '../fake';

export const rules: SecretRule[] = [
  {
    id: 'secret/aws-access-key-id',
    description: 'AWS access key id',
    severity: 'high',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    regex: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
    secretGroup: 1,
    minEntropy: 3,
    why: 'An AWS key id, usually committed together with its secret key, gives API access to the account.',
    fix: 'Deactivate the key in IAM, create a new one, and load it from the environment or an AWS profile / role instead of the source (aws configure, instance roles, OIDC in CI).',
    examples: {
      match: () => ['AKIA' + fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), 'aws_access_key_id = ASIA' + fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)],
      noMatch: ['AKIAIOSFODNN7EXAMPLE', 'AKIAXXXXXXXXXXXXXXXX', 'AKIA1234'],
    },
  },
];
