import { ALL_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * JWTs signed with the key a tutorial or a library's README uses (`secret`,
 * jwt.io's `your-256-bit-secret`) are examples: whoever can read the key can
 * mint them, so they grant nothing a real deployment would accept. Checked by
 * recomputing the HMAC, so a real token that merely looks like an example is
 * still reported.
 */
const DEMO_KEYS = ['secret', 'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'your_secret_key', 'your-secret-key', 'secretkey', 'secret_key', 'mysecret', 'my_secret', 'shhhhh', 'key', 'test', 'changeme'];
const HASH: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
const JWT = /^(eyJ[A-Za-z0-9_-]{10,})\.(eyJ[A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{40,88})$/;

export function isDemoSignedJwt(token: string): boolean {
  const m = JWT.exec(token);
  if (!m) return false;
  let alg: unknown;
  try {
    alg = (JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8')) as { alg?: unknown }).alg;
  } catch {
    return false;
  }
  const hash = typeof alg === 'string' ? HASH[alg] : undefined;
  if (!hash) return false;
  const signed = `${m[1]}.${m[2]}`;
  // Loaded on first use, as in fingerprint.ts: a commit without a JWT never needs node:crypto (~4 ms).
  const { createHmac } = require('node:crypto') as typeof import('node:crypto');
  return DEMO_KEYS.some((k) => createHmac(hash, k).update(signed).digest('base64url') === m[3]);
}

export const demoJwt: SecretFilter = {
  name: 'demo-jwt',
  kinds: ALL_KINDS,
  rejects: (c: Candidate) => c.secret.startsWith('eyJ') && isDemoSignedJwt(c.secret),
};
