import { ALL_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * Keys printed in providers' own documentation. They are public, revoked or
 * never valid, and they fill READMEs, tests and tutorials.
 */
export const DOCUMENTED_EXAMPLE_KEYS: readonly string[] = [
  // AWS documentation
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  // Azure Storage emulator (Azurite) well-known account key
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  // Stripe API reference
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  // jwt.io debugger sample
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // OAuth RFCs (RFC 5849, 6749, 6750) example credentials, quoted by every OAuth library
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  'gX1fBat3bV',
  'mF_9.B5f-4.1JqM',
  'h480djs93hd8',
  '0685bd9184jfhq22',
  'ad180jjd733klru7',
  'kd94hf93k423kf44',
  'pfkkdhi9sl3r4s00',
  'dj83hs9s',
  'hh5s93j4hdidpola',
  'hdhd0244k9j7ao03',
  // RFC 7009 (token revocation) request example
  '45ghiukldjahdnhzdauz',
  // Slack API documentation
  'xoxb-not-a-real-token-this-will-not-work',
  // RFC 4226 / RFC 6238 HOTP and TOTP test secret "12345678901234567890", as base32 (authenticator apps) and hex
  'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  '3132333435363738393031323334353637383930',
  // The Cargo book's registry token example (credentials.toml, `cargo login`)
  '854DvwSlUwEHtIo3kWy6x7UCPKHfzCmy',
];

export function isDocumentedExample(secret: string): boolean {
  for (const k of DOCUMENTED_EXAMPLE_KEYS) if (secret.includes(k) || (secret.length >= 16 && k.includes(secret))) return true;
  return false;
}

export const exampleKey: SecretFilter = {
  name: 'example-key',
  kinds: ALL_KINDS,
  rejects: (c: Candidate) => isDocumentedExample(c.secret),
};
