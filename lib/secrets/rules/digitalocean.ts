import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, keyedRule, rotateThen, LOAD_FROM_ENV } from './token-kit';

const FIX = rotateThen('cloud.digitalocean.com → API → Tokens (or Applications & API → OAuth) → Delete', LOAD_FROM_ENV);
const WHY = 'A DigitalOcean token controls droplets, databases, Kubernetes clusters and DNS of the team.';

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/digitalocean-pat',
    description: 'DigitalOcean personal access token',
    keywords: ['dop_v1_'],
    token: 'dop_v1_[a-f0-9]{64}',
    why: WHY,
    fix: FIX,
    match: () => [`dop_v1_${fake.hex(64)}`, `DIGITALOCEAN_TOKEN=dop_v1_${fake.hex(64)}`],
    noMatch: () => ['dop_v1_...', `dop_v1_${fake.hex(40)}`, `dop_v1_${'0'.repeat(64)}`],
  }),
  prefixedRule({
    id: 'secret/digitalocean-oauth-token',
    description: 'DigitalOcean OAuth access token',
    keywords: ['doo_v1_'],
    token: 'doo_v1_[a-f0-9]{64}',
    why: WHY,
    fix: FIX,
    match: () => [`doo_v1_${fake.hex(64)}`, `"access_token": "doo_v1_${fake.hex(64)}"`],
    noMatch: () => ['doo_v1_', `doo_v1_${fake.hex(10)}`],
  }),
  prefixedRule({
    id: 'secret/digitalocean-refresh-token',
    description: 'DigitalOcean OAuth refresh token',
    keywords: ['dor_v1_'],
    token: 'dor_v1_[a-f0-9]{64}',
    why: WHY,
    fix: FIX,
    match: () => [`dor_v1_${fake.hex(64)}`, `refresh_token: dor_v1_${fake.hex(64)}`],
    noMatch: () => ['dor_v1_', `dor_v1_${fake.hex(63)}g`],
  }),
  keyedRule({
    id: 'secret/digitalocean-spaces-secret',
    description: 'DigitalOcean Spaces secret access key',
    keywords: ['spaces'],
    names: 'spaces[_-]?secret|do_spaces_secret|spaces_access_secret',
    value: '[A-Za-z0-9+/]{43}',
    minEntropy: 4,
    why: 'The Spaces key reads and writes every bucket the key is scoped to.',
    fix: rotateThen('cloud.digitalocean.com → API → Spaces Keys', LOAD_FROM_ENV),
    match: () => [`SPACES_SECRET=${fake.base64(43)}`, `do_spaces_secret: "${fake.base64(43)}"`],
    noMatch: () => ['SPACES_SECRET=${SPACES_SECRET}', 'SPACES_SECRET=<secret>'],
  }),
];
