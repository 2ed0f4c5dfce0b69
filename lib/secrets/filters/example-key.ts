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
  'dpf43f3p2l4k3l03',
  'nnch734d00sl2jdk',
  'kkk9d7dh3k39sjv7',
  '9djdj82h48djs9d2',
  'hfdp7dh39dks9884',
  // RFC 7617 (HTTP Basic) example: base64 of `Aladdin:open sesame`
  'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
  // RFC 7009 (token revocation) request example
  '45ghiukldjahdnhzdauz',
  // Slack API documentation
  'xoxb-not-a-real-token-this-will-not-work',
  // The TOTP secret of Google Authenticator's key-URI documentation (`otpauth://totp/…?secret=JBSWY3DPEHPK3PXP`), in every OTP library's README and tests
  'JBSWY3DPEHPK3PXP',
  // RFC 4226 / RFC 6238 HOTP and TOTP test secret "12345678901234567890", as base32 (authenticator apps) and hex
  'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  '3132333435363738393031323334353637383930',
  // Hardhat's and Anvil's (Foundry) development accounts #0-#9, derived from the public mnemonic
  // `test test … junk` and printed on every start: funded only on local chains, and in every tutorial.
  'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  '92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
  '4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
  'dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
  '2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
  // Maven's settings.xml template (conf/settings.xml in every installation, copied into projects): <password>repopwd</password>
  'repopwd',
  // Docker Engine API reference (api/swagger.yaml: SwarmSpec JoinTokens, UnlockKey)
  'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx',
  'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2',
  'SWMKEY-1-7c37Cc8654o6p38HnroywCi19pllOnGtbdZEgtKxZu8',
  // MinIO's public playground (play.min.io) keys, printed in every MinIO SDK's README and quickstart
  'Q3AM3UQ867SPQQA43P2F',
  'zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG',
  // redis.conf's example password (`# requirepass foobared`), used throughout Redis' and its clients' docs
  'foobared',
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
