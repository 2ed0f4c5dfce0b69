import { LOOSE_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * UUIDs are identifiers (tenant, subscription, client, request ids). Services
 * whose keys are UUIDs (Heroku, for one) have provider rules that look for the
 * provider's name nearby; the generic and entropy rules leave UUIDs alone.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Words, then a UUID: a generated resource or request name (`Console-CreateStack-7f59c3cf-00d2-…`,
 * `job-run-6f1e…`). The UUID is the random part, and it is an identifier.
 */
const NAMED_UUID = /^(?:[A-Za-z][A-Za-z0-9]*[-_:.]){1,4}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(s: string): boolean {
  return s.length === 36 && UUID.test(s);
}

function isNamedUuid(s: string): boolean {
  if (s.length <= 37 || !NAMED_UUID.test(s)) return false;
  const name = s.slice(0, -37);
  // The name is words (`Console-CreateStack`), not a token with a UUID after it.
  return name.split(/[-_:.]/).every((w) => /^[A-Za-z]+\d{0,3}$/.test(w) && (w.length < 4 || /[aeiouyAEIOUY]/.test(w)));
}

export const uuid: SecretFilter = {
  name: 'uuid',
  kinds: LOOSE_KINDS,
  rejects: (c: Candidate) => isUuid(c.secret) || isNamedUuid(c.secret),
};
