import { ALL_KINDS, before, type Candidate, type SecretFilter } from '../candidate';

/**
 * Password hashes are what a system stores instead of the password: safe in a
 * seed file, a fixture or /etc/shadow-style config, and random-looking by
 * design. Modular crypt format (`$6$rounds=…$salt$hash`, `$2b$12$…`,
 * `$argon2id$v=19$…`, `$y$…`, `$apr1$…`), Django / passlib
 * (`pbkdf2_sha256$600000$salt$hash`, legacy `sha1$salt$hex`), Werkzeug (Flask: `pbkdf2:sha256:600000$salt$hash`,
 * `scrypt:32768:8:1$salt$hash`), LDAP (`{SSHA}…`) and PostgreSQL's
 * stored forms (`md5` + 32 hex, `SCRAM-SHA-256$4096:salt$key:key`).
 */
const CRYPT_HEAD = String.raw`\$(?:2[abxy]?|1|5|6|7|y|gy|apr1|md5|sha1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d{1,3})?|bcrypt(?:-sha256)?)\$`;
const DJANGO_HEAD = String.raw`(?:pbkdf2_sha(?:1|256|512)|argon2|bcrypt_sha256|scrypt)\$`;
const WERKZEUG_HEAD = String.raw`(?:pbkdf2:sha(?:1|224|256|384|512)(?::\d{1,7})?|scrypt(?::\d{1,7}){0,3})\$`;
/** Django's legacy salted digests: `sha1$<salt>$<40 hex>`, `md5$<salt>$<32 hex>`. */
const DJANGO_LEGACY = String.raw`(?:sha1\$[A-Za-z0-9]{1,64}\$[0-9a-f]{40}|md5\$[A-Za-z0-9]{1,64}\$[0-9a-f]{32})`;
const WHOLE = new RegExp(String.raw`^(?:${CRYPT_HEAD}[^\s'"\x60]{8,}|${DJANGO_HEAD}[^\s'"\x60]{8,}|${WERKZEUG_HEAD}[^\s'"\x60]{8,}|${DJANGO_LEGACY}|\{(?:S?SHA(?:256|512)?|S?MD5|CRYPT|PBKDF2(?:-SHA\d+)?|ARGON2)\}[A-Za-z0-9+/$.=-]{8,}|md5[0-9a-f]{32}|SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+)$`);
/** A candidate cut out of a hash (the high-entropy stage reads `$`-separated parts): the hash's head before it. */
const LDAP_HEAD = String.raw`\{(?:S?SHA(?:256|512)?|S?MD5|CRYPT|PBKDF2(?:-SHA\d+)?|ARGON2)\}`;
const HEAD_BEFORE = new RegExp(String.raw`(?:${CRYPT_HEAD}|${DJANGO_HEAD}|${WERKZEUG_HEAD}|${LDAP_HEAD}|SCRAM-SHA-256\$)[^\s'"\x60]*$`);
/** The base64 of a hash as LDIF writes it (`userPassword:: e1NTSEF9…`): `{SSHA}`, `{SHA}`, `$2y$`, `$6$`, `$argon2…` encoded. */
const ENCODED_HEAD = /^(?:e[01][A-Z0-9]|J[DGH])[A-Za-z0-9+/]{12,}={0,2}$/;
/** A stored-credential record beside its salt (Keycloak's `secretData` / `credentialData`): a hash, not the password. */
const HASH_RECORD = /\\?["'](?:salt|hashIterations)\\?["']\s*:/;

function isEncodedHash(s: string): boolean {
  return ENCODED_HEAD.test(s) && WHOLE.test(Buffer.from(s, 'base64').toString('latin1'));
}

export function isPasswordHash(secret: string): boolean {
  return WHOLE.test(secret);
}

export const passwordHash: SecretFilter = {
  name: 'password-hash',
  kinds: ALL_KINDS,
  rejects: (c: Candidate) => isPasswordHash(c.secret) || (c.secret.length >= 16 && HEAD_BEFORE.test(before(c, 160))) || isEncodedHash(c.secret) || HASH_RECORD.test(c.secret),
};
