import * as fake from '../../lib/secrets/fake';
import type { Item } from './items';
import { int, pick } from './plant';

const uuid = () => `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-${pick(['8', '9', 'a', 'b'])}${fake.hex(3)}-${fake.hex(12)}`;
const SECRET_WORDS = [['db', 'password'], ['api', 'key'], ['client', 'secret'], ['auth', 'token'], ['secret', 'key'], ['password'], ['stripe', 'secret', 'key'], ['github', 'token'], ['npm', 'token'], ['jwt', 'secret']];
const envName = (w: string[]) => w.join('_').toUpperCase();
// Built by concatenation so this file never holds a literal that looks like a live key.
const AWS_DOC_ID = 'AKIA' + 'IOSFODNN7' + 'EXAMPLE';
const AWS_DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY';
const JWT_IO = ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.');

/** Values under secret-named keys that are not credentials. */
function placeholderValue(w: string[]): { kind: string; value: string } {
  const n = envName(w);
  const lower = w.join('_');
  return pick([
    { kind: 'neg:template-ref', value: `\${${n}}` },
    { kind: 'neg:template-ref', value: `\${${n}:-}` },
    { kind: 'neg:template-ref', value: `{{ .Values.${w.join('.')} }}` },
    { kind: 'neg:template-ref', value: `{{ ${lower} }}` },
    { kind: 'neg:template-ref', value: `\${{ secrets.${n} }}` },
    { kind: 'neg:template-ref', value: `$(${n})` },
    { kind: 'neg:template-ref', value: `%(${lower})s` },
    { kind: 'neg:placeholder', value: `<your-${w.join('-')}>` },
    { kind: 'neg:placeholder', value: `<YOUR_${n}_HERE>` },
    { kind: 'neg:placeholder', value: `your-${w.join('-')}-here` },
    { kind: 'neg:placeholder', value: 'x'.repeat(int(8, 40)) },
    { kind: 'neg:placeholder', value: 'X'.repeat(int(4, 8)) + '-' + 'X'.repeat(int(4, 8)) },
    { kind: 'neg:placeholder', value: pick(['changeme', 'change_me', 'CHANGEME', 'REPLACE_ME', 'replace-me', 'TODO', 'dummy', '********', '<redacted>', 'null', 'none', 'secret', 'password', 'example']) },
    { kind: 'neg:uuid', value: uuid() },
  ]);
}

/** Secret-named keys whose value is configuration, not a credential. */
const NON_SECRET_CONFIG = (): Array<[string[], string]> => [
  [['password', 'min', 'length'], String(int(8, 16))],
  [['token', 'expiry', 'seconds'], String(int(60, 86400))],
  [['secret', 'name'], pick(['db-credentials', 'payments-api', 'app-secrets'])],
  [['password', 'file'], `/run/secrets/${pick(['db_password', 'api_key'])}`],
  [['token', 'url'], `https://auth.example.com/oauth/token`],
  [['password', 'field'], 'password'],
  [['api', 'key', 'header'], 'X-API-Key'],
  [['token', 'type'], 'Bearer'],
  [['auth', 'method'], 'token'],
  [['secret', 'version'], 'latest'],
  [['tenant', 'id'], uuid()],
  [['client', 'id'], uuid()],
  [['request', 'id'], uuid()],
  [['key', 'vault', 'name'], `kv-${pick(['prod', 'stage'])}-${fake.lowerAlnum(6)}`],
  [['password', 'reset', 'path'], '/account/password/reset'],
  [['password', 'hash', 'algorithm'], 'argon2id'],
];

/** Environment reads instead of literals, per language. */
function envReads(): Item[] {
  const w = pick(SECRET_WORDS);
  const n = envName(w);
  const camel = w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
  const kind = 'neg:env-ref';
  return [
    { mode: 'line', type: 'neg', kind, text: `const ${camel} = process.env.${n};`, syntaxes: ['js', 'ts'] },
    { mode: 'line', type: 'neg', kind, text: `  ${camel}: process.env.${n} ?? '',`, syntaxes: ['js', 'ts'] },
    { mode: 'line', type: 'neg', kind, text: `${n} = os.environ["${n}"]`, syntaxes: ['python'] },
    { mode: 'line', type: 'neg', kind, text: `${n} = os.getenv("${n}", "")`, syntaxes: ['python'] },
    { mode: 'line', type: 'neg', kind, text: `\t${camel} := os.Getenv("${n}")`, syntaxes: ['go'] },
    { mode: 'line', type: 'neg', kind, text: `    private final String ${camel} = System.getenv("${n}");`, syntaxes: ['java'] },
    { mode: 'line', type: 'neg', kind, text: `  config.${w.join('_')} = ENV.fetch("${n}")`, syntaxes: ['ruby'] },
    { mode: 'line', type: 'neg', kind, text: `  ${w.join('_')} = var.${w.join('_')}`, syntaxes: ['terraform'] },
    { mode: 'line', type: 'neg', kind, text: `    '${w.join('_')}' => env('${n}'),`, syntaxes: ['php'] },
    { mode: 'line', type: 'neg', kind, text: `${w.join('.')}=\${${n}}`, syntaxes: ['properties'] },
  ];
}

/** Secret-named identifiers bound to expressions, types, calls and public-by-design keys: the generic detector's classic false positives. */
function codeNotLiterals(): Item[] {
  const kind = 'neg:code-expression';
  const pub = 'neg:public-by-design';
  const line = (text: string, syntaxes: string[], k = kind): Item => ({ mode: 'line', type: 'neg', kind: k, text, syntaxes });
  return [
    line(`  const password = await getPassword(user.id);`, ['js', 'ts']),
    line(`  if (password !== confirmPassword) throw new Error('passwords differ');`, ['js', 'ts']),
    line(`  password: z.string().min(12).max(128),`, ['js', 'ts']),
    line(`  apiKey: string;`, ['ts']),
    line(`  const token = req.headers.authorization?.replace('Bearer ', '');`, ['js', 'ts']),
    line(`  const secret = crypto.randomBytes(32).toString('hex');`, ['js', 'ts']),
    line(`  headers: { Authorization: \`Bearer \${token}\` },`, ['js', 'ts']),
    line(`    password = request.POST.get("password")`, ['python']),
    line(`    token = f"{prefix}-{uuid.uuid4()}"`, ['python']),
    line(`    secret_key = settings.SECRET_KEY`, ['python']),
    line(`\ttoken, err := auth.NewToken(ctx, claims)`, ['go']),
    line(`\tpassword := r.FormValue("password")`, ['go']),
    line(`    @Value("\${db.password}") private String dbPassword;`, ['java']),
    line(`    String token = jwtService.generateToken(user);`, ['java']),
    line(`  password = random_password.db.result`, ['terraform']),
    line(`variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = ""\n}`, ['terraform']),
    line(`  ssl_key: /etc/ssl/private/server.key`, ['yaml']),
    line(`GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json`, ['env', 'shell']),
    line(`POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password`, ['env']),
    line(`SECRET_KEY=`, ['env']),
    line(`  password: "\${DB_PASSWORD}"`, ['yaml']),
    line(`  token: "{{ lookup('env', 'API_TOKEN') }}"`, ['yaml']),
    line(`    'password' => env('DB_PASSWORD', ''),`, ['php']),
    line(`  config.api_key = Rails.application.credentials.dig(:stripe, :secret_key)`, ['ruby']),
    line(`  "password": "********",`, ['json']),
    line(`  "token": "REDACTED",`, ['json']),
    line(`STRIPE_PUBLISHABLE_KEY=pk_live_${fake.alnum(24)}`, ['env'], pub),
    line(`  publishableKey: "pk_live_${fake.alnum(24)}",`, ['js', 'ts'], pub),
    line(`SENTRY_DSN=https://${fake.hex(32)}@o${fake.digits(6)}.ingest.sentry.io/${fake.digits(7)}`, ['env'], pub),
    line(`  idempotency_key: ${uuid()}`, ['yaml'], 'neg:uuid'),
    line(`  "integrity": "sha512-${fake.base64(86)}==",`, ['json'], 'neg:lockfile'),
    line(`  binaryData:\n    logo.png: ${fake.base64(200)}`, ['yaml'], 'neg:high-entropy-test-data'),
  ];
}

function pemBlock(label: string, lines: number): string {
  return fake.pem(label, lines);
}

/** Whole files that are full of high-entropy strings and hold no credential. */
function noiseFiles(): Item[] {
  const items: Item[] = [];
  const file = (kind: string, path: string, text: () => string): Item => ({ mode: 'file', type: 'neg', kind, path, build: (fb) => fb.add(text(), { type: 'neg', kind }) });
  const pkgs = Array.from({ length: int(20, 60) }, () => `${pick(['lodash', 'react', 'express', 'chalk', 'debug', 'ms', 'semver', 'yargs', 'zod', 'axios'])}-${fake.lowerAlnum(4)}`);
  items.push(file('neg:lockfile', 'package-lock.json', () => {
    const entries = pkgs.map((p) => `    "node_modules/${p}": {\n      "version": "${int(1, 9)}.${int(0, 20)}.${int(0, 9)}",\n      "resolved": "https://registry.npmjs.org/${p}/-/${p}-1.0.0.tgz",\n      "integrity": "sha512-${fake.base64(86)}=="\n    }`);
    return `{\n  "name": "app",\n  "lockfileVersion": 3,\n  "packages": {\n${entries.join(',\n')}\n  }\n}`;
  }));
  items.push(file('neg:lockfile', 'yarn.lock', () => pkgs.map((p) => `${p}@^1.0.0:\n  version "1.0.${int(0, 9)}"\n  resolved "https://registry.yarnpkg.com/${p}/-/${p}-1.0.0.tgz#${fake.hex(40)}"\n  integrity sha512-${fake.base64(86)}==\n`).join('\n')));
  items.push(file('neg:lockfile', 'poetry.lock', () => pkgs.map((p) => `[[package]]\nname = "${p}"\nversion = "2.${int(0, 9)}.0"\nfiles = [\n    {file = "${p}-2.0.0.tar.gz", hash = "sha256:${fake.hex(64)}"},\n]\n`).join('\n')));
  items.push(file('neg:lockfile', 'go.sum', () => pkgs.map((p) => `github.com/acme/${p} v1.${int(0, 9)}.0 h1:${fake.base64(43)}=\ngithub.com/acme/${p} v1.0.0/go.mod h1:${fake.base64(43)}=`).join('\n')));
  items.push(file('neg:lockfile', 'Cargo.lock', () => pkgs.map((p) => `[[package]]\nname = "${p}"\nversion = "0.${int(1, 9)}.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${fake.hex(64)}"\n`).join('\n')));
  items.push(file('neg:lockfile', 'composer.lock', () => `{\n  "content-hash": "${fake.hex(32)}",\n  "packages": [\n${pkgs.map((p) => `    {"name": "acme/${p}", "dist": {"shasum": "${fake.hex(40)}", "reference": "${fake.hex(40)}"}}`).join(',\n')}\n  ]\n}`));
  items.push(file('neg:public-key-or-cert', pick(['certs/ca.crt', 'tls/server.crt', 'config/ca-bundle.pem']), () => pemBlock('CERTIFICATE', 14)));
  items.push(file('neg:public-key-or-cert', 'keys/signing.pub.pem', () => pemBlock('PUBLIC KEY', 6)));
  items.push(file('neg:public-key-or-cert', 'deploy/authorized_keys', () => Array.from({ length: 3 }, () => `ssh-${pick(['rsa', 'ed25519'])} AAAA${fake.base64(int(68, 370))} ${pick(['alice', 'bob', 'ci'])}@example.com`).join('\n')));
  items.push(file('neg:public-key-or-cert', 'keys/release.pub.asc', () => `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${Array.from({ length: 10 }, () => fake.base64(64)).join('\n')}\n=${fake.base64(4)}\n-----END PGP PUBLIC KEY BLOCK-----`));
  items.push(file('neg:public-key-or-cert', 'config/known_hosts', () => Array.from({ length: 4 }, () => `${pick(['github.com', 'gitlab.com', '10.0.0.5'])} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake.base64(43)}`).join('\n')));
  items.push(file('neg:css-colours', `styles/${pick(['main', 'theme', 'app'])}.css`, () => Array.from({ length: int(30, 80) }, () => `.${pick(['btn', 'card', 'nav', 'hero'])}-${fake.lowerAlnum(4)} { color: #${fake.hex(6)}; background: #${fake.hex(pick([3, 6, 8]))}; border-color: #${fake.hex(6)}; }`).join('\n')));
  items.push(file('neg:data-uri', `public/${pick(['icons', 'inline'])}.css`, () => Array.from({ length: int(4, 12) }, () => `.icon-${fake.lowerAlnum(4)} { background-image: url("data:image/${pick(['png', 'svg+xml', 'gif'])};base64,${fake.base64(int(200, 2000))}"); }`).join('\n')));
  items.push(file('neg:data-uri', 'src/assets/logo.js', () => `export const logo = "data:image/png;base64,${fake.base64(int(400, 3000))}";\nexport const font = 'data:font/woff2;base64,${fake.base64(1200)}';`));
  items.push(file('neg:source-map', `public/app.${fake.hex(8)}.js.map`, () => `{"version":3,"file":"app.js","sources":["webpack:///./src/index.ts"],"names":["a","b"],"mappings":"${Array.from({ length: 400 }, () => fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', int(4, 8))).join(';')}","sourcesContent":["export const x = 1;"]}`));
  items.push(file('neg:source-map', `public/vendor.${fake.hex(8)}.js`, () => `!function(){var e=1;}();\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${fake.base64(3000)}`));
  items.push(file('neg:minified', `public/bundle.${fake.hex(8)}.min.js`, () => {
    let s = '';
    for (let i = 0; i < 400; i++) s += pick([`var ${fake.lowerAlnum(2)}=${fake.lowerAlnum(1)}.${pick(['apiKey', 'token', 'secret', 'password'])}||"";`, `function ${fake.lowerAlnum(2)}(e,t){return e[${int(0, 99)}]^t}`, `"${fake.base64(int(20, 60))}",`, `{id:"${fake.hex(32)}",hash:"${fake.hex(40)}"},`, `e.exports="${fake.alnum(int(30, 60))}";`]);
    return s;
  }));
  items.push(file('neg:encrypted', pick(['group_vars/all/vault.yml', 'ansible/secrets.yml']), () => `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 12 }, () => fake.hex(80)).join('\n')}`));
  items.push(file('neg:encrypted', 'ansible/host_vars/web.yml', () => `db_user: app\ndb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => '  ' + fake.hex(64)).join('\n')}`));
  items.push(file('neg:encrypted', 'secrets.enc.yaml', () => `db_password: ENC[AES256_GCM,data:${fake.base64(24)},iv:${fake.base64(43)}=,tag:${fake.base64(22)}==,type:str]\napi_token: ENC[AES256_GCM,data:${fake.base64(52)},iv:${fake.base64(43)}=,tag:${fake.base64(22)}==,type:str]\nsops:\n  kms:\n  - arn: arn:aws:kms:eu-west-1:${fake.digits(12)}:key/${uuid()}\n    enc: ${fake.base64(180)}\n  mac: ENC[AES256_GCM,data:${fake.base64(88)},iv:${fake.base64(43)}=,tag:${fake.base64(22)}==,type:str]\n  version: 3.8.1`));
  items.push(file('neg:encrypted', 'k8s/sealed-secret.yaml', () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: app-credentials\nspec:\n  encryptedData:\n    password: Ag${fake.base64(int(300, 600))}\n    api-token: Ag${fake.base64(int(300, 600))}`));
  items.push(file('neg:high-entropy-test-data', `test/__snapshots__/${pick(['hash', 'digest', 'render'])}.test.js.snap`, () => Array.from({ length: int(5, 15) }, (_, i) => `exports[\`${pick(['hash', 'digest', 'render'])} ${i} 1\`] = \`"${pick([fake.hex(64), fake.hex(40), fake.base64(44)])}"\`;\n`).join('\n')));
  items.push(file('neg:high-entropy-test-data', `test/fixtures/${pick(['checksums', 'etags', 'objects'])}.json`, () => `[\n${Array.from({ length: int(5, 20) }, () => `  {"sha256": "${fake.hex(64)}", "etag": "\\"${fake.hex(32)}\\"", "cursor": "${fake.base64(40)}"}`).join(',\n')}\n]`));
  items.push(file('neg:high-entropy-test-data', 'public/index.html', () => `<!doctype html>\n<html><head>\n<script src="https://cdn.example.com/lib.js" integrity="sha384-${fake.base64(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/app.css" integrity="sha256-${fake.base64(43)}=">\n<meta name="csrf-param" content="authenticity_token">\n</head><body></body></html>`));
  items.push(file('neg:digest', pick(['deploy/images.lock', 'k8s/deployment.yaml']), () => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        image: ghcr.io/acme/api@sha256:${fake.hex(64)}\n      - name: sidecar\n        image: envoyproxy/envoy:v1.29@sha256:${fake.hex(64)}\n        env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db-credentials\n              key: password`));
  items.push(file('neg:git-sha', '.pre-commit-config.yaml', () => `repos:\n- repo: https://github.com/acme/hooks\n  rev: ${fake.hex(40)}\n  hooks:\n  - id: lint\n- repo: https://github.com/acme/format\n  rev: ${fake.hex(40)}\n  hooks:\n  - id: fmt`));
  items.push(file('neg:git-sha', '.github/workflows/ci.yml', () => `name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n    - uses: actions/checkout@${fake.hex(40)}\n    - uses: actions/setup-node@${fake.hex(40)}\n    - run: npm ci && npm test\n      env:\n        NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n        AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n        GITHUB_TOKEN: \${{ github.token }}`));
  items.push(file('neg:git-sha', 'CHANGELOG.md', () => Array.from({ length: int(8, 20) }, () => `- ${pick(['fix', 'feat', 'chore'])}: ${pick(['token refresh', 'password reset', 'api key rotation'])} ([${fake.hex(7)}](https://github.com/acme/app/commit/${fake.hex(40)}))`).join('\n')));
  items.push(file('neg:k8s-placeholder-base64', 'k8s/dev-secret.yaml', () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: dev\ndata:\n  password: ${fake.b64(pick(['changeme', 'password', 'CHANGEME', 'example']))}\n  token: ${fake.b64('${API_TOKEN}')}\n  username: ${fake.b64('admin')}`));
  items.push(file('neg:i18n', `locales/${pick(['en', 'de', 'fr'])}.json`, () => `{\n  "password": "Password",\n  "forgot_password": "Forgot your password?",\n  "api_key_label": "API key",\n  "token_expired": "Your session token has expired. Please sign in again.",\n  "secret_hint": "Never share your secret key with anyone."\n}`));
  items.push(file('neg:documented-example', pick(['docs/aws-setup.md', 'README.md', 'docs/configuration.md']), () => `# Configuration\n\nSet your credentials, for example:\n\n\`\`\`ini\n[default]\naws_access_key_id = ${AWS_DOC_ID}\naws_secret_access_key = ${AWS_DOC_SECRET}\n\`\`\`\n\nA JWT looks like \`${JWT_IO}\`.\n\n\`\`\`sh\nexport GITHUB_TOKEN=<your-token>\nexport STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\ncurl -H "Authorization: Bearer $API_TOKEN" https://api.example.com\n\`\`\`\n\nDatabase: \`postgres://user:password@localhost:5432/app\` or \`postgres://\${DB_USER}:\${DB_PASSWORD}@db/app\`.`));
  items.push(file('neg:helm-values', 'charts/app/values.yaml', () => `image:\n  repository: ghcr.io/acme/app\n  tag: "1.4.2"\nauth:\n  password: ""\n  existingSecret: ""\n  apiKey: ~\npostgresql:\n  auth:\n    password: "{{ .Values.global.postgresPassword }}"\n    secretKeys:\n      adminPasswordKey: postgres-password`));
  return items;
}

export function negativeItems(scale: number): Item[] {
  const items: Item[] = [];
  for (let r = 0; r < scale; r++) {
    for (let i = 0; i < 30; i++) {
      const w = pick(SECRET_WORDS);
      const p = placeholderValue(w);
      items.push({ mode: 'assign', type: 'neg', kind: p.kind, words: w, value: p.value });
    }
    for (const [w, v] of NON_SECRET_CONFIG()) items.push({ mode: 'assign', type: 'neg', kind: 'neg:secret-named-config', words: w, value: v });
    items.push({ mode: 'assign', type: 'neg', kind: 'neg:documented-example', words: ['aws', 'access', 'key', 'id'], value: AWS_DOC_ID });
    items.push({ mode: 'assign', type: 'neg', kind: 'neg:documented-example', words: ['aws', 'secret', 'access', 'key'], value: AWS_DOC_SECRET });
    items.push({ mode: 'assign', type: 'neg', kind: 'neg:digest', words: ['image', 'digest'], value: `sha256:${fake.hex(64)}` });
    items.push({ mode: 'assign', type: 'neg', kind: 'neg:git-sha', words: ['commit', 'sha'], value: fake.hex(40) });
    items.push({ mode: 'assign', type: 'neg', kind: 'neg:high-entropy-test-data', words: ['checksum'], value: fake.hex(64) });
    items.push({ mode: 'assign', type: 'neg', kind: 'neg:high-entropy-test-data', words: ['content', 'hash'], value: fake.base64(44) });
    items.push({ mode: 'assign', type: 'neg', kind: 'neg:uuid', words: ['trace', 'id'], value: uuid() });
    items.push({ mode: 'assign', type: 'neg', kind: 'neg:css-colours', words: ['brand', 'color'], value: `#${fake.hex(6)}` });
    items.push(...envReads());
    items.push(...codeNotLiterals());
    items.push(...noiseFiles());
  }
  return items;
}
