import { isPlaceholder } from '../secrets/filters/placeholder';

/**
 * Is a variable or label name secret-named? Names are read as words split on
 * `_` (and `.`/`-` for labels), so `GPG_KEYS`, `NODE_PGP_KEY_ID`,
 * `POSTGRES_PASSWORD_FILE` and `PYTHON_SHA256` are not, while `DB_PASSWORD`,
 * `NPM_TOKEN` and `STRIPE_SECRET_KEY` are.
 */

/** Words that make a name secret on their own. */
const SECRET_WORDS = new Set([
  'PASSWORD', 'PASSWD', 'PASSPHRASE', 'PASS', 'PWD', 'SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'CREDENTIAL', 'CREDENTIALS',
  'CREDS', 'APIKEY', 'AUTHKEY', 'PRIVATEKEY', 'ACCESSKEY', 'SECRETKEY', 'AUTHTOKEN', 'ACCESSTOKEN', 'PAT', 'DSN',
]);

/** `KEY` is secret after these words (`API_KEY`, `STRIPE_SECRET_KEY`) or as the last word (`STRIPE_KEY`). */
const KEY_WORDS = new Set(['KEY']);

/** `CACHE_KEY`, `SORT_KEY`, `STRIPE_PUBLISHABLE_KEY`: keys that are not credentials. */
const NOT_A_CREDENTIAL_KEY = new Set(['CACHE', 'SORT', 'PARTITION', 'PRIMARY', 'FOREIGN', 'ROUTING', 'LOOKUP', 'INDEX', 'MAP', 'HOT', 'SHORTCUT', 'PUBLISHABLE', 'SITE', 'IDEMPOTENCY', 'DEDUP', 'GROUP', 'SHARD']);

/**
 * A name with one of these words after its secret word describes the secret
 * rather than holding it: `PASSWORD_FILE`, `TOKEN_URL`, `API_KEY_ID`, `DB_USER`.
 */
const DESCRIBING_WORDS = new Set([
  'FILE', 'FILES', 'PATH', 'DIR', 'URL', 'URI', 'VERSION', 'MODE', 'ID', 'IDS', 'KEYS', 'USER', 'USERNAME', 'NAME', 'LENGTH',
  'LEN', 'TTL', 'TIMEOUT', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'HEADER', 'ENDPOINT', 'HOST', 'PORT', 'TYPE', 'ENABLED',
  'REQUIRED', 'POLICY', 'LOCATION', 'REF', 'ARN', 'PREFIX', 'SUFFIX', 'FORMAT', 'METHOD', 'PROVIDER', 'STORE', 'HASH',
]);

/** Words that mean public material (keys to verify with, digests) wherever they appear. */
const PUBLIC_MATERIAL = /^(?:GPG|GNUPG|PGP|FINGERPRINTS?|PUBLIC|PUBKEY|PUBKEYS|KEYSERVER|KEYRING|SHA[0-9]*|CHECKSUMS?|SHASUMS?|DIGEST|MD5|SIGNING_?PUBKEY)$/;

/** Names that only look secret. */
const NOT_SECRET = new Set(['PWD', 'OLDPWD', 'PASS', 'KEY', 'TOKEN_TYPE']);

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  if (NOT_SECRET.has(upper)) return false;
  const words = nameWords(name);
  if (!words.length) return false;
  if (words.some((w) => PUBLIC_MATERIAL.test(w) || (/^(?:GPG|PGP|GNUPG)|(?:GPG|PGP)$/.test(w) && !/^PGPASS/.test(w)) || w.includes('FINGERPRINT') || w.includes('PUBKEY') || w.includes('KEYSERVER') || w.includes('CHECKSUM'))) return false;
  let lastSecret = -1;
  words.forEach((w, i) => {
    if (SECRET_WORDS.has(w)) lastSecret = i;
    else if (KEY_WORDS.has(w) && i > 0 && !NOT_A_CREDENTIAL_KEY.has(words[i - 1])) lastSecret = i;
    // Fused forms: DBPASSWORD, GITHUBTOKEN, MYSECRET.
    else if (w.length > 6 && /(?:PASSWORD|PASSWD|SECRET|TOKEN|APIKEY)$/.test(w)) lastSecret = i;
  });
  if (lastSecret < 0) return false;
  if (words[lastSecret] === 'PASS' && words.length === 1) return false;
  return !words.slice(lastSecret + 1).some((w) => DESCRIBING_WORDS.has(w));
}

/** Whole values that ask to be replaced. Narrower than the engine's word list: `Admin2024!` is a password, `changeme` is not. */
const PLACEHOLDER_VALUE = /^(?:change[-_ ]?(?:me|it|this)|replace[-_ ]?(?:me|this)?|to[-_ ]?do|tbd|fixme|placeholder|dummy|redacted|unset|n\/a|your[-_ .a-z0-9]*|[-_a-z0-9]*[-_](?:here|goes[-_]here))$/i;

/**
 * Values that are not secrets whatever the name: references (`$X`, `${X}`),
 * absolute paths, hex digests and fingerprints (40/64/128 hex), booleans,
 * empty values, placeholders.
 */
export function isNonSecretValue(value: string): boolean {
  const v = value.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
  if (v === '') return true;
  if (/\$\{?[A-Za-z_]/.test(v)) return true;
  // An AWS secret access key is 40 base64 characters and may start with `/`: not a path.
  const awsSecretShape = /^[A-Za-z0-9+/]{40}$/.test(v) && /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v);
  if ((/^(?:\/|~\/)[^\s]*$/.test(v) && !awsSecretShape) || /^[A-Za-z]:\\/.test(v)) return true;
  if (/^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$/.test(v)) return true;
  // Several fingerprints in one value (GPG_KEYS="A… B…").
  if (/^(?:(?:0x)?[0-9A-Fa-f]{16,40}[\s,]*)+$/.test(v) && v.replace(/[^0-9A-Fa-f]/g, '').length >= 32 && /\s|,/.test(v)) return true;
  if (/^(?:true|false|yes|no|on|off|0|1|none|null|nil|disabled|enabled)$/i.test(v)) return true;
  // Placeholders (`<your-api-key>`, `changeme`, `xxxxxxxx`, `your-secret-here`): the secret engine ignores them too.
  if (isPlaceholder(v, true) || PLACEHOLDER_VALUE.test(v)) return true;
  return false;
}
