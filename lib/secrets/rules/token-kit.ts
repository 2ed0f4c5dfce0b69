/**
 * Small shared pieces for the group-B rule files (keys, credential files,
 * registries, AI providers, hosting and secret managers): value checks that
 * reject placeholders and template references, and a builder for
 * "provider keyword near a value" patterns. Kept here rather than in the
 * engine so these rules reject their own false examples whatever the
 * engine's generic filters do.
 */
import { base62, crc32 } from '../fake';

/** A character that may continue a token: used to bound prefixed tokens on both sides. */
export const TOKEN_CHAR = 'A-Za-z0-9_\\-';
/** `(?<![A-Za-z0-9_-])`: the token starts here, not inside a longer word; a URL or `\\n` escape right before it does not count (prefixed.ts TOKEN_HEAD). */
export const START = `(?<![${TOKEN_CHAR}](?<!%[0-9A-Fa-f]{2}|\\\\[nrt]|\\\\u00[0-9A-Fa-f]{2}))`;
/** `(?![A-Za-z0-9_-])`: the token ends here. */
export const END = `(?![${TOKEN_CHAR}])`;

/** A YAML block scalar (`NAME: |`, `NAME: >-`): the value on the next, indented line. */
const YAML_BLOCK = `["']?:[ \\t]{0,4}[|>][-+]?[1-9]?[ \\t]{0,4}\\r?\\n[ \\t]{1,24}`;

/**
 * How a key name is followed by its value across syntaxes: `=`, `:`, `:=`,
 * `=>`, a call argument `("NAME", "value")`, a fallback `|| "value"` / `?? "value"`,
 * with optional quotes around the name and the value; or a YAML block scalar.
 */
const ASSIGN = `(?:["'\`]?\\]?[ \\t]{0,4}(?::=|=>|\\|\\||\\?\\?|[:=,(])[ \\t]{0,4}(?:["'\`]|\\\\")?|${YAML_BLOCK})`;

/**
 * A value named by a provider keyword: `NAME... = VALUE`. `names` is a regex
 * alternation (case-insensitive), `value` the value's own pattern; the value is
 * capture group 1. Up to 40 characters of the same line, quotes excluded, may
 * sit between the keyword and the assignment (`CLOUDFLARE_API_TOKEN=`,
 * `cohereApiKey:`, `cohere.ClientV2(api_key="…")`, `DeepgramClient("…")`).
 */
export function keyed(names: string, value: string): RegExp {
  return new RegExp(`(?:${names})[^\\r\\n"'\`]{0,40}?${ASSIGN}(${value})${END}`, 'i');
}

// `%s` and `%(name)s` as whole verbs: `%TUDis` and `5%sT` inside a random password are not templates.
const TEMPLATE = /\$\{|\$\(|\{\{|\}\}|^\$[A-Za-z_]|%(?:\([A-Za-z_]\w*\))?s(?![A-Za-z0-9])|^%[A-Z_]+%$|<[^>]{0,40}>|\bprocess\.env\b|\bos\.environ|\bgetenv\b|\bENV\[|^\*+$|\.\.\./;

/** `${DB_PASSWORD}`, `$PASSWORD`, `{{ .Values.pw }}`, `%s`, `%(pw)s`, `%PW%`, `<password>`, `***`, `...`. */
export function isTemplateReference(value: string): boolean {
  return TEMPLATE.test(value);
}

const PLACEHOLDER_WORDS = /^(?:pass(?:word|wd|wort|phrase)?|pwd|secret|token|changeme|change[_-]?me|changeit|example|sample|dummy|placeholder|redacted|hidden|masked|test|testing|foo|bar|baz|foobar|xyzzy|qwerty|null|none|nil|undefined|empty|todo|tbd|fixme|value|string|[a-z]{1,12}[_-]?pass(?:word|wd)|mypass|yourpass|pw|p@ssw0rd|password1?2?3?|passw0rd|secret1?2?3?|xxx+|x+|\*+|-+|_+|\.+|#+|\?+)$/i;

/**
 * Words people put where a password goes in documentation and templates: a word and `password` run together
 * (`mypassword`, `randompassword` in Prisma's sample URLs, `authpassword` in ioredis' README).
 */
export function isPlaceholderWord(value: string): boolean {
  const v = value.replace(/^["']|["']$/g, '');
  return PLACEHOLDER_WORDS.test(v) || /^(?:your|my|the|enter|insert|replace|put)[_-]?(?:own[_-]?)?[a-z_-]{0,30}(?:here)?$/i.test(v) || /(?:_here|-here|placeholder|example|redacted|changeme|xxxx)/i.test(v);
}

/** A run of one repeated character, or an ascending sequence like `abcdef` / `123456`. */
function hasFillerRun(text: string, run: number): boolean {
  // Case-folded, so the documentation favourite `AbCdEfGh…` counts as a sequence.
  const s = text.toLowerCase();
  let same = 1;
  let seq = 1;
  for (let i = 1; i < s.length; i++) {
    same = s[i] === s[i - 1] ? same + 1 : 1;
    seq = s.charCodeAt(i) === s.charCodeAt(i - 1) + 1 ? seq + 1 : 1;
    if (same >= run || seq >= run) return true;
  }
  return false;
}

/**
 * True when a token body is documentation filler rather than a generated
 * secret: `xxxx…`, `0000…`, `abcdef…`, `EXAMPLE`, `your_token_here`.
 * A random base62 body of any realistic length almost never holds a run of 6
 * equal or consecutive characters (about 1 in 10^7 per position).
 */
export function looksFake(body: string): boolean {
  if (/example|sample|dummy|placeholder|redacted|your[_-]?(?:api|token|key|secret)|xxxx|\*\*\*|\.\.\./i.test(body)) return true;
  return hasFillerRun(body, 6);
}

/** Hosts where a committed password only ever reached a developer's machine or a doc page. */
export function isLocalOrExampleHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (/^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|::1|host\.docker\.internal|host\.containers\.internal)$/.test(h)) return true;
  if (/(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local|internal\.example)$/.test(h)) return true;
  // A single label (`db`, `postgres`, `redis`) is a compose/Kubernetes service name: a dev stack.
  return !h.includes('.') && !h.includes(':');
}

const TRIVIAL = /^(?:root|admin|administrator|postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|rabbitmq|guest|user|dev|develop|development|local|docker|default|toor|letmein|qwerty|welcome|demo|app|db|database|sa|oracle|tiger|scott|12345678?9?|1234|0000|abc123|pass123|admin123|root123|secret123|password123)$/i;

/** Default or guessable passwords that only matter on a real host. */
export function isTrivialPassword(password: string, user = ''): boolean {
  if (TRIVIAL.test(password)) return true;
  if (user && password.toLowerCase().startsWith(user.toLowerCase()) && password.length - user.length <= 4) return true;
  return password.length < 6;
}

/** Percent-decodes a URL userinfo component; leaves malformed escapes alone. */
export function decodeUserinfo(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The shared decision for a password found in a URL or credential file:
 * never a template reference or a placeholder word; on a local, example or
 * compose-service host, also never a default/trivial password.
 */
export function isRealPassword(password: string, user = '', host = ''): boolean {
  const p = decodeUserinfo(password);
  if (!p || isTemplateReference(p) || isPlaceholderWord(p)) return false;
  // A leading `%` is a reference only in reference shapes (`%{X}`, `%VAR%`, Symfony `%env(X)%`; printf
  // verbs are template references): a generated password may start with `%` (`%b?1DavLn…`).
  if (/^(?:\$|\{|<|\[|%\{|%[A-Za-z_][\w.]*(?:%|\())/.test(p)) return false;
  // Prose and ellipses (`…`, `...)`) are documentation, not a password.
  if (!/[A-Za-z0-9]/.test(p) || p.includes('…')) return false;
  if (host && isLocalOrExampleHost(host) && isTrivialPassword(p, decodeUserinfo(user))) return false;
  return true;
}

/** Decodes standard or URL-safe base64 to a latin1 string; '' when it is not base64. */
export function decodeBase64(s: string): string {
  const clean = s.replace(/\\n|\s/g, '');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(clean)) return '';
  return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
}

/** "Rotate at WHERE, then load it from HOW" in one sentence pattern shared by every fix text. */
export function rotateThen(where: string, how: string): string {
  return `Revoke or rotate it now (${where}): deleting it in a later commit leaves it in history. Then ${how}`;
}

export const LOAD_FROM_ENV = 'read it from an environment variable or your CI secret store (e.g. `${{ secrets.NAME }}`), and for image builds pass it with `RUN --mount=type=secret` instead of ARG/ENV/COPY.';

export interface PrefixedSpec {
  id: string;
  description: string;
  severity?: 'high' | 'medium' | 'low';
  keywords: string[];
  /** Regex source of the whole token, prefix included, e.g. `dop_v1_[a-f0-9]{64}`. */
  token: string;
  /** Extra check on the token (checksum, decoded header); filler bodies are always rejected. */
  validate?: (token: string) => boolean;
  minEntropy?: number;
  why?: string;
  fix: string;
  match: () => string[];
  noMatch: string[] | (() => string[]);
}

/** A rule for a token whose prefix identifies the provider: bounded on both sides, body not filler. */
export function prefixedRule(spec: PrefixedSpec): import('../rule').SecretRule {
  const extra = spec.validate;
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity ?? 'high',
    keywords: spec.keywords,
    regex: new RegExp(`${START}(${spec.token})${END}`),
    secretGroup: 1,
    minEntropy: spec.minEntropy,
    validate: (t) => !looksFake(t) && (!extra || extra(t)),
    why: spec.why,
    fix: spec.fix,
    examples: { match: spec.match, noMatch: spec.noMatch },
  };
}

/** A rule for an unprefixed key recognisable only next to its provider's name. */
export function keyedRule(spec: Omit<PrefixedSpec, 'token'> & { names: string; value: string }): import('../rule').SecretRule {
  const extra = spec.validate;
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity ?? 'high',
    keywords: spec.keywords,
    regex: keyed(spec.names, spec.value),
    secretGroup: 1,
    minEntropy: spec.minEntropy ?? 3,
    validate: (t) => !looksFake(t) && !isTemplateReference(t) && (!extra || extra(t)),
    why: spec.why,
    fix: spec.fix,
    examples: { match: spec.match, noMatch: spec.noMatch },
  };
}

/** GitHub-style checksum (also npm): the last 6 characters are base62(CRC32(random part)). */
export function crc32Base62Valid(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength, token.length - 6);
  return base62(crc32(body), 6) === token.slice(-6);
}
