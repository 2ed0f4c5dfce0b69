/**
 * Is a key (variable, property, setting, header or element name) one whose
 * value is a credential? `DB_PASSWORD`, `apiKey`, `client-secret`,
 * `spring.datasource.password`, `X-Api-Key` are; `password_hash`,
 * `token_url`, `max_tokens`, `public_key`, `author` are not.
 */
export type SecretKeyKind = 'password' | 'secret';

/** Split into lowercase words: camelCase, snake_case, kebab-case, dotted, spaced. */
export function keyWords(key: string): string[] {
  // Accents off (`contraseña` → `contrasena`), so a word reads the same however it is spelled.
  if (/[^\x00-\x7f]/.test(key)) key = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** requirepass / masterauth: redis.conf's password directives; storepass / keypass: keytool and jarsigner flags. */
const PASSWORD_WORD = /^(?:password|passwd|passphrase|pass|pwd|pw|passw|pswd|passwort|kennwort|wachtwoord|passord|contrasena|senha|motdepasse|passe|psk|[a-z]*password|[a-z]*passwd|db(?:pass|pwd)|(?:src|dest)?(?:store|key)pass|requirepass|masterauth)$|password/;
const SECRET_WORD = /^(?:secret|secrets|token|apikey|apitoken|accesskey|accesstoken|secretkey|privatekey|authtoken|authkey|credential|credentials|creds|cred|auth|bearer|authorization|clientsecret|appsecret|apisecret|sessionkey|signingkey|encryptionkey|masterkey|webhooksecret|refreshtoken|oauthtoken|pat)$|(?:secret|token|apikey|accesskey|privatekey|credential)$/;
/** "key" is a secret only with one of these before it. */
const KEY_QUALIFIER = new Set(['validation', 'decryption', 'api', 'access', 'secret', 'private', 'signing', 'sign', 'encryption', 'encrypt', 'crypt', 'crypto', 'master', 'client', 'auth', 'app', 'application', 'account', 'storage', 'service', 'license', 'licence', 'subscription', 'shared', 'admin', 'consumer', 'webhook', 'session', 'hmac', 'jwt', 'cipher', 'aes', 'dev', 'developer', 'server', 'partner', 'merchant', 'primary', 'secondary', 'root', 'host', 'function', 'ingest', 'ingestion', 'write', 'read', 'rest', 'management', 'mgmt', 'sdk', 'x']);
const NOT_SECRET_AFTER = new Set([
  'id', 'ids', 'name', 'names', 'file', 'files', 'filename', 'path', 'paths', 'dir', 'directory', 'url', 'urls', 'uri', 'endpoint', 'host', 'type', 'types',
  'length', 'len', 'size', 'min', 'max', 'minimum', 'maximum', 'header', 'headers', 'prefix', 'suffix', 'field', 'fields', 'label', 'placeholder', 'regex',
  'regexp', 'pattern', 'policy', 'policies', 'expiry', 'expires', 'expiration', 'expired', 'exp', 'ttl', 'timeout', 'count', 'enabled', 'enable', 'disabled',
  'required', 'format', 'version', 'env', 'var', 'variable', 'ref', 'mode', 'algorithm', 'alg', 'algo', 'method', 'location', 'provider', 'validator',
  'validation', 'reset', 'confirm', 'confirmation', 'rotation', 'source', 'generator', 'usage', 'index', 'hint', 'prompt', 'message', 'msg', 'error',
  'errors', 'text', 'title', 'description', 'desc', 'help', 'visible', 'visibility', 'hidden', 'show', 'toggle', 'input', 'button', 'icon', 'class',
  'style', 'strength', 'rules', 'rule', 'changed', 'updated', 'created', 'at', 'date', 'time', 'age', 'lifetime', 'duration', 'kind', 'scope', 'scopes',
  'audience', 'issuer', 'store', 'manager', 'helper', 'handler', 'fn', 'func', 'callback', 'hash', 'hashed', 'digest', 'sha', 'salt', 'mask', 'masked',
  'schema', 'column', 'param', 'params', 'arg', 'args', 'option', 'options', 'policy', 'storage', 'cache', 'key', 'keys', 'list', 'map', 'set', 'config',
  'service', 'client', 'request', 'response', 'query', 'ui', 'form', 'page', 'view', 'screen', 'dialog', 'modal', 'component', 'test', 'spec', 'mock',
  'status', 'state', 'flag', 'check', 'verify', 'verified', 'valid', 'invalid', 'path', 'lookup', 'location', 'secret', 'secrets', 'ttl', 'period',
  'interval', 'limit', 'limits', 'budget', 'encoding', 'encoder', 'decoder', 'parser', 'serializer', 'type', 'bytes', 'bits', 'alias', 'version',
  'arn', 'ocid', 'selector', 'mount', 'volume', 'ref', 'refs', 'command', 'cmd', 'script', 'keyring', 'keystore', 'truststore', 'store', 'table',
  'usage', 'placeholder', 'sent', 'required', 'length', 'chars', 'characters', 'entropy', 'complexity', 'history', 'attempts', 'retries', 'lockout',
  'code', 'grant', 'flow', 'server', 'encryption', 'authentication', 'mechanism', 'scheme', 'protocol', 'backend', 'plugin', 'module', 'callback',
  'cb', 'descriptor', 'params', 'parameters', 'algorithm', 'length', 'bits', 'spec', 'info', 'metadata', 'meta', 'class', 'instance',
  // `auth_tag`: an AES-GCM authentication tag beside its ciphertext (Chef data bags, JWE), public by design.
  'tag', 'tags',
  // API models and CLI flags: `ApiKeySelectionExpression`, `--password-stdin`, `RDSCloudHsmAuthorizationRole`,
  // `PasswordLastUsed`, `--participant-token-configurations`.
  'selection', 'expression', 'expr', 'stdin', 'role', 'roles', 'used', 'configuration', 'configurations', 'setting', 'settings',
  // A format's magic bytes (`OPENSSH_AUTH_MAGIC = b"openssh-key-v1\x00"`): a constant every file of that format starts with.
  'magic',
]);
/** Secret words that may be followed by these and stay secrets (`secret_key`, `token_value`, `password_plain`). */
const SECRET_AFTER = new Set(['key', 'value', 'val', 'plain', 'plaintext', 'raw', 'b64', 'base64', 'hex', 'str', 'string', 'prod', 'production', 'live', 'dev', 'staging', 'stg', 'local', 'default', 'encoded', 'data']);
const NOT_SECRET_BEFORE = new Set([
  'public', 'pub', 'publishable', 'page', 'next', 'prev', 'previous', 'csrf', 'xsrf', 'anti', 'antiforgery', 'cancellation', 'cancel', 'sync', 'continuation',
  'max', 'min', 'num', 'number', 'total', 'count', 'input', 'output', 'is', 'has', 'use', 'uses', 'enable', 'enabled', 'require', 'requires', 'required',
  'skip', 'no', 'show', 'hide', 'forgot', 'forgotten', 'reset', 'verify', 'validate', 'check', 'get', 'set', 'fetch', 'load', 'read', 'write', 'generate',
  'create', 'delete', 'remove', 'update', 'rotate', 'revoke', 'parse', 'with', 'without', 'on', 'handle', 'last', 'prompt', 'ask', 'request',
  'expected', 'mock', 'fake', 'dummy', 'example', 'sample', 'test', 'design', 'color', 'colour', 'theme', 'css', 'style', 'font', 'lexer', 'syntax',
  'pagination', 'paging', 'resume', 'delta', 'change', 'hash', 'hashed', 'encrypted', 'sealed', 'ssh', 'gpg', 'pgp', 'authenticity',
  // `version_token` (Square's payments): an optimistic-concurrency marker sent back with an update, like an ETag.
  'version',
  // `IdempotencyToken`, `idempotency_key`: a caller's made-up request id, sent so a retry is not done twice.
  'idempotency',
  // The AWS CLI's pagination flag: `--starting-token <NextToken of the previous page>`.
  'starting',
]);

/** Before a password word these name whose login it is (`ansible_ssh_pass`, `GPG_PASSPHRASE`), not a key's metadata. */
const LOGIN_OWNER = new Set(['ssh', 'gpg', 'pgp']);

/** Words ending in a secret word that are not about secrets. */
const NOT_SECRET_WORD = /^(?:tokenizer|tokenize|tokenized|tokens|author|authors|authority|authorities|authored|authenticate|authentication|authenticated|authenticator|authorize|authorized|authorizer|keyboard|keystroke|keyword|keywords|keyframe|keyframes|monkey|turkey|hockey|donkey|jockey|passport|passenger|passage|compass|bypass|passive|passthrough|passed|passes|passing|secretary|pwdx|keypress|keydown|keyup|hotkey|keymap|keychain|keycode|credits|credit|credo|csrftoken|xsrftoken|csrfmiddlewaretoken|deltatoken|skiptoken|pagetoken|nexttoken|synctoken|resumetoken)$/;

const memo = new Map<string, SecretKeyKind | null>();

/** The kind of secret a key names, or null when its value is not a credential. Memoised: code repeats its identifiers. */
export function secretKeyKind(key: string): SecretKeyKind | null {
  let kind = memo.get(key);
  if (kind === undefined) {
    if (memo.size > 20000) memo.clear();
    kind = classify(key);
    memo.set(key, kind);
  }
  return kind;
}

function classify(key: string): SecretKeyKind | null {
  const words = keyWords(key);
  if (!words.length || words.length > 8) return null;
  let at = -1;
  let kind: SecretKeyKind | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (NOT_SECRET_WORD.test(w)) continue;
    if (PASSWORD_WORD.test(w)) {
      at = i;
      kind = 'password';
    } else if (SECRET_WORD.test(w)) {
      at = i;
      kind = 'secret';
    } else if ((w === 'key' || w === 'keys') && i > 0 && KEY_QUALIFIER.has(words[i - 1])) {
      at = i;
      kind = 'secret';
    } else if (w.endsWith('key') && KEY_QUALIFIER.has(w.slice(0, -3))) {
      at = i;
      kind = 'secret';
    } else continue;
  }
  if (!kind) return null;
  // `password` with words after: `password_hash`, `token_url`, but `secret_key`, `token_value`.
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i];
    if (SECRET_AFTER.has(w) || /^\d+$/.test(w)) continue;
    if (NOT_SECRET_AFTER.has(w)) return null;
  }
  for (let i = 0; i < at; i++) {
    const w = words[i];
    if (NOT_SECRET_BEFORE.has(w) && !(KEY_QUALIFIER.has(w) && words[at] === 'key') && !(kind === 'password' && LOGIN_OWNER.has(w))) return null;
  }
  return kind;
}
