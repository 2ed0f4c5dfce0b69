import type { SecretRule } from '../rule';
import { TOKEN_HEAD } from './prefixed';
import * as fake from '../fake';
import { rotateThen } from './token-kit';

/**
 * JSON Web Tokens: three base64url parts, the first two JSON objects (so they
 * start with `eyJ`, base64 of `{"`). Unsigned tokens (`alg: none`) are not
 * credentials. Supabase `anon` keys are public by design and stay quiet;
 * Supabase `service_role` keys get their own high-severity rule.
 */
const JWT = new RegExp(String.raw`${TOKEN_HEAD}(eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])`);

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

function parse(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } | null {
  const [h, p] = token.split('.');
  const header = decodePart(h);
  const payload = decodePart(p);
  if (!header || !payload || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return null;
  return { header, payload };
}

const supabaseKey = (role: string) => fake.jwt({ iss: 'supabase', ref: fake.lowerAlnum(20), role, iat: 1700000000, exp: 2015000000 });

export const rules: SecretRule[] = [
  {
    id: 'secret/jwt',
    description: 'JSON Web Token',
    severity: 'medium',
    keywords: ['eyj'],
    regex: JWT,
    secretGroup: 1,
    validate: (t) => {
      const j = parse(t);
      return !!j && j.payload.role !== 'anon' && j.payload.role !== 'service_role';
    },
    why: 'A signed token is a bearer credential until it expires: whoever holds it acts as its subject. Long-lived API keys are often JWTs.',
    fix: rotateThen(
      'revoke the token or the key that signed it at the issuer (rotate the signing secret if the token never expires)',
      'fetch tokens at run time (OAuth client credentials, OIDC) and keep long-lived ones in an environment variable or CI secret.',
    ),
    examples: {
      match: () => [fake.jwt(), `Authorization: Bearer ${fake.jwt({ sub: 'svc-billing', scope: 'admin', exp: 2000000000 })}`],
      noMatch: () => [
        `${fake.b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${fake.b64url(JSON.stringify({ sub: '1' }))}.${fake.base64url(20)}`,
        supabaseKey('anon'),
        `eyJ${fake.base64url(30)}.eyJ${fake.base64url(30)}.${fake.base64url(30)}`,
        'eyJhbGciOiJIUzI1NiJ9.eyJ.sig',
      ],
    },
  },
  {
    id: 'secret/supabase-service-role-key',
    description: 'Supabase service_role key (JWT)',
    severity: 'high',
    keywords: ['eyj'],
    regex: JWT,
    secretGroup: 1,
    validate: (t) => parse(t)?.payload.role === 'service_role',
    why: 'The service_role key bypasses Row Level Security: full read/write access to the project\'s database and storage.',
    fix: rotateThen(
      'Supabase dashboard → Project settings → API → roll the JWT secret (or move to sb_secret_ keys and disable legacy keys)',
      'keep it server-side only (environment variable, CI secret); clients use the anon/publishable key.',
    ),
    examples: {
      match: () => [supabaseKey('service_role'), `SUPABASE_SERVICE_ROLE_KEY=${supabaseKey('service_role')}`],
      noMatch: () => [supabaseKey('anon'), `NEXT_PUBLIC_SUPABASE_ANON_KEY=${supabaseKey('anon')}`],
    },
  },
];
