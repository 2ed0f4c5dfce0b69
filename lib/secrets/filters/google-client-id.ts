import { LOOSE_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * Google OAuth client ids (`<project number>-<32 characters>.apps.googleusercontent.com`) are
 * public: every page with Google Sign-In ships one. The secret is the client secret (GOCSPX-…),
 * which has its own rule. The entropy rule sees the random part beside words like `auth`.
 */
const HOST = '.apps.googleusercontent.com';

export function isGoogleClientId(c: Candidate): boolean {
  if (c.secret.endsWith(HOST)) return /^\d{6,20}-[a-z0-9]{32}\.apps\.googleusercontent\.com$/.test(c.secret);
  const end = c.offset + c.secret.length;
  if (c.text.slice(end, end + HOST.length) !== HOST) return false;
  // The candidate may be the whole id before the host or only its random part.
  const head = c.text.slice(Math.max(0, c.offset - 21), c.offset);
  return /^[a-z0-9]{32}$/.test(c.secret) ? /\d{6,20}-$/.test(head) : /^\d{6,20}-[a-z0-9]{32}$/.test(c.secret);
}

export const googleClientId: SecretFilter = {
  name: 'google-client-id',
  kinds: LOOSE_KINDS,
  rejects: isGoogleClientId,
};
