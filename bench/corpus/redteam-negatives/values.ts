import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';

/**
 * Value makers for the hard-negative red team: public, derived, encrypted or
 * placeholder strings in the shapes real tools write them. Documented example
 * keys are joined from pieces so this file holds no whole one.
 */

export const j = (...p: string[]): string => p.join('');
export const hex = fake.hex;
export const b64 = fake.base64;
export const b64url = fake.base64url;
export const HEX_UPPER = (n: number): string => fake.upperHex(n);

/** Base64 with the padding a byte length of `bytes` gives. */
export function b64Bytes(bytes: number): string {
  const chars = Math.ceil((bytes * 4) / 3);
  const pad = (3 - (bytes % 3)) % 3;
  return fake.base64(chars) + '='.repeat(pad);
}
/** Lines of `width` base64 characters, `total` characters in all, with `=` padding on the last. */
export function b64Lines(total: number, width = 64, indent = ''): string {
  const s = fake.base64(total - 2) + '==';
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(indent + s.slice(i, i + width));
  return out.join('\n');
}
/** Nix's base32 alphabet (no e, o, t, u). */
export const nix32 = (n = 52): string => fake.chars('0123456789abcdfghijklmnpqrsvwxyz', n);
export const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const ulid = (): string => `01${fake.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`;
export const nanoid = (n = 21): string => fake.base64url(n);
export const objectId = (): string => `${int(0x63000000, 0x67ffffff).toString(16)}${hex(16)}`;
export const sriHash = (alg: 'sha256' | 'sha384' | 'sha512' = pick(['sha256', 'sha384', 'sha512'])): string =>
  `${alg}-${b64Bytes(alg === 'sha256' ? 32 : alg === 'sha384' ? 48 : 64)}`;
export const goH1 = (): string => `h1:${b64Bytes(32)}`;
export const digestRef = (): string => `sha256:${hex(64)}`;
export const semver = (): string => `${int(0, 9)}.${int(0, 30)}.${int(0, 20)}`;
export const pkgName = (): string => pick(['lodash', 'react', 'express', 'chalk', 'debug', 'semver', 'zod', 'axios', 'tslib', 'undici', 'yaml', 'ws', 'pino', 'fastify', 'commander', 'glob']) + pick(['', '-core', '-utils', '-plugin', `-${fake.lowerAlnum(3)}`]);
export const pyName = (): string => pick(['requests', 'urllib3', 'certifi', 'idna', 'attrs', 'pydantic', 'httpx', 'anyio', 'sniffio', 'click', 'jinja2', 'markupsafe', 'boto3', 'botocore', 'cryptography', 'cffi']);
export const crateName = (): string => pick(['serde', 'tokio', 'rand', 'libc', 'syn', 'quote', 'proc-macro2', 'bytes', 'hyper', 'regex', 'memchr', 'itoa', 'ryu', 'anyhow']);

/** X.509 DER in base64 opens with `MII`; body lines of 64. */
export function certBody(lines = int(14, 22), indent = ''): string {
  const out = [indent + 'MII' + pick(['D', 'E', 'F', 'C']) + pick(['z', 'j', 'T', 'a']) + pick(['CC', 'DC']) + b64(57)];
  for (let i = 1; i < lines; i++) out.push(indent + b64(64));
  out.push(indent + b64(int(10, 60)) + pick(['', '=', '==']));
  return out.join('\n');
}
export const certPem = (indent = ''): string => `${indent}-----BEGIN CERTIFICATE-----\n${certBody(undefined, indent)}\n${indent}-----END CERTIFICATE-----`;
export const publicKeyPem = (): string => `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${b64(20)}\n${b64Lines(290)}\nAQAB\n-----END PUBLIC KEY-----`;
export const sshEd25519 = (): string => `AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}`;
export const sshRsa = (): string => `AAAAB3NzaC1yc2EAAAADAQABAAABgQ${b64(int(360, 540))}${pick(['', '=', '=='])}`;
export const sshEcdsa = (): string => `AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${b64(86)}=`;
export const sshFingerprint = (): string => `SHA256:${b64(43)}`;
export const md5Fingerprint = (): string => Array.from({ length: 16 }, () => hex(2)).join(':');
export const colonHex = (bytes: number, upper = true): string => Array.from({ length: bytes }, () => (upper ? HEX_UPPER(2) : hex(2))).join(':');
export function pgpArmor(kind: 'PUBLIC KEY BLOCK' | 'SIGNATURE' | 'MESSAGE', lines: number, indent = ''): string {
  const head = kind === 'PUBLIC KEY BLOCK' ? 'mQINBG' : kind === 'SIGNATURE' ? 'iQIzBAABCgAdFiEE' : 'hQIMA';
  const body = [indent + head + b64(64 - head.length)];
  for (let i = 1; i < lines; i++) body.push(indent + b64(64));
  body.push(indent + b64(int(8, 40)) + '=');
  return `${indent}-----BEGIN PGP ${kind}-----\n${indent}\n${body.join('\n')}\n${indent}=${b64(4)}\n${indent}-----END PGP ${kind}-----`;
}
/** Bcrypt, sha512-crypt, yescrypt, argon2, apr1, Django, werkzeug, LDAP, MySQL, PostgreSQL stored forms. */
export const CRYPT = './' + fake.ALNUM;
export const bcrypt = (): string => `$2${pick(['a', 'b', 'y'])}$${pick(['10', '11', '12', '14'])}$${fake.chars(CRYPT, 53)}`;
export const sha512crypt = (): string => `$6$${fake.chars(CRYPT, 16)}$${fake.chars(CRYPT, 86)}`;
export const yescrypt = (): string => `$y$j9T$${fake.chars(CRYPT, 22)}$${fake.chars(CRYPT, 43)}`;
export const argon2 = (): string => `$argon2id$v=19$m=${pick(['65536', '19456', '47104'])},t=${int(1, 4)},p=${int(1, 4)}$${b64(22)}$${b64(43)}`;
export const apr1 = (): string => `$apr1$${fake.chars(CRYPT, 8)}$${fake.chars(CRYPT, 22)}`;
export const django = (): string => `pbkdf2_sha256$${pick(['600000', '720000', '870000'])}$${fake.alnum(22)}$${b64(43)}=`;
export const werkzeug = (): string => pick([`scrypt:32768:8:1$${fake.alnum(16)}$${hex(128)}`, `pbkdf2:sha256:600000$${fake.alnum(16)}$${hex(64)}`]);
export const ldapSsha = (): string => `{SSHA}${b64(30)}==`;
export const mysqlNative = (): string => `*${HEX_UPPER(40)}`;
export const pgScram = (): string => `SCRAM-SHA-256$4096:${b64(22)}==$${b64(43)}=:${b64(43)}=`;
export const pgMd5 = (): string => `md5${hex(32)}`;

/** AWS, Azurite, Stripe, jwt.io, Slack and OAuth RFC examples: public by publication. */
export const DOC = {
  awsId: () => j('AKIAIOSFODNN7', 'EXAMPLE'),
  awsSecret: () => j('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY'),
  awsId2: () => j('AKIAI44QH8DHB', 'EXAMPLE'),
  awsSecret2: () => j('je7MtGbClwBF/2Zp9Utk/', 'h3yCo8nvbEXAMPLEKEY'),
  azurite: () => j('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/', 'K1SZFPTOtr/KBHBeksoGMGw=='),
  stripeTest: () => j('sk_test_', '4eC39HqLyjWDarjtT1zdp7dc'),
  stripePk: () => j('pk_test_', 'TYooMQauvdEDq54NiTphI7jx'),
  jwtIo: () => j('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'),
  slack: () => j('xoxb-', 'not-a-real-token-this-will-not-work'),
  oauthAccess: () => j('2YotnFZFEjr1', 'zCsicMWpAA'),
  oauthRefresh: () => j('tGzv3JOkF0XG5Qx2', 'TlKWIA'),
  oauthBasic: () => j('czZCaGRSa3F0MzpnWDFm', 'QmF0M2JW'),
};

/** Placeholders in the words and marks people use. */
export function placeholder(name: string): string {
  const lower = name.toLowerCase();
  const kebab = lower.replace(/_/g, '-');
  return pick([
    `<${kebab}>`,
    `<YOUR_${name}>`,
    `your-${kebab}-here`,
    `YOUR_${name}_HERE`,
    `REPLACE_WITH_${name}`,
    `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`,
    'x'.repeat(int(12, 40)),
    `${'X'.repeat(4)}-${'X'.repeat(4)}-${'X'.repeat(4)}`,
    'changeme',
    'CHANGE_ME',
    'change-this-in-production',
    `__${name}__`,
    `@@${name}@@`,
    `%${name}%`,
    '********',
    '<redacted>',
    `insert-${kebab}-here`,
    `my-${kebab}`,
    `dummy-${kebab}`,
    'TODO',
    '...',
  ]);
}
