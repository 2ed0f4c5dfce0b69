import { countBelow } from '../text/sorted-search';
import { shannonEntropy } from './entropy';
import { isIdentifierLike } from './identifier-like';
import { RANDOM_PAIR_SHARE, rareLetterPairs } from './letter-bigrams';
import { longestSequence } from './filters/placeholder';
import { keyWords, secretKeyKind, type SecretKeyKind } from './secret-key-name';

/**
 * secret/generic-assignment: a literal assigned to a secret-like key, in any
 * common syntax. Parsing starts at a prefilter hit of a secret word and walks
 * outwards: the key around the hit, the operator after it, the literal after
 * that. Linear, no regex backtracking, and each syntax is a small branch:
 *
 *   .env / shell     DB_PASSWORD=s3cr3t   export TOKEN="…"   ENV API_KEY …
 *   ini / properties password = …         spring.datasource.password=…
 *   YAML / TOML      password: …           api_key = "…"
 *   JSON / JS / TS   "password": "…"       apiKey: '…'   const token: string = "…"
 *   Python / Ruby    PASSWORD = "…"        password=r"…"  :password => '…'
 *   Go / Java / C#   apiKey := "…"         String password = "…"   Password=…; (connection strings)
 *   Terraform        password = "…"
 *   XML              <password>…</password>   password="…"   <add key="ApiKey" value="…"/>
 *   name/value pairs - name: DB_PASSWORD \n value: …   (Kubernetes env, CloudFormation parameters)
 *   CLI flags        --password=…   --token …
 *   HTTP headers     Authorization: Bearer …   X-Api-Key: …
 */
export const GENERIC_ID = 'secret/generic-assignment';

/** Terraform variable files: literal values only. */
export const LITERAL_VALUES_FILE = /\.tfvars(?:\.json)?$/;

/** Prefilter keywords: every secret-like key contains one of these. */
// `pswd`, `senha`, `contrase(ña)`, `kennwort` and `wachtwoord` (German and Dutch) and `psk` (a pre-shared key) hold
// none of the others; all are rare in other text. `getconnection`, `mysqli` and `pdo` name calls that take a password
// as a positional argument (PASSWORD_ARGUMENT): no other keyword is on their line.
export const GENERIC_KEYWORDS = ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'auth', 'cred', 'bearer', 'pswd', 'senha', 'contrase', 'psk', 'kennwort', 'wachtwoord', 'getconnection', 'mysqli', 'pdo'];

export interface Assignment {
  key: string;
  keyKind: SecretKeyKind;
  keyStart: number;
  value: string;
  valueStart: number;
  quoted: boolean;
  /** The same key's values in further rows (SQL INSERT … VALUES (…), (…)). */
  more?: Assignment[];
}

const MAX_KEY = 96;
const MAX_VALUE = 1024;
/** Unquoted values longer than this are data, not a credential someone typed (long token formats have provider rules). */
const MAX_BARE_VALUE = 256;

function isKeyChar(c: number): boolean {
  // Latin letters with accents too: `contraseña`, `mot_de_passe_défaut` are names like any other.
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const isSpace = (c: number) => c === 32 || c === 9;
const isQuote = (c: number) => c === 34 || c === 39 || c === 96;

/** Characters that end an unquoted value. */
function endsUnquoted(c: number): boolean {
  // whitespace " ' ` , ; ( ) { } [ ] < > | &
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 44 || c === 59 || c === 40 || c === 41 || c === 123 || c === 125 || c === 91 || c === 93 || c === 60 || c === 62 || c === 124 || c === 38;
}

/**
 * `&` inside a bare value is part of a password (`access_token=CNBq?d&^E7…`)
 * unless it separates query parameters (`token=…&page=2`), starts an HTML
 * entity (`&amp;`) or is a shell operator (`&&`, `&>`, `cmd &`). Query
 * parameters only follow a `name=value` pair: after `password:` (YAML,
 * properties) `7&ogk3=?z^` is one password.
 */
function ampersandInValue(text: string, j: number, query: boolean): boolean {
  const next = text.slice(j + 1, j + 41);
  return !(query ? QUERY_OR_OPERATOR : OPERATOR_OR_ENTITY).test(next);
}
const QUERY_OR_OPERATOR = /^(?:[&>|]|[A-Za-z_][\w.[\]-]{0,39}=|#?\w{1,8};|\s|$)/;
const OPERATOR_OR_ENTITY = /^(?:[&>|]|#?\w{1,8};|\s|$)/;

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The bounds of the key (identifier) around a keyword hit. */
export function keyAround(text: string, hit: number): { start: number; end: number } | null {
  let start = hit;
  const floor = Math.max(0, hit - MAX_KEY);
  while (start > floor && isKeyChar(text.charCodeAt(start - 1))) start--;
  if (start === floor && floor > 0 && isKeyChar(text.charCodeAt(start - 1))) return null;
  let end = hit;
  const ceil = Math.min(text.length, hit + MAX_KEY);
  while (end < ceil && isKeyChar(text.charCodeAt(end))) end++;
  if (end === ceil && ceil < text.length && isKeyChar(text.charCodeAt(end))) return null;
  while (start < end && (text[start] === '-' || text[start] === '.')) start++;
  while (end > start && (text[end - 1] === '-' || text[end - 1] === '.')) end--;
  return end > start ? { start, end } : null;
}

/** The newline before `i`, looking back no further than a key's reach; -1 (or the limit) otherwise. */
function lastNewlineBefore(text: string, i: number): number {
  const floor = Math.max(0, i - 256);
  for (let j = i - 1; j >= floor; j--) if (text.charCodeAt(j) === 10) return j;
  return floor - 1;
}

type Literal = { value: string; start: number; quoted: true; end: number };

/** The first characters of the string forms literalForm reads. */
const LITERAL_FORM_START = 'rRbBuUfF@#$"\'';
/** String prefixes: r"…", b'…', u"…", rb"…" (Python), @"…" (C#), $'…' (bash), f"…" (Python, interpolating). */
const STRING_PREFIX = /^(?:[rR][bBfF]?|[bBfF][rR]?|[uU]|@|\$(?='))(?=["'])/;
/** Raw strings closed by a quote and as many `#`: r#"…"# (Rust), #"…"# (Swift). */
const HASH_RAW = /^r?(#{1,4})"/;
/** C++ raw strings: R"(…)", R"delim(…)delim". */
const CPP_RAW = /^R"([^()\\\s"]{0,16})\(/;

/**
 * String forms whose body needs no escapes, or whose quote opens with a prefix: Rust, Swift and C++
 * raw strings, one-line triple-quoted strings (Python, Kotlin, Scala, Julia, C# 11) and prefixed
 * literals. undefined when the text at `i` is none of them; null when it is one but holds no
 * literal (an interpolating f-string, a triple quote that runs past the line).
 */
function literalForm(text: string, i: number): Literal | null | undefined {
  const first = text[i];
  // A plain quote (most values) needs only the look for a triple quote: no regex, no slice.
  if (first === '"' || first === "'") return text[i + 1] === first && text[i + 2] === first ? closedOnLine(text, i + 3, first + first + first) : undefined;
  const head = text.slice(i, i + 20);
  if (first === '#' || first === 'r') {
    const hash = HASH_RAW.exec(head);
    if (hash) return closedOnLine(text, i + hash[0].length, '"' + hash[1]);
  }
  if (first === 'R') {
    const cpp = CPP_RAW.exec(head);
    if (cpp) return closedOnLine(text, i + cpp[0].length, ')' + cpp[1] + '"');
  }
  const prefix = STRING_PREFIX.exec(head);
  if (!prefix) return undefined;
  const interpolating = /[fF]/.test(prefix[0]);
  i += prefix[0].length;
  const q = text[i];
  const lit = text[i + 1] === q && text[i + 2] === q ? closedOnLine(text, i + 3, q + q + q) : quotedLiteral(text, i);
  // f"Bearer {token}": the braces are code, not a literal.
  return lit && interpolating && lit.value.includes('{') ? null : lit;
}

/** The text from `start` up to `close` on the same line. */
function closedOnLine(text: string, start: number, close: string): Literal | null {
  const window = text.slice(start, start + MAX_VALUE);
  const end = window.indexOf(close);
  if (end < 0 || window.slice(0, end).includes('\n')) return null;
  return { value: window.slice(0, end), start, quoted: true, end: start + end + close.length };
}

/** A quoted string at `i` (escapes honoured, one line). */
function quotedLiteral(text: string, i: number): Literal | null {
  const q = text.charCodeAt(i);
  let j = i + 1;
  const limit = Math.min(text.length, j + MAX_VALUE);
  let escaped = false;
  for (; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return null;
    if (escaped) escaped = false;
    else if (c === 92) escaped = true;
    else if (c === q) break;
  }
  if (j >= limit) return null;
  return { value: text.slice(i + 1, j), start: i + 1, quoted: true, end: j + 1 };
}

/** A type name, perhaps qualified, perhaps behind Go's `&` or `*`. */
const COMPOSITE_TYPE = /^[&*]?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
/** …opening an empty literal, a literal that goes on past the line, or one that names a field first. */
const COMPOSITE_BODY = /^\{(?:\}|[ \t]*\r?\n|\s*[A-Za-z_]\w*\s*:(?!:))/;

/** Reads a literal at `i`: quoted (with escapes, one line) or bare. */
/** `= \"` after a key inside a JSON string: the value is an escaped string literal. */
const ESCAPED_VALUE_AFTER = /^\s*[:=]\s*\\["']/;

function readValue(text: string, i: number, query = true): { value: string; start: number; quoted: boolean; end: number } | null {
  if (LITERAL_FORM_START.includes(text[i] ?? ' ')) {
    const lit = literalForm(text, i);
    if (lit !== undefined) return lit;
  }
  // An escaped literal inside a JSON string (notebook source): \"…\" ends at the next escaped quote.
  if (text[i] === '\\' && isQuote(text.charCodeAt(i + 1))) {
    const close = text.indexOf('\\' + text[i + 1], i + 2);
    const nl = text.indexOf('\n', i);
    if (close < 0 || close - i > MAX_VALUE || (nl >= 0 && nl < close)) return null;
    return { value: text.slice(i + 2, close), start: i + 2, quoted: true, end: close + 2 };
  }
  if (isQuote(text.charCodeAt(i))) return quotedLiteral(text, i);
  let j = i;
  const limit = Math.min(text.length, i + MAX_BARE_VALUE);
  while (j < limit && (!endsUnquoted(text.charCodeAt(j)) || (text.charCodeAt(j) === 38 && ampersandInValue(text, j, query)))) j++;
  if (j === i || (j === limit && limit < text.length)) return null;
  if (text[j] === '(' || text[j] === '[') return null; // a call or an index: code, not a literal
  if (text[j] === '{' && text[j - 1] === '$') return null; // glued to a `${…}` interpolation: a template, not a literal
  // A method call or a turbofish: Perl `Net::Amazon::S3::Authorization::IAM->new`, Rust `serde_json::from_str::<T>`.
  if ((text[j] === '>' && text[j - 1] === '-') || (text[j] === '<' && text[j - 1] === ':' && text[j - 2] === ':')) return null;
  // A type and its composite literal: Go `respCreds := ec2RoleCredRespBody{}`, `auth := &types.AuthConfig{…}`.
  if (text[j] === '{' && COMPOSITE_TYPE.test(text.slice(i, j)) && COMPOSITE_BODY.test(text.slice(j, j + 48))) return null;
  let value = text.slice(i, j);
  // A trailing comment marker glued to the value is not part of it in .env / YAML.
  if (value.endsWith('\r')) value = value.slice(0, -1);
  // Text embedded in a JSON or JS string (a notebook cell, a test's YAML) writes its line break as `\n`:
  // a bare value runs up to it, not through it.
  while (value.length >= 2 && value.charCodeAt(value.length - 2) === 92 && 'nrt'.includes(value[value.length - 1])) value = value.slice(0, -2);
  return { value, start: i, quoted: false, end: j };
}

/** The literal at `at` as the value of `key`, when it is a quoted string (the shapes where a bare word is code). */
function quotedAt(text: string, at: number, key: string, keyKind: SecretKeyKind, ks: number): Assignment | null {
  const v = readValue(text, at);
  return v && v.quoted ? finish(key, keyKind, ks, v) : null;
}

/** The value at `at`, quoted or bare, as the value of `key` (`query`: as readValue). */
function valueAt(text: string, at: number, key: string, keyKind: SecretKeyKind, ks: number, query = true): Assignment | null {
  const v = readValue(text, at, query);
  return v ? finish(key, keyKind, ks, v) : null;
}

// Rust borrows and lifetimes too: `const API_KEY: &str = "…"`, `static TOKEN: &'static str = "…"`; Zig slices
// (`api_key: []const u8 = "…"`); VB.NET `Dim password As String = "…"`.
const TYPE_ANNOTATION = /^\s*(?::|As\s)?\s*(?:&(?:'[A-Za-z_]\w*\s+)?)?(?:\[\d*\](?:const\s+)?)?[A-Za-z_][\w.]*(?:<[\w\s,.]*>|\[[\w\s,.]*\])?\??\s+(?:=(?![=>~])|:=)/;
const TYPE_FIELD = /["']type["']\s*:\s*["']$/;
const NAME_FIELD = /(?:^|[\s{,;(])["']?(?:name|Name|NAME|key|Key|ParameterKey|variable)["']?\s*[:=]\s*["']?$/;
const VALUE_FIELD = /["']?(?:value|Value|VALUE|ParameterValue|defaultValue|default)["']?\s*[:=]\s*/g;
const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest|Bot|Bearer:)\s+(\S+)$/i;

/** Parses the assignment whose key contains the keyword hit at `hit`; null when there is no literal there. */
const PROPERTIES_FILE = /\.properties$/;

/** Python: an unquoted `name: Type` is an annotation (a parameter or a field), not a dict entry. */
const PYTHON = /\.pyi?$/;

/** The key around a keyword hit and the kind of secret it names, read once per hit for both loose parsers. */
export interface KeyAtHit {
  start: number;
  end: number;
  key: string;
  kind: SecretKeyKind | null;
}

export function keyAtHit(text: string, hit: number): KeyAtHit | null {
  const bounds = keyAround(text, hit);
  if (!bounds) return null;
  const key = text.slice(bounds.start, bounds.end);
  return { start: bounds.start, end: bounds.end, key, kind: secretKeyKind(key) };
}

export function parseAssignmentAt(text: string, hit: number, path = '', at: KeyAtHit | null = keyAtHit(text, hit)): Assignment | null {
  if (!at) return null;
  const bounds = at;
  const { key, kind: keyKind } = at;
  if (keyKind) return parseWithKind(text, bounds, key, keyKind, path);
  // Setters: dataSource.setPassword("…"), withApiKey("…").
  if (text[bounds.end] === '(' || text[skipSpaces(text, bounds.end)] === '(') {
    const name = key.slice(key.lastIndexOf('.') + 1);
    // Calls that take the password as a positional argument: DriverManager.getConnection(url, "user", "…").
    if (PASSWORD_CALL.test(name)) return positionalArgument(text, key, bounds.start, skipSpaces(text, bounds.end), PASSWORD_ARGUMENT[name.toLowerCase()]);
    const setter = text[bounds.end] === '(' ? SETTER.exec(name) : null;
    const kind = setter && secretKeyKind(setter[1]);
    return kind ? callArgument(text, key, kind, bounds.start, bounds.end) : null;
  }
  // allowed_tokens: a list of generated tokens (listOf checks every one) under a plural that alone names no secret.
  if (TOKENS_KEY.test(key) && LIST_AFTER_KEY.test(text.slice(bounds.end, bounds.end + 8))) {
    const a = parseWithKind(text, bounds, key, 'secret', path);
    return a && a.more ? a : null;
  }
  // OPENAI_KEY, PaymentGatewayKey: a name for some service's key, holding a generated token.
  if (SERVICE_KEY_END.test(key) && serviceKey(key)) {
    const a = parseWithKind(text, bounds, key, 'secret', path);
    // A bare dotted value is code (`nid_key = self._lib.NID_aes_256_cbc`), not a token.
    return a && generatedToken(a.value) && (a.quoted || !a.value.includes('.')) ? a : null;
  }
  // `password_hash => mysql::password('…')`: a key named for the hash, fed the clear text.
  if (HASH_KEY.test(key) && HASHED_HERE.test(text.slice(bounds.end, bounds.end + 60))) return parseWithKind(text, bounds, key, 'password', path);
  if (!/^key$/i.test(key)) return null;
  // A bare `key` counts only under a section that names the key. Code is full of `key: …` and
  // `key = …`, so the value is read first and the section looked for only behind a secret-like one.
  const a = parseWithKind(text, bounds, key, 'secret', path);
  return a && looksLikeSecretValue(a.value, 'secret') && keyUnderSection(text, bounds.start) ? a : null;
}

/**
 * Calls whose password is an argument at a known position (0-based): JDBC getConnection(url, user,
 * password), PHP mysqli_connect / new mysqli(host, user, password, db) and new PDO(dsn, user, password).
 */
const PASSWORD_ARGUMENT: Record<string, number> = { getconnection: 2, mysqli_connect: 2, mysqli: 2, pdo: 2 };
const PASSWORD_CALL = /^(?:getConnection|mysqli_connect|mysqli|PDO)$/i;
/** After the key: an operator, then a list opening or the end of the line (a YAML block sequence follows). */
const LIST_AFTER_KEY = /^["']?[ \t]*[:=][ \t]*(?:\[|\r?\n)/;
const TOKENS_KEY = /(?:^|[_.-]|[a-z])(?:tokens|TOKENS|Tokens)$/;

/** The quoted literal that is argument `position` of the call whose `(` is at `paren`, on one line. */
function positionalArgument(text: string, key: string, ks: number, paren: number, position: number): Assignment | null {
  let arg = 0;
  let depth = 0;
  let start = skipSpaces(text, paren + 1);
  const limit = Math.min(text.length, paren + 1024);
  for (let j = paren + 1; j < limit; j++) {
    const c = text[j];
    if (c === '\n') return null;
    if (c === '"' || c === "'") {
      const v = quotedLiteral(text, j);
      if (!v) return null;
      if (arg === position && depth === 0 && j === start) {
        const e = skipSpaces(text, v.end);
        return text[e] === ',' || text[e] === ')' ? finish(key, 'password', ks, v) : null;
      }
      j = v.end - 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return null;
      depth--;
    } else if (c === ',' && depth === 0) {
      if (++arg > position) return null;
      start = skipSpaces(text, j + 1);
    }
  }
  return null;
}

const SERVICE_KEY_END = /(?:_KEY|[a-z0-9]Key|_key|-key)$/;
/**
 * Words that make `<word> key` data, a public key or a fingerprint, not a credential: cache_key, sortKey,
 * RECAPTCHA_SITE_KEY, GPG_KEY (the release-signing fingerprint in official Docker images). The kinds
 * secretKeyKind already knows (API_KEY, SECRET_KEY, PUBLIC_KEY) never reach this test.
 */
const DATA_KEY_WORDS = new Set([
  'cache', 'primary', 'foreign', 'sort', 'partition', 'hash', 'range', 'row', 'routing', 'object', 's3', 'bucket', 'idempotency', 'dedupe', 'dedup',
  'lookup', 'map', 'index', 'unique', 'composite', 'message', 'i18n', 'translation', 'locale', 'site', 'gpg', 'pgp', 'ssh', 'public', 'pub',
  'publishable', 'hot', 'shortcut', 'registry', 'config', 'state', 'lock', 'queue', 'topic', 'stream', 'redis', 'kv', 'table', 'tenant', 'user',
  'group', 'role', 'project', 'org', 'trace', 'log', 'metric', 'feature', 'flag', 'experiment', 'analytics', 'measurement', 'tracking', 'dsn',
  'react', 'list', 'item', 'column', 'field', 'entity', 'record', 'cursor', 'page', 'next', 'prev', 'file', 'path', 'id', 'name', 'type',
  'keyboard', 'test', 'mock', 'fake', 'dummy', 'example', 'sample', 'storage', 'session', 'dictionary', 'dict', 'json', 'yaml', 'env', 'query',
  'search', 'sync', 'job', 'task', 'event', 'request', 'response', 'header', 'form', 'data', 'value', 'default', 'parent', 'child', 'node', 'tree',
  // Ids of records and UI pieces: Firebase push keys (`"pushKey": "-N9tD…"`), React and router keys.
  'push', 'doc', 'document', 'snapshot', 'ref', 'order', 'route', 'menu', 'tab', 'nav', 'slot', 'prop', 'theme', 'color', 'icon', 'image',
  'asset', 'version', 'commit', 'lang', 'language', 'country', 'region', 'zone', 'date', 'time', 'timestamp',
  // Public by design: VAPID and captcha site keys, keys shipped to browsers.
  'vapid', 'recaptcha', 'captcha', 'hcaptcha', 'turnstile', 'browser', 'frontend',
]);

const serviceKeyMemo = new Map<string, boolean>();

/** Memoised like secretKeyKind: code repeats its `cacheKey`s and `publicKey`s. */
function serviceKey(key: string): boolean {
  let yes = serviceKeyMemo.get(key);
  if (yes === undefined) {
    if (serviceKeyMemo.size > 20000) serviceKeyMemo.clear();
    const words = keyWords(key);
    yes = words.length >= 2 && words.length <= 5 && !words.slice(0, -1).some((w) => DATA_KEY_WORDS.has(w));
    serviceKeyMemo.set(key, yes);
  }
  return yes;
}

/**
 * A token as a generator makes it: 20+ characters of upper, lower and digits (maybe `-_+/=.`), and
 * 3.5+ bits of entropy per character (the bar gitleaks' generic rule sets); or one case and digits
 * whose letters are drawn at random (`k8r3c1osf039yckadmlg…`: randomLetters). Hex-only values and
 * other one-case ones (digests, fingerprints, names with a number) do not pass.
 */
function generatedToken(value: string): boolean {
  if (value.length < 20 || value.length > 256 || !/^[A-Za-z0-9+/=._-]+$/.test(value) || !/[0-9]/.test(value) || shannonEntropy(value) < 3.5) return false;
  const mixed = /[a-z]/.test(value) && /[A-Z]/.test(value);
  return (mixed || (!/^[0-9a-f]+$/i.test(value) && randomLetters(value))) && looksLikeSecretValue(value, 'secret');
}

function parseWithKind(text: string, bounds: { start: number; end: number }, key: string, keyKind: SecretKeyKind, path: string): Assignment | null {
  const { start: ks, end: ke } = bounds;
  const openQuote = ks > 0 && isQuote(text.charCodeAt(ks - 1)) ? text.charCodeAt(ks - 1) : 0;
  let i = ke;
  const lineStart = lastNewlineBefore(text, ks) + 1;
  // Source inside a JSON string (notebook cells): `"os.environ[\"KEY\"] = \"…\"\n"`, `"token = \"…\"\n"`.
  const escapedKeyQuote = openQuote !== 0 && text[ks - 2] === '\\' && text[i] === '\\' && text.charCodeAt(i + 1) === openQuote;
  const embeddedSource = openQuote !== 0 && !escapedKeyQuote && ESCAPED_VALUE_AFTER.test(text.slice(i, i + 8));
  if (escapedKeyQuote) i += 2;
  else if (openQuote && !embeddedSource) {
    // A whole header in one string: curl -H "Authorization: Bearer …", ["X-Api-Key: …"]
    if (text[i] === ':' && isSpace(text.charCodeAt(i + 1))) return quotedHeader(text, key, keyKind, ks, i + 1, openQuote);
    // One string holding NAME=value: compose `- "DB_PASSWORD=…"`, systemd `Environment="API_KEY=…"`, `docker run -e '…'`.
    if (text[i] === '=' && text[i + 1] !== '=' && !escapedKeyQuote) return quotedPair(text, key, keyKind, ks, i + 1, openQuote);
    if (text.charCodeAt(i) !== openQuote) return null;
    i++;
    // Terraform: variable "db_password" { default = "…" }: the block names the value.
    if (text[skipSpaces(text, i)] === '{' && HCL_FILE.test(path) && HCL_VARIABLE.test(text.slice(lineStart, ks - 1))) return variableDefault(text, key, keyKind, ks, skipSpaces(text, i) + 1);
    // PHP: define('DB_PASSWORD', '…');
    if (DEFINE_CALL.test(text.slice(Math.max(lineStart, ks - 24), ks - 1))) {
      i = skipSpaces(text, i);
      if (text[i] !== ',') return null;
      return quotedAt(text, skipSpaces(text, i + 1), key, keyKind, ks);
    }
    // A key and its value as two arguments: headers.Add("X-Api-Key", "…"), os.environ.setdefault("TOKEN", "…"),
    // buildConfigField "String", "API_SECRET", "\"…\"".
    const comma = skipSpaces(text, i);
    // A quoted column name: INSERT INTO users ("name", "password") VALUES (…).
    if (text[comma] === ',' || text[comma] === ')') {
      let open = ks - 1;
      while (open >= lineStart && text.charCodeAt(open) !== 40) open--;
      const row = open >= lineStart ? insertValues(text, key, keyKind, ks, comma, open) : undefined;
      if (row !== undefined) return row;
    }
    if (text[comma] === ',' && ARGUMENT_START.test(text.slice(Math.max(lineStart, ks - 8), ks - 1))) return argumentValue(text, key, keyKind, ks, skipSpaces(text, comma + 1), text[ks - 2] === '(');
    // A pair built with an infix: mapOf("password" to "…") (Kotlin), Map("X-Api-Key" -> "…") (Scala). Both quote
    // strings with `"` or `'`; backticks are Markdown code spans: "type `AUTHORIZATION_GRANTED` to `sandbox/…`" is prose.
    const arrow = openQuote === 96 ? 0 : text.startsWith('->', comma) ? 2 : text.startsWith('to', comma) && isSpace(text.charCodeAt(comma + 2)) ? 3 : 0;
    if (arrow) {
      return quotedAt(text, skipSpaces(text, comma + arrow), key, keyKind, ks);
    }
  }

  // name/value pairs: `- name: DB_PASSWORD` + `value: …`, `<add key="ApiKey" value="…"/>`.
  const nameBefore = text.slice(Math.max(lineStart, ks - 40), ks);
  // …and JSON credential objects typed by name: { "type": "password", "value": "…" } (Keycloak realm exports).
  if (NAME_FIELD.test(nameBefore) || (openQuote && TYPE_FIELD.test(nameBefore))) {
    VALUE_FIELD.lastIndex = i;
    const window = text.slice(i, Math.min(text.length, i + 240));
    VALUE_FIELD.lastIndex = 0;
    const m = VALUE_FIELD.exec(window);
    // <string name="api_key">…</string>, <entry key="db.password">…</entry>: the element's text.
    if (!m) return openQuote && text.lastIndexOf('<', ks) >= lineStart ? elementText(text, key, keyKind, ks, i) : null;
    if (/\n\s*-\s/.test(window.slice(0, m.index))) return null;
    return valueAt(text, skipSpaces(text, i + m.index + m[0].length), key, keyKind, ks);
  }

  i = skipSpaces(text, i);
  if (openQuote && text[i] === ']') i = skipSpaces(text, i + 1); // dict['password'] = …
  // bash associative arrays: creds[password]="…", ([token]="…") (no space before `=` in bash).
  else if (text[ks - 1] === '[' && text[ke] === ']' && text[ke + 1] === '=') i = ke + 1;
  if (text[i] === '[' && text[i + 1] === ']') i = skipSpaces(text, i + 2); // C arrays: char api_key[] = "…"
  if (text[i] === '}' && text[ks - 1] === '{' && text[ks - 2] === 'V') i = skipSpaces(text, i + 1); // Perl: $ENV{API_KEY} = '…'
  // C# auto-property with an initializer: public string ApiKey { get; set; } = "…";
  if (text[i] === '{') {
    const accessors = ACCESSORS.exec(text.slice(i, i + 64));
    if (accessors) i += accessors[0].length;
  }

  // <password>…</password>, <Password Type="…">…</Password>, <wsse:Password …>…</wsse:Password>
  if (text[ks - 1] === '<' || (text[ks - 1] === ':' && XML_PREFIX.test(text.slice(Math.max(lineStart, ks - 34), ks)))) {
    if (text[i] === '>') return elementValue(text, key, keyKind, ks, i + 1, '</');
    if (isSpace(text.charCodeAt(ke))) {
      const tag = TAG_REST.exec(text.slice(ke, ke + 240));
      if (tag) return elementValue(text, key, keyKind, ks, ke + tag[0].length, '</');
    }
  }
  // Property lists: <key>ApiKey</key> <string>…</string>, the value element after the key element.
  if (text[i] === '<' && text.startsWith('</key>', i) && text.endsWith('<key>', ks)) return plistValue(text, key, keyKind, ks, i + 6);
  const c = text[i];
  const c2 = text[i + 1];
  let op = 0;
  if (c === ':' && c2 === '=') op = 2;
  else if (c === '=' && c2 === '>') op = 2;
  else if ((c === '?' || c === '+') && c2 === '=') op = 2;
  else if (c === '<' && c2 === '-' && isQuote(text.charCodeAt(skipSpaces(text, i + 2)))) op = 2; // R: api_key <- "…"
  else if ((c === '|' || c === '?') && c2 === c && text[i + 2] === '=') op = 3; // Ruby / JS: ENV["TOKEN"] ||= "…"; token ??= "…"
  else if (c === '=' && c2 !== '=' && c2 !== '~') op = 1;
  // `=~` is a regex match only with a space before it (`$x =~ /re/`); `PASSWORD=~k3…` assigns a value that starts with `~`.
  else if (c === '=' && c2 === '~' && i === ke) op = 1;
  // Java properties: the first `=` ends the key and the rest is the value, a leading `=` included.
  else if (c === '=' && c2 === '=' && PROPERTIES_FILE.test(path)) op = 1;
  // …and a .env line's or a shell line's that starts with the name: `DB_PASSWORD==x…` (also `PGPASSWORD==x… pg_dump`)
  // holds `=x…`; a shell comparison has a test around it (`[ "$X" == … ]`), not the bare name first.
  else if (c === '=' && c2 === '=' && i === ke && (DOTENV_FILE.test(path) || SHELL_FILE.test(path)) && /^\s*(?:export\s+)?$/.test(text.slice(lineStart, ks))) op = 1;
  // `…:secret:prod/db-x1`, `…:role/token:x1` (ARNs, URNs, paths): a segment glued to the separators around it is no `key: value`.
  else if (c === ':' && c2 !== ':' && !((text[ks - 1] === ':' || text[ks - 1] === '/') && !isSpace(text.charCodeAt(i + 1)))) op = 1;
  // Jsonnet hides a field with `::` and forces it visible with `:::`; both still assign the value.
  else if (c === ':' && c2 === ':' && JSONNET_FILE.test(path)) op = text[i + 2] === ':' ? 3 : 2;
  const colonAssignment = op === 1 && c === ':';
  if (op) {
    // `password: string = "…"` (TypeScript), `password: str = "…"` (Python)
    if (c === ':' && !openQuote) {
      const ann = TYPE_ANNOTATION.exec(text.slice(i, i + 80));
      if (ann && !/^\s*:\s*["'`]/.test(ann[0])) i += ann[0].length;
      else if (PYTHON.test(path) && c2 !== '=') return null;
      else i += op;
    } else i += op;
  } else {
    // builder.password("…"), new NetworkCredential("user", "…")
    if (text[i] === '(' && (text[ks - 1] === '.' || CREDENTIAL_TYPE.test(key))) return callArgument(text, key, keyKind, ks, i);
    // A flag and its value as two elements of an argument array: ["--requirepass", "…"], CMD ["app", "--api-key", "…"].
    if (isQuote(text.charCodeAt(i)) && QUOTED_FLAG.test(text.slice(Math.max(lineStart, ks - 3), ks))) {
      const comma = skipSpaces(text, i + 1);
      if (text[comma] !== ',') return null;
      return quotedAt(text, skipSpaces(text, comma + 1), key, keyKind, ks);
    }
    // Clojure / EDN maps: {:password "…"}, a keyword then its value, no operator.
    if (text[ks - 1] === ':' && isSpace(text.charCodeAt(ke)) && CLOJURE_FILE.test(path)) {
      return quotedAt(text, i, key, keyKind, ks);
    }
    const before = text.slice(lineStart, ks);
    const named = namedWithoutOperator(text, key, keyKind, ks, ke, before, path);
    if (named !== undefined) return named;
    // Most hits reach this point in prose and code with no operator at all: each look below runs only where its
    // first character can be (the `$`-anchored flag regex would otherwise scan the whole line before the key).
    const spaced = isSpace(text.charCodeAt(ke));
    const flag = spaced && before.charCodeAt(before.length - 1) === 45 && /(?:^|\s)--?$/.test(before);
    // Dockerfile ENV/ARG, C #define, Apache SetEnv, the header and parameter directives of web servers (`NAME value`),
    // HAProxy userlists (`user admin insecure-password …`).
    const dockerfile = spaced && !flag && (/^\s*(?:ENV|ARG|SetEnv|#\s*define)\s+$/i.test(before) || SERVER_DIRECTIVE.test(before));
    const goVar = flag || dockerfile || !isSpace(text.charCodeAt(i - 1)) ? null : TYPE_ANNOTATION.exec(text.slice(i - 1, i + 80));
    if (flag || dockerfile) {
      // --password value, ENV PASSWORD value
    } else if (goVar) i = i - 1 + goVar[0].length;
    else if (!openQuote && i > ke && /^\s*$/.test(before)) return GROOVY_FILE.test(path) ? groovyArgument(text, key, keyKind, ks, i) : directiveLine(text, key, keyKind, ks, i, path);
    else return null;
  }
  i = skipSpaces(text, i);
  // `--password --verbose`, Perl `qw{ -pass -no_debug }`: the next flag, not the value.
  if (!op && text[i] === '-' && /[A-Za-z-]/.test(text[i + 1] ?? '')) return null;
  // Markdown bold around a label: **Password:** `…`
  if (text[i] === '*' && text[i + 1] === '*' && text[ks - 1] === '*') i = skipSpaces(text, i + 2);
  // A key that opens a block: CloudFormation `DBPassword:` + `Default: …`, Terraform JSON `"db_password": {` + `"default": "…"`.
  if (colonAssignment && (text[i] === '\n' || text[i] === '\r' || (text[i] === '{' && /^\{[ \t]*\r?$/.test(text.slice(i, text.indexOf('\n', i) >>> 0))))) {
    return blockDefault(text, key, keyKind, ks, lineStart, i) ?? (text[i] === '{' ? null : blockList(text, key, keyKind, ks, lineStart, i));
  }
  // A list of literals under a secret name: api_keys: ["…", "…"], API_TOKENS=['…'].
  if (text[i] === '[' && text[i + 1] !== '[' && op) return flowList(text, key, keyKind, ks, i);
  // `password: >-` + one indented line: a YAML block scalar holding a single value.
  if (colonAssignment && (text[i] === '|' || text[i] === '>')) return blockScalar(text, key, keyKind, ks, lineStart, i);
  // YAML tags and anchors: `!!str`, `&anchor`; `!vault` and `|` blocks are not literals.
  // `&?Zh*VLd0…` is no anchor name: a password that starts with `&`.
  while ((text[i] === '&' && YAML_ANCHOR.test(text.slice(i, i + 130))) || (text[i] === '!' && text[i + 1] === '!')) {
    while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== '\n') i++;
    i = skipSpaces(text, i);
  }
  // A literal wrapped in a conversion is still a literal: String::from("…"), Some("…"), new String("…"); and so is a
  // fallback after an environment read: process.env.X || "…", os.getenv("X", "…"). Only their first letters need a look.
  if (LEAD_START.includes(text[i] ?? '-')) {
    const lead = STRING_WRAPPER.exec(text.slice(i, i + 16)) ?? ENV_FALLBACK.exec(text.slice(i, i + 200)) ?? PASSWORD_HASH_CALL.exec(text.slice(i, i + 130));
    if (lead) {
      return quotedAt(text, i + lead[0].length, key, keyKind, ks);
    }
  }
  // `${DB_PASSWORD:-…}` (shell, compose), `${jwt.secret:…}` (Spring): the reference is fine, its literal default is not.
  if (text[i] === '$' && text[i + 1] === '{') {
    const d = REFERENCE_DEFAULT.exec(text.slice(i, i + MAX_BARE_VALUE));
    return d ? finish(key, keyKind, ks, { value: d[1], start: i + d[0].length - 1 - d[1].length, quoted: true }) : null;
  }
  // A .env line's value runs to the end of the line: `&V=eo` there is part of a password, not a query parameter.
  const wholeLine = DOTENV_FILE.test(path) && /^\s*(?:export\s+)?$/.test(text.slice(lineStart, ks));
  // A user and password pair: requests.get(url, auth=('admin', '…')), Elasticsearch(http_auth=("elastic", "…")).
  if (text[i] === '(' && PAIR_KEY.test(key)) return pairSecond(text, key, ks, i);
  // A heredoc holding one line: password = <<EOT (HCL), <<~EOS (Ruby), <<<EOT (PHP).
  if (text[i] === '<' && text[i + 1] === '<') return heredocValue(text, key, keyKind, ks, i);
  // Lua long strings: api_key = [[…]].
  if (text[i] === '[' && text[i + 1] === '[' && LUA_FILE.test(path)) {
    const lit = closedOnLine(text, i + 2, ']]');
    return lit ? finish(key, keyKind, ks, lit) : null;
  }
  let v = readValue(text, i, !colonAssignment && !wholeLine);
  // PowerShell runs a bare word after `=` as a command (`Read-Host …`, `Get-Secret …`): only quoted strings are literals.
  if (v && !v.quoted && POWERSHELL_FILE.test(path)) return null;
  // JavaScript and TypeScript have no bare strings either: a name there is a type, a variable or a property
  // (`password: Uint8Array | string`, `accountKey = Constants_1.Constants.no_account;`). Only a name that code
  // goes on after, or a member path, is taken for code: a .env or YAML text in a template literal ends its line,
  // and a URL's query parameter (`?token=…&orgName=…`, in a comment) is text.
  // The same in a Markdown file's ```ts / ```js block (hash-wasm's README: `password: IDataType, // …`).
  if (v && !v.quoted && text[ks - 1] !== '?' && text[ks - 1] !== '&' && jsName(text, v) && (JS_FILE.test(path) || (MARKDOWN_FILE.test(path) && inJsFence(text, ks)))) return null;
  // …and a Verb-Noun word with a -Parameter after it is a cmdlet wherever the line is quoted (docs, fixtures, heredocs).
  if (v && !v.quoted && CMDLET.test(v.value) && /^ +-[A-Za-z]/.test(text.slice(v.end, v.end + 4))) return null;
  // Authorization: Bearer <token> (unquoted header value)
  if (v && !v.quoted && /^(?:Bearer|Basic|Token|Bot)$/i.test(v.value) && isSpace(text.charCodeAt(v.end))) v = readValue(text, skipSpaces(text, v.end));
  return v ? finish(key, keyKind, ks, v) : null;
}

const INSERT_INTO = /\binsert\s+(?:(?:ignore|or\s+\w+)\s+)?into\s+[\w."`[\]]{1,128}\s*$/i;
const VALUES_KEYWORD = /^\)\s*values\s*\(/i;
const MAX_ROWS = 64;

/**
 * A column of `INSERT INTO t (…, password, …) VALUES (…), (…)`: the literal at the column's
 * position in each row. `at` is the `,` or `)` after the column name. undefined when the name is
 * not in an INSERT column list; null when no row holds a quoted literal there.
 */
function insertValues(text: string, key: string, keyKind: SecretKeyKind, ks: number, at: number, open: number): Assignment | null | undefined {
  // The list opens on the key's line (the last `(` before it); INSERT INTO just before that.
  if (!intoBefore(text, open)) return undefined;
  let column = 0;
  for (let j = ks - 1; j > open; j--) {
    const c = text.charCodeAt(j);
    // ) ; ' [ ] { } = : never sit in a column list.
    if (c === 41 || c === 59 || c === 39 || c === 91 || c === 93 || c === 123 || c === 125 || c === 61 || c === 58) return undefined;
    if (c === 44) column++;
  }
  if (!INSERT_INTO.test(text.slice(Math.max(0, open - 160), open))) return undefined;
  const closeList = text.indexOf(')', at);
  const values = closeList < 0 ? null : VALUES_KEYWORD.exec(text.slice(closeList, closeList + 64));
  if (!values) return null;
  const found: Assignment[] = [];
  let i = closeList + values[0].length;
  for (let row = 0; row < MAX_ROWS; row++) {
    const cell = sqlRowCell(text, i, column);
    if (!cell) break;
    if (cell.value) {
      const a = finish(key, keyKind, ks, cell.value);
      if (a) found.push(a);
    }
    i = skipBlank(text, cell.end);
    if (text[i] !== ',') break;
    i = skipBlank(text, i + 1);
    if (text[i] !== '(') break;
    i++;
  }
  if (!found.length) return null;
  return { ...found[0], more: found.slice(1) };
}

/** `into <table> (` ends at `open`: walked back by hand, as most `(` before a key open a call. */
function intoBefore(text: string, open: number): boolean {
  let j = open - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  const nameEnd = j;
  while (j >= 0 && j > open - 160 && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j--;
  if (j === nameEnd) return false;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j >= 3 && (text.charCodeAt(j) | 32) === 111 && text.slice(j - 3, j + 1).toLowerCase() === 'into';
}

function skipBlank(text: string, i: number): number {
  while (i < text.length && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  return i;
}

/**
 * One row of a VALUES list from just after its `(`: the quoted literal that is the whole of cell
 * `column` (a function call or a number there is no literal), and where the row ends (after `)`).
 */
function sqlRowCell(text: string, i: number, column: number): { value: Literal | null; end: number } | null {
  let cell = 0;
  let depth = 0;
  let value: Literal | null = null;
  let cellStart = skipBlank(text, i);
  const limit = Math.min(text.length, i + 4096);
  for (let j = i; j < limit; j++) {
    const c = text[j];
    if (c === "'") {
      let k = j + 1;
      for (; k < limit; k++) {
        if (text[k] === "'") {
          if (text[k + 1] === "'") k++;
          else break;
        } else if (text[k] === '\n') return null;
      }
      if (k >= limit) return null;
      if (depth === 0 && cell === column && j === cellStart && text[skipBlank(text, k + 1)] !== '(') {
        const after = text[skipBlank(text, k + 1)];
        if (after === ',' || after === ')') value = { value: text.slice(j + 1, k), start: j + 1, quoted: true, end: k + 1 };
      }
      j = k;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return { value, end: j + 1 };
      depth--;
    } else if (c === ',' && depth === 0) {
      cell++;
      cellStart = skipBlank(text, j + 1);
    }
  }
  return null;
}

/** Binding forms that name a value with no operator: (def api-key "…"), (setq x-token "…") (Lisps), set(API_KEY "…") (CMake). */
const LISP_BINDING = /^(?:def|defonce|defvar|defconst|defparameter|setq|setq-default|setf|set)\s+(?:\^:?[\w-]+\s+|')?$/i;
const CMAKE_SET = /(?:^|[\s;(])set\s*$/i;

/** Does the `(` at `paren` open a binding form whose name is the key (the rest of `line`)? */
function bindingForm(line: string, paren: number): boolean {
  const inside = line.slice(paren + 1);
  if (LISP_BINDING.test(inside)) return true;
  return /^\s*$/.test(inside) && CMAKE_SET.test(line.slice(Math.max(0, paren - 8), paren));
}
/** A command that sets a named value: `gh secret set NAME …`, `dotnet user-secrets set "Jwt:Key" "…"`, `CONFIG SET requirepass …`, Tcl `set password "…"`. */
// fish `set -gx NAME value` and Windows `setx NAME "value"` too.
const SET_COMMAND = /[\s;&|(`]set(?:x|(?:\s+-[a-zA-Z]{1,4})*)\s+["']?(?:[\w.-]*[:/])*$/i;
/** A command that names the value with --name and passes it with --value (aws ssm put-parameter, az keyvault secret set). */
const NAME_FLAG = /\s--name[=\s]\s*["']?[\w.:/-]*$/;
/** The flag that carries the value of a named setting, on the same line. */
const VALUE_FLAG = /(?:^|\s)(?:--body|-b|--value|--secret-string)(?:=|\s+)/;
const ELIXIR_FILE = /\.exs?$/;
/** A namespace prefix before an element name: <wsse:Password>, <ns2:apiKey>. */
const XML_PREFIX = /<[A-Za-z_][\w.-]{0,30}:$/;
const MARKDOWN_FILE = /\.(?:md|mdx|markdown)$/i;
const MARKDOWN_CELL_BEFORE = /^\s*\|\s*`?$/;
const KEY_ARGUMENT_CALL = /[.\s](?:put|set|setProperty|setOption|setString|putString|add|option|setdefault)\s*\($/;
const TUPLE_OPEN = /\{\s*:?$/;

/**
 * A name and its literal with no operator between: Lisp and CMake bindings, Elixir module
 * attributes (`@api_key "…"`), Erlang / Elixir tuples (`{db_password, "…"}`), and commands that
 * set a named secret. undefined when the text has none of these shapes.
 */
function namedWithoutOperator(text: string, key: string, keyKind: SecretKeyKind, ks: number, ke: number, line: string, path: string): Assignment | null | undefined {
  // Every shape here has a space, `,` or `)` right after the key (or after its closing quote or `]`):
  // one look turns away the calls, members and line ends that make up most hits in code.
  const c0 = text.charCodeAt(ke);
  const c1 = isQuote(c0) || c0 === 93 ? text.charCodeAt(ke + 1) : c0;
  if (c1 !== 32 && c1 !== 9 && c1 !== 44 && c1 !== 41) return undefined;
  const after = skipSpaces(text, ke);
  const tail = Math.max(0, line.length - 64);
  if (c1 === 44 || c1 === 41) return listedWithoutOperator(text, key, keyKind, ks, ke, after, line, line.lastIndexOf('('), tail);
  // Prose and comments ("the API key is …") make most of the hits left: every spaced shape needs one of these marks.
  const mark = line.indexOf('(', tail) >= 0 || text.charCodeAt(ks - 1) === 64 || firstNonSpace(line) === 124 || line.indexOf('set', tail) >= 0 || line.indexOf('SET', tail) >= 0 || line.indexOf('Set', tail) >= 0 || line.indexOf('--name', tail) >= 0;
  return mark ? spacedWithoutOperator(text, key, keyKind, ks, ke, after, line, line.lastIndexOf('('), tail, path) : undefined;
}

function firstNonSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return line.charCodeAt(i);
}

/** The shapes with a `,` or `)` after the key: an INSERT column list, a constant as a call's key argument, a tuple. */
function listedWithoutOperator(text: string, key: string, keyKind: SecretKeyKind, ks: number, ke: number, after: number, line: string, paren: number, tail: number): Assignment | null | undefined {
  const close = isQuote(text.charCodeAt(ke)) || text[ke] === ']' ? ke + 1 : ke;
  if (paren >= 0) {
    const row = insertValues(text, key, keyKind, ks, close, ks - line.length + paren);
    if (row !== undefined) return row;
  }
  // A constant as the key argument: env.put(Context.SECURITY_CREDENTIALS, "…"), props.setProperty(Keys.PASSWORD, "…").
  if (text[after] === ',' && paren === line.length - 1 && KEY_ARGUMENT_CALL.test(line.slice(-24))) return argumentValue(text, key, keyKind, ks, skipSpaces(text, after + 1));
  if (text[after] === ',' && (text[ks - 1] === '{' || text[ks - 1] === ':' || isSpace(text.charCodeAt(ks - 1))) && TUPLE_OPEN.test(line.slice(-8))) {
    let at = skipSpaces(text, after + 1);
    const binary = text.startsWith('<<', at); // Erlang binary: <<"…">>
    if (binary) at += 2;
    const v = readValue(text, at);
    if (!v || !v.quoted) return null;
    let e = v.end;
    if (binary) {
      if (!text.startsWith('>>', e)) return null;
      e += 2;
    }
    return text[skipSpaces(text, e)] === '}' ? finish(key, keyKind, ks, v) : null;
  }
  return undefined;
}

/**
 * The shapes with a space after the key: Lisp and CMake bindings, Elixir attributes, Markdown table cells,
 * commands that set a named value. Each is decided by the last few words before the key: look only there, by
 * index, and build a string for a regex only once a cheap marker (a `(`, `set`, `--name`) says it may be there.
 */
function spacedWithoutOperator(text: string, key: string, keyKind: SecretKeyKind, ks: number, ke: number, after: number, line: string, paren: number, tail: number, path: string): Assignment | null | undefined {
  if (after > ke && paren >= tail && bindingForm(line, paren)) {
    return quotedAt(text, after, key, keyKind, ks);
  }
  if (text[ks - 1] === '@' && /^\s*@$/.test(line) && after > ke && ELIXIR_FILE.test(path)) {
    return quotedAt(text, after, key, keyKind, ks);
  }
  let k = ke;
  if (isQuote(text.charCodeAt(k))) k++;
  // A Markdown table row: | API_KEY | `…` |
  if (firstNonSpace(line) === 124 && MARKDOWN_CELL_BEFORE.test(line) && MARKDOWN_FILE.test(path)) {
    const bar = skipSpaces(text, k);
    if (text[bar] !== '|') return undefined;
    const v = readValue(text, skipSpaces(text, bar + 1));
    return v && text[skipSpaces(text, v.end)] === '|' ? finish(key, keyKind, ks, v) : null;
  }
  if (!isSpace(text.charCodeAt(k))) return undefined;
  // The delimiter in front keeps `^`-less regexes honest where the 64-character look-back cuts a word.
  const setCommand = (line.indexOf('set', tail) >= 0 || line.indexOf('SET', tail) >= 0 || line.indexOf('Set', tail) >= 0) && SET_COMMAND.test(' ' + line.slice(tail));
  if (!setCommand && !(line.indexOf('--name', tail) >= 0 && NAME_FLAG.test(' ' + line.slice(tail)))) return undefined;
  const at = skipSpaces(text, k);
  if (text.startsWith('<<<', at)) {
    return valueAt(text, skipSpaces(text, at + 3), key, keyKind, ks);
  }
  if (text[at] === '-' || !setCommand) {
    const end = text.indexOf('\n', at);
    const rest = text.slice(at, Math.min(end < 0 ? text.length : end, at + 240));
    const flag = VALUE_FLAG.exec(rest);
    if (!flag) return null;
    return valueAt(text, at + flag.index + flag[0].length, key, keyKind, ks);
  }
  return valueAt(text, at, key, keyKind, ks);
}

const PLIST_STRING = /^\s{0,80}<string>/;

function plistValue(text: string, key: string, keyKind: SecretKeyKind, ks: number, i: number): Assignment | null {
  const open = PLIST_STRING.exec(text.slice(i, i + 96));
  if (!open) return null;
  return elementValue(text, key, keyKind, ks, i + open[0].length, '</string>');
}

/** The rest of a start tag: more attributes, then `>`. */
const TAG_REST = /^(?:[ \t]+[\w:.-]+[ \t]*=[ \t]*(?:"[^"\n]*"|'[^'\n]*'))*[ \t]*>/;

/** .NET applicationSettings: `<setting name="ApiToken" serializeAs="String">` then `<value>…</value>`, maybe on the next line. */
const VALUE_ELEMENT = /^\s{0,80}<value>/;

function elementText(text: string, key: string, keyKind: SecretKeyKind, ks: number, i: number): Assignment | null {
  const tag = TAG_REST.exec(text.slice(i, i + 240));
  if (!tag) return null;
  const start = i + tag[0].length;
  const inner = VALUE_ELEMENT.exec(text.slice(start, start + 96));
  return inner ? elementValue(text, key, keyKind, ks, start + inner[0].length, '</value>') : elementValue(text, key, keyKind, ks, start, '</');
}

/** An XML element's text from `start` up to `closing`, on one line: `<password>…</password>`, `<string>…</string>`. */
function elementValue(text: string, key: string, keyKind: SecretKeyKind, ks: number, start: number, closing: string): Assignment | null {
  const close = text.slice(start, start + MAX_VALUE).indexOf(closing);
  if (close < 0) return null;
  const value = text.slice(start, start + close);
  return value.includes('\n') ? null : finish(key, keyKind, ks, { value, start, quoted: true, end: start + close });
}

/** `${NAME:-default}`, `${NAME:=default}`, `${name:default}`; not `${NAME:?message}` or `${NAME:+alternative}`. */
const REFERENCE_DEFAULT = /^\$\{[A-Za-z_][\w.-]{0,80}(?::-|:=|:(?![?+-]))([^\s{}$'"`]+)\}/;
// Pydantic too: `password: str = Field(default='…')`, `api_key: SecretStr = SecretStr('…')`.
// Bytes of a literal too: Buffer.from('…'), new TextEncoder().encode('…') (JWT secrets in Node).
const STRING_WRAPPER = /^(?:String::from|new String|Some|SecretStr|Field|Buffer\.from|new TextEncoder\(\)\.encode)\(\s*(?:default\s*=\s*)?(?=["'])/;
/**
 * A password hashed where the manifest is compiled is committed in clear: Puppet's
 * `postgresql::postgresql_password('user', '…')` and `mysql::password('…')`.
 */
const HASH_CALL = String.raw`(?:postgresql::postgresql_password|mysql::password|mysql_password)\(`;
const PASSWORD_HASH_CALL = new RegExp(String.raw`^${HASH_CALL}\s*(?:(['"])[^'"\r\n]{1,64}\1\s*,\s*)?(?=["'])`);
const HASH_KEY = /^password_?hash$/i;
const HASHED_HERE = new RegExp(String.raw`^["']?\s*(?:=>|=|:)\s*${HASH_CALL}`);
/** The first characters STRING_WRAPPER, PASSWORD_HASH_CALL and ENV_FALLBACK can match. */
const LEAD_START = 'SnpiEo$geFBPsm';
const ARGUMENT_START = /[(,]\s*$/;
// Go and C# capitalise the verb: client.SetPassword("…"), redis.WithPassword("…") options.
const SETTER = /^(?:[sS]et|[wW]ith)_?([A-Z].*)$/;
/** Constructors whose second literal argument is a password: NetworkCredential("user", "…"), HTTPBasicAuth("user", "…"). */
const CREDENTIAL_TYPE = /(?:Credentials?|BasicAuth|DigestAuth)$/;

/**
 * The quoted literal at `i` when it is the last argument of a call or statement; `\"…\"` (a Java literal in
 * Groovy) unwrapped. When the key is the call's first argument, options may follow the value:
 * [Environment]::SetEnvironmentVariable('API_TOKEN', '…', 'User').
 */
function argumentValue(text: string, key: string, keyKind: SecretKeyKind, ks: number, i: number, firstArgument = false): Assignment | null {
  const v = readValue(text, i);
  if (!v || !v.quoted) return null;
  const e = skipSpaces(text, v.end);
  const rest = text.charCodeAt(e);
  if (!(e >= text.length || rest === 41 || rest === 59 || rest === 10 || rest === 13 || (rest === 44 && firstArgument))) return null;
  // config.set('auth', 'password', '…'): a section and then the key, not a key and its value.
  if (rest === 44 && secretKeyKind(v.value)) return null;
  if (v.value.length > 4 && v.value.startsWith('\\"') && v.value.endsWith('\\"')) return finish(key, keyKind, ks, { value: v.value.slice(2, -2), start: v.start + 2, quoted: true });
  return finish(key, keyKind, ks, v);
}

/** `name("…")` with one literal argument, or for a credential type `Type("user", "…")` with two: the last one. */
function callArgument(text: string, key: string, keyKind: SecretKeyKind, ks: number, paren: number): Assignment | null {
  let v = readValue(text, skipSpaces(text, paren + 1));
  if (!v || !v.quoted) return null;
  let e = skipSpaces(text, v.end);
  if (text[e] === ',' && CREDENTIAL_TYPE.test(key)) {
    v = readValue(text, skipSpaces(text, e + 1));
    if (!v || !v.quoted) return null;
    e = skipSpaces(text, v.end);
  }
  return text[e] === ')' ? finish(key, keyKind, ks, v) : null;
}

const SERVER_DIRECTIVE = /^\s*(?:proxy_set_header|add_header|grpc_set_header|fastcgi_param|uwsgi_param|scgi_param|more_set_(?:input_)?headers|RequestHeader\s+(?:set|add|append|setifempty)|Header\s+(?:always\s+)?(?:set|add|append)|header(?:_up|_down)?|http-(?:request|response)\s+(?:set|add)-header|user\s+[\w.@-]+)\s+$/i;
const QUOTED_FLAG = /["']--?$/;
const CLOJURE_FILE = /\.(?:edn|clj[sc]?|bb)$/;
const DOTENV_FILE = /(?:^|\/)\.env(?:\.[\w.-]+)?$/;
const SHELL_FILE = /\.(?:sh|bash|zsh|ksh)$|(?:^|\/)\.(?:bashrc|zshrc|profile|bash_profile)$/;
const CMDLET = /^[A-Z][a-z]+(?:To|From)?-[A-Z][A-Za-z]+$/;
const JS_FILE = /\.[cm]?[jt]sx?$/;
/** An identifier or a member path, optional chaining included (`options.customerKey?.keySha256`). */
const JS_NAME_PATH = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*$/;
/** What follows a name in code, not at the end of a line of text: `,` `;` `|` `&` `)` `<` `>` `=` `?` `}` `]`. */
const CODE_AFTER = /^[ \t]*[,;|&)<>=?}\]]/;

const FENCE = /^[ \t]{0,3}(?:```|~~~)[ \t]*([\w+-]*)/gm;
const JS_FENCE_INFO = /^(?:js|jsx|ts|tsx|mjs|cjs|javascript|typescript)$/i;

/** The fences of the last Markdown text asked about, found once per text: a file of many hits stays linear. */
const fences: { text: string | null; at: number[]; info: string[] } = { text: null, at: [], info: [] };

/** Is `at` inside a fenced code block of JavaScript or TypeScript (an odd number of fences above, the last one so labelled)? */
function inJsFence(text: string, at: number): boolean {
  if (fences.text !== text) {
    fences.text = text;
    fences.at = [];
    fences.info = [];
    FENCE.lastIndex = 0;
    for (let m = FENCE.exec(text); m; m = FENCE.exec(text)) {
      fences.at.push(m.index);
      fences.info.push(m[1]);
      if (m[0].length === 0) FENCE.lastIndex++;
    }
  }
  const lo = countBelow(fences.at, at);
  return lo % 2 === 1 && JS_FENCE_INFO.test(fences.info[lo - 1]);
}

/** A bare value that is a name in code: a member path, a name with `$`, or a name that code goes on after. */
function jsName(text: string, v: { value: string; end: number }): boolean {
  if (!JS_NAME_PATH.test(v.value)) return false;
  return /[.$]/.test(v.value) || CODE_AFTER.test(text.slice(v.end, v.end + 8));
}
const POWERSHELL_FILE = /\.ps[md]?1$/i;
const BLOCK_DEFAULT = /^([ \t]*)["']?(?:Default|default)["']?[ \t]*:[ \t]*/;

/** The `Default:` line among the lines indented under the key at `ks` (up to 12 lines), read as that key's value. */
function blockDefault(text: string, key: string, keyKind: SecretKeyKind, ks: number, lineStart: number, i: number): Assignment | null {
  const keyIndent = ks - lineStart - (isQuote(text.charCodeAt(ks - 1)) ? 1 : 0);
  let at = text.indexOf('\n', i) + 1;
  for (let n = 0; n < 12 && at > 0 && at < text.length; n++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line.trim()) {
      const indent = line.length - line.trimStart().length;
      if (indent <= keyIndent) return null;
      const d = BLOCK_DEFAULT.exec(line);
      if (d) return valueAt(text, at + d[0].length, key, keyKind, ks, false);
    }
    at = end + 1;
  }
  return null;
}

const LIST_ITEM = /^([ \t]*)-[ \t]+/;
const MAX_ITEMS = 32;

/**
 * Assignments for a list's literals: the first, with the others in `more`. A list of keys or tokens
 * holds generated values, every one of them; a list of option names (`token_variants = ['+i6t-inline', …]`)
 * does not, and is no list of secrets.
 */
function listOf(key: string, keyKind: SecretKeyKind, ks: number, values: Literal[]): Assignment | null {
  if (keyKind === 'secret' && !values.every((v) => generatedToken(v.value) || /^[0-9a-f]{32,}$/i.test(v.value))) return null;
  const found: Assignment[] = [];
  for (const v of values) {
    const a = finish(key, keyKind, ks, v);
    if (a) found.push(a);
  }
  return found.length ? { ...found[0], more: found.slice(1) } : null;
}

/** `[` then quoted literals separated by commas, closed on the same line; anything else in it (a name, a call) and it is code. */
function flowList(text: string, key: string, keyKind: SecretKeyKind, ks: number, open: number): Assignment | null {
  const values: Literal[] = [];
  let i = skipSpaces(text, open + 1);
  while (values.length < MAX_ITEMS) {
    if (!isQuote(text.charCodeAt(i))) return null;
    const v = quotedLiteral(text, i);
    if (!v) return null;
    values.push(v);
    i = skipSpaces(text, v.end);
    if (text[i] === ']') return listOf(key, keyKind, ks, values);
    if (text[i] !== ',') return null;
    i = skipSpaces(text, i + 1);
  }
  return null;
}

/** A YAML block sequence of scalars under the key (`api_keys:` then `- …` lines); mapping items (`- name: x`) are no values. */
function blockList(text: string, key: string, keyKind: SecretKeyKind, ks: number, lineStart: number, i: number): Assignment | null {
  const keyIndent = ks - lineStart - (isQuote(text.charCodeAt(ks - 1)) ? 1 : 0);
  const values: Literal[] = [];
  let at = text.indexOf('\n', i) + 1;
  while (at > 0 && at < text.length && values.length < MAX_ITEMS) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line.trim()) {
      const item = LIST_ITEM.exec(line);
      // YAML lets a sequence sit at its key's own indentation.
      if (!item || item[1].length < keyIndent) break;
      const v = readValue(text, at + item[0].length, false);
      if (!v || text[skipSpaces(text, v.end)] === ':') return null;
      const rest = text.charCodeAt(skipSpaces(text, v.end));
      if (rest === 10 || rest === 13 || rest === 35 || Number.isNaN(rest)) values.push({ value: v.value, start: v.start, quoted: true, end: v.end });
    }
    if (end < 0) break;
    at = end + 1;
  }
  return values.length ? listOf(key, keyKind, ks, values) : null;
}

const HCL_FILE = /\.(?:tf|hcl)$/;
const JSONNET_FILE = /\.(?:jsonnet|libsonnet)$/;
/** C# property accessors between a property's name and its initializer. */
const ACCESSORS = /^\{\s*(?:(?:public|private|protected|internal)\s+)?get;\s*(?:(?:(?:public|private|protected|internal)\s+)?(?:set|init);\s*)?\}\s*/;
const PAIR_KEY = /(?:^|[_.-])(?:auth|credentials?|creds)$/i;

/** The second of two quoted literals in parentheses: ('user', '…'). */
function pairSecond(text: string, key: string, ks: number, paren: number): Assignment | null {
  const user = readValue(text, skipSpaces(text, paren + 1));
  if (!user || !user.quoted) return null;
  const comma = skipSpaces(text, user.end);
  if (text[comma] !== ',') return null;
  const v = readValue(text, skipSpaces(text, comma + 1));
  // The second of a (user, secret) pair is a password whatever the key says (`auth` reads as a token's name).
  return v && v.quoted && text[skipSpaces(text, v.end)] === ')' ? finish(key, 'password', ks, v) : null;
}
const HEREDOC_OPEN = /^<<<?[-~]?[ \t]*(["']?)([A-Za-z_]\w{0,31})\1[ \t]*\r?\n/;

/** The one line of a heredoc whose terminator follows it. */
function heredocValue(text: string, key: string, keyKind: SecretKeyKind, ks: number, i: number): Assignment | null {
  const open = HEREDOC_OPEN.exec(text.slice(i, i + 48));
  if (!open) return null;
  const start = i + open[0].length;
  const nl = text.indexOf('\n', start);
  if (nl < 0) return null;
  const next = text.indexOf('\n', nl + 1);
  if (text.slice(nl + 1, next < 0 ? text.length : next).trim() !== open[2]) return null;
  const line = text.slice(start, nl);
  const indent = line.length - line.trimStart().length;
  return finish(key, keyKind, ks, { value: line.trim(), start: start + indent, quoted: true });
}
const LUA_FILE = /\.lua$/;
/** The header of a YAML block scalar: `|` or `>`, chomping and indentation indicators, maybe a comment. */
const BLOCK_SCALAR_HEADER = /^[|>](?:[-+]?[1-9]?|[1-9][-+])[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/;

/**
 * `password: >-` then one more-indented line: a block scalar whose whole content is that line.
 * Content over several lines (a certificate, a script) is not one credential the generic rule
 * can name; the private-key rules read key blocks.
 */
function blockScalar(text: string, key: string, keyKind: SecretKeyKind, ks: number, lineStart: number, i: number): Assignment | null {
  const header = BLOCK_SCALAR_HEADER.exec(text.slice(i, i + 80));
  if (!header) return null;
  const keyIndent = ks - lineStart - (isQuote(text.charCodeAt(ks - 1)) ? 1 : 0);
  let at = i + header[0].length;
  let content: { start: number; end: number } | null = null;
  for (let n = 0; n < 8 && at < text.length; n++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (line.trim()) {
      const indent = line.length - line.trimStart().length;
      if (indent <= keyIndent) break;
      if (content) return null;
      content = { start: at + indent, end: at + line.trimEnd().length };
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  if (!content) return null;
  return finish(key, keyKind, ks, { value: text.slice(content.start, content.end), start: content.start, quoted: true });
}
const HCL_VARIABLE = /^\s*variable\s+$/;
const HCL_DEFAULT = /(?:^|\n)[ \t]*default[ \t]*=[ \t]*/;

/** The quoted `default = "…"` of a Terraform variable block that opens at `open`; other attributes name no secret. */
function variableDefault(text: string, key: string, keyKind: SecretKeyKind, ks: number, open: number): Assignment | null {
  const window = text.slice(open, open + 1024);
  const close = window.search(/\n\s*\}|\}\s*(?:\n|$)/);
  const body = close < 0 ? window : window.slice(0, close + 1);
  const m = HCL_DEFAULT.exec(body);
  if (!m) return null;
  return quotedAt(text, open + m.index + m[0].length, key, keyKind, ks);
}

const YAML_ANCHOR = /^&[\w.-]{1,128}(?:[ \t\r\n]|$)/;
const DEFINE_CALL = /\bdefine\s*\(\s*$/i;
const ENV_NAME = String.raw`(?:\.[A-Za-z_]\w{0,79}|\[\s*["'][^"'\n]{1,80}["']\s*\])`;
const ENV_FALLBACK = new RegExp(
  String.raw`^(?:(?:process\.env|import\.meta\.env|ENV|os\.environ|\$_ENV|\$_SERVER)${ENV_NAME}\s*(?:\|\||\?\?|\?:|\bor\b)` +
    String.raw`|(?:os\.environ\.get|os\.getenv|getenv|ENV\.fetch|env)\(\s*["'][^"'\n]{1,80}["']\s*,` +
    // A whole read, then the language's fallback: System.getenv("X") ?: "…" (Kotlin), … ?? "…" (C#, Swift),
    // env::var("X").unwrap_or("…") (Rust), os.environ.get("X") or "…" (Python), ENV.fetch("X") { "…" } (Ruby).
    String.raw`|(?:(?:os\.environ\.get|os\.getenv|System\.getenv|Environment\.GetEnvironmentVariable|(?:std::)?env::var|ENV\.fetch)\(\s*["'][^"'\n]{1,80}["']\s*\)` +
    String.raw`|ProcessInfo\.processInfo\.environment\[\s*"[^"\n]{1,80}"\s*\])` +
    String.raw`\s*(?:\|\||\?\?|\?:|\bor\b|\.unwrap_or\(|\.unwrap_or_else\(\s*\|_\||\{))\s*`,
);

/** The value of a quoted `NAME=value`: up to the closing quote, a `;`, a space or a query-string `&`. */
function quotedPair(text: string, key: string, keyKind: SecretKeyKind, ks: number, i: number, quote: number): Assignment | null {
  let j = i;
  const limit = Math.min(text.length, i + MAX_VALUE);
  for (; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === quote || c === 59 || c <= 32 || (c === 38 && !ampersandInValue(text, j, true))) break;
    if (c === 36 && text.charCodeAt(j + 1) === 123) return null; // `…${x}`: an interpolated template, not a literal
  }
  if (j === i || j >= limit) return null;
  return finish(key, keyKind, ks, { value: text.slice(i, j), start: i, quoted: true, end: j });
}

/** `"Authorization: Bearer …"`: the rest of the string is the value, one token after an optional scheme. */
function quotedHeader(text: string, key: string, keyKind: SecretKeyKind, ks: number, i: number, quote: number): Assignment | null {
  // Bounded window: a 1 MiB line of `"api_key: "` repeated must stay linear.
  const window = text.slice(i, i + MAX_VALUE);
  const close = window.indexOf(String.fromCharCode(quote));
  if (close < 0) return null;
  const content = window.slice(0, close);
  if (content.includes('\n')) return null;
  // A header line in a string ends in its escaped line break: `"Proxy-Authorization: Basic …\r\n"`.
  const m = /^[ \t]*((?:(?:Bearer|Basic|Token|Bot|Digest)[ \t]+)?)(\S+?)(?:\\[rn])*[ \t]*$/i.exec(content);
  if (!m) return null;
  let value = m[2];
  let start = i + content.indexOf(value, m[1].length);
  // A line of YAML held in a string quotes its own value: 'password: "…"' (TypeORM's init writes its config so).
  if (value.length > 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    value = value.slice(1, -1);
    start++;
  }
  return finish(key, keyKind, ks, { value, start, quoted: true });
}

/**
 * Files where `name value` alone on a line is not a configuration directive:
 * documents (prose, examples) and source code (`Token *oauth2.Token` is a Go
 * struct field, not a credential).
 */
const NOT_DIRECTIVE_FILE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|html?|tex|org|[cm]?[jt]sx?|py[iw]?|rb|go|java|kts?|scala|groovy|gradle|cs|fs|vb|c|h|cc|cpp|cxx|hpp|hh|mm?|swift|rs|php|pl|pm|lua|dart|exs?|erl|hrl|hs|ml|clj[sc]?|sql|css|s[ac]ss|less|vue|svelte|json5?|ipynb|csv|tsv|proto|graphql|gql|tf|hcl)$/i;

/**
 * Space-separated configuration directives (nginx, Apache, Redis, ssh, custom
 * .conf): `encryption_key <value>` alone on its line, the value one token up
 * to the end of the line or a trailing comment.
 */
function directiveLine(text: string, key: string, keyKind: SecretKeyKind, ks: number, i: number, path: string): Assignment | null {
  if (NOT_DIRECTIVE_FILE.test(path)) return null;
  let v: { value: string; start: number; quoted: boolean; end: number } | null;
  if (isQuote(text.charCodeAt(i))) v = readValue(text, i);
  else {
    let j = i;
    const limit = Math.min(text.length, i + MAX_BARE_VALUE);
    while (j < limit && text.charCodeAt(j) > 32) j++;
    v = j > i ? { value: text.slice(i, j), start: i, quoted: false, end: j } : null;
  }
  if (!v) return null;
  let e = v.end;
  while (e < text.length && isSpace(text.charCodeAt(e))) e++;
  const rest = text.charCodeAt(e);
  if (!(e >= text.length || rest === 10 || rest === 13 || ((rest === 35 || rest === 59) && e > v.end))) return null; // more words: prose
  if (!v.quoted && v.value.endsWith(';')) v = { ...v, value: v.value.slice(0, -1) }; // nginx: `secret_key abc;`
  return finish(key, keyKind, ks, v);
}

const GROOVY_FILE = /\.gradle$/;

/**
 * Groovy calls a method without parentheses: `storePassword "…"`, `password '…'` (Gradle signing
 * configs, repository credentials). Only a string literal that ends the statement is a value.
 */
function groovyArgument(text: string, key: string, keyKind: SecretKeyKind, ks: number, i: number): Assignment | null {
  if (!isQuote(text.charCodeAt(i))) return null;
  const v = readValue(text, i);
  if (!v) return null;
  const e = skipSpaces(text, v.end);
  const rest = text.charCodeAt(e);
  if (!(e >= text.length || rest === 10 || rest === 13 || rest === 59 || text.startsWith('//', e))) return null;
  return finish(key, keyKind, ks, v);
}

/** `"Jwt": {` / `signing:` opening the section a line belongs to. */
const SECTION_OPEN = /["']?([A-Za-z][\w.-]{0,63})["']?\s*:\s*\{?\s*$/;
/**
 * SECTION_OPEN must match at the end of a line, so only a line's tail can hold it. Matching on
 * the tail alone keeps an unanchored regex from trying every start in a 256-character line, for
 * every bare `key` in a file (a tenth of the engine's time on the speed corpus before).
 */
const sectionOpen = (line: string) => SECTION_OPEN.exec(line.length > 100 ? line.slice(-100) : line);

/**
 * A bare `Key` is a secret when its section names the kind of key:
 * `"Jwt": { "Key": "…" }` (ASP.NET appsettings), `signing:\n  key: …` (YAML).
 * The section is the nearest shallower line above (pretty JSON, YAML), or an
 * object opened earlier on the same line.
 */
function keyUnderSection(text: string, keyStart: number): SecretKeyKind | null {
  const lineStart = lastNewlineBefore(text, keyStart) + 1;
  const before = text.slice(lineStart, keyStart).replace(/["']$/, '');
  const inline = sectionOpen(before.replace(/\{\s*$/, '{'));
  if (inline && before.includes('{')) return sectionKind(inline[1]);
  const indent = before.length - before.trimStart().length;
  if (before.trim() && before.trim() !== '-') return null;
  let end = lineStart - 1;
  for (let n = 0; n < 40 && end > 0; n++) {
    const start = lastNewlineBefore(text, end) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.trim()) continue;
    const lineIndent = line.length - line.trimStart().length;
    if (lineIndent >= indent) continue;
    const m = sectionOpen(line);
    return m ? sectionKind(m[1]) : null;
  }
  return null;
}

function sectionKind(section: string): SecretKeyKind | null {
  return secretKeyKind(`${section.replace(/.*\./, '')}_key`) === 'secret' ? 'secret' : null;
}

function finish(key: string, keyKind: SecretKeyKind, keyStart: number, v: { value: string; start: number; quoted: boolean; end?: number }): Assignment | null {
  let { value, start } = v;
  if (value.startsWith('${')) {
    const d = REFERENCE_DEFAULT.exec(value);
    if (d && d[0].length === value.length) {
      start += value.length - 1 - d[1].length;
      value = d[1];
    }
  }
  const scheme = AUTH_SCHEME.exec(value);
  if (scheme) {
    start += value.length - scheme[1].length;
    value = scheme[1];
  }
  if (!value) return null;
  return { key, keyKind, keyStart, value, valueStart: start, quoted: v.quoted };
}

const KEYWORD_VALUE = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|nan|required|optional|string|str|bytes|int|number|boolean|bool|object|any|secret|password|token|env|self|this)$/i;
const IDENTIFIER_PATH = /^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+$/;
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const TYPE_EXPRESSION = /^[A-Za-z_][\w.]*(?:\[[A-Za-z_][\w.]*(?:,\s?[A-Za-z_][\w.]*)*\]|<[A-Za-z_][\w.]*(?:,\s?[A-Za-z_][\w.]*)*>)$/;
/** A format string's leading verb, then an escape (escaped again in source that quotes source), a colon or the end: `%v\nResponse:`; a generated `%e+Gb…` is a password. */
const FORMAT_VERB_FIRST = /^%[-+ #0]?\d*[vsdq](?:\\{1,2}[nrt]|:|$)/;
const JSON_OBJECT = /^\{\s*\\?"[^"\\]{1,64}\\?"\s*:.*\}$/;
const ALGORITHM_NAME = /^(?:[A-Z0-9]{2,8}[-_])*(?:HMAC|SHA\d{0,3}|AES\d{0,3}|RSA|ECDSA|ECDH|ECDHE|PBKDF2|HKDF|CHACHA20|POLY1305|ED25519)(?:[-_][A-Z0-9]{2,8})+$/;
/** A member of the object at hand (`self.k2kplugin`, `this.apiKey2`): code, however its name is spelled. */
const MEMBER_OF_SELF = /^(?:self|this|cls|super|@)[.[]/;
// Letters of any alphabet: locale files hold `Contraseña`, `Geheimschlüssel`, `Hasło` under password keys.
// Leading underscores too: C and C++ reserved names (`using arrival_token = __barrier_phase_t;`).
const LOWER_WORDS = /^_*\p{Ll}+(?:[-_.](?:\p{Ll}+|\d+))*$/u;
/** Words with a letter outside ASCII (`API-Schlüssel`, `Clé-API`): a translation, never a generated key. */
const NATIVE_WORDS = /^\p{L}+(?:[-'’]\p{L}+)*$/u;
/** A regular expression, not a value: `npm_[A-Za-z0-9]{36}`, `\\d{4}`. */
const REGEX_SOURCE = /\[[^\]]{1,40}\][{*+?]|\\[dwsSWDb]|\{\d+(?:,\d*)?\}|\(\?[:=!<]/;
/**
 * Three or more lower-case words, some numbered, some plain numbers, two of them words of three
 * letters or more: a package, resource or setting name (`google-auth-library-oauth2-http`,
 * `s3_us_east_1_regional_endpoint`, Django's migration `0002_alter_permission_name_max_length`);
 * an acronym among them (`x-amz-server-side-encryption-customer-key-MD5`, an HTTP header's name in aws-sdk).
 */
const NUMBERED_WORDS = /^[a-z]+\d*(?:[-_.](?:[a-z]+\d*|[A-Z]{2,5}\d*)){2,}$/;
const WORDS_AND_NUMBERS = /^(?:[a-z]+\d*|\d+)(?:[-_.](?:[a-z]+\d*|\d+)){2,}$/;
const WORD_OF_THREE = /(?:^|[-_.])[a-z]{3,}/g;

function numberedWords(value: string): boolean {
  return NUMBERED_WORDS.test(value) || (WORDS_AND_NUMBERS.test(value) && (value.match(WORD_OF_THREE)?.length ?? 0) >= 2);
}
/** A Vim variable with its scope (`a:dict.istemp`, `g:netrw_pass`): code, not a literal. */
const SCOPED_NAME = /^[abglstvw]:[A-Za-z_]\w*(?:\.\w+)*$/;
/** An acronym and capitalised words, a name's spelling: `AWSAccessKeyId`, `HTTPRequestHandler`. */
const ACRONYM_WORDS = /^[A-Z]{2,6}(?:[A-Z][a-z]+){2,}$/;
/** Resource names (`kv-stage-3jo099`, `my-app-prod-a1b2`): lowercase words and a short suffix. Not an API token; a password may look like this. */
const RESOURCE_NAME = /^[a-z]{2,}(?:[-_.][a-z]{2,})+[-_.][a-z0-9]{1,8}$/;
const CAMEL_WORDS = /^\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u;
const FILE_PATH = /^(?:~|\.{1,2})?\/|^[A-Za-z]:\\|\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|ya?ml|txt|env|conf|cfg|ini|properties|xml|toml|sh|js|ts|py|rb|go|gpg|asc|enc)$/i;

/**
 * One-case letters with a digit or two (`uxfmdmymtgfec84g`, `SBREHLGUFYFFPXA7AY3H`) have an identifier's
 * segments but not its words: few vowels (under 22%, where words run together have about 38%) or five
 * consonants in a row. Four in five random ones pass; about one in thirty words run together does.
 */
function randomLetters(value: string): boolean {
  if (!/^(?:[a-z0-9]+|[A-Z0-9]+)$/.test(value) || !/[0-9]/.test(value)) return false;
  // `tazcwaf2ekdnlawd3x` has a word's vowels and no long consonant run, but letter pairs no words hold.
  const pairs = rareLetterPairs(value);
  if (pairs.pairs >= 8 && pairs.share >= RANDOM_PAIR_SHARE) return true;
  let letters = 0;
  let vowels = 0;
  let run = 0;
  let longest = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 32;
    if (c < 97 || c > 122) continue;
    letters++;
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
    if (vowel) vowels++;
    run = vowel || c === 121 ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  return vowels < 0.22 * letters || longest >= 5;
}

/**
 * Letters alone, in one case, at random (`kqzvmxbwtrplhdfa`, `SBREHLGUFYFFPXAQ`): a password or
 * key a generator drew from one alphabet. Words run together (`mysecretpassword`) and names are
 * told apart by their letter pairs (letter-bigrams.ts). 12 letters at least; one letter repeated
 * (low entropy) or the alphabet in order is typed, not drawn.
 */
function randomLetterValue(value: string): boolean {
  if (value.length < 12 || !/^(?:[a-z]+|[A-Z]+)$/.test(value)) return false;
  const { share } = rareLetterPairs(value);
  // Four letters in alphabet order (`abcd`, `WVUT`) are typed, not drawn: random letters hold that about once in a thousand.
  return share >= RANDOM_PAIR_SHARE && shannonEntropy(value) >= 3 && longestSequence(value) < 4;
}


/** The last part of a dotted path names something: a word-like identifier or a constant (`exports.SOCKS5_CUSTOM_AUTH_START`). */
function identifierTail(tail: string): boolean {
  return isIdentifierLike(tail) || CONSTANT_NAME.test(tail);
}

/**
 * Two parts, the one before the dot holding two digits or more and no identifier (`Summer2024`,
 * `pmyg4C22`). A longer path is code's (`serviceclient_2022_10_01._config.credential`).
 */
function numberedHead(value: string): boolean {
  const dot = value.indexOf('.');
  if (value.indexOf('.', dot + 1) >= 0) return false;
  const head = value.slice(0, dot);
  return /[0-9][^0-9]*[0-9]/.test(head) && !isIdentifierLike(head);
}

/**
 * A path's segments are names (`/run/secrets/db`, `/opt/App2/conf`); base64 cut at its `/`s leaves
 * random ones. One segment of 12+ characters mixing upper, lower and digits, not shaped like an
 * identifier, is random; 24 random base64 characters have one about 19 times in 20.
 */
function randomSegment(value: string): boolean {
  for (const seg of value.split('/')) {
    // 8 characters of all three classes: a base64 key's segments between slashes run short (`/rDTBupPmniU/h0WWEMa3AqR/…`).
    if (seg.length >= 8 && /[a-z]/.test(seg) && /[A-Z]/.test(seg) && /[0-9]/.test(seg) && !isIdentifierLike(seg)) return true;
    // …or 12 letters of both cases whose pairs no name holds (`jBDADYyvOfihQhwnkW`; `JohnSmith`, `AppData` are names).
    if (seg.length >= 12 && /^[A-Za-z]+$/.test(seg) && /[a-z]/.test(seg) && /[A-Z]/.test(seg) && rareLetterPairs(seg).share >= RANDOM_PAIR_SHARE) return true;
  }
  return false;
}

function distinctChars(s: string): number {
  return new Set(s).size;
}

function charClasses(s: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/**
 * Shape and entropy test for an assigned literal: long enough, not a word,
 * an identifier, a path, a URL or a type name, and random enough for its kind.
 * Placeholders and references are judged by the filters afterwards.
 */
/**
 * `literal`: the file holds only literal values, so an identifier-shaped one is still a value, not
 * a reference to a name (`.tfvars`: Terraform allows no expressions there).
 */
export function looksLikeSecretValue(value: string, kind: SecretKeyKind, literal = false): boolean {
  const min = kind === 'password' ? 8 : 12;
  if (value.length < min || value.length > MAX_VALUE) return false;
  if (/\s/.test(value)) return false;
  if (value.includes('://')) return false; // URLs: the connection-string rules judge credentials in them
  // Names and code, spelled in ways no credential is: a type (`list[V1ObjectReference]`, `Map<String, Secret>`),
  // a printf format (`%v\nResponse:`), a JSON object (`{"foo":"bar"}`: its own fields are parsed where they
  // stand), an algorithm's name (`AWS4-HMAC-SHA256`). (URNs, like ARNs: filters/resource-value.ts.)
  if (TYPE_EXPRESSION.test(value) || FORMAT_VERB_FIRST.test(value) || JSON_OBJECT.test(value) || ALGORITHM_NAME.test(value)) return false;
  if (KEYWORD_VALUE.test(value)) return false;
  // Names, spelled as names: an acronym and words (`AWSAccessKeyId`), numbered words joined up
  // (`google-auth-library-oauth2-http`), a Vim variable. (AWS's ids and ARNs: filters/resource-value.ts.)
  if (ACRONYM_WORDS.test(value) || numberedWords(value) || SCOPED_NAME.test(value)) return false;
  // Base64 keys start with `/` one time in 64: with a `+` or `=` padding, or a long random segment, they are not a path.
  if (FILE_PATH.test(value) && !(/^[A-Za-z0-9+/]{20,}={0,2}$/.test(value) && (/[+=]/.test(value) || randomSegment(value)))) return false;
  // `config.apiKey`, `hashlib.sha256`; but `Summer2024.Beach`, whose first part holds a number, is a password.
  if (IDENTIFIER_PATH.test(value) && (!/\d/.test(value) || MEMBER_OF_SELF.test(value) || identifierTail(value.slice(value.search(/[A-Za-z_$][\w$]*$/)))) && !numberedHead(value)) return false;
  // `self["Length"]`, `this[key]`: an index into the object at hand.
  if (MEMBER_OF_SELF.test(value) && /^\w+\[[^\]]{1,64}\]$/.test(value)) return false;
  const letters = randomLetterValue(value);
  if (CONSTANT_NAME.test(value) || ((LOWER_WORDS.test(value) || CAMEL_WORDS.test(value)) && !letters) || (!literal && isIdentifierLike(value) && !randomLetters(value) && !letters)) return false;
  if (/^\d+(?:\.\d+)*$/.test(value)) return false; // numbers and versions
  // Random printable secrets (WordPress salts: `…[GiSO:]*(iM6s~…`) can hold a regex-like run by chance; a
  // regex rarely uses 32 different characters, a 64-character salt about 45.
  if (REGEX_SOURCE.test(value) && distinctChars(value) < 32) return false;
  if (/^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(value) && value.includes('_')) return false; // _SSH_PRIVATE_KEY_TYPES
  const classes = charClasses(value);
  const entropy = shannonEntropy(value);
  if (kind === 'password') return (classes >= 2 && entropy >= 2.5) || letters;
  if (NATIVE_WORDS.test(value) && /[^\x00-\x7f]/.test(value)) return false;
  if (RESOURCE_NAME.test(value)) return false;
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 16 && entropy >= 3;
  return (classes >= 2 && entropy >= 3) || (value.length >= 20 && entropy >= 3.8) || letters;
}
