import * as fake from '../fake';

/** Value shapes shared by several providers (regex source, no anchors). */
export const HEX32 = '[a-f0-9]{32}';
export const HEX40 = '[a-f0-9]{40}';
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/**
 * A `/` in a URL as it is stored: plain, JSON-escaped (`\/`, PHP and some serializers), or
 * URL-encoded (`%2F`, a webhook URL passed as a query parameter or logged as form data).
 */
export const URL_SLASH = '(?:/|\\\\/|%2[Ff])';
export const UUID_ANY_CASE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** A random version-4 UUID (lowercase). */
export function uuid(): string {
  return `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}`;
}

/** Validators: real keys mix character classes; placeholders and words do not. */
export const hasDigit = (s: string) => /[0-9]/.test(s);
export const mixedCase = (s: string) => /[a-z]/.test(s) && /[A-Z]/.test(s);
export const mixedAlnum = (s: string) => hasDigit(s) && /[A-Za-z]/.test(s);
