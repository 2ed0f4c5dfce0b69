import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { decodeBase64, isRealPassword, isTemplateReference, isPlaceholderWord, looksFake, rotateThen } from './token-kit';

/**
 * Credentials in the files tools read them from: .npmrc, .yarnrc.yml,
 * .pypirc, .netrc, .pgpass, docker config.json, kubeconfig, Maven
 * settings.xml, NuGet.Config, Composer auth.json, Bundler config, .htpasswd.
 * Values that are template references or placeholder words are never reported
 * (see token-kit.isRealPassword); values with a provider prefix (npm_, ghp_…)
 * are left to the provider's own rule so one secret gives one finding.
 */

/** The name of a field where a .netrc password would go: documentation of the format (`password`, `secret`… are placeholder words already). */
const NETRC_FIELD = /^(?:path|file|filename|user|login|name)$/i;
/** Words of prose, where a sentence runs "… password or default password for bootstrap" (an Ansible module's docs). */
const PROSE_WORD = /^(?:for|to|of|and|or|is|are|the|a|an|in|on|at|with|from|when|if|that|this|as|be|will|must|should|can|by|used)$/i;

/** Prefixed tokens another rule reports with a more precise id. */
const PROVIDER_PREFIX = /^(?:npm_|gh[pousr]_|github_pat_|glpat-|pypi-|dckr_(?:pat|oat)_|AKCp|cmVmdGtu|eyJ)/;

function realValue(v: string): boolean {
  const s = v.replace(/^["']|["']$/g, '');
  return !PROVIDER_PREFIX.test(s) && !isTemplateReference(s) && !isPlaceholderWord(s) && !looksFake(s) && s.length >= 8;
}

/** `user:password` decoded from base64 (npm _auth, docker auths, yarn npmAuthIdent). */
function realBasicPair(b64OrPair: string): boolean {
  const decoded = b64OrPair.includes(':') ? b64OrPair : decodeBase64(b64OrPair);
  const i = decoded.indexOf(':');
  if (i < 1) return false;
  const user = decoded.slice(0, i);
  const pw = decoded.slice(i + 1);
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  return pw.length > 0 && isRealPassword(pw, user);
}

const REGISTRY_FIX = rotateThen(
  'npmjs.com → Access Tokens, or your registry\'s token page',
  'commit `.npmrc` with `//registry.npmjs.org/:_authToken=${NPM_TOKEN}` and set NPM_TOKEN in CI; in Dockerfiles use `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`.',
);

export const rules: SecretRule[] = [
  {
    id: 'secret/npmrc-auth-token',
    description: 'npm registry auth token in .npmrc (_authToken)',
    severity: 'high',
    keywords: ['_authtoken'],
    // .npmrc writes the name at a line's start or after a registry's `:`; after a `.` it is a property in code
    // (`this._authToken=null,this._appCheckToken=…` in firebase's bundle).
    regex: /(?<![\w.$])_authToken[ \t]{0,4}=[ \t]{0,4}["']?([^\s"'#;<]{8,2048})/,
    secretGroup: 1,
    // Registries issue tokens of 20 characters and more (npm's UUIDs and npm_…, Artifactory, GitHub, GitLab,
    // Azure DevOps): npm's own docs write `MYTOKEN1`.
    validate: (v) => realValue(v) && v.replace(/^["']|["']$/g, '').length >= 16,
    why: 'The token publishes or reads packages as its owner: a leaked publish token is a supply-chain attack.',
    fix: REGISTRY_FIX,
    examples: {
      match: () => [`//registry.npmjs.org/:_authToken=${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}`, `//artifactory.corp.net/api/npm/npm/:_authToken="${fake.base64url(64)}"`, `<NpmrcAuthToken>//registry.npmjs.org/:_authToken=${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}</NpmrcAuthToken>`],
      noMatch: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//npm.pkg.github.com/:_authToken=$GITHUB_TOKEN', '_authToken=<your-token>', '//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxx', '//somewhere.com/:_authToken=MYTOKEN1', 'this._authToken=null,this._appCheckToken=null,this._lastToken=null,this._isUsingEmulator=!1'],
    },
  },
  {
    id: 'secret/npmrc-auth',
    description: 'npm registry basic-auth credentials in .npmrc (_auth / _password)',
    severity: 'high',
    keywords: ['_auth', '_password'],
    regex: /(?<![A-Za-z0-9_])_(?:auth|password)[ \t]{0,4}=[ \t]{0,4}["']?([A-Za-z0-9+/]{4,1024}={0,2})(?![A-Za-z0-9+/=])/,
    secretGroup: 1,
    // `_auth` is base64("user:password"); `_password` is base64("password").
    validate: (v) => realBasicPair(v) || (() => { const pw = decodeBase64(v); return /^[\x20-\x7e]{6,}$/.test(pw) && !pw.includes(':') && isRealPassword(pw); })(),
    why: 'These are the registry user\'s password, base64-encoded, not encrypted.',
    fix: REGISTRY_FIX,
    examples: {
      match: () => [`_auth=${fake.b64('ci-bot:' + fake.alnum(18))}`, `//nexus.corp.net/repository/npm/:_password="${fake.b64(fake.alnum(16))}"`],
      noMatch: () => ['_auth=${NPM_AUTH}', `_auth=${fake.b64('user:password')}`, `_password=${fake.b64('changeme')}`],
    },
  },
  {
    id: 'secret/yarnrc-auth-token',
    description: 'Yarn (berry) npmAuthToken in .yarnrc.yml',
    severity: 'high',
    keywords: ['npmauthtoken'],
    regex: /npmAuthToken["']?[ \t]{0,4}:[ \t]{0,4}["']?([^\s"'#]{8,2048})/,
    secretGroup: 1,
    validate: realValue,
    why: 'The token publishes or reads packages as its owner.',
    fix: rotateThen('your registry\'s token page', 'write `npmAuthToken: "${NPM_TOKEN}"` in .yarnrc.yml (Yarn expands environment variables) and set NPM_TOKEN in CI.'),
    examples: {
      match: () => [`npmRegistries:\n  "https://npm.corp.net":\n    npmAuthToken: ${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}`, `npmAuthToken: "${fake.base64url(48)}"`],
      noMatch: ['npmAuthToken: "${NPM_TOKEN}"', 'npmAuthToken: ${NPM_AUTH_TOKEN:-}', 'npmAuthToken: <token>'],
    },
  },
  {
    id: 'secret/yarnrc-auth-ident',
    description: 'Yarn (berry) npmAuthIdent (user:password) in .yarnrc.yml',
    severity: 'high',
    keywords: ['npmauthident'],
    regex: /npmAuthIdent["']?[ \t]{0,4}:[ \t]{0,4}["']?([^\s"'#]{4,1024})/,
    secretGroup: 1,
    validate: realBasicPair,
    why: 'npmAuthIdent is the registry user name and password, at most base64-encoded.',
    fix: rotateThen('the registry account', 'write `npmAuthIdent: "${NPM_AUTH_IDENT}"` and set the variable in CI.'),
    examples: {
      match: () => [`npmAuthIdent: "deploy:${fake.alnum(16)}"`, `npmAuthIdent: ${fake.b64('ci:' + fake.alnum(20))}`],
      noMatch: () => ['npmAuthIdent: "${NPM_AUTH_IDENT}"', 'npmAuthIdent: "username:password"', `npmAuthIdent: ${fake.b64('user:pass')}`],
    },
  },
  {
    id: 'secret/wordpress-auth-salt',
    description: 'WordPress authentication key or salt in wp-config.php (AUTH_KEY … NONCE_SALT)',
    severity: 'high',
    // Every name ends in `_key'`/`_salt'` (or double quotes); the `define(` before it is in the regex.
    keywords: ["_key'", '_key"', "_salt'", '_salt"'],
    // The four keys and four salts, each a `define( 'NAME', '…' )` with one string literal of a generated length.
    regex: /\bdefine\s{0,3}\(\s{0,3}(["'])(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)\1\s{0,3},\s{0,40}(["'])((?:(?!\2)[^\\\r\n]|\\.){32,128})\2\s{0,3}\)/,
    secretGroup: 3,
    // The sample file's `put your unique phrase here`, or anything with a space, is no generated salt. Salts hold
    // `<…>`, `${` and `{{` by chance: references are judged by the engine's filters, which know dense random values.
    validate: (v) => !/\s/.test(v) && new Set(v).size >= 20,
    why: 'The keys and salts sign the login cookies: with them and a user name anyone can forge a logged-in session, administrators included.',
    fix: rotateThen('generate new ones at https://api.wordpress.org/secret-key/1.1/salt/, which logs every user out', 'load them from the environment (`define( \'AUTH_KEY\', getenv( \'WP_AUTH_KEY\' ) );`) or a wp-config.php kept out of git.'),
    examples: {
      match: () => [`define( 'AUTH_SALT',        '${fake.chars(fake.ALNUM + '!@#%^&*()-_[]{}<>~+=,.;:/?|', 64)}' );`, `define('NONCE_KEY', "${fake.chars(fake.ALNUM + '!@#%^&*()-_[]{}<>~+=,.;:/?|', 64)}");`, `define( 'LOGGED_IN_SALT',   '${fake.base64(64)}' );`],
      noMatch: ["define( 'AUTH_KEY',         'put your unique phrase here' );", "define( 'AUTH_SALT', getenv( 'WP_AUTH_SALT' ) );", "define( 'NONCE_SALT', '${WP_NONCE_SALT}' );", "define( 'AUTH_SALT', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' );"],
    },
  },
  {
    id: 'secret/drupal-hash-salt',
    description: 'Drupal hash_salt in settings.php',
    severity: 'high',
    keywords: ['hash_salt'],
    // Drupal's installer writes Crypt::randomBytesBase64(55): 74 base64url characters. A file_get_contents()
    // or getenv() there is the recommended way and no literal.
    regex: /\$settings\s{0,3}\[\s{0,3}(["'])hash_salt\1\s{0,3}\]\s{0,3}=\s{0,3}(["'])([A-Za-z0-9_-]{32,128})\2/,
    secretGroup: 3,
    minEntropy: 3.5,
    why: 'The hash salt signs one-time login links, form tokens and cache keys: with it anyone can forge a password-reset link.',
    fix: rotateThen('generate a new one (`drush php-eval "echo Drupal\\Component\\Utility\\Crypt::randomBytesBase64(55)"`), which logs every user out', "read it from outside the repository: `$settings['hash_salt'] = file_get_contents('/run/secrets/drupal_hash_salt');` or `getenv('DRUPAL_HASH_SALT')`."),
    examples: {
      match: () => [`$settings['hash_salt'] = '${fake.base64url(74)}';`, `$settings["hash_salt"]  =  "${fake.base64url(43)}";`],
      noMatch: ["$settings['hash_salt'] = '';", "$settings['hash_salt'] = file_get_contents('/home/example/salt.txt');", "$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');", "$settings['hash_salt'] = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';"],
    },
  },
  {
    id: 'secret/pypirc-password',
    description: 'Password in .pypirc',
    severity: 'high',
    keywords: ['[pypi]', '[testpypi]', 'repository'],
    regex:
      /\[(?:(?:test)?pypi\]|[A-Za-z0-9_.-]{1,40}\][ \t]*\r?\n[ \t]*repository[ \t]*[:=][^\r\n]{0,300})(?:[ \t]*\r?\n[ \t]*(?:repository|username)[ \t]*[:=][^\r\n]{0,300}){0,2}[ \t]*\r?\n[ \t]*password[ \t]*[:=][ \t]*([^\s]{1,256})/,
    secretGroup: 1,
    validate: (pw) => isRealPassword(pw),
    why: 'The password or API token uploads packages to the index as you.',
    fix: rotateThen('pypi.org → Account settings → API tokens', 'use Trusted Publishing from CI, or keyring (`keyring set https://upload.pypi.org/legacy/ __token__`), or `TWINE_PASSWORD` / `UV_PUBLISH_TOKEN` set as a CI secret.'),
    examples: {
      match: () => [`[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc${fake.base64url(80)}`, `[internal]\nrepository = https://pypi.corp.net/simple\nusername = deploy\npassword = ${fake.alnum(18)}`],
      noMatch: ['[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}', '[pypi]\nusername = __token__\npassword = <your-token>', '[testpypi]\nusername = me\npassword = changeme'],
    },
  },
  {
    id: 'secret/pgbouncer-userlist-password',
    description: 'Password in a PgBouncer userlist.txt',
    severity: 'high',
    keywords: [],
    keywordsWhy: 'a userlist line is two quoted strings and nothing else; the rule runs only in files named userlist.txt (paths)',
    paths: /(?:^|\/)userlist\.txt$/,
    regex: /^[ \t]*"[^"\s]{1,64}"[ \t]+"([^"\r\n]{1,256})"[ \t]*\r?$/m,
    secretGroup: 1,
    // md5 and SCRAM entries are hashes (what PgBouncer should be given); a plain string is the password itself.
    validate: (pw) => !/^md5[0-9a-f]{32}$/.test(pw) && !pw.startsWith('SCRAM-SHA-256$') && isRealPassword(pw),
    why: 'PgBouncer logs in to PostgreSQL with these: a plain-text entry is the database password of that user.',
    fix: rotateThen('PostgreSQL (ALTER ROLE … PASSWORD) for that user', 'put SCRAM or md5 hashes in userlist.txt (or use auth_query), and generate the file at deploy time from a secret store instead of committing it.'),
    examples: {
      path: 'deploy/pgbouncer/userlist.txt',
      match: () => [`"app" "${fake.alnum(14)}!${fake.digits(2)}"`, `"postgres" "md5${fake.hex(32)}"\n"reporting" "${fake.alnum(20)}"`],
      noMatch: () => [`"app" "md5${fake.hex(32)}"`, `"replicator" "SCRAM-SHA-256$4096:${fake.base64(24)}$${fake.base64(44)}:${fake.base64(44)}"`, '"app" ""', '"app" "changeme"'],
    },
  },
  {
    id: 'secret/netrc-password',
    description: 'Password in .netrc (machine … login … password …)',
    severity: 'high',
    keywords: ['machine', 'default'],
    // Anonymous FTP logins (`login anonymous`, `login ftp`) take an e-mail address as the password by convention.
    // `default` opens an entry only where a token can start one: at the start of a line or string, or after the
    // previous entry's last value. In prose ("Set default password for…", "non-default password file") it is a word.
    regex: /\b(?:machine[ \t]{1,10}[A-Za-z0-9._:-]{1,253}|default(?<=(?:(?:^|\n)[ \t]{0,20}|["'`]|\b(?:password|login|account)[ \t]{1,10}\S{1,253}[ \t]{1,10})default))\s{1,20}(?:login[ \t]{1,10}(?!(?:anonymous|ftp)\s)[^\s]{1,253}\s{1,20})?password[ \t]{1,10}([^\s]{1,256})/,
    secretGroup: 1,
    // Code and docs that write .netrc lines (Vim's netrw: `"machine id password path"`, `password filename`) put a
    // quote after the value or name a field in its place.
    validate: (pw) => isRealPassword(pw) && !/["'`]/.test(pw) && !NETRC_FIELD.test(pw.replace(/(?:\\[nrt])+$/, '')) && !PROSE_WORD.test(pw),
    why: 'curl, git, pip, ftp and the Heroku CLI send .netrc passwords to that host automatically.',
    fix: rotateThen('the service the machine line names', 'generate .netrc at run time from a CI secret (`printf "machine %s login %s password %s\\n" "$HOST" "$USER" "$TOKEN" > ~/.netrc`) and never commit it; in image builds mount it with `RUN --mount=type=secret,id=netrc,target=/root/.netrc`.'),
    examples: {
      match: () => [`machine api.heroku.com\n  login me@corp.net\n  password ${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}`, `machine artifacts.corp.net login ci password ${fake.alnum(22)}`, `default login ci password ${fake.alnum(22)}`, `machine a.corp.net login ci password ${fake.alnum(12)} default login anon password ${fake.alnum(16)}`],
      noMatch: ['machine github.com login user password ${GITHUB_TOKEN}', 'machine example.com login user password <password>', 'machine api.github.com login octocat', '    """Set default password for encrypted files."""', '# For a non-default password file location use the following line', 'default login anonymous password user@site', 'machine ftp.gnu.org login ftp password guest@corp.net', ':Nread "machine id password path"', 'a:machine a:id password filename', '    - Old password for update password or default password for bootstrap.'],
    },
  },
  {
    id: 'secret/pgpass-password',
    description: 'Password in a PostgreSQL .pgpass line (host:port:db:user:password)',
    severity: 'high',
    keywords: [':5432:', ':*:', ':5433:', ':6432:'],
    // A whole line, or a whole quoted string (`echo '…' >> ~/.pgpass`, a config value holding the line).
    regex: /(?:^|(?<=["'`]))[^:\s#"'`]{1,253}:(?:\d{1,5}|\*):[^:\s]{1,63}:[^:\s]{1,63}:(?:\\:|[^\s:]){1,256}(?:$|(?=["'`]))/m,
    validate: (line) => {
      const f = line.split(/(?<!\\):/);
      return f.length === 5 && isRealPassword(f[4].replace(/\\:/g, ':'), f[3], f[0] === '*' ? '' : f[0]);
    },
    why: 'psql and libpq read .pgpass automatically: the line logs anyone straight into that database.',
    fix: 'Change the database user\'s password, and write .pgpass on the machine that needs it (mode 0600) from a secret, or use `PGPASSWORD` from a CI secret / IAM authentication instead of committing it.',
    examples: {
      match: () => [
        `db.prod.internal:5432:app:app_rw:${fake.alnum(20)}`,
        `*:*:*:replicator:${fake.alnum(16)}`,
        `echo 'db.prod.internal:5432:app:app_rw:${fake.alnum(20)}' >> ~/.pgpass`,
        `pgpass_line = "*:*:*:replicator:${fake.alnum(16)}"`,
      ],
      noMatch: ['localhost:5432:postgres:postgres:postgres', 'db.prod.internal:5432:app:app:${PGPASSWORD}', '12:30:45:00:00'],
    },
  },
  {
    id: 'secret/docker-config-auth',
    description: 'Registry credentials in docker config.json ("auths" … "auth": base64(user:password))',
    severity: 'high',
    keywords: ['"auth"'],
    regex: /"auth"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{6,2048}={0,2})"/,
    secretGroup: 1,
    validate: realBasicPair,
    why: 'The auth value is just base64 of "user:password" (or token) for the registry: it pushes and pulls images as that user.',
    fix: rotateThen('Docker Hub → Account settings → Personal access tokens, or your registry', 'log in at run time (`echo "$REGISTRY_TOKEN" | docker login -u USER --password-stdin`), use a credential helper (`credsStore`), or a Kubernetes imagePullSecret created from a secret store.'),
    examples: {
      match: () => [`{"auths": {"https://index.docker.io/v1/": {"auth": "${fake.b64('deployer:' + fake.alnum(20))}"}}}`, `{"auths":{"registry.corp.net":{"auth":"${fake.b64('ci:dckr_pat_' + fake.base64url(27))}","email":"ci@corp.net"}}}`],
      noMatch: () => [`{"auths": {"https://index.docker.io/v1/": {"auth": "${fake.b64('username:password')}"}}}`, '{"auths": {"ghcr.io": {}}, "credsStore": "desktop"}', `{"auth": "${fake.b64('notapair')}"}`],
    },
  },
  {
    id: 'secret/docker-config-identity-token',
    description: 'Registry identity/refresh token in docker config.json',
    severity: 'high',
    keywords: ['identitytoken', 'registrytoken'],
    regex: /"(?:identitytoken|registrytoken)"[ \t]{0,4}:[ \t]{0,4}"([^"\s]{16,4096})"/,
    secretGroup: 1,
    validate: realValue,
    why: 'An identity token is a long-lived OAuth refresh token for the registry.',
    fix: rotateThen('the registry (e.g. `az acr` token revoke, `docker logout` on the machine that minted it)', 'let a credential helper store it (`credsStore` / `credHelpers`) and keep config.json out of the repository and images.'),
    examples: {
      match: () => [`{"auths": {"myreg.azurecr.io": {"auth": "", "identitytoken": "${fake.base64url(120)}"}}}`, `"registrytoken": "${fake.base64url(64)}"`],
      noMatch: ['"identitytoken": "${ACR_TOKEN}"', '"identitytoken": ""', '"identitytoken": "<token>"'],
    },
  },
  {
    id: 'secret/kubeconfig-client-key',
    description: 'Client private key in a kubeconfig (client-key-data)',
    severity: 'high',
    keywords: ['client-key-data'],
    // The reported value is the first 64 base64 characters: enough to decode the PEM label.
    regex: /client-key-data["']?[ \t]{0,4}:[ \t]{0,4}["']?(LS0tLS1CRUdJT[A-Za-z0-9+/]{51})[A-Za-z0-9+/]{0,16384}={0,2}/,
    secretGroup: 1,
    validate: (v) => /PRIVATE KEY/.test(decodeBase64(v)),
    why: 'The client key authenticates to the cluster API as that user, usually cluster-admin.',
    fix: 'Revoke the client certificate (rotate the cluster CA or remove the user\'s RBAC bindings, since certificates cannot be revoked individually), and distribute kubeconfigs through your cloud CLI (`aws eks update-kubeconfig`, `gcloud container clusters get-credentials`) or OIDC instead of committing them.',
    examples: {
      match: () => [`users:\n- name: admin\n  user:\n    client-certificate-data: ${fake.b64(fake.pem('CERTIFICATE', 4))}\n    client-key-data: ${fake.b64(fake.pem('RSA PRIVATE KEY', 6))}`, `"client-key-data": "${fake.b64(fake.pem('EC PRIVATE KEY', 3))}"`],
      noMatch: () => [`client-certificate-data: ${fake.b64(fake.pem('CERTIFICATE', 4))}`, 'client-key-data: ${CLIENT_KEY_DATA}', 'client-key: /home/me/.minikube/profiles/minikube/client.key'],
    },
  },
  {
    id: 'secret/kubeconfig-token',
    description: 'Bearer token of a kubeconfig user',
    severity: 'high',
    // The regex needs both; `user:` is the rarer (every YAML/JSON API client has a `token:`), and the match starts at it.
    keywords: ['user:'],
    regex: /\buser:[ \t]*\r?\n(?:[ \t]{1,40}[a-z-]{1,40}:[^\r\n]{0,8192}\r?\n){0,4}[ \t]{1,40}token:[ \t]{0,4}["']?([A-Za-z0-9._~+/=:-]{20,4096})/,
    secretGroup: 1,
    validate: realValue,
    why: 'The token authenticates to the cluster API as that user or service account.',
    fix: 'Delete the service-account token secret (or revoke the user token) and create a new one, then obtain short-lived tokens at run time (`kubectl create token`, cloud IAM, OIDC) instead of committing a kubeconfig.',
    examples: {
      match: () => [`users:\n- name: deployer\n  user:\n    token: ${fake.base64url(40)}.${fake.base64url(60)}`, `users:\n- name: ci\n  user:\n    client-certificate: /dev/null\n    token: "${fake.alnum(48)}"`],
      noMatch: ['users:\n- name: ci\n  user:\n    token: ${K8S_TOKEN}', 'users:\n- name: ci\n  user:\n    tokenFile: /var/run/secrets/token', 'users:\n- name: ci\n  user:\n    token: <your-token-here>'],
    },
  },
  {
    id: 'secret/htpasswd-hash',
    description: 'Password hash in .htpasswd / shadow format (user:$apr1$…, $2y$, {SHA}, $6$)',
    severity: 'low',
    keywords: ['$apr1$', '$2y$', '$2a$', '$2b$', '{sha}', '$5$', '$6$'],
    regex:
      /(?<![A-Za-z0-9._@$/+-])[A-Za-z0-9._@-]{1,64}:(?:\$apr1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}|\$2[aby]\$\d{2}\$[./0-9A-Za-z]{53}|\{SHA\}[A-Za-z0-9+/]{27}=|\$[56]\$(?:rounds=\d{1,7}\$)?[./0-9A-Za-z]{1,16}\$[./0-9A-Za-z]{43,86})/,
    why: 'Password hashes can be cracked offline; weak or reused passwords fall quickly, and the file names the accounts.',
    fix: 'Change the passwords of the listed accounts, and provide the .htpasswd file at deploy time (a mounted secret, `htpasswd -B` in an entrypoint from a secret) instead of committing it.',
    examples: {
      match: () => [
        `admin:$apr1$${fake.alnum(8)}$${fake.alnum(22)}`,
        `deploy:$2y$10$${fake.chars(fake.ALNUM + './', 53)}`,
        `root:$6$${fake.alnum(16)}$${fake.chars(fake.ALNUM + './', 86)}:19000:0:99999:7:::`,
        // The same lines kept as a value: .env, ini, YAML, Python, PHP, Ruby, JSON.
        `HTPASSWD=admin:$apr1$${fake.alnum(8)}$${fake.alnum(22)}`,
        `htpasswd_hash = "deploy:$2y$10$${fake.chars(fake.ALNUM + './', 53)}"`,
        `client = Client(htpasswd="root:$6$${fake.alnum(16)}$${fake.chars(fake.ALNUM + './', 86)}:19000:0:99999:7:::")`,
        `'basic_auth' => 'admin:{SHA}${fake.base64(27)}=',`,
        `  "users": ["ops:$2b$12$${fake.chars(fake.ALNUM + './', 53)}"]`,
      ],
      noMatch: () => ['admin:$apr1$', 'user:{SHA}', 'hash = "$2y$10$" + rest', 'root:x:0:0:root:/root:/bin/bash', `password_hash = "$2y$10$${'a'.repeat(53)}"`],
    },
  },
  {
    id: 'secret/maven-settings-password',
    description: 'Server password in Maven settings.xml',
    severity: 'high',
    keywords: ['<server>'],
    regex: /<server>\s{0,100}(?:<[A-Za-z]{1,30}>[^<]{0,300}<\/[A-Za-z]{1,30}>\s{0,100}){0,6}<password>([^<\s]{1,512})<\/password>/,
    secretGroup: 1,
    // `${env.X}` is a reference and `{…}` is a password encrypted with the master password.
    validate: (pw) => isRealPassword(pw) && !/^\{[A-Za-z0-9+/=]{8,}\}$/.test(pw),
    why: 'The repository password deploys artifacts (e.g. to Maven Central) as that user.',
    fix: rotateThen('the repository manager (Sonatype, Artifactory, Nexus)', 'write `<password>${env.MAVEN_PASSWORD}</password>` and set MAVEN_PASSWORD as a CI secret (actions/setup-java does this), or encrypt it with `mvn --encrypt-password`.'),
    examples: {
      match: () => [`<servers>\n  <server>\n    <id>ossrh</id>\n    <username>jdoe</username>\n    <password>${fake.alnum(20)}</password>\n  </server>\n</servers>`, `<server><id>nexus</id><username>ci</username><password>${fake.alnum(16)}</password></server>`],
      noMatch: ['<server>\n  <id>ossrh</id>\n  <username>${env.OSSRH_USER}</username>\n  <password>${env.OSSRH_PASSWORD}</password>\n</server>', '<server><id>x</id><password>{COQLCE6DU6GtcS5P=}</password></server>', '<server><id>x</id><password>changeme</password></server>'],
    },
  },
  {
    id: 'secret/nuget-config-password',
    description: 'Clear-text package source password in NuGet.Config',
    severity: 'high',
    keywords: ['cleartextpassword'],
    regex: /<add\s{1,10}key\s{0,2}=\s{0,2}["']ClearTextPassword["']\s{1,10}value\s{0,2}=\s{0,2}["']([^"']{1,512})["']/i,
    secretGroup: 1,
    validate: (pw) => isRealPassword(pw),
    why: 'The password (often a PAT) reads or pushes packages on that feed.',
    fix: rotateThen('the feed (Azure Artifacts / GitHub Packages / ProGet token page)', 'use `value="%NUGET_PASSWORD%"` with the variable set in CI, or `dotnet nuget add source … --store-password-in-clear-text` only on build agents, never in the repository.'),
    examples: {
      match: () => [`<packageSourceCredentials>\n  <corp>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="${fake.lowerAlnum(52)}" />\n  </corp>\n</packageSourceCredentials>`, `<add key='ClearTextPassword' value='${fake.alnum(20)}'/>`],
      noMatch: ['<add key="ClearTextPassword" value="%NUGET_PAT%" />', '<add key="ClearTextPassword" value="${NUGET_PASSWORD}" />', '<add key="ClearTextPassword" value="<your-pat>" />'],
    },
  },
  {
    id: 'secret/composer-auth-password',
    description: 'HTTP basic credentials in Composer auth.json',
    severity: 'high',
    keywords: ['http-basic'],
    regex: /"http-basic"\s{0,20}:\s{0,20}\{\s{0,20}"[^"\s]{1,253}"\s{0,20}:\s{0,20}\{\s{0,20}(?:"username"\s{0,10}:\s{0,10}"[^"]{0,256}"\s{0,20},\s{0,20})?"password"\s{0,10}:\s{0,10}"([^"]{1,512})"/,
    secretGroup: 1,
    validate: (pw) => isRealPassword(pw),
    why: 'The credentials read private packages (e.g. repo.packagist.com, Magento, Nova) as that account.',
    fix: rotateThen('the package repository', 'set `COMPOSER_AUTH` as a CI secret, or run `composer config --global http-basic.HOST user pass` on the machine instead of committing auth.json.'),
    examples: {
      match: () => [`{"http-basic": {"repo.magento.com": {"username": "${fake.hex(32)}", "password": "${fake.hex(32)}"}}}`, `{\n  "http-basic": {\n    "nova.laravel.com": {\n      "username": "me@corp.net",\n      "password": "${fake.alnum(40)}"\n    }\n  }\n}`],
      noMatch: ['{"http-basic": {"repo.example.org": {"username": "user", "password": "password"}}}', '{"http-basic": {"x.org": {"username": "u", "password": "${COMPOSER_PASS}"}}}', '{"github-oauth": {"github.com": "${GH_TOKEN}"}}'],
    },
  },
  {
    id: 'secret/bundler-credentials',
    description: 'Gem source credentials in Bundler config (BUNDLE_<HOST>: user:password)',
    severity: 'high',
    keywords: ['bundle_'],
    // The name is matched atomically (lookahead + backreference): a shorter name can never be followed
    // by `:` or `=`, and on `BUNDLE_A__B__BUNDLE_A__B__…` giving back one character at a time cost ~2.4x.
    regex: /BUNDLE_(?=[A-Z0-9_]{0,100}?__)(?=([A-Z0-9_]{3,200}))\1["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([^\s:"'@]{1,128}:[^\s"'@]{1,256})/,
    secretGroup: 2,
    validate: realBasicPair,
    why: 'Bundler sends these credentials to the gem server; they read private gems (Sidekiq Pro, Gemfury, GitHub Packages).',
    fix: rotateThen('the gem server', 'set `BUNDLE_GEMS__CONTRIBSYS__COM` (etc.) as an environment variable in CI, or run `bundle config set --global HOST user:pass` outside the repository.'),
    examples: {
      match: () => [`BUNDLE_GEMS__CONTRIBSYS__COM: "${fake.hex(8)}:${fake.hex(8)}"`, `export BUNDLE_RUBYGEMS__PKG__GITHUB__COM=ci-bot:${fake.alnum(24)}`],
      noMatch: ['BUNDLE_GEMS__CONTRIBSYS__COM: "${SIDEKIQ_CREDS}"', 'BUNDLE_PATH: "vendor/bundle"', 'BUNDLE_GEMS__EXAMPLE__COM: "user:password"'],
    },
  },
];
