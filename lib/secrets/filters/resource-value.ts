import { LOOSE_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * Values that name or date something instead of proving identity, under keys that read like
 * secrets: an AWS ARN (`"RDSCloudHsmAuthorizationRole": "arn:aws:iam::aws:policy/…"`,
 * `--encryption-key-identifier arn:aws:kms:…:key/…`), a timestamp (`"PasswordLastUsed":
 * "2016-09-08T21:47:36Z"`), a negative number (`NTE_INCORRECT_PASSWORD: Final = -2146893773`).
 * Seen in the AWS CLI's and botocore's own data and stubs: a credential has none of these shapes.
 */
const ARN = /^arn:aws[a-z-]{0,12}:[a-z0-9-]{1,64}:[a-z0-9-]{0,32}:(?:\d{12}|aws)?:/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/;

export function isResourceValue(value: string): boolean {
  return ARN.test(value) || TIMESTAMP.test(value) || NEGATIVE_NUMBER.test(value);
}

export const resourceValue: SecretFilter = {
  name: 'resource-value',
  kinds: LOOSE_KINDS,
  rejects: (c: Candidate) => isResourceValue(c.secret),
};
