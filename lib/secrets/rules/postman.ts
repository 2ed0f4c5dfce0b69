import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/postman-api-key',
    description: 'Postman API key',
    prefix: 'PMAK-',
    body: '[a-f0-9]{24}-[a-f0-9]{34}',
    make: () => `PMAK-${fake.hex(24)}-${fake.hex(34)}`,
    keywords: ['pmak-'],
    why: 'A Postman API key reads and changes your workspaces, collections and environments, which often hold more secrets.',
    fix: 'Revoke the key in Postman (Settings → API keys), create a new one, and load it from the environment or a CI secret (POSTMAN_API_KEY); keep secrets in Postman vault values, not collections.',
  }),
];
