import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSecretsInFile } from '../lib/secrets/engine';
import { SourceFile } from '../lib/text/source-file';
import { secretKeyKind } from '../lib/secrets/secret-key-name';
import { looksLikeSecretValue } from '../lib/secrets/generic-assignment';
import * as fake from '../lib/secrets/fake';

// secret/generic-assignment as a specification: a literal assigned to a secret-like key,
// in every common syntax. `V` is a freshly generated random value; `P` a generated password.

const GENERIC = 'secret/generic-assignment';

interface Case {
  name: string;
  path?: string;
  text: (v: string) => string;
  /** When a provider rule knows the syntax better, its finding is the one expected. */
  rule?: string;
}

/** A random value shaped like an API secret, built at run time. */
const secretValue = () => fake.alnum(12) + fake.base64url(12);
/** Long lower-case runs and one digit: random, but shaped like an identifier (`Wsfaa…Nohwymffrdq0`). */
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const letterHeavy = () => `${fake.chars(LOWER.toUpperCase(), 1)}${fake.chars(LOWER, 11)}${fake.chars(LOWER.toUpperCase(), 1)}${fake.chars(LOWER, 12)}${fake.digits(1)}`;
/** A random password with symbols. */
const passwordValue = () => fake.alnum(10) + '!#' + fake.digits(2);

/** A 32-hex API key: the shape a digest filter rejects when the entropy rule reports it. */
const HEX_KEY = fake.hex(32);

const valid: Case[] = [
  { name: '.env', path: '.env', text: (v) => `DB_PASSWORD=${v}\n` },
  { name: '.env quoted', path: '.env.production', text: (v) => `API_SECRET="${v}"\n` },
  { name: 'shell export', path: 'deploy.sh', text: (v) => `#!/bin/sh\nexport AUTH_TOKEN='${v}'\n` },
  { name: 'ini', path: 'settings.ini', text: (v) => `[db]\npassword = ${v}\n` },
  { name: 'java properties', path: 'application.properties', text: (v) => `spring.datasource.password=${v}\n` },
  { name: 'YAML plain', path: 'config.yml', text: (v) => `database:\n  password: ${v}\n` },
  { name: 'YAML quoted', path: 'config.yaml', text: (v) => `stripe:\n  api_key: "${v}"\n` },
  { name: 'YAML k8s env name/value', path: 'deploy.yaml', text: (v) => `env:\n  - name: DB_PASSWORD\n    value: "${v}"\n` },
  { name: 'JSON', path: 'config.json', text: (v) => `{\n  "clientSecret": "${v}"\n}\n` },
  { name: 'JSON name/value', path: 'params.json', text: (v) => `[{"ParameterKey": "DbPassword", "ParameterValue": "${v}"}]\n` },
  { name: 'JS object', path: 'src/config.js', text: (v) => `module.exports = {\n  apiKey: '${v}',\n};\n` },
  { name: 'JS const', path: 'src/client.ts', text: (v) => `const accessToken = "${v}";\n` },
  { name: 'TS annotated', path: 'src/client.ts', text: (v) => `export const authToken: string = \`${v}\`;\n` },
  { name: 'JS member', path: 'src/app.js', text: (v) => `this.clientSecret = '${v}';\n` },
  { name: 'Python', path: 'settings.py', text: (v) => `SECRET_KEY = "${v}"\n` },
  { name: 'Python kwarg', path: 'app.py', text: (v) => `client = Client(api_key="${v}")\n` },
  { name: 'Python dict subscript', path: 'app.py', text: (v) => `config['password'] = '${v}'\n` },
  { name: 'Python annotated', path: 'app.py', text: (v) => `token: str = "${v}"\n` },
  { name: 'Go short var', path: 'main.go', text: (v) => `\tapiKey := "${v}"\n` },
  { name: 'Go var with type', path: 'main.go', text: (v) => `var secretToken string = "${v}"\n` },
  { name: 'Go struct field', path: 'main.go', text: (v) => `cfg := Config{\n\tPassword: "${v}",\n}\n` },
  { name: 'Java', path: 'Main.java', text: (v) => `private static final String API_KEY = "${v}";\n` },
  { name: 'C# connection string', path: 'appsettings.json', text: (v) => `{"Db": "Server=db;User Id=app;Password=${v};"}\n`, rule: 'secret/connection-string-password' },
  { name: 'Terraform', path: 'main.tf', text: (v) => `resource "x" "y" {\n  master_password = "${v}"\n}\n` },
  { name: 'tfvars, a letter-heavy password (no expressions there: not a name)', path: 'infra/prod.auto.tfvars', text: () => `db_password   = "${letterHeavy()}"\n` },
  { name: 'TOML', path: 'config.toml', text: (v) => `[auth]\nclient_secret = "${v}"\n` },
  { name: 'XML element', path: 'config.xml', text: (v) => `<config>\n  <password>${v}</password>\n</config>\n` },
  { name: 'XML attribute', path: 'web.config', text: (v) => `<connection user="app" password="${v}" />\n` },
  { name: 'XML appSettings', path: 'App.config', text: (v) => `<add key="ApiSecret" value="${v}" />\n` },
  { name: 'PHP array', path: 'config.php', text: (v) => `'password' => '${v}',\n` },
  { name: 'Ruby symbol', path: 'config.rb', text: (v) => `{ :secret_token => '${v}' }\n` },
  { name: 'CLI flag =', path: 'run.sh', text: (v) => `mytool --api-token=${v} --verbose\n` },
  { name: 'CLI flag space', path: 'run.sh', text: (v) => `mytool --password ${v}\n` },
  { name: 'Dockerfile ENV', path: 'Dockerfile', text: (v) => `FROM alpine\nENV API_TOKEN ${v}\n` },
  { name: 'URL query', path: 'notes.md', text: (v) => `GET https://api.example.com/v1/items?access_token=${v}&page=2\n` },
  { name: 'Authorization header', path: 'request.http', text: (v) => `Authorization: Bearer ${v}\n` },
  { name: 'header in JSON', path: 'client.js', text: (v) => `fetch(url, { headers: { "X-Api-Key": "${v}" } })\n` },
  { name: 'password with symbols', path: '.env', text: () => `SMTP_PASSWORD=${passwordValue()}\n` },
  { name: 'hex key', path: 'config.yml', text: () => `signing_key: ${fake.hex(40)}\n` },
  { name: 'JS env fallback ||', path: 'src/config.js', text: (v) => `let APP_SECRET = process.env.APP_SECRET || "${v}";\n` },
  { name: 'TS env fallback ??', path: 'src/config.ts', text: (v) => `export const apiKey = process.env['API_KEY'] ?? '${v}';\n` },
  { name: 'Python getenv default', path: 'settings.py', text: (v) => `SECRET_KEY = os.environ.get("SECRET_KEY", "${v}")\n` },
  { name: 'Ruby ENV ||=', path: 'config/initializers/keys.rb', text: (v) => `ENV["STRIPE_SECRET"] ||= "${v}"\n` },
  { name: 'PHP define', path: 'wp-config.php', text: (v) => `<?php\ndefine('DB_PASSWORD', '${v}');\n` },
  { name: 'PHP define, double quotes', path: 'config.php', text: (v) => `define( "AUTH_KEY", "${v}" );\n` },
  { name: 'conf directive', path: 'config/extra.conf', text: (v) => `listen 8443\nencryption_key ${v}\nworkers 4\n` },
  { name: 'redis.conf requirepass', path: 'deploy/redis.conf', text: (v) => `bind 0.0.0.0\nrequirepass ${v}\n` },
  { name: 'redis.conf masterauth', path: 'deploy/redis.conf', text: (v) => `replicaof 10.0.0.5 6379\nmasterauth ${v}\n` },
  { name: 'conf directive with comment', path: 'app.cfg', text: (v) => `  auth_token   ${v}   # rotated quarterly\n` },
  { name: 'curl header', path: 'scripts/bootstrap.sh', text: (v) => `curl -s -H "Authorization: Bearer ${v}" https://api.internal/v1/items\n` },
  { name: 'header string in code', path: 'client.py', text: (v) => `headers = ['X-Api-Key: ${v}']\n` },
  { name: 'value before a shell &> redirect', path: 'run.sh', text: (v) => `mytool --api-token=${v}&>/dev/null\n` },
  { name: 'YAML value starting with &', path: 'k8s/values-prod.yaml', text: () => `db:\n  password: &?${fake.alnum(6)}*${fake.alnum(8)}^ph%VV\n` },
  { name: 'password with & in ini', path: 'setup.cfg', text: () => `[auth]\naccess_token=${fake.alnum(6)}?d&^${fake.alnum(8)}\n` },
  { name: 'password with %s glued inside', path: 'appsettings.json', text: () => `{"jwt_secret": "${fake.alnum(10)}%s${fake.alnum(6)}"}\n` },
  { name: 'base64 key starting with a slash', path: 'application.yml', text: () => `jwt:\n  secret: /${fake.base64(42)}=\n` },
  { name: 'notebook cell: escaped assignment in JSON source', path: 'explore.ipynb', text: (v) => `{"cells": [{"source": [\n    "import os\\n",\n    "api_key = \\"${v}\\"\\n"\n]}]}\n` },
  { name: 'notebook cell: a bare YAML value ends at the escaped line break', path: 'explore.ipynb', text: (v) => `{"cells": [{"source": [\n    "db:\\n",\n    "  password: ${v}\\n"\n]}]}\n` },
  { name: 'notebook cell: os.environ with escaped quotes', path: 'explore.ipynb', text: (v) => `{"cells": [{"source": [\n    "os.environ[\\"DB_PASSWORD\\"] = \\"${v}\\"\\n"\n]}]}\n` },
  { name: 'Rust const with a borrowed str', path: 'src/config.rs', text: (v) => `const API_KEY: &str = "${v}";\n` },
  { name: "Rust static with a 'static lifetime", path: 'src/config.rs', text: (v) => `static AUTH_TOKEN: &'static str = "${v}";\n` },
  { name: 'bare Key under a Jwt section (appsettings)', path: 'appsettings.json', text: (v) => `{\n  "Jwt": {\n    "Issuer": "api",\n    "Key": "${v}"\n  }\n}\n` },
  { name: 'bare Key under a Jwt section on one line', path: 'appsettings.json', text: (v) => `{\n  "Jwt": { "Key": "${v}", "Issuer": "api" }\n}\n` },
  { name: 'Terraform variable default', path: 'infra/variables.tf', text: (v) => `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n` },
  { name: 'Terraform variable default on one line', path: 'infra/main.tf', text: (v) => `variable "api_token" { default = "${v}" }\n` },
  { name: 'Terraform variable default, a short password', path: 'infra/variables.tf', text: () => `variable "admin_password" {\n  sensitive = true\n  default   = "${fake.alnum(9)}#${fake.digits(2)}"\n}\n` },
  { name: 'Gradle (Groovy) signing config: method call without parentheses', path: 'app/build.gradle', text: (v) => `android {\n  signingConfigs {\n    release {\n      storePassword "${v}"\n      keyAlias 'upload'\n    }\n  }\n}\n` },
  { name: 'Gradle (Groovy) repository credentials', path: 'build.gradle', text: (v) => `maven {\n  credentials {\n    username 'ci'\n    password '${v}' // rotate\n  }\n}\n` },
  { name: 'property list: <key> then <string> on the next line', path: 'App/Info.plist', text: (v) => `<dict>\n\t<key>CFBundleName</key>\n\t<string>Shop</string>\n\t<key>BackendAPIKey</key>\n\t<string>${v}</string>\n</dict>\n` },
  { name: 'property list: <key> and <string> on one line', path: 'Config.plist', text: (v) => `<dict><key>client_secret</key><string>${v}</string></dict>\n` },
  { name: 'Android string resource named like a secret', path: 'app/src/main/res/values/secrets.xml', text: (v) => `<resources>\n    <string name="backend_api_key" translatable="false">${v}</string>\n</resources>\n` },
  { name: 'Java XML properties entry', path: 'conf/app.xml', text: (v) => `<properties>\n  <entry key="db.password">${v}</entry>\n</properties>\n` },
  { name: 'PowerShell: a quoted string after =', path: 'scripts/Setup.ps1', text: (v) => `$env:PARTNER_API_KEY = '${v}'\n` },
  { name: 'quoted NAME=value: compose environment list', path: 'docker-compose.yml', text: (v) => `services:\n  api:\n    environment:\n      - "DB_PASSWORD=${v}"\n` },
  { name: 'quoted NAME=value: systemd Environment=', path: 'deploy/api.service', text: (v) => `[Service]\nEnvironment="PARTNER_API_KEY=${v}"\n` },
  { name: 'quoted NAME=value: docker run -e', path: 'run.sh', text: (v) => `docker run --rm -e 'AUTH_TOKEN=${v}' -e LOG=info acme/api\n` },
  { name: 'hex secret under a key that starts with Sha… (Shared), no digest word', path: 'src/Client.cs', text: () => `    private const string SharedSecret = "${fake.hex(32)}";\n` },
  { name: 'Apache SetEnv', path: 'deploy/apache/vhost.conf', text: (v) => `<VirtualHost *:443>\n    SetEnv DB_PASSWORD ${v}\n</VirtualHost>\n` },
  { name: 'nginx proxy_set_header with a bearer token', path: 'deploy/nginx/api.conf', text: (v) => `location / {\n    proxy_set_header Authorization "Bearer ${v}";\n}\n` },
  { name: 'Caddy header_up with a bearer token', path: 'deploy/Caddyfile', text: (v) => `reverse_proxy api:8080 {\n    header_up Authorization "Bearer ${v}"\n}\n` },
  { name: 'HAProxy http-request set-header with an API key', path: 'haproxy/haproxy.cfg', text: (v) => `backend api\n    http-request set-header X-Api-Key "${v}"\n` },
  { name: 'nginx proxy_set_header with an API key', path: 'deploy/nginx/api.conf', text: (v) => `location / {\n    proxy_set_header X-Api-Key ${v};\n}\n` },
  { name: 'nginx fastcgi_param', path: 'deploy/nginx/php.conf', text: (v) => `fastcgi_param DB_PASSWORD ${v};\n` },
  { name: 'key and value as call arguments: C# header', path: 'src/Client.cs', text: (v) => `http.DefaultRequestHeaders.Add("X-Api-Key", "${v}");\n` },
  { name: 'key and value as call arguments: Python setdefault', path: 'app/settings.py', text: (v) => `os.environ.setdefault('PARTNER_TOKEN', '${v}')\n` },
  { name: 'key and value as call arguments: Gradle buildConfigField', path: 'app/build.gradle', text: (v) => `android {\n  defaultConfig {\n    buildConfigField "String", "API_SECRET", "\\"${v}\\""\n  }\n}\n` },
  { name: 'builder method with a literal', path: 'src/db.rs', text: (v) => `let opts = PgConnectOptions::new().host("db.internal").username("app").password("${v}");\n` },
  { name: 'setter with a literal', path: 'src/main/java/Db.java', text: (v) => `dataSource.setPassword("${v}");\n` },
  { name: 'Puppet password hashed at compile time', path: 'puppet/manifests/db.pp', text: (v) => `postgresql::server::role { 'orders':\n  password => postgresql::postgresql_password('orders', '${v}'),\n}\n` },
  { name: 'Puppet MySQL password function', path: 'puppet/manifests/mysql.pp', text: (v) => `mysql_user { 'app@%':\n  password_hash => mysql::password('${v}'),\n}\n` },
  { name: 'a short password as the second of an auth pair', path: 'ops/windows.py', text: () => `session = winrm.Session('win-build-02.acme.local', auth=('Administrator', 'B${fake.digits(2)}.${fake.alnum(4)}7${fake.alnum(2)}'), transport='ntlm')\n` },
  { name: 'a base64 token that starts with a slash, short segments', path: 'settings/accounts.json', text: () => `{\n  "botToken": "/${fake.alnum(3)}Bu${fake.alnum(6)}/h0${fake.alnum(5)}Qa3${fake.alnum(2)}/W${fake.alnum(4)}0L8"\n}\n` },
  { name: 'Go setter with a literal', path: 'internal/mail/client.go', text: (v) => `\tclient.SetPassword("${v}")\n` },
  { name: 'Go functional option with a literal', path: 'internal/cache/redis.go', text: (v) => `\tc := cache.New(cache.WithAddr("redis:6379"), cache.WithPassword("${v}"))\n` },
  { name: 'credential constructor: the second literal', path: 'src/Mail.cs', text: (v) => `var credentials = new NetworkCredential("mailer", "${v}");\n` },
  { name: 'Rust String::from literal', path: 'src/upstream.rs', text: (v) => `    let token = String::from("${v}");\n` },
  { name: 'Rust Some(literal)', path: 'src/config.rs', text: (v) => `    password: Some("${v}".into()),\n` },
  { name: 'Java new String(literal)', path: 'src/Main.java', text: (v) => `String apiKey = new String("${v}");\n` },
  { name: 'C preprocessor define', path: 'firmware/src/config.h', text: (v) => `#pragma once\n#define CLOUD_TOKEN "${v}"\n` },
  { name: 'C char array', path: 'firmware/src/cloud.c', text: (v) => `static const char api_secret[] = "${v}";\n` },
  { name: 'literal default of a shell reference (compose)', path: 'docker-compose.yml', text: (v) => `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${v}}\n` },
  { name: 'literal default of a quoted shell reference', path: 'deploy/app.yaml', text: (v) => `smtp_password: "\${SMTP_PASSWORD:-${v}}"\n` },
  { name: 'literal default of a Spring placeholder', path: 'src/main/resources/application.yml', text: (v) => `jwt:\n  secret: \${JWT_SECRET:${v}}\n` },
  { name: 'CloudFormation parameter default', path: 'cfn/database.yaml', text: (v) => `Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: ${v}\nResources: {}\n` },
  { name: 'CloudFormation parameter default (JSON)', path: 'cfn/stack.json', text: (v) => `{\n  "Parameters": {\n    "ApiToken": {\n      "Type": "String",\n      "Default": "${v}"\n    }\n  }\n}\n` },
  { name: 'Clojure/EDN keyword map', path: 'resources/config.edn', text: (v) => `{:db {:host "db.internal"\n      :password "${v}"}}\n` },
  { name: 'Clojure keyword map inline', path: 'src/app/config.clj', text: (v) => `(def partner {:api-key "${v}" :timeout 30})\n` },
  { name: 'HAProxy userlist insecure-password', path: 'deploy/haproxy/haproxy.cfg', text: (v) => `userlist admins\n  user admin insecure-password ${v}\n` },
  { name: 'R assignment arrow', path: 'analysis/load.R', text: (v) => `api_key <- "${v}"\n` },
  { name: 'Perl %ENV element', path: 'lib/Config.pm', text: (v) => `$ENV{PARTNER_TOKEN} = '${v}';\n` },
  { name: 'flag and value in an argument array', path: 'deploy/k8s/redis.yaml', text: (v) => `      args: ["--requirepass", "${v}"]\n` },
  { name: 'flag and value inside an exec-form command', path: 'Dockerfile', text: (v) => `CMD ["/app/worker", "--api-key", "${v}", "--queue", "orders"]\n` },
  { name: 'bare key under signing: (YAML)', path: 'config.yml', text: (v) => `auth:\n  signing:\n    algorithm: HS256\n    key: ${v}\n` },
  // A hex key right after `client_credentials` (an entropy word whose token is rejected as a digest) is still read under its own name.
  { name: 'a key after another secret word in a form body', path: 'scripts/token.sh', text: () => `curl -d "grant_type=client_credentials&api_key=${HEX_KEY}&scope=read" https://auth.example.net/token\n` },
  // Round 7: string forms, syntaxes with no operator, commands that set a named secret. The commands carry a
  // password: a random token after `gh secret` or `keyvault secret` is already the entropy rule's.
  { name: 'Rust raw string r#"…"#', path: 'src/secrets.rs', text: (v) => `const WEBHOOK_SECRET: &str = r#"${v}"#;\n` },
  { name: 'Swift raw string #"…"#', path: 'Sources/App/Keys.swift', text: (v) => `let apiKey = #"${v}"#\n` },
  { name: 'C++ raw string R"(…)"', path: 'src/cloud.cc', text: (v) => `const std::string kApiSecret = R"(${v})";\n` },
  { name: 'triple-quoted string on one line (Kotlin)', path: 'app/Keys.kt', text: (v) => `const val SIGNING_SECRET = """${v}"""\n` },
  { name: "triple-quoted string on one line (Python '''…''')", path: 'tools/sync.py', text: (v) => `db_password = '''${v}'''\n` },
  { name: 'Python f-string without interpolation', path: 'tools/sync.py', text: (v) => `API_TOKEN = f"${v}"\n` },
  { name: 'Lua long string [[…]]', path: 'openresty/auth.lua', text: (v) => `local api_key = [[${v}]]\n` },
  { name: 'jsonnet hidden field ::', path: 'deploy/orders.jsonnet', text: (v) => `{\n  dbPassword:: '${v}',\n}\n` },
  { name: 'YAML folded block scalar holding one value', path: 'src/main/resources/application.yml', text: (v) => `spring:\n  datasource:\n    password: >-\n      ${v}\n    username: app\n` },
  { name: 'YAML literal block scalar at the end of the file', path: 'config/app.yaml', text: (v) => `partner:\n  client-secret: |\n    ${v}\n` },
  { name: 'VB.NET Dim … As String =', path: 'Legacy/Settings.vb', text: (v) => `    Dim dbPassword As String = "${v}"\n` },
  { name: 'Zig slice type annotation', path: 'src/config.zig', text: (v) => `pub const api_key: []const u8 = "${v}";\n` },
  { name: 'Clojure def with metadata', path: 'src/orders/config.clj', text: (v) => `(def ^:private db-password "${v}")\n` },
  { name: 'Emacs Lisp setq', path: '.emacs.d/init.el', text: (v) => `(setq deploy-api-token "${v}")\n` },
  { name: 'CMake set() with a cache entry', path: 'CMakeLists.txt', text: (v) => `set(WIFI_PASSWORD "${v}" CACHE STRING "Wi-Fi password")\n` },
  { name: 'Elixir module attribute', path: 'lib/orders/client.ex', text: (v) => `defmodule Orders.Client do\n  @api_key "${v}"\nend\n` },
  { name: 'Erlang config tuple', path: 'config/sys.config', text: (v) => `[{orders, [\n  {db_password, "${v}"},\n  {pool, 5}\n]}].\n` },
  { name: 'Erlang binary in a tuple', path: 'config/sys.config', text: (v) => `[{orders, [{api_key, <<"${v}">>}]}].\n` },
  { name: 'Kotlin pair with to', path: 'src/Mail.kt', text: (v) => `val props = mapOf("mail.user" to "app", "mail.password" to "${v}")\n` },
  { name: 'Scala pair with ->', path: 'src/Client.scala', text: (v) => `val headers = Map("Accept" -> "application/json", "X-Api-Key" -> "${v}")\n` },
  { name: 'gh secret set --body', path: 'scripts/secrets.sh', text: () => `gh secret set PARTNER_API_KEY --repo acme/orders --body "${passwordValue()}"\n` },
  { name: 'gh secret set with a here-string', path: 'scripts/secrets.sh', text: () => `gh secret set JWT_SECRET <<< "${passwordValue()}"\n` },
  { name: 'aws ssm put-parameter: --name names it, --value holds it', path: 'ops/params.sh', text: () => `aws ssm put-parameter --name /prod/orders/db_password --type SecureString --value '${passwordValue()}' --overwrite\n` },
  { name: 'az keyvault secret set', path: 'ops/kv.sh', text: () => `az keyvault secret set --vault-name kv-prod --name DbPassword --value '${passwordValue()}'\n` },
  { name: 'dotnet user-secrets set "Section:Key" value', path: 'docs/setup.md', text: () => `dotnet user-secrets set "Jwt:SigningKey" "${passwordValue()}"\n` },
  { name: 'key name with an accent (contraseña)', path: 'config/cuentas.json', text: (v) => `{\n  "contraseña": "${v}"\n}\n` },
  { name: 'German and Dutch password names', path: 'config/accounts.yml', text: (v) => `datenbank:\n  Kennwort: ${v}\n` },
  { name: 'C# auto-property initializer', path: 'src/PartnerOptions.cs', text: (v) => `    public string ApiKey { get; set; } = "${v}";\n` },
  { name: 'Windows setx', path: 'setup.bat', text: (v) => `setx API_TOKEN "${v}"\n` },
  { name: 'fish set -gx', path: 'config.fish', text: (v) => `set -gx PARTNER_TOKEN ${v}\n` },
  { name: 'key as first argument with options after the value', path: 'scripts/Setup.ps1', text: (v) => `[Environment]::SetEnvironmentVariable('API_TOKEN', '${v}', 'User')\n` },
  { name: '.NET applicationSettings <value> element', path: 'App.config', text: (v) => `<setting name="ApiToken" serializeAs="String">\n  <value>${v}</value>\n</setting>\n` },
  { name: 'requests auth tuple', path: 'tools/export.py', text: (v) => `r = requests.get(url, auth=('admin', '${v}'))\n` },
  { name: 'HTTPBasicAuth constructor (a password: a random token after `session.auth =` is the entropy rule\'s)', path: 'tools/export.py', text: () => `session.auth = HTTPBasicAuth("admin", "${passwordValue()}")\n` },
  { name: 'Python Final[str] annotation', path: 'app/settings.py', text: (v) => `API_KEY: Final[str] = '${v}'\n` },
  { name: 'pydantic Field default', path: 'app/settings.py', text: (v) => `class Settings(BaseSettings):\n    password: str = Field(default='${v}')\n` },
  { name: 'pydantic SecretStr', path: 'app/settings.py', text: (v) => `    api_key: SecretStr = SecretStr("${v}")\n` },
  { name: 'Markdown bold label', path: 'docs/staging.md', text: (v) => `- **Password:** \`${v}\`\n` },
  { name: 'Markdown table row', path: 'docs/env.md', text: (v) => `| Variable | Value |\n|---|---|\n| \`PARTNER_API_KEY\` | \`${v}\` |\n` },
  { name: 'HCL heredoc holding one line', path: 'infra/main.tf', text: (v) => `resource "x" "y" {\n  password = <<EOT\n${v}\nEOT\n}\n` },
  { name: 'SQL INSERT: the password column of a row', path: 'db/seed.sql', text: (v) => `INSERT INTO users (id, username, password, role) VALUES (1, 'admin', '${v}', 'admin');\n` },
  { name: 'SQL INSERT with quoted column names', path: 'db/seed.sql', text: (v) => 'INSERT INTO `users` (`id`, `api_key`) VALUES (2, ' + `'${v}');\n` },
  { name: 'a flow list of keys', path: 'config/api.yml', text: () => `api_keys: ["${fake.alnum(20)}Q9z"]\n` },
  // Segments of 4+ characters read like words, but a lower-case run with no vowel (`bvkdrx`) is no word.
  { name: 'a password whose letters come in long runs, one without a vowel', path: '.env', text: () => `DB_PASSWORD=${fake.chars('BCDFGHJKLMNPQRSTVWXZ', 11)}0${fake.chars('bcdfghjklmnpqrstvwxz', 6)}Xwy${fake.chars('BCDFGHJKLMNPQRSTVWXZ', 1)}i\n` },
  { name: 'an upper-case _KEY variable named for a service, holding a generated token', path: '.env', text: () => `OPENAI_KEY=${fake.alnum(28)}Q9z\n` },
  { name: 'a PascalCase …Key setting named for a service, holding a generated token', path: 'Web.config', text: () => `<add key="PaymentGatewayKey" value="${fake.base64url(28)}Q9z" />\n` },
  { name: 'a YAML block list of passwords', path: 'config/users.yml', text: (v) => `passwords:\n  - ${v}\n` },
  { name: 'Kotlin ?: fallback after an environment read', path: 'src/Config.kt', text: (v) => `val apiKey = System.getenv("API_KEY") ?: "${v}"\n` },
  { name: 'C# ?? fallback after an environment read', path: 'src/Config.cs', text: (v) => `var token = Environment.GetEnvironmentVariable("API_TOKEN") ?? "${v}";\n` },
  { name: 'Swift ?? fallback after an environment read', path: 'Sources/App/Config.swift', text: (v) => `let token = ProcessInfo.processInfo.environment["TOKEN"] ?? "${v}"\n` },
  { name: 'Rust unwrap_or after env::var', path: 'src/main.rs', text: (v) => `let token = env::var("TOKEN").unwrap_or("${v}".to_string());\n` },
  { name: 'Python or-fallback after os.environ.get', path: 'app/settings.py', text: (v) => `password = os.environ.get('DB_PASSWORD') or '${v}'\n` },
  { name: 'Ruby ENV.fetch block fallback', path: 'config/initializers/mail.rb', text: (v) => `  s.password = ENV.fetch('SMTP_PASSWORD') { '${v}' }\n` },
  { name: 'namespaced XML element with attributes (WS-Security)', path: 'soap/request.xml', text: (v) => `<wsse:Password Type="http://docs.oasis-open.org/wss#PasswordText">${v}</wsse:Password>\n` },
  { name: 'namespaced XML element', path: 'soap/config.xml', text: (v) => `<ns2:apiKey>${v}</ns2:apiKey>\n` },
  { name: "bash ANSI-C quoting $'…'", path: 'scripts/backup.sh', text: (v) => `export PGPASSWORD=$'${v}'\n` },
  { name: 'Buffer.from a literal', path: 'src/auth.ts', text: (v) => `const jwtSecret = Buffer.from('${v}', 'base64');\n` },
  { name: 'configparser set(section, key, value) (a password: a random token after `auth` is the entropy rule\'s)', path: 'tools/setup.py', text: () => `config.set('auth', 'password', '${passwordValue()}')\n` },
  { name: 'JDBC getConnection: the third argument', path: 'src/main/java/Dao.java', text: (v) => `Connection c = DriverManager.getConnection("jdbc:postgresql://db/orders", "app", "${v}");\n` },
  { name: 'PHP new mysqli: the third argument', path: 'db.php', text: (v) => `<?php\n$db = new mysqli("localhost", "app", "${v}", "shop");\n` },
  { name: 'PDO constructor: the third argument', path: 'db.php', text: (v) => `<?php\n$pdo = new PDO($dsn, 'app', '${v}');\n` },
  { name: 'a list of generated tokens under a plural name', path: 'config/gateway.yml', text: () => `allowed_tokens:\n  - ${fake.alnum(24)}Q9z\n` },
  // One case and digits, letters drawn at random (their pairs are ones words never hold): a generated token too.
  { name: 'a …Key setting named for a service, holding a one-case generated token', path: 'Web.config', text: () => `<add key="PaymentGatewayKey" value="${oneCaseToken()}" />\n` },
  { name: 'a base64 value starting with / whose segment is random letters of both cases', path: 'settings/accounts.json', text: () => `{ "botToken": "/${fake.digits(2)}KI/${fake.chars('qxzjvQXZJV', 16)}/${fake.digits(3)}Wc" }\n` },
  { name: 'a list of one-case generated tokens under a plural name', path: 'config/gateway.yml', text: () => `allowed_tokens:\n  - ${oneCaseToken().toUpperCase()}\n` },
  { name: 'bash associative array element, a password (a random token after `creds` is the entropy rule\'s)', path: 'scripts/env.sh', text: () => `declare -A creds\ncreds[password]="${passwordValue()}"\n` },
  { name: 'bash associative array literal', path: 'scripts/env.sh', text: (v) => `declare -A api=([url]="https://api.example.net" [token]="${v}")\n` },
  { name: 'a constant as the key argument (JNDI)', path: 'src/main/java/Ldap.java', text: (v) => `env.put(Context.SECURITY_CREDENTIALS, "${v}");\n` },
  { name: 'a YAML line held in a string, its value in its own quotes', path: 'commands/InitCommand.js', text: (v) => `dbSettings = ['host: "localhost"', 'password: "${v}"'];\n` },
  // A bare name in JS is code only where code goes on after it: a .env text in a template literal ends its line.
  { name: 'a Markdown YAML block after a ```ts block: a password', path: 'docs/setup.md', text: () => '```ts\nconst a: IDataType = x;\n```\n\n```yaml\npassword: k' + fake.alnum(15) + ',\n```\n' },
  { name: 'a URL query parameter in a JS comment (tencentcloud-sdk-nodejs typings)', path: 'services/ess/ess_models.d.ts', text: () => ` * <td>https://qian.example.com/console/batch-register?token=k${fake.alnum(31)}&orgName=test</td>\n` },
  { name: 'a .env line in a JS template literal (a test fixture)', path: 'test/env.test.js', text: () => `const fixture = \`\nAPI_TOKEN=k${fake.alnum(23)}\n\`;\n` },
  { name: 'a credential object typed password (Keycloak), a password (a random token after `creds` is the entropy rule\'s)', path: 'keycloak/realm.json', text: () => `{ "credentials": [ { "type": "password", "value": "${passwordValue()}", "temporary": false } ] }\n` },
];

/** Lower-case letters and digits whose letter pairs are ones words never hold (letter-bigrams.ts), each once: 4.6 bits per character. */
function shuffled(s: string): string {
  const a = [...s];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(fake.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.join('');
}

function oneCaseToken(): string {
  return `${shuffled('bcdfghjkmnpqvwxz')}${shuffled('23456789')}`;
}

const invalid: Case[] = [
  { name: 'a path whose long segments are names of both cases', path: 'config/app.json', text: () => '{ "secret_file": "/Users/JohnSmithAppData/RoamingKeysFolder/store" }\n' },
  { name: 'notebook cell: escaped environment read', path: 'explore.ipynb', text: () => `{"cells": [{"source": [\n    "token = os.environ[\\"HF_TOKEN\\"]\\n",\n    "password = \\"\\"\\n"\n]}]}\n` },
  { name: 'JSON string that mentions a password', path: 'i18n.json', text: () => `{"hint": "password = \\"at least 12 characters\\""}\n` },
  { name: 'bare key under a non-secret section', path: 'config.yml', text: () => `cache:\n  key: ${fake.alnum(12)}${fake.digits(4)}\n` },
  { name: 'bare Key under Logging', path: 'appsettings.json', text: () => `{\n  "Logging": {\n    "Key": "${fake.alnum(20)}"\n  }\n}\n` },
  { name: 'bare key under a publishable section', path: 'config.yml', text: () => `publishable:\n  key: pk_live_${fake.alnum(24)}\n` },
  { name: 'env reference', path: '.env', text: () => 'DB_PASSWORD=${DB_PASSWORD_FROM_VAULT}\n' },
  { name: 'GitHub Actions secret', path: '.github/workflows/ci.yml', text: () => 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n' },
  { name: 'Helm value', path: 'templates/secret.yaml', text: () => 'password: {{ .Values.db.password | quote }}\n' },
  { name: 'process.env', path: 'src/config.js', text: () => 'const apiKey = process.env.API_KEY;\n' },
  { name: 'os.environ', path: 'settings.py', text: () => 'SECRET_KEY = os.environ["SECRET_KEY"]\n' },
  { name: 'os.getenv', path: 'settings.py', text: () => 'password = os.getenv("DB_PASSWORD", "")\n' },
  { name: 'function call', path: 'app.go', text: () => 'token := getToken(ctx)\n' },
  { name: 'variable', path: 'app.js', text: () => 'const password = userInput.passwordField;\n' },
  { name: 'placeholder <…>', path: 'README.md', text: () => 'export API_KEY=<your-api-key>\n' },
  { name: 'placeholder xxx', path: '.env.example', text: () => 'STRIPE_SECRET=xxxxxxxxxxxxxxxxxxxx\n' },
  { name: 'changeme', path: 'config.yml', text: () => 'password: changeme123\n' },
  { name: 'your-token-here', path: 'README.md', text: () => 'token: your-token-here\n' },
  { name: 'words', path: 'config.yml', text: () => 'secret: my-super-secret-value\n' },
  { name: 'camel words', path: 'i18n.js', text: () => 'passwordLabel: "EnterYourPassword",\n' },
  { name: 'UI text', path: 'i18n.json', text: () => '{"password": "Password must be at least 8 characters"}\n' },
  { name: 'type annotation', path: 'types.ts', text: () => 'interface User {\n  password: string;\n  apiKey?: string;\n}\n' },
  { name: 'constant name', path: 'config.py', text: () => 'TOKEN_ENV = "GITHUB_TOKEN_VALUE"\n' },
  { name: 'comparison', path: 'auth.py', text: () => `if password == "${fake.alnum(16)}":\n` },
  { name: 'password_hash', path: 'seed.sql.py', text: () => `password_hash = "${fake.hex(64)}"\n` },
  { name: 'token url', path: 'config.yml', text: () => 'token_url: https://auth.example.com/oauth/token\n' },
  { name: 'max tokens', path: 'llm.py', text: () => 'max_tokens = 4096\n' },
  { name: 'public key', path: 'config.yml', text: () => `public_key: ${fake.base64(44)}\n` },
  { name: 'publishable key', path: 'stripe.js', text: () => `const publishableKey = "${fake.alnum(24)}";\n` },
  { name: 'key path', path: 'config.yml', text: () => 'private_key: ./certs/server.key\n' },
  { name: 'secret name', path: 'k8s.yaml', text: () => 'secretName: tls-secret-prod\n' },
  { name: 'UUID', path: 'config.json', text: () => '{"client_secret": "3f2b8c9e-1a2b-4c3d-9e8f-7a6b5c4d3e2f"}\n' },
  { name: 'digest', path: 'config.yml', text: () => `token_sha256: ${fake.hex(64)}\n` },
  { name: 'CSS design token', path: 'theme.css', text: () => ':root { --token-primary: #1e90ff; --token-accent: #ff00aa; }\n' },
  { name: 'boolean', path: 'config.yml', text: () => 'use_token: true\nrequire_password: false\n' },
  { name: 'number', path: 'config.yml', text: () => 'password_min_length: 12\ntoken_ttl: 3600\n' },
  { name: 'csrf token', path: 'form.html', text: () => `<input name="csrf_token" value="${fake.alnum(32)}">\n` },
  { name: 'next page token', path: 'api.json', text: () => `{"nextPageToken": "${fake.alnum(24)}"}\n` },
  { name: 'short value', path: '.env', text: () => 'API_KEY=abc123\n' },
  { name: 'sops', path: 'secrets.enc.yaml', text: () => `password: ENC[AES256_GCM,data:${fake.base64(24)},iv:${fake.base64(24)},tag:${fake.base64(24)},type:str]\n` },
  { name: 'ansible vault inline', path: 'vars.yml', text: () => `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${fake.hex(64)}\n  ${fake.hex(64)}\n` },
  { name: 'YAML block scalar', path: 'config.yml', text: () => 'secret: |\n  multi line\n' },
  { name: 'Terraform reference', path: 'main.tf', text: () => 'password = var.db_password\n' },
  { name: 'keyboard', path: 'app.js', text: () => `keyboardLayout = "${fake.alnum(16)}";\n` },
  { name: 'author', path: 'package.json', text: () => '{"author": "Jane Doe <jane@example.com>"}\n' },
  { name: 'lock file', path: 'package-lock.json', text: () => `{"token": "${fake.alnum(32)}"}\n` },
  { name: 'minified bundle', path: 'dist/app.min.js', text: () => `var a={apiKey:"${fake.alnum(32)}"};` },
  { name: 'documented AWS example', path: 'README.md', text: () => 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' },
  { name: 'masked', path: 'log.txt', text: () => 'password=********\n' },
  { name: 'env fallback empty', path: 'src/config.js', text: () => 'const token = process.env.TOKEN || "";\n' },
  { name: 'env fallback placeholder', path: 'settings.py', text: () => 'SECRET_KEY = os.getenv("SECRET_KEY", "change-me-in-production")\n' },
  { name: 'env fallback variable', path: 'src/config.js', text: () => 'const apiKey = process.env.API_KEY || defaults.apiKey;\n' },
  { name: 'PHP define reference', path: 'wp-config.php', text: () => "define('DB_PASSWORD', getenv('DB_PASSWORD'));\n" },
  { name: 'prose in docs', path: 'docs/setup.md', text: () => 'encryption_key Summer2024!Winter\n' },
  { name: 'prose sentence in conf', path: 'app.conf', text: () => '# keys\nauth_token Summer2024!Winter is read at startup\n' },
  { name: 'Go struct field', path: 'client.go', text: () => 'type Client struct {\n\tToken   *oauth2.Token\n\tAPIKey  sql.NullString\n}\n' },
  { name: 'curl header variable', path: 'deploy.sh', text: () => 'curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com\n' },
  { name: 'header with prose', path: 'ui.js', text: () => 'alert("Password: must be at least 12 characters long");\n' },
  { name: 'printf format', path: 'client.go', text: () => 'auth := fmt.Sprintf("Bearer %s", token)\nsecret := fmt.Sprintf("%s:%s", user, pass)\n' },
  { name: 'YAML anchor before a nested map', path: 'values.yaml', text: () => 'secrets: &default-secrets\n  enabled: true\npassword: &pw\n  <<: *defaults\n' },
  { name: 'digest as a header value', path: 'deploy.sh', text: () => `curl -H "Authorization: Bearer sha256:${fake.hex(64)}" https://x.example.com\n` },
  { name: 'resource name in a header', path: 'deploy.sh', text: () => 'curl -s -H "Authorization: Bearer kv-stage-3jo099" https://vault.internal/v1/x\n' },
  { name: 'Terraform variable without a default', path: 'infra/variables.tf', text: () => `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nvariable "region" {\n  default = "${fake.alnum(16)}"\n}\n` },
  { name: 'Terraform variable default that is empty or a reference', path: 'infra/variables.tf', text: () => 'variable "db_password" {\n  default = ""\n}\nvariable "api_token" {\n  default = null\n}\n' },
  { name: 'Gradle (Groovy) property reference and call', path: 'app/build.gradle', text: () => `storePassword System.getenv("STORE_PASSWORD")\nkeyPassword project.findProperty("keyPassword")\nstorePassword "\${storePass}"\n` },
  { name: 'property list: build-setting reference and prose', path: 'App/Info.plist', text: () => '<dict>\n\t<key>API_KEY</key>\n\t<string>$(API_KEY)</string>\n\t<key>PasswordHint</key>\n\t<string>Use Face ID instead of your password</string>\n</dict>\n' },
  { name: 'Android string resources that are UI text', path: 'app/src/main/res/values/strings.xml', text: () => '<resources>\n    <string name="password_hint">Enter your password</string>\n    <string name="api_key_label">API key</string>\n    <string name="token_error">@string/generic_error</string>\n</resources>\n' },
  { name: 'PowerShell: a bare word after = is a command, not a string', path: 'scripts/Setup.ps1', text: () => '$adminPassword = Read-Host -AsSecureString "Enter admin password"\n$apiKey = Get-Secret -Name PartnerApiKey -AsPlainText\n$token = Get-AzAccessToken-Cached\n' },
  { name: 'quoted NAME=value: references, empty values and concatenation', path: 'docker-compose.yml', text: () => 'environment:\n  - "DB_PASSWORD=${DB_PASSWORD}"\n  - "API_TOKEN="\nurl = "client_secret=" + secret\n' },
  { name: 'colon-separated identifiers (ARNs): a segment is no key', path: 'config/fixtures.yml', text: () => `db_secret_arn: arn:aws:secretsmanager:us-east-1:${fake.digits(12)}:secret:prod/db-${fake.alnum(6)}\nrole: arn:aws:iam::${fake.digits(12)}:role/token:${fake.alnum(12)}X9\n` },
  { name: 'hex digest under a sha key', path: 'config.yml', text: () => `artifact_token_sha: ${fake.hex(64)}\ncommitSha1: ${fake.hex(40)}\n` },
  { name: 'Caddy and HAProxy headers passing placeholders and variables', path: 'deploy/Caddyfile', text: () => 'reverse_proxy api:8080 {\n    header_up Authorization "Bearer {env.API_TOKEN}"\n    header_up X-Api-Key {http.request.header.X-Api-Key}\n}\nhttp-request set-header Authorization "Bearer %[var(txn.token)]"\n' },
  { name: 'web server directives passing variables', path: 'deploy/nginx/api.conf', text: () => 'proxy_set_header Authorization $http_authorization;\nproxy_set_header X-Api-Key "${api_key}";\nSetEnv DB_PASSWORD ${DB_PASSWORD}\nPassEnv DB_PASSWORD API_TOKEN\n' },
  { name: 'calls with a secret word and no literal value', path: 'src/App.java', text: () => 'headers.put("Authorization", token);\ndataSource.setPassword(config.getPassword());\nopts.password(password);\nt("password", "Password");\nel.setAttribute("type", "password");\nvar c = new NetworkCredential(user, pass);\nlist = ["password", "Kq83hd0aLq2Xk29fj", "token"]\n' },
  { name: 'a secret-named flag followed by another flag', path: 'lib/Test2/EventFacet/Assert.pm', text: () => 'use Test2::Util::HashBase qw{ -pass -no_debug -number };\nrun --password --interactive-login\n' },
  { name: 'a password hash under a hash-named key', path: 'puppet/manifests/mysql.pp', text: () => `mysql_user { 'app@%':\n  password_hash => '*${fake.hex(40).toUpperCase()}',\n}\n` },
  { name: 'Go setters and options with variables', path: 'internal/mail/client.go', text: () => '\tclient.SetPassword(cfg.SMTPPassword)\n\tc := cache.New(cache.WithPassword(os.Getenv("REDIS_PASSWORD")))\n\tpolicy.SetPasswordMinLength(12)\n\tSettings.SetToken(token)\n' },
  { name: 'string conversions of variables', path: 'src/upstream.rs', text: () => '    let token = String::from(raw_token);\n    password: Some(args.password.clone()),\n' },
  { name: 'regex match operator', path: 'check.rb', text: () => 'if token =~ /^[A-Za-z0-9]{32}$/ then ok end\nok = password =~ /^[A-Za-z0-9_-]{12,}$/\n' },
  { name: 'anti-forgery tokens in saved forms', path: 'test/fixtures/login.html', text: () => `<input type="hidden" name="authenticity_token" value="${fake.base64(86)}==">\n<input type="hidden" name="csrfmiddlewaretoken" value="${fake.alnum(64)}">\n<meta name="csrf-token" content="${fake.base64(86)}==">\n` },
  { name: 'C defines that name things', path: 'firmware/src/config.h', text: () => '#define PASSWORD_MAX_LEN 64\n#define TOKEN_ENV "CLOUD_TOKEN"\n#define API_KEY_HEADER "X-Api-Key"\n#define SECRET_KEY secret_key_from_flash\nchar password[] = {0};\n' },
  { name: 'references with empty, required or trivial defaults', path: 'docker-compose.yml', text: () => 'environment:\n  A_PASSWORD: ${A_PASSWORD:-}\n  B_PASSWORD: ${B_PASSWORD:?required}\n  C_PASSWORD: "${C_PASSWORD:-postgres}"\n  D_TOKEN: ${D_TOKEN:-changeme-in-prod}\n  E_SECRET: ${E_SECRET:${FALLBACK_SECRET}}\nspring.redis.password=${REDIS_PASSWORD:}\n' },
  { name: 'parameter blocks without a literal default', path: 'cfn/database.yaml', text: () => `Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n  Region:\n    Default: ${fake.alnum(16)}\ntokens:\n  default:\n    ttl: 3600\npassword:\n  default: ""\n  minLength: 12\n` },
  { name: 'Clojure keyword map with references', path: 'resources/config.edn', text: () => '{:api-token #env PARTNER_TOKEN\n :password (System/getenv "DB_PASSWORD")\n :secret-key :from-vault}\n' },
  { name: 'HAProxy userlist with a hashed password', path: 'deploy/haproxy/haproxy.cfg', text: () => `userlist admins\n  user ops password $6$${fake.alnum(16)}$${fake.alnum(86)}\n` },
  { name: 'arrows and hash elements with no literal', path: 'analysis/load.R', text: () => 'api_key <- Sys.getenv("API_KEY")\ntoken <- get_token(session)\nmy $token = $ENV{PARTNER_TOKEN};\n' },
  { name: 'chained exports of constants', path: 'build/common/constants.js', text: () => 'exports.SOCKS5_NO_ACCEPTABLE_AUTH = exports.SOCKS5_CUSTOM_AUTH_END = exports.SOCKS5_CUSTOM_AUTH_START = exports.SocksCommand = void 0;\nconst token = Config.OAUTH2_ACCESS_TOKEN;\n' },
  { name: 'argument arrays with no literal after the flag', path: 'deploy/k8s/redis.yaml', text: () => '      args: ["--requirepass", "$(REDIS_PASSWORD)"]\n      command: ["app", "--api-key"]\n      args: ["--token", tokenVar]\n' },
  { name: 'quoted NAME=value built with interpolation', path: 'src/rules.ts', text: () => 'const examples = [`TWINE_PASSWORD=pypi-AgENdGVzdC5weXBpLm9yZw${fake.base64url(180)}`];\n' },
  { name: 'PowerShell cmdlet quoted in another language', path: 'src/fixtures.ts', text: () => "const lines = ['$adminPassword = Read-Host -AsSecureString \"Enter admin password\"'];\nconst other = '$apiToken = ConvertFrom-SecureString -SecureString $s';\n" },
  { name: 'query-string &', path: 'notes.sh', text: () => `curl "https://x.example.com/cb?state=1&token=${fake.alnum(4)}&page=2"\n` },
  { name: 'Python f-string with interpolation', path: 'app/client.py', text: () => 'auth_header = f"Bearer {api_token}"\nsecret_key = f"{prefix}-{suffix}-value"\n' },
  { name: 'triple-quoted string that runs past the line', path: 'app/sql.py', text: () => `password_query = """\n  SELECT ${fake.alnum(16)} FROM users\n"""\n` },
  { name: 'YAML block scalar over several lines', path: 'config.yml', text: () => `secret: |\n  ${fake.alnum(24)}\n  ${fake.alnum(24)}\n` },
  { name: 'gh secret set from a variable or a file', path: 'scripts/secrets.sh', text: () => 'gh secret set API_TOKEN --body "$API_TOKEN"\ngh secret set TLS_PRIVATE_KEY < certs/server.key\n' },
  { name: 'reading a named secret back', path: 'ops/params.sh', text: () => 'aws ssm get-parameter --name /prod/orders/db_password --with-decryption\naz keyvault secret show --vault-name kv-prod --name DbPassword --query value -o tsv\n' },
  { name: 'set in prose', path: 'docs/security.md', text: () => 'Admins can set password complexity rules and set token lifetimes per tenant.\n' },
  { name: 'CMake set() from the environment', path: 'CMakeLists.txt', text: () => 'set(API_KEY $ENV{API_KEY})\nset(CLOUD_TOKEN "${CLOUD_TOKEN}" CACHE STRING "token")\n' },
  { name: 'Elixir attribute read from the environment', path: 'lib/orders/client.ex', text: () => '  @api_token System.get_env("PARTNER_API_TOKEN")\n' },
  { name: 'a pair whose value is a variable', path: 'src/Auth.kt', text: () => 'val auth = mapOf("password" to password, "token" to token)\n' },
  { name: 'a locale value with an accent is no key', path: 'config/locales/es.yml', text: () => 'es:\n  auth:\n    password: Contraseña\n    new_password: "Contraseña"\n    hint: "Contraseña: al menos 12 caracteres"\n' },
  { name: 'C# auto-property without a literal', path: 'src/PartnerOptions.cs', text: () => '    public string ApiKey { get; set; } = string.Empty;\n    public string Password { get; init; }\n' },
  { name: 'auth tuple of variables', path: 'tools/export.py', text: () => 'r = requests.get(url, auth=(user, password))\nr = requests.get(url, auth=("admin", os.environ["PW"]))\n' },
  { name: 'Markdown table row describing a variable', path: 'docs/env.md', text: () => '| `PARTNER_API_KEY` | The key from the partner portal |\n| `DB_PASSWORD` | `<your-password>` |\n' },
  { name: 'SQL INSERT: hashes, bind parameters, empty values', path: 'db/seed.sql', text: () => `INSERT INTO users (id, password_hash) VALUES (4, '$2b$12$${fake.alnum(53)}');\nINSERT INTO users (username, password) VALUES ($1, $2);\nINSERT INTO users (username, password) VALUES (:username, :password);\nINSERT INTO users (id, username, password) VALUES (5, 'guest', '');\n` },
  { name: 'a list of option names under a token-like name', path: 'lexers/fiction.py', text: () => "token_variants = ['+i6t-not-inline', '+i6t-inline', '+i6t-use-option']\n" },
  { name: '…Key names whose value is code, data or a word', path: 'backend.py', text: () => 'nid_key = self._lib.NID_aes_256_cbc\nconst cacheKey = "Zq8vT2mKx9LpW4rNab3Kd9";\nsortKey: createdAt\nstripeKey: pk_test_placeholder\nconst t = await getToken(messaging, { vapidKey: "BKagOny0KF_2pCJQ3m2XRrZ6Fq8Xk3nQvW0yT7uL1sD9" });\n' },
  { name: 'record ids under …Key names (Firebase push keys, document refs)', path: 'test/fixtures/events.json', text: () => `{\n  "pushKey": "-N${fake.alnum(6)}_${fake.alnum(11)}",\n  "docKey": "${fake.alnum(20)}Q9z"\n}\n` },
  { name: 'upper-case _KEY variables that name data, public keys or fingerprints', path: '.env', text: () => `CACHE_KEY=${fake.alnum(24)}Q9z\nRECAPTCHA_SITE_KEY=6Lc${fake.alnum(30)}Q9z\nGPG_KEY=${fake.hex(40).toUpperCase()}\nSTRIPE_KEY=short1A\nMAPBOX_KEY=${fake.hex(32)}\n` },
  { name: 'lists of secret names and references', path: 'docker-compose.yml', text: () => 'services:\n  api:\n    secrets:\n      - db_password\n      - api_token\n    imagePullSecrets:\n      - name: regcred\napi_keys: [PRIMARY_KEY, "${SECONDARY_KEY}"]\n' },
  { name: 'password calls with variables', path: 'src/Dao.java', text: () => 'Connection c = DriverManager.getConnection(url, user, password);\nConnection d = DriverManager.getConnection(url, props);\n$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => 1]);\n' },
  { name: 'token lists that are no credentials', path: 'config/model.yml', text: () => 'stop_tokens: ["</s>", "<|end|>"]\nmax_tokens: 512\nspecial_tokens:\n  - "<pad>"\n  - "<unk>"\n' },
  { name: 'constant keys and typed objects without literals', path: 'src/main/java/Ldap.java', text: () => 'env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_PASSWORD"));\ncache.put(token, "valid");\nString s = "{ \\"type\\": \\"password\\", \\"value\\": \\"\\" }";\n' },
  { name: 'bash array element from a variable', path: 'scripts/env.sh', text: () => 'creds[token]="$PARTNER_TOKEN"\nitems[key]=value\n' },
  { name: 'Markdown code spans joined by `to` in prose (plaid\'s changelog)', path: 'CHANGELOG.md', text: () => '- Add new webhook type `AUTHORIZATION_GRANTED` to `sandbox/item/fire_webhook`\n- Rename `API_SECRET_TOKEN` -> `sandbox/item/reset_login`\n' },
  // Seen in npm packages' typings and compiled output (ethers, hash-wasm, mapbox-gl, @prisma/client, msal, viem, @azure/storage-blob).
  { name: 'JS/TS: types, variables and member paths after a secret name', path: 'src/wallet.d.ts', text: () => "encrypt(password: Uint8Array | string): Promise<string>;\nexport function pbkdf2(password: Uint8Array, salt: Uint8Array): Uint8Array;\n  password: IDataType;\n  ['u_first_pass']: Uniform1i;\ndeclare type PrimaryKey = ReadonlyDeep_2<{\n  OAuthApp: OAuthAppWebhookPayload$1;\nexport type AccessTokenUrl1 = Management.HttpsUrlWithHttpFallback255;\n" },
  { name: 'a Markdown ```ts block: a type after a secret name', path: 'README.md', text: () => '## argon2\n\n```ts\nargon2id({\n  password: IDataType, // password (or message) to be hashed\n  salt: IDataType;\n});\n```\n' },
  { name: 'JS: member paths (tsc import bindings, optional chaining, chained exports)', path: 'dist/commonjs/Clients.js', text: () =>
      [
        'Storage.HmacKey = hmacKey_js_1.HmacKey;',
        'exports.deriveSHA256HMACKey = utils.deriveSHA256HMACKey;',
        'accountKey = Constants_1.Constants.no_account;',
        'exports.ethTokenAbi = exports.l1SharedBridgeAbi = exports.paymasterAbi = void 0;',
        ' sourceEncryptionKeySha256: options.sourceCustomerProvidedKey?.encryptionKeySha256',
      ].join('\n') + '\n',
  },
];

for (const c of valid) {
  test(`generic finds: ${c.name}`, () => {
    const v = secretValue();
    const text = c.text(v);
    const findings = findSecretsInFile(new SourceFile(c.path ?? 'file.txt', text));
    const rule = c.rule ?? GENERIC;
    const f = findings.find((x) => x.ruleId === rule);
    assert.ok(f, `no ${rule} in:\n${text}\nfound: ${findings.map((x) => x.ruleId).join(', ') || 'nothing'}`);
    if (c.rule) assert.ok(f.secret.includes(v), 'the provider finding covers the value');
    else if (text.includes(v)) {
      assert.equal(f.secret, v, 'the finding holds exactly the value');
      const offset = text.indexOf(v);
      const line = text.slice(0, offset).split('\n').length;
      assert.equal(f.line, line);
      assert.equal(f.column, offset - text.lastIndexOf('\n', offset - 1));
    }
    if (rule === GENERIC) assert.equal(f.severity, 'medium');
    assert.ok(f.message && f.why && f.fix, 'message, why and fix are all set');
    assert.equal(findings.length, 1, `one finding per secret: ${findings.map((x) => x.ruleId).join(', ')}`);
  });
}

for (const c of invalid) {
  test(`generic ignores: ${c.name}`, () => {
    const text = c.text('');
    const findings = findSecretsInFile(new SourceFile(c.path ?? 'file.txt', text));
    const loose = findings.filter((x) => x.ruleId === GENERIC || x.ruleId === 'secret/high-entropy');
    assert.deepEqual(loose.map((x) => `${x.ruleId} ${x.secret}`), [], `false positive in:\n${text}`);
  });
}

test('a provider token assigned to a secret-like key is one finding, the provider rule', () => {
  const token = fake.checksummedToken('ghp_');
  const findings = findSecretsInFile(new SourceFile('.env', `GITHUB_TOKEN=${token}\n`));
  assert.deepEqual(findings.map((f) => f.ruleId), ['secret/github-pat']);
});

test('key names: secret-like or not', () => {
  const secret = ['password', 'DB_PASSWORD', 'dbPass', 'db_pwd', 'apiKey', 'api-key', 'X-Api-Key', 'client_secret', 'clientSecret', 'AWS_SECRET_ACCESS_KEY', 'auth_token', 'accessToken', 'private_key', 'credentials', 'spring.datasource.password', 'SIGNING_KEY', 'webhookSecret', 'Authorization', 'secret_key_value'];
  const notSecret = ['password_hash', 'passwordLength', 'token_url', 'max_tokens', 'tokenizer', 'public_key', 'publishableKey', 'author', 'authority', 'keyboard', 'primary_key_name', 'secretName', 'csrf_token', 'nextPageToken', 'api_key_header', 'private_key_path', 'token_type', 'passport', 'bypass', 'forgot_password', 'show_password', 'auth_tag', 'authTag', 'ApiKeySelectionExpression', 'password-stdin', 'RDSCloudHsmAuthorizationRole', 'PasswordLastUsed', 'participant-token-configurations', 'starting-token'];
  for (const k of secret) assert.ok(secretKeyKind(k), `${k} should name a secret`);
  for (const k of notSecret) assert.equal(secretKeyKind(k), null, `${k} should not name a secret`);
});

test('key names: the password of an SSH or GPG login is a password; their keys and sockets are not secrets by name', () => {
  for (const k of ['ansible_ssh_pass', 'ssh_password', 'SSH_PASS', 'GPG_PASSPHRASE', 'pgpPassword']) assert.equal(secretKeyKind(k), 'password', k);
  for (const k of ['ssh_key', 'ssh_auth_sock', 'gpg_key_id', 'ssh_token_path']) assert.equal(secretKeyKind(k), null, k);
});

test('key names: ASP.NET machineKey attributes are keys', () => {
  for (const k of ['validationKey', 'decryptionKey', 'validation_key']) assert.equal(secretKeyKind(k), 'secret', k);
  const text = `<system.web>\n  <machineKey validationKey="${fake.upperHex(128)}" decryptionKey="${fake.upperHex(48)}" validation="HMACSHA256" decryption="AES" />\n</system.web>\n`;
  assert.deepEqual(findSecretsInFile(new SourceFile('Web.config', text)).map((f) => f.line), [2]);
  const auto = '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />\n';
  assert.deepEqual(findSecretsInFile(new SourceFile('Web.config', auto)), []);
});

test('value shapes: random values pass, words and identifiers do not', () => {
  for (let i = 0; i < 200; i++) {
    assert.ok(looksLikeSecretValue(secretValue(), 'secret'));
    assert.ok(looksLikeSecretValue(passwordValue(), 'password'));
    assert.ok(looksLikeSecretValue(fake.hex(32), 'secret'));
  }
  for (const v of ['kv-stage-3jo099', 'payments-api-prod-x7k2', 'mysecretpassword', 'MySecretPassword', 'my-secret-key', 'DATABASE_PASSWORD', 'config.auth.token', 'https://example.com/x', '/etc/secrets/token', 'true', 'undefined', '123456789012', '1.2.3.4.5.6']) {
    assert.equal(looksLikeSecretValue(v, 'secret'), false, v);
  }
});

test('value shapes: a regular expression is no secret, a random salt with a regex-like run by chance is', () => {
  for (const v of ['npm_[A-Za-z0-9]{36}', '^[a-z0-9._%+-]+@[a-z0-9.-]+$', '(?:ghp|gho)_[A-Za-z0-9]{36}']) assert.equal(looksLikeSecretValue(v, 'secret'), false, v);
  // A WordPress salt: 64 printable characters, about 45 of them different; this one holds `[GiSO:]*`.
  const salt = `*t,${'[WfO:Iz6#IM-M{Y@KF.D(Is[GiSO:]'}*(iM6s~?|d3K)G}vz1q8TbW`;
  assert.ok(looksLikeSecretValue(salt, 'secret'));
  const f = findSecretsInFile(new SourceFile('wp-config.php', `<?php\ndefine( 'AUTH_KEY',         '${salt}' );\n`));
  assert.deepEqual(f.map((x) => [x.ruleId, x.line]), [['secret/wordpress-auth-salt', 2]]);
});

test('after `name:` a bare value keeps `&name=` (one password); after `name=` the value ends there (a query parameter)', () => {
  const password = `${fake.digits(1)}&ogk${fake.alnum(8)}=?z^`;
  const yaml = findSecretsInFile(new SourceFile('src/main/resources/application-prod.yml', `spring:\n  datasource:\n    password: ${password}\n`));
  assert.deepEqual(yaml.map((f) => [f.ruleId, f.secret]), [[GENERIC, password]]);
  const token = secretValue();
  const query = findSecretsInFile(new SourceFile('notes.md', `GET https://api.example.com/v1/items?access_token=${token}&page=2\n`));
  assert.deepEqual(query.map((f) => [f.ruleId, f.secret]), [[GENERIC, token]]);
});

test('an identifier-shaped value is a name in code, a value in a .tfvars file', () => {
  const value = letterHeavy();
  const inTfvars = findSecretsInFile(new SourceFile('infra/prod.auto.tfvars', `db_password = "${value}"\n`));
  assert.deepEqual(inTfvars.map((f) => f.secret), [value]);
  const inTf = findSecretsInFile(new SourceFile('infra/main.tf', `resource "x" "y" {\n  db_password = "${value}"\n}\n`));
  assert.deepEqual(inTf.map((f) => f.secret), [], 'elsewhere (a .tf file, code) the identifier test stays: such strings name parameters, fields and resources');
});

test('Java properties: `name==value` is the value `=value`, as Properties.load reads it; elsewhere `==` compares', () => {
  const v = secretValue();
  const props = findSecretsInFile(new SourceFile('src/main/resources/application.properties', `spring.rabbitmq.host=mq\nspring.rabbitmq.password==${v}\n`));
  assert.deepEqual(props.map((f) => [f.ruleId, f.secret, f.line]), [[GENERIC, `=${v}`, 2]]);
  const code = findSecretsInFile(new SourceFile('check.sh', `if [ "$password" == "${v}" ]; then exit 1; fi\n`));
  assert.deepEqual(code.filter((f) => f.ruleId === GENERIC).map((f) => f.secret), []);
});

test('.env: `NAME==value` is the value `=value` (a .env file has no comparisons); with a space, or after other text, it is not', () => {
  const v = secretValue();
  const env = findSecretsInFile(new SourceFile('.env', `DB_HOST=db\nDB_PASSWORD==${v}\nexport API_PASSWORD==${v}\n`));
  assert.deepEqual(env.map((f) => [f.ruleId, f.secret, f.line]), [[GENERIC, `=${v}`, 2], [GENERIC, `=${v}`, 3]]);
  const test = findSecretsInFile(new SourceFile('.env.test', `[ "$DB_PASSWORD" == "${v}" ] && echo same\n`));
  assert.deepEqual(test.filter((f) => f.ruleId === GENERIC).map((f) => f.secret), []);
  // A shell line that starts with the name sets it for the command after it.
  const sh = findSecretsInFile(new SourceFile('scripts/backup.sh', `PGPASSWORD==${v} pg_dump -h db orders > o.sql\nif [ "$PGPASSWORD" == "${v}" ]; then exit 1; fi\n`));
  assert.deepEqual(sh.filter((f) => f.ruleId === GENERIC).map((f) => [f.secret, f.line]), [[`=${v}`, 1]]);
});

test('a value that starts with ~ right after = is assigned, not matched (=~ needs a space before it)', () => {
  const v = `~${fake.alnum(10)}%_${fake.alnum(8)}`;
  const f = findSecretsInFile(new SourceFile('src/main/resources/application.properties', `spring.datasource.password=${v}\n`));
  assert.deepEqual(f.map((x) => [x.ruleId, x.secret]), [[GENERIC, v]]);
});

test('key names: a refresh token is a credential; French mot_de_passe is a password', () => {
  for (const k of ['refresh_token', 'refreshToken', 'OAUTH_REFRESH_TOKEN']) assert.equal(secretKeyKind(k), 'secret', k);
  for (const k of ['mot_de_passe', 'MOT_DE_PASSE']) assert.equal(secretKeyKind(k), 'password', k);
  for (const k of ['refresh_token_url', 'refresh_token_ttl', 'refreshTokenExpiry', 'passe_partout_id']) assert.equal(secretKeyKind(k), null, k);
});

test('password words with no English keyword in them are still found: senha, contraseña, a WPA pre-shared key', () => {
  const v = `${fake.alnum(10)}#${fake.digits(3)}`;
  for (const [path, text] of [['config/app.yml', `db:\n  senha: ${v}\n`], ['config/app.yml', `contrasena: "${v}"\n`], ['infra/prod.tfvars', `vpn_psk = "${v}"\n`], ['wpa_supplicant.conf', `network={\n    ssid="office"\n    psk="${v}"\n}\n`]]) {
    const f = findSecretsInFile(new SourceFile(path, text));
    assert.deepEqual(f.map((x) => [x.ruleId, x.secret]), [[GENERIC, v]], text);
  }
  assert.equal(secretKeyKind('psk_length'), null);
});

test('value shapes: one-case random letters with a digit or two are values, not identifiers; words run together are not', () => {
  for (const v of ['uxfmdmymtgfec84g', 'kcskwaqpsff1co', 'XQ7TRWBZKPLD3MNVGH', 'MGUNSANPU41YLNGBBZGEJHRT']) assert.ok(looksLikeSecretValue(v, v === v.toLowerCase() ? 'password' : 'secret'), v);
  for (const v of ['getusername1', 'maxlinelength1', 'defaultstyle1', 'ORDERSERVICE1', 'hasownproperty2']) assert.equal(looksLikeSecretValue(v, 'password'), false, v);
  const v = ['uxfmdmym', 'tgfec84g'].join('');
  const f = findSecretsInFile(new SourceFile('scripts/backup.sh', `PGPASSWORD=${v} pg_dump -h db.internal orders > backup.sql\n`));
  assert.deepEqual(f.map((x) => x.secret), [v]);
});

test('value shapes: letters alone, drawn at random, are a value; words and names run together are not (letter pairs)', () => {
  // Random one-case letters, made here so no fixed value can drift into a word by chance.
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const draw = (n: number) => Array.from({ length: n }, () => lower[Math.floor(fake.random() * 26)]).join('');
  let lowerFound = 0;
  let upperFound = 0;
  for (let i = 0; i < 200; i++) {
    if (looksLikeSecretValue(draw(16), 'password')) lowerFound++;
    if (looksLikeSecretValue(draw(20).toUpperCase(), 'secret')) upperFound++;
  }
  assert.ok(lowerFound >= 150, `random lower-case letters found ${lowerFound}/200`);
  assert.ok(upperFound >= 150, `random upper-case letters found ${upperFound}/200`);
  // A digit among word-like letters: the letter pairs still tell (the generic red team's `tazcwaf2ekdnlawd3x` shape).
  assert.ok(looksLikeSecretValue('tazcwaf2ekdnlawd3x', 'password'));
  for (const v of ['mysecretpassword', 'correcthorsebatterystaple', 'administrator', 'xmlhttprequest', 'helloworldhello', 'supersecretpassword', 'REPLACEMEWITHYOURKEY', 'DEFAULTPASSWORD', 'abcdefghijklmnop', 'aaaaaaaaaaaaaaaa', 'maxlinelength', 'getusernameforprofile']) {
    assert.equal(looksLikeSecretValue(v, 'password'), false, v);
    assert.equal(looksLikeSecretValue(v, 'secret'), false, v);
  }
  const v = draw(18);
  const found = findSecretsInFile(new SourceFile('config/settings.py', `DATABASES = {"default": {"PASSWORD": "${v}"}}\n`));
  assert.equal(found.length, looksLikeSecretValue(v, 'password') ? 1 : 0);
});

test('value shapes: three or more numbered lower-case words (an acronym among them) are a name, one or two words with a number a password', () => {
  for (const v of ['google-auth-library-oauth2-http', 'spring-boot-starter-web3', 'kube-proxy-v1-node', 'x-amz-server-side-encryption-customer-key-MD5', 'x-amz-copy-source-server-side-encryption-customer-key-MD5']) assert.equal(looksLikeSecretValue(v, 'secret'), false, v);
  for (const v of ['dragon2023', 'hunter2-rocks9']) assert.ok(looksLikeSecretValue(v, 'password'), v);
});

test('value shapes: a dotted value whose first part holds a number is a password, not a property path', () => {
  for (const v of ['Summer2024.Beach', 'pmyg4C22.NALEM', 'd958A88.Bngxq']) assert.ok(looksLikeSecretValue(v, 'password'), v);
  for (const v of ['config.apiKey', 'crypto.randomUUID', 'settings.DB_PASSWORD', 'obj1.password', 'AppConfig.Secrets.Token']) assert.equal(looksLikeSecretValue(v, 'password'), false, v);
});

test('pswd triggers the parser', () => {
  const v = `${fake.alnum(12)}!${fake.digits(2)}`;
  assert.deepEqual(findSecretsInFile(new SourceFile('config/legacy.yaml', `pswd: ${v}\n`)).map((x) => x.secret), [v]);
});

test('key names: pagination, change-tracking and version (concurrency) tokens are not credentials', () => {
  for (const k of ['resumeToken', 'resume_token', 'deltatoken', '$deltatoken', 'skiptoken', 'deltaToken', 'changeToken', 'nexttoken', 'versionToken', 'version_token']) assert.equal(secretKeyKind(k), null, k);
  const text = `{\n  "resumeToken": "${fake.base64(48)}",\n  "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=${fake.base64url(60)}"\n}\n`;
  assert.deepEqual(findSecretsInFile(new SourceFile('test/fixtures/api.json', text)), []);
});

test('value shapes: a word in any alphabet is a word (locale files)', () => {
  for (const v of ['Contraseña', 'Geheimschlüssel', 'Zugriffstoken', 'contraseña', 'Şifreniz', 'Hasło']) assert.equal(looksLikeSecretValue(v, 'password'), false, v);
  const yml = ['es:', '  auth:', '    password: Contraseña', '    new_password: "Contraseña"', ''].join('\n');
  const f = findSecretsInFile(new SourceFile('config/locales/es.yml', yml));
  assert.deepEqual(f, []);
});

test('key names: keytool and jarsigner password flags are passwords', () => {
  for (const k of ['storepass', 'keypass', 'srcstorepass', 'deststorepass', 'destkeypass']) assert.equal(secretKeyKind(k), 'password', k);
  const pw = `${fake.alnum(12)}#${fake.digits(2)}`;
  const f = findSecretsInFile(new SourceFile('ops/keystore.sh', `keytool -importkeystore -srckeystore app.p12 -destkeystore app.jks -deststorepass ${pw}\n`));
  assert.deepEqual(f.map((x) => x.secret), [pw]);
});

test('a .env line keeps & and = in its value (dotenv reads to the end of the line); a URL in it still splits query parameters', () => {
  const v = `U&_${fake.alnum(6)}#L4l&V=eo`;
  assert.deepEqual(findSecretsInFile(new SourceFile('.env.production', `SECRET_KEY=${v}\n`)).map((x) => x.secret), [v]);
  const url = `CALLBACK_URL=https://hooks.example.net/cb?token=${fake.alnum(4)}&page=2\n`;
  assert.deepEqual(findSecretsInFile(new SourceFile('.env', url)).filter((x) => x.ruleId === GENERIC), []);
});

test('value shapes: base64 that starts with a slash is a value when a segment is random; a path is not', () => {
  for (const v of [`/${fake.alnum(6)}/7KiQq3C7rqfkJLyaaWqWu`, '/gwqD2Z133M6YD3ezk0dzgR7ii72ynqCAU3d']) assert.ok(looksLikeSecretValue(v, 'secret'), v);
  for (const v of ['/run/secrets/partner_api_key', '/opt/App2024/config/Settings', '/var/lib/orders/keys/ApiKeyStore']) assert.equal(looksLikeSecretValue(v, 'secret'), false, v);
});

test('key names: accented and non-English password names are passwords', () => {
  for (const k of ['contraseña', 'Contraseña', 'Kennwort', 'wachtwoord', 'passord', 'mot_de_passe']) assert.equal(secretKeyKind(k), 'password', k);
});

test('SQL INSERT with several rows: each row value of the secret column is a finding', () => {
  const keys = [fake.alnum(28), fake.alnum(28), fake.alnum(28)];
  const text = `INSERT INTO service_accounts (name, api_key, created_at) VALUES\n  ('billing', '${keys[0]}', now()),\n  ('reports', '${keys[1]}', now()),\n  ('it''s', '${keys[2]}', now());\n`;
  const f = findSecretsInFile(new SourceFile('db/migrations/0007_accounts.sql', text));
  assert.deepEqual(f.map((x) => [x.line, x.secret]), [[2, keys[0]], [3, keys[1]], [4, keys[2]]]);
});

test('a list under a secret name: every literal is a finding', () => {
  const keys = [`${fake.alnum(24)}Q9z`, `${fake.alnum(24)}Q9z`];
  const f = findSecretsInFile(new SourceFile('config/gateway.yaml', `api_keys:\n  - ${keys[0]}\n  - "${keys[1]}"\nother: 1\n`));
  assert.deepEqual(f.map((x) => [x.line, x.secret]), [[2, keys[0]], [3, keys[1]]]);
  const g = findSecretsInFile(new SourceFile('settings.py', `API_KEYS = ['${keys[0]}', '${keys[1]}']\n`));
  assert.deepEqual(g.map((x) => x.secret), keys);
});
