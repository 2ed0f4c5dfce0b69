import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, keyedRule, rotateThen } from './token-kit';

// Vault ≥ 1.10 tokens: hvs. (service), hvb. (batch), hvr. (recovery) + base64url body;
// before 1.10: s.<24 chars> (service), b.<…> (batch), recognisable only next to "vault".
const FIX = rotateThen('`vault token revoke <token>` (or revoke its accessor / lease)', 'authenticate at run time with a short-lived method (AppRole with response wrapping, Kubernetes auth, JWT/OIDC from CI) and keep `VAULT_TOKEN` only in the environment.');
const WHY = 'A Vault token reads every secret its policies allow, and may create child tokens.';

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/vault-service-token',
    description: 'HashiCorp Vault service token',
    keywords: ['hvs.'],
    token: 'hvs\\.[A-Za-z0-9_-]{24,512}',
    minEntropy: 3.5,
    why: WHY,
    fix: FIX,
    match: () => [`hvs.CAESI${fake.base64url(86)}`, `VAULT_TOKEN=hvs.${fake.alnum(24)}`],
    noMatch: () => ['hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxx', `hvs.${fake.alnum(10)}`, 'hvs.CAESIABcDeFgHiJkLmNoPqRsTuVwXyZ'],
  }),
  prefixedRule({
    id: 'secret/vault-batch-token',
    description: 'HashiCorp Vault batch token',
    keywords: ['hvb.'],
    token: 'hvb\\.[A-Za-z0-9_-]{80,1024}',
    minEntropy: 3.5,
    why: WHY,
    fix: FIX,
    match: () => [`hvb.AAAAAQ${fake.base64url(140)}`, `token: hvb.${fake.base64url(150)}`],
    noMatch: () => ['hvb.', `hvb.${fake.base64url(30)}`],
  }),
  prefixedRule({
    id: 'secret/vault-recovery-token',
    description: 'HashiCorp Vault recovery token',
    keywords: ['hvr.'],
    token: 'hvr\\.[A-Za-z0-9_-]{24,512}',
    minEntropy: 3.5,
    why: 'A recovery token operates Vault in recovery mode, with access to raw storage.',
    fix: FIX,
    match: () => [`hvr.${fake.alnum(24)}`, `recovery_token: hvr.${fake.base64url(90)}`],
    noMatch: () => ['hvr.', `hvr.${fake.alnum(8)}`],
  }),
  keyedRule({
    id: 'secret/vault-legacy-token',
    description: 'HashiCorp Vault token, pre-1.10 format (s./b. next to a Vault name)',
    keywords: ['vault'],
    names: 'vault',
    value: '[sb]\\.[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    why: WHY,
    fix: FIX,
    match: () => [`VAULT_TOKEN=s.${fake.alnum(24)}`, `vault_token: "s.${fake.alnum(24)}"`],
    noMatch: () => ['VAULT_TOKEN=${VAULT_TOKEN}', 'VAULT_ADDR=https://vault.corp.net:8200', `VAULT_TOKEN=s.${fake.alnum(10)}`],
  }),
];
