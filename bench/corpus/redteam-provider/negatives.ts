import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';
import { uuid } from './tokens';

/**
 * Values a careful reviewer would not report, in the same contexts as the
 * credentials: redacted or truncated tokens, the examples providers print in
 * their own docs, broken checksums, public keys and identifiers that share a
 * token's shape. Documented examples are assembled from pieces so the
 * repository itself holds no whole one.
 */
export interface Neg {
  kind: string;
  value: string;
}

const j = (...p: string[]) => p.join('');

/** Redacted or cut short: what a log, a doc or an issue shows after masking. */
export function redacted(): Neg {
  const v = pick([
    () => `ghp_${'*'.repeat(36)}`,
    () => `ghp_${'x'.repeat(36)}`,
    () => `ghp_${fake.alnum(4)}…`,
    () => 'sk_live_...',
    () => `sk_live_${'•'.repeat(24)}${fake.alnum(4)}`,
    () => `sk-...${fake.lowerAlnum(4)}`,
    () => `sk-proj-...${fake.alnum(4)}`,
    () => `sk-ant-api03-...${fake.alnum(4)}`,
    () => 'xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX',
    () => 'glpat-xxxxxxxxxxxxxxxxxxxx',
    () => 'AKIAXXXXXXXXXXXXXXXX',
    () => `AKIA${'*'.repeat(12)}${fake.upperAlnum(4)}`,
    () => `npm_${'*'.repeat(36)}`,
    () => `hf_${'*'.repeat(8)}`,
    () => 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    () => `dop_v1_${'0'.repeat(64)}`,
    () => '<REDACTED>',
    () => '[FILTERED]',
    () => `eyJhbGciOiJIUzI1NiIs...${fake.alnum(4)}`,
  ])();
  return { kind: 'redacted', value: v };
}

/** The example values providers publish in their documentation. */
export function documented(): Neg {
  const v = pick([
    () => j('AKIAIOSFODNN7', 'EXAMPLE'),
    () => j('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'),
    () => j('xoxb-', 'not-a-real-token-this-will-not-work'),
    () => j('https://hooks.slack.com/services/', 'T00000000/B00000000/', 'XXXXXXXXXXXXXXXXXXXXXXXX'),
    () => j('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'),
    () => j('sk-', 'your-api-key-here'),
    () => j('ghp_', 'YOUR_GITHUB_TOKEN'),
    () => 'your_api_key',
    () => '<YOUR_TOKEN>',
  ])();
  return { kind: 'documented', value: v };
}

/** Checksummed formats with the checksum wrong: typos or made-up strings, not tokens. */
export function badChecksum(): Neg {
  const prefix = pick(['ghp_', 'gho_', 'npm_']);
  const bodyPart = fake.alnum(30);
  let sum = fake.alnum(6);
  if (sum === fake.base62(fake.crc32(bodyPart), 6)) sum = 'zzzzzz';
  return { kind: 'bad-checksum', value: prefix + bodyPart + sum };
}

/** Strings with a token's shape that are public or not secrets at all. */
export function lookalike(): Neg {
  return pick<() => Neg>([
    () => ({ kind: 'stripe-publishable', value: `pk_live_51${fake.alnum(95)}` }),
    () => ({ kind: 'mapbox-public', value: `pk.eyJ1Ijoi${fake.base64url(30)}.${fake.base64url(22)}` }),
    () => ({ kind: 'uuid', value: uuid() }),
    () => ({ kind: 'git-sha', value: fake.hex(40) }),
    () => ({ kind: 'sha256', value: fake.hex(64) }),
    () => ({ kind: 'version', value: `${int(1, 9)}.${int(0, 30)}.${int(0, 99)}-rc.${int(1, 9)}+build.${fake.hex(7)}` }),
    () => ({ kind: 'stripe-object-id', value: `${pick(['cus_', 'price_1', 'prod_', 'acct_1', 'pm_1'])}${fake.alnum(int(14, 24))}` }),
  ])();
}

export const anyNeg = (): Neg => pick([redacted, documented, badChecksum, lookalike, lookalike])();

/** A reference to a secret held elsewhere: env var, template, secret store. */
export function reference(env: string): string {
  return pick([`\${${env}}`, `$${env}`, `\${{ secrets.${env} }}`, `{{ ${env.toLowerCase()} }}`, `%${env}%`, `{{${env.toLowerCase()}}}`]);
}
