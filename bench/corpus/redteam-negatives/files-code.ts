import * as fake from '../../../lib/secrets/fake';
import { int, LabelledDoc as Doc, pick } from '../plant';
import * as v from './values';

/**
 * Placeholders and references, documented examples, web assets (colours,
 * data URIs, source maps, minified bundles, SRI and CSP hashes), generated
 * code (protobuf descriptors), translations, test vectors and JWT-shaped
 * values that carry nothing. Kinds are `neg:<category>/<layout>`.
 */
export type Template = (dir: string) => Doc[];

const SECRET_NAMES = ['DB_PASSWORD', 'API_KEY', 'CLIENT_SECRET', 'JWT_SECRET', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'SMTP_PASSWORD', 'SESSION_SECRET', 'ENCRYPTION_KEY', 'SLACK_BOT_TOKEN'];
const name = () => pick(SECRET_NAMES);
const camel = (n: string) => n.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const dotted = (n: string) => n.toLowerCase().replace(/_/g, '.');

export const CODE_TEMPLATES: Record<string, Template> = {
  'helm-template': (dir) => {
    const d = new Doc(`${dir}charts/api/templates/${pick(['secret.yaml', 'deployment.yaml'])}`, 'template-ref');
    d.t('apiVersion: v1').t('kind: Secret').t('metadata:').t('  name: {{ include "api.fullname" . }}').t('type: Opaque').t('data:');
    d.n('template-ref/helm-required-b64', '  db-password: {{ required "auth.password is required" .Values.auth.password | b64enc | quote }}');
    d.n('template-ref/helm-default-randalpha', '  session-secret: {{ .Values.sessionSecret | default (randAlphaNum 32) | b64enc | quote }}');
    d.n('template-ref/helm-lookup', '  api-key: {{ (lookup "v1" "Secret" .Release.Namespace "api").data.apiKey | default "" }}');
    d.t('stringData:').n('template-ref/helm-tpl', '  REDIS_PASSWORD: {{ tpl .Values.redis.auth.password . | quote }}').n('template-ref/helm-with', '  {{- with .Values.smtp.password }}\n  SMTP_PASSWORD: {{ . | quote }}\n  {{- end }}');
    return [d];
  },
  'ansible-jinja': (dir) => {
    const d = new Doc(`${dir}${pick(['roles/app/defaults/main.yml', 'group_vars/web.yml'])}`, 'template-ref');
    d.t('---').n('template-ref/ansible-vault-var', 'app_db_password: "{{ vault_app_db_password }}"').n('template-ref/ansible-hashi-vault', "app_api_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/app:api_key') }}\"");
    d.n('template-ref/ansible-password-lookup', "app_admin_password: \"{{ lookup('ansible.builtin.password', '/dev/null length=32 chars=ascii_letters,digits') }}\"").n('template-ref/ansible-env-lookup', "app_token: \"{{ lookup('env', 'APP_TOKEN') | default(omit) }}\"");
    d.n('template-ref/ansible-password-hash-filter', "app_user_password: \"{{ app_plain_password | password_hash('sha512', 65534 | random(seed=inventory_hostname) | string) }}\"");
    return [d];
  },
  'ci-variables': (dir) => {
    const d = new Doc(`${dir}${pick(['azure-pipelines.yml', '.circleci/config.yml', 'bitbucket-pipelines.yml'])}`, 'template-ref');
    const n1 = name();
    d.t('steps:').t('- script: ./deploy.sh').t('  env:').n('template-ref/azure-devops-macro', `    ${n1}: $(${camel(n1)})`).n('template-ref/circleci-context', `    ${name()}: \${${name()}}`);
    d.n('template-ref/octopus', `    CONNECTION_STRING: "Server=#{DbHost};Database=app;User Id=#{DbUser};Password=#{DbPassword};"`).n('template-ref/gha-env', `    ${name()}: \${{ env.${name()} }}`);
    d.n('template-ref/gha-vars', `    ${name()}: \${{ vars.${name()} || secrets.${name()} }}`).n('template-ref/bash-default', `- script: export ${name()}="\${${name()}:?${name()} must be set}"`);
    return [d];
  },
  'spring-and-dotnet': (dir) => {
    const d = new Doc(`${dir}src/main/resources/application-${pick(['prod', 'cloud', 'k8s'])}.yml`, 'template-ref');
    d.t('spring:').t('  datasource:').t('    url: jdbc:postgresql://${DB_HOST:localhost}:5432/app').t('    username: ${DB_USER:app}').n('template-ref/spring-placeholder-empty-default', '    password: ${DB_PASSWORD:}');
    d.t('  security:').t('    oauth2:').t('      client:').t('        registration:').t('          okta:').n('template-ref/spring-nested-default', '            client-secret: ${OKTA_CLIENT_SECRET:${okta.fallback.secret:}}');
    d.n('template-ref/spring-vault', '    api-key: ${vault.secret.api-key}').n('template-ref/spring-cloud-secret', 'jwt.secret: ${sm://projects/acme/secrets/jwt-secret}');
    const a = new Doc(`${dir}src/Api/appsettings.${pick(['json', 'Development.json'])}`, 'template-ref');
    a.t('{').t('  "Auth": {').n('placeholder/dotnet-user-secrets', '    "ClientSecret": "<set with dotnet user-secrets>",').n('placeholder/dotnet-keyvault', '    "SigningKey": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/signing-key/)"').t('  }').t('}');
    return [d, a];
  },
  'env-reads-langs': (dir) => {
    const d = new Doc(`${dir}${pick(['src/config.rs', 'crates/api/src/settings.rs'])}`, 'env-ref');
    const n1 = name();
    d.t('use std::env;').t('').t('pub fn load() -> Settings {').n('env-ref/rust-env-var', `    let ${n1.toLowerCase()} = env::var("${n1}").expect("${n1} must be set");`).n('env-ref/rust-std-env', `    let token = std::env::var("${name()}").unwrap_or_default();`).n('env-ref/rust-dotenvy', `    let key = dotenvy::var("${name()}")?;`).t('    todo!()').t('}');
    const e = new Doc(`${dir}${pick(['config/runtime.exs', 'config/prod.exs'])}`, 'env-ref');
    e.t('import Config').n('env-ref/elixir-fetch-env', `config :app, App.Repo, password: System.fetch_env!("${name()}")`).n('env-ref/elixir-get-env', `config :app, :stripe, api_key: System.get_env("${name()}", "")`);
    const k = new Doc(`${dir}${pick(['app/build.gradle.kts', 'server/src/main/kotlin/Config.kt'])}`, 'env-ref');
    k.n('env-ref/kotlin-getenv', `val ${camel(name())} = System.getenv("${name()}") ?: error("missing")`).n('env-ref/gradle-property', `val ${camel(name())}: String by project`).n('env-ref/gradle-find-property', `val signingPassword = findProperty("signing.password") as String? ?: System.getenv("SIGNING_PASSWORD")`);
    const t = new Doc(`${dir}${pick(['src/env.ts', 'server/env.mjs', 'deno/main.ts'])}`, 'env-ref');
    t.n('env-ref/deno-env', `const ${camel(name())} = Deno.env.get("${name()}") ?? "";`).n('env-ref/bun-env', `const ${camel(name())} = Bun.env.${name()}!;`).n('env-ref/process-env-bracket', `const ${camel(name())} = process.env["${name()}"] as string;`);
    t.n('env-ref/destructure', `const { ${name()}, ${name()} = "" } = process.env;`).n('env-ref/vite', `export const ${camel(name())} = import.meta.env.VITE_${name()};`);
    const p = new Doc(`${dir}${pick(['app/settings.py', 'src/app/config.py'])}`, 'env-ref');
    p.n('env-ref/os-environ-get', `${name()} = os.environ.get("${name()}")`).n('env-ref/environ-bracket', `${name()} = os.environ['${name()}']`).n('env-ref/pydantic-secretstr', `    ${name().toLowerCase()}: SecretStr = Field(..., alias="${name()}")`).n('env-ref/decouple', `SECRET_KEY = config("SECRET_KEY", default="")`);
    p.n('env-ref/env-file-read', `    password = Path("/run/secrets/${name().toLowerCase()}").read_text().strip()`);
    const g = new Doc(`${dir}${pick(['internal/config/config.go', 'cmd/api/env.go'])}`, 'env-ref');
    g.t('package config').t('').n('env-ref/go-lookupenv', `\tkey, ok := os.LookupEnv("${name()}")`).n('env-ref/go-struct-tag', `\t${camel(name()).replace(/^./, (c) => c.toUpperCase())} string \`env:"${name()},required" json:"-"\``).n('env-ref/go-viper', `\tsecret := viper.GetString("${dotted(name())}")`);
    const r = new Doc(`${dir}${pick(['config/initializers/stripe.rb', 'lib/acme/client.rb'])}`, 'env-ref');
    r.n('env-ref/ruby-env-brackets', `Stripe.api_key = ENV['${name()}']`).n('env-ref/ruby-credentials', 'Rails.application.credentials.stripe[:secret_key]').n('env-ref/ruby-fetch-default', `token = ENV.fetch("${name()}") { raise "missing" }`);
    const ph = new Doc(`${dir}${pick(['config/services.php', 'src/Settings.php'])}`, 'env-ref');
    ph.n('env-ref/php-getenv', `$password = getenv('${name()}');`).n('env-ref/php-env-super', `$apiKey = $_ENV['${name()}'] ?? $_SERVER['${name()}'];`).n('env-ref/laravel-env', `'secret' => env('${name()}'),`);
    return [d, e, k, t, p, g, r, ph];
  },
  'secret-store-refs': (dir) => {
    const d = new Doc(`${dir}${pick(['deploy/external-secret.yaml', 'k8s/secrets/externalsecret.yaml'])}`, 'template-ref');
    d.t('apiVersion: external-secrets.io/v1beta1').t('kind: ExternalSecret').t('spec:').t('  data:').t('  - secretKey: password').t('    remoteRef:').n('template-ref/external-secret-key', '      key: prod/api/db-password').t('      property: password');
    const c = new Doc(`${dir}${pick(['cfn/stack.yaml', 'cloudformation/api.yml'])}`, 'template-ref');
    c.t('Resources:').t('  Db:').t('    Type: AWS::RDS::DBInstance').t('    Properties:').n('template-ref/cfn-dynamic-ref', "      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'").n('template-ref/cfn-ssm-secure', "      TdeCredentialPassword: '{{resolve:ssm-secure:/prod/db/tde:1}}'").n('template-ref/cfn-sub', '      KmsKeyId: !Sub "arn:aws:kms:${AWS::Region}:${AWS::AccountId}:alias/db"');
    const o = new Doc(`${dir}${pick(['.env.tpl', 'config/op.env'])}`, 'template-ref');
    o.n('template-ref/1password-ref', `${name()}=op://Production/${pick(['Stripe', 'Postgres', 'GitHub'])}/credential`).n('template-ref/doppler', `${name()}=\${{ doppler.${name()} }}`).n('template-ref/vals-ref', `${name()}=ref+vault://secret/data/app#/${name().toLowerCase()}`).n('template-ref/gcp-sm', `${name()}=sm://acme-prod/${name().toLowerCase().replace(/_/g, '-')}`);
    return [d, c, o];
  },
  'placeholders-docs': (dir) => {
    const d = new Doc(`${dir}${pick(['docs/getting-started.md', 'README.md', 'docs/self-hosting.md'])}`, 'placeholder');
    d.t('## Configuration').t('').t('Copy `.env.example` to `.env` and fill in:').t('').t('```env');
    for (const n1 of SECRET_NAMES.slice(0, int(4, 8))) d.n('placeholder/env-doc', `${n1}=${v.placeholder(n1)}`);
    d.t('```').t('').t('Or pass them on the command line:').t('').t('```sh');
    d.n('placeholder/curl-header', `curl -H "Authorization: Bearer <${pick(['token', 'YOUR_TOKEN', 'api-key'])}>" https://api.acme.dev/v1/me`).n('placeholder/cli-flag', `acme login --api-key ${pick(['$ACME_API_KEY', '"${ACME_API_KEY}"', 'YOUR_KEY', '<key>'])}`).t('```');
    return [d];
  },
  'placeholders-config': (dir) => {
    const d = new Doc(`${dir}${pick(['.env.example', '.env.sample', 'config/.env.template', 'example.env'])}`, 'placeholder');
    for (const n1 of SECRET_NAMES.slice(0, int(5, 10))) d.n('placeholder/env-example', `${n1}=${v.placeholder(n1)}`);
    const y = new Doc(`${dir}${pick(['config/settings.example.yaml', 'values.example.yaml'])}`, 'placeholder');
    y.t('database:').t('  host: localhost').n('placeholder/yaml-nested', `  password: ${pick(['"changeme"', '"<db-password>"', '""', '~', "'REPLACE_ME'", '"CHANGE_ME_IN_PRODUCTION"'])}`).t('stripe:').n('placeholder/provider-shaped', `  secret_key: ${pick(['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_test_XXXXXXXXXXXXXXXXXXXXXXXX', 'sk_live_...', 'sk_live_<your-key>'])}`);
    y.n('placeholder/provider-shaped', `github_token: ${pick(['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'ghp_your_token_here'])}`).n('placeholder/zeros', `encryption_key: "${'0'.repeat(pick([32, 64]))}"`).n('placeholder/sequence', `hmac_key: "${pick(['0123456789abcdef0123456789abcdef', '1234567890abcdef', 'abcdef0123456789abcdef0123456789'])}"`);
    return [d, y];
  },
  'documented-examples': (dir) => {
    const d = new Doc(`${dir}${pick(['docs/aws.md', 'examples/s3/README.md', 'docs/storage.md'])}`, 'documented');
    d.t('Configure the AWS CLI:').t('').t('```console').t('$ aws configure').n('documented/aws-configure-id', `AWS Access Key ID [None]: ${v.DOC.awsId()}`).n('documented/aws-configure-secret', `AWS Secret Access Key [None]: ${v.DOC.awsSecret()}`).t('Default region name [None]: us-west-2').t('```');
    d.t('').t('Or export them:').t('```sh').n('documented/aws-export', `export AWS_ACCESS_KEY_ID=${v.DOC.awsId2()}\nexport AWS_SECRET_ACCESS_KEY=${v.DOC.awsSecret2()}`).t('```');
    const a = new Doc(`${dir}${pick(['docker-compose.test.yml', 'test/azurite.env'])}`, 'documented');
    a.n('documented/azurite-connection', `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${v.DOC.azurite()};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"`);
    const s = new Doc(`${dir}${pick(['examples/checkout.js', 'docs/payments.md', 'test/stripe.test.ts'])}`, 'documented');
    s.n('documented/stripe-docs-key', `const stripe = require('stripe')('${v.DOC.stripeTest()}');`).n('documented/stripe-docs-pk', `const publishable = '${v.DOC.stripePk()}';`);
    const o = new Doc(`${dir}${pick(['docs/oauth.md', 'spec/oauth_spec.rb'])}`, 'documented');
    o.n('documented/rfc6749-response', `     {\n       "access_token":"${v.DOC.oauthAccess()}",\n       "token_type":"example",\n       "expires_in":3600,\n       "refresh_token":"${v.DOC.oauthRefresh()}"\n     }`);
    o.n('documented/rfc6749-basic', `     Authorization: Basic ${v.DOC.oauthBasic()}`);
    const j = new Doc(`${dir}${pick(['docs/auth.md', 'test/jwt.test.js'])}`, 'documented');
    j.n('documented/jwt-io', `const token = '${v.DOC.jwtIo()}';`).n('documented/slack-docs', `SLACK_BOT_TOKEN=${v.DOC.slack()}`);
    return [d, a, s, o, j];
  },
  'test-vectors': (dir) => {
    const d = new Doc(`${dir}${pick(['crypto/hmac_test.go', 'internal/sign/sign_test.go'])}`, 'test-vector');
    d.t('package sign').t('').t('// RFC 4231 test case 1').t('var hmacTests = []struct{ key, data, want string }{');
    d.n('test-vector/rfc4231', `\t{key: "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", data: "Hi There", want: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},`);
    d.n('test-vector/rfc4231-jefe', `\t{key: "4a656665", data: "what do ya want for nothing?", want: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},`).t('}');
    const a = new Doc(`${dir}${pick(['tests/test_aes.py', 'src/crypto/aes.test.ts'])}`, 'test-vector');
    a.n('test-vector/nist-aes', `# FIPS-197 / SP 800-38A F.1.1\nKEY = bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c")\nPLAINTEXT = bytes.fromhex("6bc1bee22e409f96e93d7e117393172a")\nEXPECTED = bytes.fromhex("3ad77bb40d7a3660a89ecaf32466ef97")`);
    a.n('test-vector/totp-rfc6238', `TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # RFC 6238 seed "12345678901234567890"`);
    const h = new Doc(`${dir}${pick(['test/hash.test.ts', 'spec/digest_spec.rb'])}`, 'test-vector');
    h.n('test-vector/expected-digest', `expect(sha256("hello")).toBe("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");`).n('test-vector/expected-hmac', `expect(sign(payload, "test-secret")).toEqual("${v.hex(64)}");`).n('test-vector/expected-etag', `expect(res.headers.etag).toBe('"${v.hex(32)}"');`);
    return [d, a, h];
  },
  'vcr-cassette': (dir) => {
    const d = new Doc(`${dir}${pick(['spec/cassettes/', 'test/fixtures/vcr_cassettes/'])}${pick(['create_charge', 'fetch_user', 'list_repos'])}.yml`, 'test-fixture');
    d.t('---').t('http_interactions:').t('- request:').t('    method: post').t('    uri: https://api.partner.dev/v1/charges').t('    headers:');
    d.n('test-fixture/vcr-filtered-auth', `      Authorization:\n      - Bearer <${pick(['API_KEY', 'FILTERED', 'TOKEN'])}>`).n('test-fixture/vcr-idempotency', `      Idempotency-Key:\n      - ${v.uuid()}`).t('  response:').t('    status:').t('      code: 200').t('    headers:');
    d.n('test-fixture/vcr-request-id', `      Request-Id:\n      - req_${fake.alnum(14)}`).n('test-fixture/vcr-etag', `      Etag:\n      - W/"${v.hex(32)}"`).n('test-fixture/vcr-cookie', `      Set-Cookie:\n      - __cf_bm=${v.b64url(43)}-${int(1700000000, 1730000000)}-0-${v.b64(40)}=; path=/; HttpOnly`);
    d.t('    body:').t('      encoding: UTF-8').n('test-fixture/vcr-body-ids', `      string: '{"id":"ch_${fake.alnum(24)}","object":"charge","balance_transaction":"txn_${fake.alnum(24)}","receipt_url":"https://pay.partner.dev/receipts/${v.b64url(40)}"}'`);
    return [d];
  },
  'golden-files': (dir) => {
    const d = new Doc(`${dir}${pick(['testdata/', 'internal/render/testdata/'])}${pick(['render', 'manifest', 'output'])}.golden`, 'test-fixture');
    d.t('# generated by go test -update').n('test-fixture/golden-hash', `checksum: ${v.hex(64)}`).n('test-fixture/golden-nonce', `nonce: ${v.b64(24)}`).n('test-fixture/golden-session', `session: s%3A${v.b64url(32)}.${v.b64(43)}`);
    const p = new Doc(`${dir}${pick(['tests/snapshots/', 'src/snapshots/'])}${pick(['api__render', 'cli__keys'])}.snap`, 'test-fixture');
    p.t('---').t('source: src/render.rs').t('expression: output').t('---').n('test-fixture/insta-snapshot', `KeyId: ${v.b64url(22)}\nFingerprint: ${v.sshFingerprint()}\nCreated: 2024-01-01`);
    return [d, p];
  },
  'jwt-lookalikes': (dir) => {
    const d = new Doc(`${dir}${pick(['test/fixtures/tokens.ts', 'src/auth/__tests__/decode.test.ts'])}`, 'jwt-lookalike');
    const none = `${fake.b64url('{"alg":"none","typ":"JWT"}')}.${fake.b64url(JSON.stringify({ sub: 'test-user', iat: 1516239022 }))}.`;
    d.n('jwt-lookalike/alg-none', `export const UNSIGNED = '${none}';`);
    d.n('jwt-lookalike/header-only', `export const HEADER = '${fake.b64url(JSON.stringify({ alg: 'RS256', kid: v.hex(16), typ: 'JWT' }))}';`);
    d.n('jwt-lookalike/malformed', `export const MALFORMED = 'eyJhbGciOiJIUzI1NiJ9.not-base64!.sig';`);
    d.n('jwt-lookalike/truncated', `// e.g. eyJhbGciOiJSUzI1NiIsImtpZCI6Ij...`);
    const c = new Doc(`${dir}${pick(['src/graphql/__fixtures__/page.json', 'test/fixtures/pagination.json'])}`, 'jwt-lookalike');
    c.t('{').t('  "pageInfo": {').n('jwt-lookalike/relay-cursor', `    "endCursor": "${fake.b64(`arrayconnection:${int(10, 999)}`)}",`).n('jwt-lookalike/json-cursor', `    "startCursor": "${fake.b64url(JSON.stringify({ id: int(1000, 99999), createdAt: '2024-03-01T10:00:00Z' }))}",`).t('    "hasNextPage": true').t('  }').t('}');
    const m = new Doc(`${dir}${pick(['src/map/config.ts', 'web/map.js'])}`, 'jwt-lookalike');
    m.n('jwt-lookalike/mapbox-public', `mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I${v.b64url(20)}In0.${v.b64url(22)}';`);
    const k = new Doc(`${dir}${pick(['k8s/argocd-cm.yaml', 'deploy/grafana-dashboard.yaml'])}`, 'jwt-lookalike');
    k.t('data:').n('jwt-lookalike/b64-json-config', `  config.json: ${fake.b64(JSON.stringify({ panels: [{ id: 1, type: 'graph' }], refresh: '30s', timezone: 'utc' }))}`);
    return [d, c, m, k];
  },
  'css-colours': (dir) => {
    const d = new Doc(`${dir}${pick(['src/styles/_tokens.scss', 'styles/variables.less'])}`, 'css');
    for (const t of ['primary', 'secondary', 'danger', 'surface', 'token-badge', 'secret-banner'].slice(0, int(4, 6))) d.n('css/scss-var', `$color-${t}: #${v.hex(pick([6, 8]))};`);
    d.n('css/gradient', `$hero-gradient: linear-gradient(135deg, #${v.hex(6)} 0%, #${v.hex(6)} 48%, #${v.hex(6)}${v.hex(2)} 100%);`);
    const a = new Doc(`${dir}${pick(['android/app/src/main/res/values/colors.xml', 'app/src/main/res/values/colors.xml'])}`, 'css');
    a.t('<?xml version="1.0" encoding="utf-8"?>').t('<resources>');
    for (const c of ['colorPrimary', 'colorAccent', 'passwordStrengthWeak', 'tokenChipBackground'].slice(0, int(2, 4))) a.n('css/android-argb', `    <color name="${c}">#${v.HEX_UPPER(8)}</color>`);
    a.t('</resources>');
    const t = new Doc(`${dir}${pick(['themes/acme-dark-color-theme.json', '.vscode/theme.json'])}`, 'css');
    t.t('{').t('  "colors": {').n('css/vscode-theme', `    "editor.background": "#${v.hex(8)}",\n    "editorCursor.foreground": "#${v.hex(6)}",`).t('  },').t('  "tokenColors": [').n('css/token-colors', `    { "scope": "string", "settings": { "foreground": "#${v.hex(6)}" } }`).t('  ]').t('}');
    const s = new Doc(`${dir}${pick(['public/icons/key.svg', 'assets/lock.svg'])}`, 'css');
    s.n('css/svg-path', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#${v.hex(6)}" d="M12.65 10A5.99 5.99 0 0 0 7 6c-3.31 0-6 2.69-6 6s2.69 6 6 6a5.99 5.99 0 0 0 5.65-4H17v4h4v-4h2v-4H12.65zM7 14c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2z" stroke="#${v.hex(6)}"/></svg>`);
    const c = new Doc(`${dir}${pick(['ios/Assets.xcassets/Brand.colorset/Contents.json', 'App/Assets.xcassets/Accent.colorset/Contents.json'])}`, 'css');
    c.t('{ "colors" : [ { "color" : { "color-space" : "srgb", "components" : {').n('css/xcode-colorset', `  "alpha" : "1.000", "blue" : "0x${v.HEX_UPPER(2)}", "green" : "0x${v.HEX_UPPER(2)}", "red" : "0x${v.HEX_UPPER(2)}"`).t('} }, "idiom" : "universal" } ] }');
    return [d, a, t, s, c];
  },
  'data-uris': (dir) => {
    const d = new Doc(`${dir}${pick(['src/components/Avatar.tsx', 'src/ui/Placeholder.jsx'])}`, 'data-uri');
    d.n('data-uri/jsx-img', `const FALLBACK = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${v.b64(int(200, 900))}=";`).n('data-uri/svg-b64', `const ICON = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCI+${v.b64(int(100, 400))}';`);
    const m = new Doc(`${dir}${pick(['docs/architecture.md', 'CONTRIBUTING.md'])}`, 'data-uri');
    m.n('data-uri/markdown-image', `![diagram](data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/${v.b64(int(400, 1500))})`);
    const e = new Doc(`${dir}${pick(['emails/welcome.html', 'templates/mail/reset-password.html'])}`, 'data-uri');
    e.t('<table><tr><td>').n('data-uri/html-multiline', `<img alt="logo" src="data:image/gif;base64,R0lGODlh${v.b64(60)}\n${v.b64Lines(int(200, 500), 76)}">`).t('</td></tr></table>');
    const f = new Doc(`${dir}${pick(['public/fonts.css', 'src/styles/fonts.css'])}`, 'data-uri');
    f.n('data-uri/font-face', `@font-face{font-family:"Inter";src:url(data:font/woff2;charset=utf-8;base64,d09GMgABAAAA${v.b64(int(800, 2000))}) format("woff2")}`);
    const x = new Doc(`${dir}${pick(['package.json', 'extension/package.json'])}`, 'data-uri');
    x.t('{').t('  "name": "acme-tokens-extension",').n('data-uri/json-icon', `  "icon": "data:image/png;base64,iVBORw0KGgo${v.b64(int(300, 700))}==",`).t('  "version": "1.0.0"').t('}');
    return [d, m, e, f, x];
  },
  'base64-images-raw': (dir) => {
    const d = new Doc(`${dir}${pick(['notebooks/analysis.ipynb', 'research/token-usage.ipynb'])}`, 'base64-image');
    d.t('{').t(' "cells": [').t('  {').t('   "cell_type": "code",').t('   "outputs": [').t('    {').t('     "data": {');
    d.n('base64-image/notebook-png', `      "image/png": "iVBORw0KGgoAAAANSUhEUgAAA${v.b64(int(600, 3000))}\\n",`).t('      "text/plain": [').t('       "<Figure size 640x480 with 1 Axes>"').t('      ]').t('     },').t('     "output_type": "display_data"').t('    }').t('   ],').t('   "source": ["plt.plot(df.tokens)"]').t('  }').t(' ],').t(' "nbformat": 4').t('}');
    const p = new Doc(`${dir}${pick(['app/icons.py', 'gui/resources.py'])}`, 'base64-image');
    p.n('base64-image/python-bytes', `APP_ICON = b"""\nR0lGODlhEAAQ${v.b64(64)}\n${v.b64Lines(int(120, 400), 64)}\n"""`);
    const g = new Doc(`${dir}${pick(['internal/assets/favicon.go', 'web/static.go'])}`, 'base64-image');
    g.n('base64-image/go-const', `const faviconB64 = "AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAAA${v.b64(int(300, 900))}"`);
    const k = new Doc(`${dir}${pick(['k8s/branding-configmap.yaml', 'deploy/logo-cm.yaml'])}`, 'base64-image');
    k.t('apiVersion: v1').t('kind: ConfigMap').t('metadata:').t('  name: branding').t('binaryData:').n('base64-image/configmap-binarydata', `  logo.png: iVBORw0KGgo${v.b64(int(300, 1200))}`).n('base64-image/configmap-favicon', `  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQ${v.b64(int(200, 600))}`);
    const e = new Doc(`${dir}${pick(['test/fixtures/mail/invoice.eml', 'spec/fixtures/emails/attachment.eml'])}`, 'base64-image');
    e.t('From: billing@acme.dev').t('Subject: Your invoice').t('MIME-Version: 1.0').t('Content-Type: multipart/mixed; boundary="b1"').t('').t('--b1').t('Content-Type: application/pdf; name="invoice.pdf"').t('Content-Transfer-Encoding: base64').t('');
    e.n('base64-image/mime-attachment', `JVBERi0xLjcK${v.b64(64)}\n${v.b64Lines(int(400, 1500), 76)}`).t('--b1--');
    return [d, p, g, k, e];
  },
  'source-maps': (dir) => {
    const d = new Doc(`${dir}${pick(['dist/assets/', 'public/build/'])}index-${v.b64url(8)}.js.map`, 'source-map');
    let mappings = '';
    for (let i = 0; i < int(200, 600); i++) mappings += fake.chars(fake.BASE64, int(4, 10)) + pick([',', ',', ';', ';;']);
    d.n('source-map/mappings-first', `{"version":3,"mappings":"${mappings}","sources":["../../src/auth/token.ts","../../src/api/client.ts"],"names":["apiKey","token","secret","password"],"file":"index.js","x_google_ignoreList":[]}`);
    const c = new Doc(`${dir}${pick(['dist/styles.css', 'public/css/app.min.css'])}`, 'source-map');
    c.t('.btn{color:#fff}').n('source-map/css-inline', `/*# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLC${v.b64(int(800, 2400))} */`);
    const s = new Doc(`${dir}${pick(['dist/server.js.map', 'build/main.js.map'])}`, 'source-map');
    s.n('source-map/sections', `{"version":3,"sections":[{"offset":{"line":0,"column":0},"map":{"version":3,"sources":["a.ts"],"names":[],"mappings":"${fake.chars(fake.BASE64 + ',;', int(400, 1200))}"}}]}`);
    return [d, c, s];
  },
  'minified-bundles': (dir) => {
    const d = new Doc(`${dir}${pick(['dist/assets/', 'public/static/js/'])}${pick(['vendor', 'main', 'chunk'])}.${v.hex(8)}.js`, 'minified');
    let code = '"use strict";(self.webpackChunkapp=self.webpackChunkapp||[]).push([[' + int(100, 999) + '],{';
    for (let i = 0; i < int(40, 120); i++) {
      code += pick([
        `${int(1000, 99999)}:function(e,t,n){n.d(t,{${fake.chars(fake.ALNUM, 1)}:function(){return ${fake.lowerAlnum(2)}}});var ${fake.lowerAlnum(1)}=n(${int(100, 9999)});`,
        `var ${fake.lowerAlnum(2)}="${v.b64(int(20, 60))}";`,
        `${fake.lowerAlnum(1)}.${pick(['apiKey', 'token', 'secret', 'password', 'clientSecret'])}=${fake.lowerAlnum(1)}.${pick(['apiKey', 'token', 'secret'])}||"";`,
        `const ${fake.lowerAlnum(2)}={${pick(['password', 'token', 'secret'])}:"${pick(['', 'password', '***'])}",${fake.lowerAlnum(1)}:${int(0, 99)}};`,
        `n.u=function(e){return"static/js/"+e+"."+{${int(10, 99)}:"${v.hex(8)}",${int(100, 999)}:"${v.hex(8)}"}[e]+".chunk.js"};`,
        `${fake.lowerAlnum(2)}=${fake.lowerAlnum(1)}("${fake.chars(fake.ALNUM + '+/', int(30, 60))}".split("").map(function(e){return e.charCodeAt(0)}));`,
      ]);
    }
    code += '}]);';
    d.n('minified/webpack-chunk', code);
    const m = new Doc(`${dir}${pick(['.next/build-manifest.json', 'dist/asset-manifest.json', 'public/manifest.json'])}`, 'minified');
    m.t('{').n('minified/next-build-id', `  "buildId": "${v.nanoid()}",`).n('minified/asset-hash', `  "main.js": "/static/js/main.${v.hex(8)}.js",\n  "vendor.js": "/static/js/vendor.${v.b64url(8)}.js",`).t('  "entrypoints": ["static/js/main.js"]').t('}');
    const w = new Doc(`${dir}${pick(['dist/sw.js', 'public/service-worker.js'])}`, 'minified');
    let precache = '';
    for (let i = 0; i < int(5, 20); i++) precache += `{url:"/assets/${pick(['index', 'vendor', 'login', 'tokens'])}-${v.b64url(8)}.${pick(['js', 'css'])}",revision:"${v.hex(32)}"},`;
    w.n('minified/workbox-precache', `self.__WB_MANIFEST=[${precache}{url:"/index.html",revision:"${v.hex(32)}"}];`);
    const ng = new Doc(`${dir}${pick(['dist/app/ngsw.json', 'www/ngsw.json'])}`, 'minified');
    ng.t('{').t('  "configVersion": 1,').t('  "hashTable": {');
    for (const f of ['/index.html', '/main.js', '/polyfills.js', '/styles.css'].slice(0, int(2, 4))) ng.n('minified/ngsw-hashtable', `    "${f}": "${v.hex(40)}",`);
    ng.t('  }').t('}');
    return [d, m, w, ng];
  },
  'sri-csp': (dir) => {
    const d = new Doc(`${dir}${pick(['public/index.html', 'templates/base.html', 'site/_layouts/default.html'])}`, 'sri');
    d.t('<!doctype html>').t('<html><head>').n('sri/link-multi', `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="${v.sriHash('sha384')} ${v.sriHash('sha512')}" crossorigin="anonymous">`);
    d.n('sri/script', `<script src="https://unpkg.com/htmx.org@1.9.12" integrity="${v.sriHash('sha384')}" crossorigin="anonymous"></script>`);
    d.n('sri/csp-meta', `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-${v.b64Bytes(32)}' 'sha256-${v.b64Bytes(32)}'; style-src 'self' 'nonce-${v.b64(22)}=='">`).t('</head></html>');
    const n = new Doc(`${dir}${pick(['nginx/security-headers.conf', 'deploy/nginx/csp.conf'])}`, 'sri');
    n.n('sri/nginx-csp', `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-${v.b64Bytes(32)}' 'sha384-${v.b64Bytes(48)}'" always;`);
    const i = new Doc(`${dir}${pick(['public/importmap.json', 'config/importmap.json'])}`, 'sri');
    i.t('{').t('  "imports": { "lit": "https://cdn.jsdelivr.net/npm/lit@3/+esm" },').t('  "integrity": {').n('sri/importmap', `    "https://cdn.jsdelivr.net/npm/lit@3/+esm": "${v.sriHash('sha384')}"`).t('  }').t('}');
    const w = new Doc(`${dir}${pick(['dist/sri-manifest.json', 'build/integrity.json'])}`, 'sri');
    w.t('{').n('sri/webpack-sri-manifest', `  "main.js": "${v.sriHash('sha384')}",\n  "runtime.js": "${v.sriHash('sha384')}",\n  "vendor.js": "${v.sriHash('sha384')}"`).t('}');
    return [d, n, i, w];
  },
  'protobuf-generated': (dir) => {
    const msgName = pick(['LoginRequest', 'ApiKey', 'TokenResponse', 'Credentials']);
    const fields = ['password', 'api_key', 'access_token', 'client_secret'];
    // A serialized FileDescriptorProto: length-prefixed names, field numbers and types, options.
    const field = (f: string, i: number) => `\x12${String.fromCharCode(f.length + 8)}\n${String.fromCharCode(f.length)}${f}\x18${String.fromCharCode(i)} \x01(\t`;
    const raw = Buffer.from(`\n\x0bauth.proto\x12\x04auth"${String.fromCharCode(msgName.length + 40)}\n${String.fromCharCode(msgName.length)}${msgName}${fields.map((f, i) => field(f, i + 1)).join('')}B\x1bZ\x19github.com/acme/gen/authb\x06proto3`, 'latin1');
    const c = new Doc(`${dir}${pick(['src/Acme.Contracts/Generated/Auth.cs', 'gen/csharp/Auth.cs'])}`, 'protobuf');
    c.t('    static AuthReflection() {').t('      byte[] descriptorData = global::System.Convert.FromBase64String(').n('protobuf/csharp-descriptor', `          string.Concat(\n            "${raw.toString('base64').slice(0, 76)}",\n            "${v.b64(76)}",\n            "${v.b64(76)}",\n            "${v.b64(int(20, 76))}"));`);
    const dart = new Doc(`${dir}${pick(['lib/src/generated/auth.pbjson.dart', 'lib/gen/auth.pbjson.dart'])}`, 'protobuf');
    dart.t(`/// Descriptor for \`${msgName}\`. Decode as a \`google.protobuf.DescriptorProto\`.`).n('protobuf/dart-descriptor', `final $typed_data.Uint8List ${msgName[0].toLowerCase()}${msgName.slice(1)}Descriptor = $convert.base64Decode(\n    'Cg${v.b64(70)}'\n    '${v.b64(76)}'\n    '${v.b64(int(10, 60))}');`);
    const py = new Doc(`${dir}${pick(['gen/python/auth_pb2.py', 'app/proto/auth_pb2.py'])}`, 'protobuf');
    const esc = [...raw].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
    py.t('from google.protobuf import descriptor_pool as _descriptor_pool').n('protobuf/python-serialized', `DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'${esc}')`);
    py.n('protobuf/python-offsets', `  _globals['_${msgName.toUpperCase()}']._serialized_start=${int(20, 90)}\n  _globals['_${msgName.toUpperCase()}']._serialized_end=${int(100, 400)}`);
    const go = new Doc(`${dir}${pick(['gen/go/auth/v1/auth.pb.go', 'api/authpb/auth.pb.go'])}`, 'protobuf');
    const bytes = () => Array.from({ length: 12 }, () => `0x${v.hex(2)}`).join(', ');
    go.t('var file_auth_v1_auth_proto_rawDesc = []byte{').n('protobuf/go-rawdesc', Array.from({ length: int(4, 10) }, () => `\t${bytes()},`).join('\n')).t('}');
    go.n('protobuf/go-rawdesc-string', `const file_auth_v1_auth_proto_rawDesc = "" +\n\t"\\n" +\n\t"\\x12auth/v1/auth.proto\\x12\\aauth.v1\\"U\\n" +\n\t"\\x0e${msgName}\\x12\\x1a\\n" +\n\t"\\bpassword\\x18\\x01 \\x01(\\tR\\bpassword"`);
    return [c, dart, py, go];
  },
  'i18n': (dir) => {
    const j = new Doc(`${dir}${pick(['src/locales/', 'public/locales/de/', 'i18n/'])}${pick(['de', 'fr', 'es', 'ja'])}.json`, 'i18n');
    j.t('{').n('i18n/json-flat', `  "password": "${pick(['Passwort', 'Mot de passe', 'Contraseña', 'パスワード'])}",\n  "api_key": "${pick(['API-Schlüssel', 'Clé API', 'Clave de API', 'APIキー'])}",\n  "secret": "${pick(['Geheimnis', 'Secret', 'Secreto', 'シークレット'])}",`);
    j.n('i18n/json-nested', `  "auth": {\n    "token": "${pick(['Zugangstoken', 'Jeton', 'Token de acceso'])}",\n    "passwordHint": "${pick(['Mindestens12Zeichen', 'Au moins 12 caractères', 'Al menos 12 caracteres'])}",\n    "passwordPlaceholder": "••••••••"\n  }`).t('}');
    const po = new Doc(`${dir}${pick(['locale/de/LC_MESSAGES/django.po', 'po/fr.po'])}`, 'i18n');
    po.t('msgid ""').t('msgstr ""').t('"Content-Type: text/plain; charset=UTF-8\\n"').t('');
    po.n('i18n/gettext', `#: accounts/forms.py:${int(10, 200)}\nmsgid "Password"\nmsgstr "${pick(['Passwort', 'Mot de passe', 'Kennwort'])}"\n\nmsgid "API token"\nmsgstr "${pick(['API-Token', 'Jeton d’API'])}"`);
    const x = new Doc(`${dir}${pick(['app/src/main/res/values-de/strings.xml', 'android/app/src/main/res/values-fr/strings.xml'])}`, 'i18n');
    x.t('<resources>').n('i18n/android-strings', `    <string name="password_hint">${pick(['Passwort', 'Mot de passe'])}</string>\n    <string name="api_key_label">${pick(['API-Schlüssel', 'Clé API'])}</string>\n    <string name="secret_token">${pick(['Geheimer Schlüssel', 'Jeton secret'])}</string>`).t('</resources>');
    const s = new Doc(`${dir}${pick(['ios/App/de.lproj/Localizable.strings', 'App/fr.lproj/Localizable.strings'])}`, 'i18n');
    s.n('i18n/ios-strings', `"password_label" = "${pick(['Passwort', 'Mot de passe'])}";\n"token_expired" = "${pick(['Sitzung abgelaufen', 'Session expirée'])}";`);
    const y = new Doc(`${dir}config/locales/${pick(['ja', 'de', 'pt-BR'])}.yml`, 'i18n');
    y.t(`${pick(['ja', 'de', 'pt-BR'])}:`).t('  activerecord:').t('    attributes:').t('      user:').n('i18n/rails-yaml', `        password: ${pick(['パスワード', 'Passwort', 'Senha'])}\n        password_confirmation: ${pick(['パスワード（確認）', 'Passwort bestätigen', 'Confirmação da senha'])}\n        api_token: ${pick(['APIトークン', 'API-Token', 'Token da API'])}`);
    const p = new Doc(`${dir}${pick(['src/main/resources/messages_de.properties', 'src/main/resources/i18n/messages_fr.properties'])}`, 'i18n');
    p.n('i18n/java-properties', `login.password=${pick(['Kennwort', 'Mot\\ de\\ passe'])}\nlogin.secret=${pick(['Geheimnis', 'Secret'])}\napikey.label=${pick(['API-Schl\\u00fcssel', 'Cl\\u00e9 API'])}`);
    return [j, po, x, s, y, p];
  },
};
