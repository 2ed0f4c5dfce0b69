import * as fake from '../../../lib/secrets/fake';
import { pick } from '../plant';
import { Doc, key, pw, type Template } from './files';
import * as v from './values';

/**
 * Second round of red-team templates, written after the first round's fixes
 * so they were not tuned on: C/C++/Objective-C, Go, Kotlin, Dart, Elixir,
 * HOCON, Windows batch, XML framework configs, SQL settings rows, YAML/TOML
 * flow maps, shell defaults, and saved HTML with anti-forgery tokens.
 */

export const MORE_TEMPLATES: Record<string, Template> = {
  'c-family': (dir) => {
    const c = new Doc(`${dir}firmware/src/${pick(['config.h', 'secrets.h', 'cloud.c'])}`, 'c-source');
    c.t('#pragma once').t('#include <stdint.h>').t('');
    const s1 = key('"\\');
    c.p('define-string', `#define ${pick(['API_KEY', 'CLOUD_TOKEN', 'DEVICE_SECRET'])} "${s1.value}"`, s1.style);
    const p1 = pw('"\\');
    c.p('define-password', `#define WIFI_PASSWORD "${p1.value}"`, p1.style);
    const s2 = key('"\\');
    c.p('char-array', `static const char ${pick(['auth_token', 'mqtt_password', 'api_secret'])}[] = "${s2.value}";`, s2.style);
    const p2 = pw('"\\');
    c.p('char-pointer', `const char *db_password = "${p2.value}";`, p2.style);
    c.n('define-name', '#define PASSWORD_MAX_LEN 64').n('define-env', '#define TOKEN_ENV "CLOUD_TOKEN"').n('getenv', 'const char *token = getenv("CLOUD_TOKEN");');
    const m = new Doc(`${dir}ios/Classes/${pick(['APIKeys.m', 'Config.m'])}`, 'objc-source');
    const s3 = key('"\\');
    m.t('#import "Config.h"').t('').p('nsstring-const', `NSString *const kClientSecret = @"${s3.value}";`, s3.style);
    m.n('localized', 'NSString *const kPasswordPrompt = NSLocalizedString(@"Enter your password", nil);');
    return [c, m];
  },
  'go-more': (dir) => {
    const d = new Doc(`${dir}internal/${pick(['store', 'client', 'mailer'])}/config.go`, 'go-source');
    d.t('package config').t('').t('import "os"').t('');
    const p1 = pw('"\\`');
    d.t('var Default = Config{').t(`\tHost:     "${v.host()}",`).t(`\tUser:     "${v.user()}",`).p('struct-field', `\tPassword: "${p1.value}",`, p1.style).t('}').t('');
    const s1 = key('"\\`');
    d.p('setenv', `func init() { os.Setenv("${pick(['API_TOKEN', 'PARTNER_SECRET', 'SIGNING_KEY'])}", "${s1.value}") }`, s1.style);
    const s2 = key('`');
    d.p('raw-string', `const webhookSecret = \`${s2.value}\``, s2.style);
    d.n('getenv', 'var apiToken = os.Getenv("API_TOKEN")').n('struct-tag', '\tPassword string `json:"password" yaml:"password"`');
    d.n('flag', 'var password = flag.String("password", "", "database password")');
    return [d];
  },
  'kotlin-dart-elixir': (dir) => {
    const kt = new Doc(`${dir}app/src/main/kotlin/com/acme/${pick(['Secrets.kt', 'ApiConfig.kt'])}`, 'kotlin-source');
    kt.t('package com.acme').t('').t('object ApiConfig {');
    const s1 = key('"\\$');
    kt.p('const-val', `    const val ${pick(['API_KEY', 'CLIENT_SECRET', 'AUTH_TOKEN'])} = "${s1.value}"`, s1.style);
    const p1 = pw('"\\$');
    kt.p('private-val', `    private val dbPassword: String = "${p1.value}"`, p1.style);
    kt.n('build-config', '    val mapsKey = BuildConfig.MAPS_API_KEY').n('string-template', '    val header = "Bearer $token"').t('}');
    const dart = new Doc(`${dir}lib/${pick(['env.dart', 'config/keys.dart'])}`, 'dart-source');
    const s2 = key("'\\$");
    dart.p('static-const', `  static const String ${pick(['apiKey', 'clientSecret', 'sentryToken'])} = '${s2.value}';`, s2.style);
    dart.n('from-env', "  static const apiToken = String.fromEnvironment('API_TOKEN');");
    const ex = new Doc(`${dir}config/${pick(['prod.exs', 'runtime.exs'])}`, 'elixir-config');
    const p2 = pw('"\\#');
    ex.t('import Config').t('').t('config :shop, Shop.Repo,').t(`  username: "${v.user()}",`).p('keyword-password', `  password: "${p2.value}",`, p2.style).t(`  hostname: "${v.host()}"`);
    const s3 = key('"\\#');
    ex.t('').p('keyword-secret', `config :shop, ShopWeb.Endpoint, secret_key_base: "${s3.value}${fake.alnum(32)}"`, s3.style);
    ex.n('system-env', 'config :shop, :partner, api_key: System.get_env("PARTNER_API_KEY")').n('system-fetch', '  password: System.fetch_env!("DB_PASSWORD"),');
    return [kt, dart, ex];
  },
  'hocon-batch-xml': (dir) => {
    const h = new Doc(`${dir}src/main/resources/application.conf`, 'hocon');
    const p1 = pw('"\\$');
    h.t('db {').t(`  url = "jdbc:postgresql://${v.host()}/orders"`).t(`  user = "${v.user()}"`).p('quoted', `  password = "${p1.value}"`, p1.style).t('}');
    const s1 = key('"\\$');
    h.t('akka.http.server {').t('}').p('dotted-key', `partner.api-secret = "${s1.value}"`, s1.style);
    h.n('optional-subst', 'partner.api-token = ${?PARTNER_API_TOKEN}').n('subst', 'smtp.password = ${SMTP_PASSWORD}');
    const b = new Doc(`${dir}scripts/${pick(['setup.bat', 'run.cmd'])}`, 'windows-batch');
    const p2 = pw(' "%^&|<>');
    b.t('@echo off').p('set', `set DB_PASSWORD=${p2.value}`, p2.style);
    const s2 = key(' "%^&|<>');
    b.p('set-quoted', `SET "${pick(['API_KEY', 'SERVICE_TOKEN', 'CLIENT_SECRET'])}=${s2.value}"`, s2.style);
    b.n('env-ref', 'set TOKEN=%CI_TOKEN%').n('prompt', 'set /p DB_PASSWORD=Enter database password: ');
    const x = new Doc(`${dir}${pick(['src/main/webapp/META-INF/context.xml', 'conf/hibernate.cfg.xml'])}`, 'xml-config');
    const p3 = pw('"<>&\'');
    x.t('<?xml version="1.0" encoding="UTF-8"?>').t('<Context>');
    x.p('attribute', `  <Resource name="jdbc/orders" auth="Container" type="javax.sql.DataSource" username="${v.user()}" password="${p3.value}" url="jdbc:postgresql://${v.host()}/orders" />`, p3.style);
    const p4 = pw('<>&');
    x.p('property-element', `  <property name="hibernate.connection.password">${p4.value}</property>`, p4.style);
    x.n('property-ref', '  <property name="hibernate.connection.username">${db.user}</property>').t('</Context>');
    const ng = new Doc(`${dir}${pick(['NuGet.Config', 'nuget.config'])}`, 'nuget-config');
    const p5 = pw('"<>&');
    ng.t('<configuration>').t('  <packageSourceCredentials>').t('    <internal>').t('      <add key="Username" value="ci" />').p('cleartext-password', `      <add key="ClearTextPassword" value="${p5.value}" />`, p5.style).t('    </internal>').t('  </packageSourceCredentials>').t('</configuration>');
    return [h, b, x, ng];
  },
  'data-and-flow': (dir) => {
    const sql = new Doc(`${dir}db/seeds/${pick(['settings.sql', '003_integrations.sql'])}`, 'sql-settings');
    const p1 = pw("'\\");
    sql.t('-- integration settings').p('settings-row', `INSERT INTO settings (name, value) VALUES ('smtp_password', '${p1.value}');`, p1.style);
    const s1 = key("'\\");
    sql.p('update-row', `UPDATE integrations SET api_key = '${s1.value}' WHERE name = 'partner';`, s1.style);
    sql.n('bcrypt', `UPDATE users SET password = '${v.bcrypt()}' WHERE id = 1;`).n('null-token', "UPDATE users SET reset_token = NULL WHERE id = 2;");
    const y = new Doc(`${dir}${pick(['config/services.yml', 'deploy/app.yaml'])}`, 'yaml-flow');
    const p2 = pw('"\\');
    y.t('services:').p('flow-map', `  db: { host: ${v.host()}, user: ${v.user()}, password: "${p2.value}" }`, p2.style);
    const s2 = key(' #:\'"{}[],&*!|>%@`');
    y.p('trailing-comment', `  partner_api_key: ${s2.value} # rotated 2024-03`, s2.style);
    const p3 = pw('"\\}$');
    y.p('default-fallback', `  smtp_password: "\${SMTP_PASSWORD:-${p3.value}}"`, p3.style);
    y.n('empty-default', '  cache_password: "${CACHE_PASSWORD:-}"').n('required', '  queue_password: "${QUEUE_PASSWORD:?must be set}"');
    const t = new Doc(`${dir}${pick(['config/app.toml', 'Settings.toml'])}`, 'toml-inline');
    const p4 = pw('"\\');
    t.p('inline-table', `database = { user = "${v.user()}", password = "${p4.value}", host = "${v.host()}" }`, p4.style);
    const props = new Doc(`${dir}conf/${pick(['jdbc.properties', 'mail.properties'])}`, 'properties-colon');
    const p5 = pw(' \\#!=:');
    props.t('# connection').p('colon-separator', `jdbc.password: ${p5.value}`, p5.style);
    const s3 = key(' \\#!=:');
    props.p('space-separator', `mail.smtp.auth.token ${s3.value}`, s3.style);
    return [sql, y, t, props];
  },
  'html-and-code-negatives': (dir) => {
    const h = new Doc(`${dir}${pick(['docs/snapshots/login.html', 'test/fixtures/page.html'])}`, 'html');
    h.t('<form action="/session" method="post">');
    h.n('csrf-rails', `  <input type="hidden" name="authenticity_token" value="${fake.base64(86)}==" autocomplete="off">`);
    h.n('csrf-django', `  <input type="hidden" name="csrfmiddlewaretoken" value="${fake.alnum(64)}">`);
    h.n('csrf-aspnet', `  <input name="__RequestVerificationToken" type="hidden" value="CfDJ8${fake.base64url(150)}">`);
    h.n('password-input', '  <input type="password" name="password" placeholder="Password" autocomplete="current-password">');
    h.n('sri', `  <script src="https://cdn.jsdelivr.net/npm/app@1.2.3/dist/app.min.js" integrity="${v.sri()}" crossorigin="anonymous"></script>`);
    h.n('csp-nonce', `  <script nonce="${fake.base64(24)}">window.__TOKEN_NAME__ = "access_token";</script>`).t('</form>');
    const ts = new Doc(`${dir}src/${pick(['auth/schema.ts', 'server/session.ts'])}`, 'ts-negatives');
    ts.n('regex', 'const PASSWORD_PATTERN = /^(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,}$/;');
    ts.n('zod', 'export const login = z.object({ email: z.string().email(), password: z.string().min(12) });');
    ts.n('random-gen', "const sessionSecret = crypto.randomBytes(32).toString('hex');");
    ts.n('config-get', "const apiKey = config.get<string>('partner.apiKey');");
    ts.n('read-file', "const privateKey = fs.readFileSync('/run/secrets/signing.pem', 'utf8');");
    ts.n('hash-call', 'const passwordHash = await bcrypt.hash(password, 12);');
    ts.n('jwt-sign', "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' });");
    ts.n('enum', "export enum Keys { ApiKey = 'api_key', Secret = 'client_secret' }");
    ts.n('test-literal', "it('rejects a wrong password', async () => { await expect(login('ada', 'wrong-password')).rejects.toThrow(); });");
    ts.n('uuid-id', `const clientId = '${v.uuid()}';`).n('google-client-id', `const oauthClientId = '${fake.digits(12)}-${fake.lowerAlnum(32)}.apps.googleusercontent.com';`);
    return [h, ts];
  },
};

/**
 * Third round: command lines (docker, kubectl, helm), CloudFormation parameter
 * defaults, query strings, service configs (redis, my.cnf, pgbouncer), key
 * spellings people use, and secret-manager and pipeline references that must
 * stay quiet.
 */
export const THIRD_TEMPLATES: Record<string, Template> = {
  'cli-runbook': (dir) => {
    const d = new Doc(`${dir}${pick(['docs/runbook.md', 'ops/RUNBOOK.md', 'scripts/provision.sh'])}`, 'cli');
    d.t('```sh');
    const s1 = key(' "\'\\$`');
    d.p('docker-build-arg', `docker build --build-arg ${pick(['NPM_TOKEN', 'PIP_INDEX_TOKEN', 'ARTIFACTORY_API_KEY'])}=${s1.value} -t api .`, s1.style);
    const p1 = pw(' "\'\\$`;&|<>()');
    d.p('docker-run-env', `docker run -d --name db -e POSTGRES_PASSWORD=${p1.value} postgres:16`, p1.style);
    const p2 = pw(' "\'\\$`;&|<>(),=');
    d.p('kubectl-from-literal', `kubectl create secret generic db-creds --from-literal=username=app --from-literal=password=${p2.value}`, p2.style);
    const p3 = pw(' "\'\\$`;&|<>(),=');
    d.p('helm-set', `helm upgrade --install api ./chart --set postgresql.auth.password=${p3.value}`, p3.style);
    const s2 = key(' "\'\\$`;&|<>()');
    d.p('cli-flag', `./bin/worker --queue orders --api-token ${s2.value}`, s2.style);
    d.n('flag-ref', './bin/worker --api-token "$WORKER_TOKEN"').n('kubectl-from-file', 'kubectl create secret generic tls --from-file=tls.key=./certs/server.key');
    d.t('```');
    return [d];
  },
  'cloudformation': (dir) => {
    const d = new Doc(`${dir}${pick(['cfn/database.yaml', 'infra/stack.template.yaml'])}`, 'cloudformation');
    d.t('AWSTemplateFormatVersion: "2010-09-09"').t('Parameters:').t('  DBUser:').t('    Type: String').t('    Default: app');
    const p1 = pw(' #:\'"{}[],&*!|>%@`');
    d.t(`  ${pick(['DBPassword', 'MasterUserPassword', 'AdminPassword'])}:`).t('    Type: String').t('    NoEcho: true').p('parameter-default', `    Default: ${p1.value}`, p1.style);
    d.t('Resources:').t('  Db:').t('    Type: AWS::RDS::DBInstance').t('    Properties:');
    d.n('dynamic-ref', "      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'").n('cfn-ref', '      MasterUsername: !Ref DBUser');
    d.n('ssm-ref', "      DBPassword2: '{{resolve:ssm-secure:/prod/db/password:1}}'");
    return [d];
  },
  'service-configs': (dir) => {
    const r = new Doc(`${dir}${pick(['deploy/redis/redis.conf', 'etc/redis.conf'])}`, 'redis-conf');
    const p1 = pw(' "\'\\#');
    r.t('bind 0.0.0.0').t('port 6379').p('requirepass', `requirepass ${p1.value}`, p1.style);
    const p2 = pw(' "\'\\#');
    r.p('masterauth', `masterauth ${p2.value}`, p2.style);
    const my = new Doc(`${dir}${pick(['deploy/mysql/my.cnf', '.my.cnf'])}`, 'my-cnf');
    const p3 = pw(' "\'\\#;');
    my.t('[client]').t(`user=${'backup'}`).p('client-password', `password=${p3.value}`, p3.style).t(`host=${v.host()}`);
    const pg = new Doc(`${dir}deploy/pgbouncer/userlist.txt`, 'pgbouncer');
    const p4 = pw(' "\'\\');
    pg.p('userlist', `"${v.user()}" "${p4.value}"`, p4.style).n('scram-userlist', `"replicator" "SCRAM-SHA-256$4096:${fake.base64(24)}$${fake.base64(44)}:${fake.base64(44)}"`);
    const q = new Doc(`${dir}${pick(['docs/webhooks.md', 'src/integrations/README.md'])}`, 'query-string');
    const s1 = key('&#"\'` ');
    q.p('url-param', `Send events to \`https://hooks.partnerhub.io/v1/ingest?${pick(['api_key', 'token', 'access_token'])}=${s1.value}&source=orders\``, s1.style);
    q.n('url-param-placeholder', 'Or use `https://hooks.partnerhub.io/v1/ingest?api_key=YOUR_API_KEY`.');
    return [r, my, pg, q];
  },
  'key-spellings': (dir) => {
    const d = new Doc(`${dir}${pick(['config/integrations.yml', 'config/legacy.yaml'])}`, 'key-spellings');
    const names = ['pswd', 'passwd', 'db_pw', 'root_pw', 'admin_pass', 'login_password', 'smtp_pass', 'mot_de_passe', 'passwort', 'contrasena', 'master_password', 'user_pwd'];
    const secrets = ['apikey', 'api-token', 'access_key_secret', 'secret_access_key', 'client_key', 'app_token', 'bot_token', 'private_token', 'refresh_token', 'x-auth-token', 'auth_key'];
    for (let i = 0; i < 3; i++) {
      const p1 = pw(' #:\'"{}[],&*!|>%@`');
      d.p('password-name', `${pick(names)}${i}: ${p1.value}`.replace(/(\D)(\d): /, '$1: '), p1.style);
      const s1 = key(' #:\'"{}[],&*!|>%@`');
      d.p('secret-name', `${pick(secrets)}${i}: ${s1.value}`.replace(/(\D)(\d): /, '$1: '), s1.style);
    }
    return [d];
  },
  'reference-negatives': (dir) => {
    const d = new Doc(`${dir}${pick(['config/refs.yml', 'deploy/values-refs.yaml'])}`, 'refs');
    d.n('azure-keyvault-ref', 'DB_PASSWORD: "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db-password/)"');
    d.n('gcp-sm-path', 'api_key_secret: projects/123456789/secrets/partner-api-key/versions/latest');
    d.n('onepassword-ref', 'password: "op://Production/Postgres/password"').n('vault-ref', 'token: "vault:secret/data/ci#token"');
    d.n('mkdocs-env', 'password: !ENV ${SMTP_PASSWORD}').n('symfony-env', "secret: '%env(APP_SECRET)%'").n('azure-devops', 'password: $(DbPassword)');
    d.n('octopus', "password: '#{Db.Password}'").n('double-at', 'api_key: "@@PARTNER_API_KEY@@"').n('erb-ivar', 'password: <%= @db_password %>');
    d.n('go-template', 'password: "[[ .Password ]]"').n('cfn-sub', 'secret: !Sub "{{resolve:secretsmanager:${SecretName}}}"');
    d.n('k8s-secret-name', `auth_token_secret: ${pick(['api-tokens', 'partner-token-v2'])}`).n('sealed-ref', 'passwordSecretRef: { name: db, key: password }');
    return [d];
  },
};

/**
 * Fourth round: locale files and pagination cursors (random or foreign words
 * under secret-like keys), crypto test vectors, mail-server maps, and the
 * positives of less common syntaxes: R, Perl, Clojure/EDN, Jenkinsfile,
 * Ansible INI inventories, HAProxy, Kafka JAAS, database and admin CLIs.
 */
export const FOURTH_TEMPLATES: Record<string, Template> = {
  'locales': (dir) => {
    const docs: Doc[] = [];
    const words: Record<string, [string, string, string]> = {
      es: ['Contraseña', 'Clave secreta', 'Token de acceso'],
      de: ['Passwort', 'Geheimschlüssel', 'Zugriffstoken'],
      pt: ['Senha', 'Chave secreta', 'Token de acesso'],
      fr: ['Mot de passe', 'Clé secrète', 'Jeton d’accès'],
      tr: ['Şifre', 'Gizli anahtar', 'Erişim belirteci'],
      ru: ['Пароль', 'Секретный ключ', 'Токен доступа'],
      pl: ['Hasło', 'Klucz tajny', 'Token dostępu'],
    };
    for (const lang of [pick(Object.keys(words)), pick(Object.keys(words))]) {
      const d = new Doc(`${dir}config/locales/${lang}.yml`, 'locales');
      const [pwWord, secretWord, tokenWord] = words[lang];
      d.t(`${lang}:`).t('  auth:').n('i18n-word', `    password: ${pwWord}`).n('i18n-word', `    secret_key: ${secretWord}`).n('i18n-word', `    access_token: ${tokenWord}`);
      d.n('i18n-word', `    password_confirmation: ${pwWord}`).n('i18n-word', `    new_password: "${pwWord}"`);
      docs.push(d);
    }
    return docs;
  },
  'cursors-and-vectors': (dir) => {
    const d = new Doc(`${dir}${pick(['test/fixtures/api_responses.json', 'spec/cassettes/list_orders.json'])}`, 'cursors');
    d.t('{').n('pagination', `  "nextPageToken": "${fake.base64url(40)}",`).n('pagination', `  "resumeToken": "${fake.base64(48)}",`);
    d.n('pagination', `  "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=${fake.base64url(60)}",`).n('pagination', `  "continuationToken": "${fake.base64(40)}",`);
    d.n('pagination', `  "cursor": { "after": "${fake.base64(32)}", "pageToken": "${fake.base64url(32)}" }`).t('}');
    const t = new Doc(`${dir}${pick(['tests/test_crypto.py', 'src/crypto/aes_test.go'])}`, 'test-vectors');
    t.n('nist-vector', "aes_key = bytes.fromhex('2b7e151628aed2a6abf7158809cf4f3c')  # NIST SP 800-38A F.1.1");
    t.n('rfc-vector', `hmac_key = bytes.fromhex('${'0b'.repeat(20)}')  # RFC 4231 test case 1`);
    t.n('sequence-vector', "secret_key = bytes(range(32))  # 000102…1f");
    const pf = new Doc(`${dir}deploy/postfix/main.cf`, 'postfix');
    pf.t('relayhost = [smtp.mailrelay.net]:587').t('smtp_sasl_auth_enable = yes').n('map-path', 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd').n('tls-path', 'smtpd_tls_key_file = /etc/ssl/private/mail.key');
    return [d, t, pf];
  },
  'odd-syntaxes': (dir) => {
    const r = new Doc(`${dir}${pick(['analysis/load.R', 'R/config.R'])}`, 'r-source');
    const s1 = key('"\\');
    r.p('arrow-assign', `api_key <- "${s1.value}"`, s1.style);
    const p1 = pw('"\\');
    r.p('setenv', `Sys.setenv(DB_PASSWORD = "${p1.value}")`, p1.style).n('getenv', 'token <- Sys.getenv("API_TOKEN")');
    const pl = new Doc(`${dir}${pick(['lib/Config.pm', 'scripts/sync.pl'])}`, 'perl');
    const s2 = key("'\\");
    pl.p('env-hash', `$ENV{PARTNER_TOKEN} = '${s2.value}';`, s2.style);
    const p2 = pw("'\\");
    pl.p('hash-arrow', `my %db = (user => 'app', password => '${p2.value}');`, p2.style).n('env-read', 'my $token = $ENV{PARTNER_TOKEN};');
    const clj = new Doc(`${dir}${pick(['resources/config.edn', 'config/prod.edn'])}`, 'edn');
    const p3 = pw('"\\');
    clj.t('{:db {:host "db.internal"').p('keyword-map', `      :password "${p3.value}"}`, p3.style);
    const s3 = key('"\\');
    clj.p('keyword-map-inline', ` :partner {:api-key "${s3.value}" :timeout 30}}`, s3.style);
    clj.n('env-reader', ' ;; :api-token #env PARTNER_TOKEN');
    const jf = new Doc(`${dir}Jenkinsfile`, 'jenkinsfile');
    const s4 = key("'\\$");
    jf.t('pipeline {').t('  agent any').t('  environment {').p('environment-assign', `    ${pick(['API_TOKEN', 'SONAR_TOKEN', 'DEPLOY_KEY_PASSWORD'])} = '${s4.value}'`, s4.style).n('credentials-ref', "    REGISTRY = credentials('registry-creds')").t('  }').t('}');
    const inv = new Doc(`${dir}ansible/inventory/${pick(['hosts.ini', 'production'])}`, 'ansible-inventory');
    const p4 = pw(' "\'\\#=');
    inv.t('[web]').p('host-vars', `web1 ansible_host=10.0.1.11 ansible_user=deploy ansible_password=${p4.value}`, p4.style).n('host-vars-ref', 'web2 ansible_host=10.0.1.12 ansible_password="{{ vault_web2_password }}"');
    const hp = new Doc(`${dir}deploy/haproxy/haproxy.cfg`, 'haproxy');
    const p5 = pw(' "\'\\#');
    hp.t('userlist admins').p('insecure-password', `  user admin insecure-password ${p5.value}`, p5.style).n('hashed-password', `  user ops password ${v.sha512crypt()}`);
    const jaas = new Doc(`${dir}${pick(['config/kafka_client_jaas.conf', 'deploy/kafka/jaas.conf'])}`, 'kafka-jaas');
    const p6 = pw('"\\;');
    jaas.t('KafkaClient {').t('  org.apache.kafka.common.security.plain.PlainLoginModule required').t('  username="orders"').p('jaas-password', `  password="${p6.value}";`, p6.style).t('};');
    return [r, pl, clj, jf, inv, hp, jaas];
  },
  'admin-clis': (dir) => {
    const d = new Doc(`${dir}${pick(['ops/maintenance.sh', 'scripts/admin-tasks.sh'])}`, 'admin-cli');
    d.t('#!/bin/sh');
    const p1 = pw(' "\'\\$`;&|<>()');
    d.p('keytool', `keytool -importkeystore -srckeystore app.p12 -srcstoretype PKCS12 -destkeystore app.jks -deststorepass ${p1.value} -srcstorepass ${p1.value}`, p1.style);
    const p2 = pw(' "\'\\$`;&|<>():');
    d.p('openssl-pass', `openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${p2.value}`, p2.style);
    const p3 = pw(' "\'\\$`;&|<>()');
    d.p('redis-cli-a', `redis-cli -h ${v.host()} -a ${p3.value} FLUSHALL`, p3.style);
    const p4 = pw(' "\'\\$`;&|<>()');
    d.p('ldapsearch-w', `ldapsearch -x -H ldaps://ldap.acmecorp.net -D "cn=admin,dc=acme,dc=net" -w ${p4.value} -b "dc=acme,dc=net"`, p4.style);
    const p5 = pw(' "\'\\$`;&|<>()');
    d.p('sqlcmd-P', `sqlcmd -S ${v.host()} -U sa -P ${p5.value} -Q "SELECT 1"`, p5.style);
    d.n('prompted', 'redis-cli -h cache.internal --askpass').n('env-ref', 'sqlcmd -S db.internal -U sa -P "$SA_PASSWORD" -Q "SELECT 1"');
    return [d];
  },
};

/** Fifth round: everyday code around credentials, none of it a credential. */
export const FIFTH_TEMPLATES: Record<string, Template> = {
  'everyday-code': (dir) => {
    const py = new Doc(`${dir}${pick(['app/auth.py', 'src/service/security.py'])}`, 'py-code');
    for (const l of [
      '        self.password = password',
      '    def login(self, username: str, password: str) -> Token:',
      '    password = request.form["password"]',
      '    token = request.headers.get("Authorization", "").removeprefix("Bearer ")',
      'API_KEY_HEADER = APIKeyHeader(name="X-API-Key", auto_error=False)',
      'secret = secrets.token_urlsafe(32)',
      'hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())',
      'os.environ["API_KEY"] = api_key',
      'parser.add_argument("--password", default=os.environ.get("DB_PASSWORD"), help="database password")',
      'kwargs = {"password": password, "token": token, "api_key": self.api_key}',
      'assert settings.SECRET_KEY != "changeme", "set SECRET_KEY"',
    ]) py.n('python-code', l);
    const js = new Doc(`${dir}${pick(['src/api/client.ts', 'web/lib/session.js'])}`, 'js-code');
    for (const l of [
      'const { password, ...publicUser } = user;',
      'const res = await fetch(url, { headers: { Authorization: `Bearer ${await getToken()}` } });',
      "res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'strict' });",
      "if (!process.env.JWT_SECRET) throw new Error('JWT_SECRET missing');",
      '  apiKey: process.env.NEXT_PUBLIC_MAPS_API_KEY!,',
      'const secretKey = new TextEncoder().encode(process.env.SESSION_SECRET);',
      "  password: yup.string().min(12, 'Password must be at least 12 characters').required('Password is required'),",
      "localStorage.setItem('token', response.data.accessToken);",
    ]) js.n('js-code', l);
    const go = new Doc(`${dir}${pick(['internal/auth/jwt.go', 'pkg/db/config.go'])}`, 'go-code');
    for (const l of [
      '\tPassword string `env:"DB_PASSWORD,required"`',
      '\ttoken, err := jwt.ParseWithClaims(tokenString, &Claims{}, keyFunc)',
      '\tcfg.Password = os.Getenv("DB_PASSWORD")',
      '\treq.SetBasicAuth(cfg.User, cfg.Password)',
      '\tsecretKey := []byte(os.Getenv("JWT_SECRET"))',
    ]) go.n('go-code', l);
    const jv = new Doc(`${dir}src/main/java/com/acme/auth/${pick(['UserService.java', 'TokenService.java'])}`, 'java-code');
    for (const l of [
      '        String password = passwordEncoder.encode(rawPassword);',
      '    @Column(name = "password_hash", nullable = false)',
      '    private static final String TOKEN_PREFIX = "Bearer ";',
      '        props.put("sasl.jaas.config", jaasConfig);',
      '        options.Password.RequiredLength = 12;',
      '        var token = await _tokenService.CreateTokenAsync(user);',
      '        String apiKey = environment.getRequiredProperty("partner.api-key");',
    ]) jv.n('jvm-code', l);
    const rb = new Doc(`${dir}app/controllers/${pick(['sessions_controller.rb', 'api_keys_controller.rb'])}`, 'ruby-code');
    for (const l of ['    user.update!(password: params[:password])', '    secret = Rails.application.credentials.secret_key_base', '    token = SecureRandom.hex(32)', "    api_key = request.headers['X-Api-Key']"]) rb.n('ruby-code', l);
    const oa = new Doc(`${dir}${pick(['docs/openapi.yaml', 'api/spec.yml'])}`, 'openapi');
    oa.t('components:').t('  securitySchemes:').t('    ApiKeyAuth:').n('openapi', '      type: apiKey').t('      in: header').n('openapi', '      name: X-API-KEY');
    oa.t('  schemas:').t('    Login:').t('      properties:').t('        password:').n('openapi', '          type: string').n('openapi', '          format: password').n('openapi', '          example: "Passw0rd!"');
    oa.t('        token:').n('openapi', '          description: Bearer token returned by /login').n('openapi', `          example: ${['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.')}`);
    const sh = new Doc(`${dir}${pick(['scripts/entrypoint.sh', 'docker/entrypoint.sh'])}`, 'shell-code');
    for (const l of ['export API_KEY="$(cat /run/secrets/api_key)"', ': "${DB_PASSWORD:?DB_PASSWORD must be set}"', 'TOKEN=$(curl -s -X POST "$AUTH_URL" -d "client_id=$CLIENT_ID" | jq -r .access_token)', 'if [ -z "$SECRET_KEY" ]; then echo "SECRET_KEY is not set" >&2; exit 1; fi']) sh.n('shell-code', l);
    const sql = new Doc(`${dir}db/schema.sql`, 'sql-schema');
    for (const l of ['  password_hash VARCHAR(255) NOT NULL,', '  api_key TEXT UNIQUE,', 'CREATE INDEX idx_tokens_token ON tokens(token);', "COMMENT ON COLUMN users.password_digest IS 'bcrypt';"]) sql.n('sql-schema', l);
    const md = new Doc(`${dir}docs/${pick(['configuration.md', 'auth.md'])}`, 'md-docs');
    for (const l of ['| password | string | The user\'s password, at least 12 characters |', 'Set the `API_KEY` environment variable to your key before starting the server.', '- `token` (string): the access token returned by `/login`.']) md.n('md-docs', l);
    return [py, js, go, jv, rb, oa, sh, sql, md];
  },
};

/** Sixth round: argument arrays, ECS task definitions, rclone, registry files, spaced dotenv. */
export const SIXTH_TEMPLATES: Record<string, Template> = {
  'arrays-and-tasks': (dir) => {
    const k = new Doc(`${dir}deploy/k8s/${pick(['worker.yaml', 'cronjob.yaml'])}`, 'k8s-args');
    const p1 = pw(' "\'\\,[]');
    k.t('spec:').t('  containers:').t('    - name: redis').t('      image: redis:7').p('args-array-flag', `      args: ["--requirepass", "${p1.value}"]`, p1.style);
    const s1 = key(' "\'\\,[]');
    k.t('    - name: worker').p('command-array-flag', `      command: ["/app/worker", "--api-key", "${s1.value}", "--queue", "orders"]`, s1.style);
    const s2 = key(' "\'\\');
    k.t('      args:').p('args-list-eq', `        - --auth-token=${s2.value}`, s2.style).n('args-ref', '        - --db-password=$(DB_PASSWORD)');
    const ecs = new Doc(`${dir}${pick(['deploy/ecs/task-definition.json', 'infra/taskdef.json'])}`, 'ecs-task');
    const p2 = pw('"\\');
    ecs.t('{').t('  "family": "api",').t('  "containerDefinitions": [{').t('    "name": "api",').t('    "environment": [');
    ecs.p('name-value', `      { "name": "${pick(['DB_PASSWORD', 'SMTP_PASSWORD', 'ADMIN_PASSWORD'])}", "value": "${p2.value}" },`, p2.style);
    ecs.n('name-value-plain', '      { "name": "LOG_LEVEL", "value": "info" }').t('    ],').t('    "secrets": [');
    ecs.n('ecs-secret-ref', '      { "name": "API_TOKEN", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/prod/api-token" }').t('    ]').t('  }]').t('}');
    const rc = new Doc(`${dir}${pick(['deploy/rclone.conf', 'backup/rclone.conf'])}`, 'rclone');
    const s3 = key(' ');
    rc.t('[offsite]').t('type = sftp').t('host = backup.acmecorp.net').t('user = backup').p('obscured-pass', `pass = ${fake.base64url(40)}`, 'base64url');
    rc.t('[s3]').t('type = s3').t('access_key_id = placeholder-id').p('secret-access-key', `secret_access_key = ${s3.value}`, s3.style);
    const reg = new Doc(`${dir}${pick(['tools/legacy-client.reg', 'setup/settings.reg'])}`, 'reg-file');
    const p3 = pw('"\\');
    reg.t('Windows Registry Editor Version 5.00').t('').t('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Client]').t('"Server"="db.acmecorp.net"').p('reg-string', `"Password"="${p3.value}"`, p3.style);
    const env = new Doc(`${dir}${pick(['.env.local', 'config/.env.prod'])}`, 'dotenv-spaced');
    const p4 = pw(' #"\'$\\`');
    env.t('# python-dotenv accepts spaces').p('spaced-equals', `DB_PASSWORD = ${p4.value}`, p4.style);
    const s4 = key(' #"\'$\\`');
    env.p('export-spaced', `export SERVICE_TOKEN = "${s4.value}"`.replace('export SERVICE_TOKEN = ', 'export SERVICE_TOKEN='), s4.style);
    return [k, ecs, rc, reg, env];
  },
};
