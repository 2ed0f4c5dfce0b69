import type { DetectContext } from '../detectors/detector';

/** Words that make a variable name secret-like on their own. */
const SECRET_WORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'apikey', 'credential', 'credentials', 'passphrase', 'privatekey', 'accesskey', 'secretkey']);
/** Adjacent word pairs that do (API_KEY, PRIVATE_KEY, …). */
const SECRET_PAIRS = new Set(['api key', 'private key', 'access key', 'secret key', 'signing key', 'encryption key', 'master key', 'auth key', 'client secret', 'license key', 'session key']);
/**
 * A last word that names something about the secret, not the secret itself:
 * POSTGRES_PASSWORD_FILE holds a path, TOKEN_TTL a duration, *_VERSION a version.
 */
const NOT_A_VALUE = new Set([
  'file', 'path', 'dir', 'url', 'uri', 'host', 'port', 'id', 'name', 'user', 'username', 'version', 'ttl', 'timeout',
  'expiry', 'expires', 'expiration', 'lifetime', 'length', 'size', 'enabled', 'enable', 'disabled', 'disable', 'required',
  'type', 'header', 'algorithm', 'alg', 'mode', 'keys', 'fingerprint', 'ref', 'endpoint', 'age', 'count', 'min', 'max',
  'policy', 'prefix', 'field', 'param', 'location', 'region', 'issuer', 'audience', 'scope', 'scopes', 'method', 'format',
  'hash', 'store', 'provider', 'secretname', 'command', 'cmd', 'env', 'var', 'key_id', 'strength', 'reset', 'rotation',
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** POSTGRES_PASSWORD, apiKey, CLIENT_SECRET: yes. PASSWORD_FILE, GPG_KEYS, TOKEN_TTL, AUTHOR_NAME: no. */
export function isSecretName(name: string): boolean {
  const w = words(name);
  if (!w.length || NOT_A_VALUE.has(w[w.length - 1])) return false;
  if (w.some((x) => SECRET_WORDS.has(x))) return true;
  for (let i = 0; i + 1 < w.length; i++) if (SECRET_PAIRS.has(`${w[i]} ${w[i + 1]}`)) return true;
  return false;
}

/**
 * A value that stands for something else rather than being the secret:
 * compose interpolation (`${DB_PASSWORD}`, `$TOKEN`), Kubernetes dependent
 * variables (`$(TOKEN)`), GitHub expressions, booleans, `<placeholders>`, and
 * paths to mounted secret files.
 */
export function isReferenceOrPlaceholder(value: string): boolean {
  const v = value.trim();
  if (!v) return true;
  if (v.includes('${') || v.includes('$(') || /^\$[A-Za-z_]/.test(v)) return true;
  if (/^(true|false|yes|no|on|off|null|~)$/i.test(v)) return true;
  if (/^<[^<>]*>$/.test(v) || /^[x*._-]+$/i.test(v)) return true;
  if (/^\/(run|var\/run)\/secrets\//.test(v)) return true;
  return false;
}

export interface LiteralSecret {
  /** The credential (or the literal value under a secret name): redacted by reporters. */
  secret: string;
  /** What the secret engine recognised, when it did. */
  kind: string | null;
}

/** Judges one environment entry: a credential-shaped value, or a literal under a secret-like name. */
export function literalSecretIn(name: string, value: string | undefined, path: string, ctx: DetectContext): LiteralSecret | null {
  if (value === undefined || isReferenceOrPlaceholder(value)) return null;
  const found = ctx.findSecrets(value, path);
  if (found.length) {
    const best = found.find((f) => f.ruleId !== 'secret/high-entropy' && f.ruleId !== 'secret/generic-assignment') ?? found[0];
    return { secret: best.secret, kind: best.message.replace(/ found$/, '') };
  }
  if (isSecretName(name)) return { secret: value, kind: null };
  return null;
}

/** Where `secret` sits inside a node's source text, for an exact finding range; null when it is escaped or folded. */
export function secretSpan(text: string, nodeRange: readonly number[] | undefined | null, secret: string): [number, number] | null {
  if (!nodeRange || !secret) return null;
  const at = text.indexOf(secret, nodeRange[0]);
  return at >= 0 && at + secret.length <= Math.max(nodeRange[1], nodeRange[0] + secret.length) + 2 ? [at, at + secret.length] : null;
}
