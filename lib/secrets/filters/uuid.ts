import { LOOSE_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * UUIDs are identifiers (tenant, subscription, client, request ids). Services
 * whose keys are UUIDs (Heroku, for one) have provider rules that look for the
 * provider's name nearby; the generic and entropy rules leave UUIDs alone.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Words, then a UUID: an id with its kind spelled out (CloudFormation's `Console-CreateStack-7f59c3cf-…` token). */
const NAMED_UUID = /^[A-Za-z]+(?:[-_.:][A-Za-z]+)*[-_.:][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(s: string): boolean {
  return s.length === 36 && UUID.test(s);
}

export const uuid: SecretFilter = {
  name: 'uuid',
  kinds: LOOSE_KINDS,
  rejects: (c: Candidate) => isUuid(c.secret) || (c.secret.length > 36 && c.secret.length <= 100 && NAMED_UUID.test(c.secret)),
};
