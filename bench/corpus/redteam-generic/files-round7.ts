import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';
import { Doc, key, pw, type Template } from './files';
import * as v from './values';

/**
 * Seventh round, written before any fix for it: secret-manager and platform
 * CLIs (gh, aws ssm, az keyvault, vault, flyctl, dotnet user-secrets), SQL
 * value tuples, syntaxes where a name and its literal have no operator between
 * them (CMake set(), Lisp def/setq, Elixir module attributes, Erlang tuples,
 * Kotlin `to`, Scala `->`), languages not covered before (Lua, Nim, Zig,
 * Julia, Haskell, OCaml, Crystal, F#, VB.NET, Pascal), raw and triple-quoted
 * strings, Nix / Dhall / CUE / jsonnet / Packer, YAML anchors, block scalars
 * and flow lists, Home Assistant and Spring Cloud config, supervisord,
 * spellings (camelCase abbreviations, non-English names) and base64 values
 * that start with `/`.
 *
 * Judgements on the negatives, as a careful gitleaks / detect-secrets user sees them:
 * - A reference (env read, secret-manager read, `!secret`, `*alias`, `var.x`, `$X`) is the fix, not a leak.
 * - Ciphertext (jasypt `ENC(…)`, Spring Cloud `{cipher}…`, Vault transit `vault:v1:…`) is safe to commit by design.
 * - Hashes (bcrypt, sha256 hex under a `_hash`/`_sha256` name) are not the credential.
 * - A name whose value is metadata (`…Expiry`, `…File`, `…Policy`, `…Id`) is not a credential, even when the
 *   value is random-looking (a UUID key id).
 * - An empty value, a bind parameter (`$1`, `:password`, `?`) or a prompt is no literal.
 */

/** `openssl rand -base64 24` output that happens to start with `/`: one time in 64, and no `+` in about half of those. */
const slashB64 = () => ({ value: `/${fake.chars(fake.ALNUM + '/', int(23, 39))}`, style: 'base64-slash' });
const PW_ENV = ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'SMTP_PASSWORD', 'ADMIN_PASSWORD', 'REDIS_PASSWORD'];
const SECRET_ENV = ['API_TOKEN', 'JWT_SECRET', 'STRIPE_WEBHOOK_SECRET', 'PARTNER_API_KEY', 'SESSION_SECRET', 'SIGNING_KEY'];

export const SEVENTH_TEMPLATES: Record<string, Template> = {
  'secret-clis': (dir) => {
    const d = new Doc(`${dir}${pick(['scripts/bootstrap-secrets.sh', 'ops/set-secrets.sh', 'docs/setup-secrets.md'])}`, 'secret-cli');
    d.t('#!/usr/bin/env bash');
    const s1 = key('"\\$`');
    d.p('gh-secret-body', `gh secret set ${pick(SECRET_ENV)} --repo acme/orders --body "${s1.value}"`, s1.style);
    const p1 = pw("'");
    d.p('gh-secret-b', `gh secret set ${pick(PW_ENV)} -b '${p1.value}' --env production`, p1.style);
    const s2 = key('"\\$`');
    d.p('gh-secret-herestring', `gh secret set ${pick(SECRET_ENV)} <<< "${s2.value}"`, s2.style);
    const p2 = pw("'");
    d.p('aws-ssm-put', `aws ssm put-parameter --name /prod/orders/${pick(['db_password', 'smtp-password', 'admin/password'])} --type SecureString --value '${p2.value}' --overwrite`, p2.style);
    const p3 = pw("'");
    d.p('az-keyvault-set', `az keyvault secret set --vault-name kv-orders-prod --name ${pick(['DbPassword', 'db-password', 'SmtpPassword'])} --value '${p3.value}'`, p3.style);
    const p4 = pw("'");
    d.p('vault-kv-put', `vault kv put secret/orders/db username=app password='${p4.value}'`, p4.style);
    const s3 = key(' "\'\\$`;&|<>()');
    d.p('flyctl-secrets', `flyctl secrets set ${pick(SECRET_ENV)}=${s3.value} --app orders-api`, s3.style);
    const s4 = key(' "\'\\$`;&|<>()');
    d.p('curl-form-secret', `curl -s https://auth.acmecorp.net/oauth/token -d grant_type=client_credentials -d client_id=orders -d client_secret=${s4.value}`, s4.style);
    const s5 = key('"\\$`');
    d.p('dotnet-user-secrets', `dotnet user-secrets set "${pick(['Jwt:SigningKey', 'Partner:ApiKey', 'Stripe:WebhookSecret'])}" "${s5.value}"`, s5.style);
    d.n('gh-secret-ref', `gh secret set ${pick(SECRET_ENV)} --body "$${pick(SECRET_ENV)}"`);
    d.n('gh-secret-file', 'gh secret set TLS_PRIVATE_KEY < certs/server.key');
    d.n('ssm-get', 'DB_PASSWORD=$(aws ssm get-parameter --name /prod/orders/db_password --with-decryption --query Parameter.Value --output text)');
    d.n('keyvault-show', 'az keyvault secret show --vault-name kv-orders-prod --name DbPassword --query value -o tsv');
    d.n('vault-kv-get', 'vault kv get -field=password secret/orders/db');
    d.n('flyctl-ref', 'flyctl secrets set DB_PASSWORD="$(op read op://prod/orders-db/password)" --app orders-api');
    return [d];
  },
  'sql-tuples': (dir) => {
    const d = new Doc(`${dir}db/${pick(['seed/users.sql', 'fixtures/initial_data.sql', 'migrations/0007_service_accounts.sql'])}`, 'sql-tuples');
    const p1 = pw("'\\");
    d.p('insert-password-column', `INSERT INTO users (id, username, password, role) VALUES (1, 'admin', '${p1.value}', 'admin');`, p1.style);
    d.t('INSERT INTO service_accounts (name, api_key, created_at) VALUES');
    const s1 = key("'\\");
    d.p('multi-row-first', `  ('billing', '${s1.value}', now()),`, s1.style);
    const s2 = key("'\\");
    d.p('multi-row-last', `  ('reports', '${s2.value}', now());`, s2.style);
    const p2 = pw("'\\");
    d.p('mysql-identified-by', `CREATE USER '${v.user()}'@'%' IDENTIFIED BY '${p2.value}';`, p2.style);
    const p3 = pw("'\\");
    d.p('pg-encrypted-password', `ALTER USER ${v.user()} WITH ENCRYPTED PASSWORD '${p3.value}';`, p3.style);
    d.n('hash-column', `INSERT INTO users (id, username, password_hash) VALUES (4, 'ops', '${v.bcrypt()}');`);
    d.n('bind-params', 'INSERT INTO users (username, password) VALUES ($1, $2) RETURNING id;');
    d.n('named-params', 'INSERT INTO users (username, password) VALUES (:username, :password);');
    d.n('empty-password', "INSERT INTO users (id, username, password) VALUES (5, 'guest', '');");
    d.n('key-prefix-hash', `INSERT INTO api_keys (id, key_prefix, key_sha256) VALUES ('${v.uuid()}', 'ak_live', '${v.sha256()}');`);
    return [d];
  },
  'no-operator-syntaxes': (dir) => {
    const cm = new Doc(`${dir}${pick(['CMakeLists.txt', 'firmware/CMakeLists.txt'])}`, 'cmake');
    cm.t('cmake_minimum_required(VERSION 3.20)').t('project(sensor C)');
    const s1 = key('"\\$;');
    cm.p('set-quoted', `set(${pick(['API_KEY', 'CLOUD_TOKEN', 'MQTT_SECRET'])} "${s1.value}")`, s1.style);
    const p1 = pw('"\\$;');
    cm.p('set-cache', `set(WIFI_PASSWORD "${p1.value}" CACHE STRING "Wi-Fi password")`, p1.style);
    const s2 = key('"\\$;');
    cm.p('compile-definition', `add_compile_definitions(DEVICE_SECRET="${s2.value}")`, s2.style);
    cm.n('cmake-env', 'set(API_KEY $ENV{API_KEY})').n('cmake-var', 'set(CLOUD_TOKEN "${CLOUD_TOKEN}" CACHE STRING "token")');
    const clj = new Doc(`${dir}src/orders/${pick(['config.clj', 'core.clj'])}`, 'clojure');
    const s3 = key('"\\');
    clj.t('(ns orders.config)').p('def', `(def ${pick(['api-key', 'client-secret', 'auth-token'])} "${s3.value}")`, s3.style);
    const p2 = pw('"\\');
    clj.p('def-meta', `(def ^:private db-password "${p2.value}")`, p2.style).n('def-env', '(def api-token (System/getenv "API_TOKEN"))');
    const el = new Doc(`${dir}${pick(['.emacs.d/init.el', 'dotfiles/emacs/secrets.el'])}`, 'elisp');
    const s4 = key('"\\');
    el.p('setq', `(setq ${pick(['org-gcal-client-secret', 'jiralib-token', 'gptel-api-key'])} "${s4.value}")`, s4.style);
    el.n('auth-source', '(setq smtpmail-auth-credentials (expand-file-name "~/.authinfo.gpg"))');
    const ex = new Doc(`${dir}lib/orders/${pick(['partner_client.ex', 'mailer.ex'])}`, 'elixir-module');
    const s5 = key('"\\#');
    ex.t('defmodule Orders.PartnerClient do').p('module-attribute', `  @${pick(['api_key', 'signing_secret', 'auth_token'])} "${s5.value}"`, s5.style);
    ex.n('attribute-env', '  @api_token System.get_env("PARTNER_API_TOKEN")').n('attribute-compile-env', '  @secret Application.compile_env(:orders, :partner_secret)').t('end');
    const erl = new Doc(`${dir}config/${pick(['sys.config', 'prod.config'])}`, 'erlang-config');
    const p3 = pw('"\\');
    erl.t('[{orders, [').t('  {db_host, "db.internal"},').p('tuple', `  {db_password, "${p3.value}"},`, p3.style);
    const s6 = key('"\\');
    erl.p('tuple-atom', `  {api_key, <<"${s6.value}">>}`, s6.style).n('tuple-env', '  %% {api_token, {env, "API_TOKEN"}}').t(']}].');
    const kt = new Doc(`${dir}src/main/kotlin/com/acme/${pick(['Mail.kt', 'Partner.kt'])}`, 'kotlin-pairs');
    const p4 = pw('"\\$');
    kt.p('map-to', `val props = mapOf("mail.user" to "${v.user()}", "mail.password" to "${p4.value}")`, p4.style).n('map-to-ref', 'val auth = mapOf("password" to password, "token" to token)');
    const sc = new Doc(`${dir}src/main/scala/com/acme/${pick(['Settings.scala', 'Client.scala'])}`, 'scala-pairs');
    const s7 = key('"\\$');
    sc.p('map-arrow', `val headers = Map("Content-Type" -> "application/json", "X-Api-Key" -> "${s7.value}")`, s7.style);
    const p5 = pw('"\\$');
    sc.p('val', `  val dbPassword: String = "${p5.value}"`, p5.style).n('sys-env', '  val apiKey = sys.env("PARTNER_API_KEY")');
    return [cm, clj, el, ex, erl, kt, sc];
  },
  'more-languages': (dir) => {
    const lua = new Doc(`${dir}${pick(['scripts/deploy.lua', 'nvim/lua/secrets.lua', 'openresty/auth.lua'])}`, 'lua');
    const p1 = pw('"\\');
    lua.p('local', `local ${pick(['password', 'db_password', 'redis_pass'])} = "${p1.value}"`, p1.style);
    const s1 = key(']');
    lua.p('long-string', `local api_key = [[${s1.value}]]`, s1.style);
    const s2 = key("'\\");
    lua.p('table-field', `local conf = { host = "${v.host()}", token = '${s2.value}' }`, s2.style).n('getenv', 'local secret = os.getenv("APP_SECRET")');
    const nim = new Doc(`${dir}src/${pick(['config.nim', 'client.nim'])}`, 'nim');
    const s3 = key('"\\');
    nim.p('let', `let apiKey = "${s3.value}"`, s3.style).n('getenv', 'let token = getEnv("API_TOKEN")');
    const zig = new Doc(`${dir}src/${pick(['config.zig', 'secrets.zig'])}`, 'zig');
    const s4 = key('"\\');
    zig.p('const-typed', `pub const api_key: []const u8 = "${s4.value}";`, s4.style);
    const p2 = pw('"\\');
    zig.p('const', `const db_password = "${p2.value}";`, p2.style).n('getenv', 'const token = std.posix.getenv("API_TOKEN") orelse "";');
    const jl = new Doc(`${dir}${pick(['src/Config.jl', 'scripts/fetch.jl'])}`, 'julia');
    const s5 = key('"\\$');
    jl.p('const', `const API_TOKEN = "${s5.value}"`, s5.style).n('env', 'const SECRET = ENV["APP_SECRET"]').n('get-env', 'password = get(ENV, "DB_PASSWORD", "")');
    const hs = new Doc(`${dir}src/${pick(['Config.hs', 'App/Settings.hs'])}`, 'haskell');
    const s6 = key('"\\');
    hs.t('apiKey :: Text').p('binding', `apiKey = "${s6.value}"`, s6.style).n('get-env', 'dbPassword <- getEnv "DB_PASSWORD"');
    const ml = new Doc(`${dir}bin/${pick(['main.ml', 'config.ml'])}`, 'ocaml');
    const s7 = key('"\\');
    ml.p('let', `let client_secret = "${s7.value}"`, s7.style).n('sys-getenv', 'let api_token = Sys.getenv "API_TOKEN"');
    const cr = new Doc(`${dir}src/${pick(['config.cr', 'shop.cr'])}`, 'crystal');
    const p3 = pw('"\\#');
    cr.p('constant', `SMTP_PASSWORD = "${p3.value}"`, p3.style).n('env', 'API_TOKEN = ENV["API_TOKEN"]');
    const fs = new Doc(`${dir}src/${pick(['Config.fs', 'Program.fs'])}`, 'fsharp');
    const s8 = key('"\\');
    fs.p('let', `let clientSecret = "${s8.value}"`, s8.style).n('env', 'let apiKey = Environment.GetEnvironmentVariable "API_KEY"');
    const vb = new Doc(`${dir}${pick(['Legacy/Settings.vb', 'src/Module1.vb'])}`, 'vbnet');
    const p4 = pw('"');
    vb.p('dim-as', `    Dim ${pick(['password', 'dbPassword', 'smtpPassword'])} As String = "${p4.value}"`, p4.style);
    const s9 = key('"');
    vb.p('const', `    Private Const ApiKey As String = "${s9.value}"`, s9.style).n('env', '    Dim token As String = Environment.GetEnvironmentVariable("API_TOKEN")');
    const pas = new Doc(`${dir}${pick(['src/Config.pas', 'Unit1.pas'])}`, 'pascal');
    const s10 = key("'");
    pas.t('const').p('const', `  ApiKey = '${s10.value}';`, s10.style);
    const p5 = pw("'");
    pas.t('begin').p('assign', `  Connection.Password := '${p5.value}';`, p5.style).n('param', "  Connection.Password := GetEnvironmentVariable('DB_PASSWORD');").t('end.');
    return [lua, nim, zig, jl, hs, ml, cr, fs, vb, pas];
  },
  'raw-strings': (dir) => {
    const rs = new Doc(`${dir}src/${pick(['secrets.rs', 'auth.rs'])}`, 'rust-raw');
    const s1 = key('"#');
    rs.p('raw-hash', `const ${pick(['API_KEY', 'WEBHOOK_SECRET', 'SIGNING_KEY'])}: &str = r#"${s1.value}"#;`, s1.style);
    const p1 = pw('"');
    rs.p('raw-plain', `static DB_PASSWORD: &str = r"${p1.value}";`, p1.style);
    const sw = new Doc(`${dir}Sources/App/${pick(['Keys.swift', 'Secrets.swift'])}`, 'swift-raw');
    const s2 = key('"#');
    sw.p('raw', `let ${pick(['apiKey', 'clientSecret'])} = #"${s2.value}"#`, s2.style);
    const cpp = new Doc(`${dir}src/${pick(['credentials.cpp', 'cloud_client.cc'])}`, 'cpp-raw');
    const s3 = key(')"');
    cpp.p('raw', `const std::string kApiSecret = R"(${s3.value})";`, s3.style);
    const p2 = pw('"\\');
    cpp.p('constexpr', `constexpr char kDbPassword[] = "${p2.value}";`, p2.style);
    const kt = new Doc(`${dir}app/src/main/java/com/acme/${pick(['Keys.kt', 'Env.kt'])}`, 'kotlin-raw');
    const s4 = key('"$');
    kt.p('triple-quoted', `const val SIGNING_SECRET = """${s4.value}"""`, s4.style);
    const py = new Doc(`${dir}${pick(['tools/sync.py', 'scripts/report.py'])}`, 'python-prefix');
    const s5 = key('"\\{}');
    py.p('f-string', `API_TOKEN = f"${s5.value}"`, s5.style);
    const p3 = pw("'\\");
    py.p('triple-single', `db_password = '''${p3.value}'''`, p3.style);
    py.n('f-string-ref', 'auth_header = f"Bearer {api_token}"');
    const cs = new Doc(`${dir}src/Orders.Api/${pick(['Keys.cs', 'Settings.cs'])}`, 'csharp-raw');
    const s6 = key('"');
    cs.p('raw-literal', `    public const string WebhookSecret = """${s6.value}""";`, s6.style);
    return [rs, sw, cpp, kt, py, cs];
  },
  'config-languages': (dir) => {
    const nix = new Doc(`${dir}${pick(['hosts/web/configuration.nix', 'nixos/services.nix'])}`, 'nix');
    nix.t('{ config, pkgs, ... }:').t('{');
    const p1 = pw('"\\$');
    nix.p('attr-path', `  services.grafana.settings.security.admin_password = "${p1.value}";`, p1.style);
    const s1 = key('"\\$');
    nix.p('attrset', `  services.orders.environment = { API_TOKEN = "${s1.value}"; LOG_LEVEL = "info"; };`, s1.style);
    nix.n('password-file', '  services.postgresql.passwordFile = "/run/secrets/postgres";').n('sops-path', '  services.orders.tokenFile = config.sops.secrets.orders-token.path;').t('}');
    const dh = new Doc(`${dir}config/${pick(['prod.dhall', 'app.dhall'])}`, 'dhall');
    const p2 = pw('"\\$');
    dh.t('{ host = "db.internal"').p('record', `, password = "${p2.value}"`, p2.style).n('env-import', ', apiToken = env:API_TOKEN as Text').t('}');
    const cue = new Doc(`${dir}${pick(['deploy/orders.cue', 'cue/prod.cue'])}`, 'cue');
    const s2 = key('"\\');
    cue.t('orders: {').p('field', `\tapiSecret: "${s2.value}"`, s2.style).n('type', '\tpassword: string').n('default-empty', '\ttoken: *"" | string').t('}');
    const js = new Doc(`${dir}${pick(['deploy/orders.jsonnet', 'k8s/prod.libsonnet'])}`, 'jsonnet');
    const p3 = pw("'\\");
    js.t('{').p('hidden-field', `  dbPassword:: '${p3.value}',`, p3.style);
    const s3 = key("'\\");
    js.p('field', `  apiKey: '${s3.value}',`, s3.style).n('ext-var', "  token: std.extVar('API_TOKEN'),").t('}');
    const pk = new Doc(`${dir}${pick(['packer/ubuntu.pkr.hcl', 'images/base.pkr.hcl'])}`, 'packer');
    const p4 = pw('"\\$%{}');
    pk.t('source "qemu" "ubuntu" {').t('  ssh_username = "packer"').p('ssh-password', `  ssh_password = "${p4.value}"`, p4.style);
    pk.n('var-ref', '  winrm_password = var.winrm_password').n('legacy-user-var', '  # "ssh_password": "{{user `ssh_password`}}"').t('}');
    const tl = new Doc(`${dir}${pick(['locals.tf', 'infra/locals.tf'])}`, 'hcl-locals');
    const s4 = key('"\\$%{}');
    tl.t('locals {').p('local', `  ${pick(['api_token', 'slack_webhook_secret', 'grafana_api_key'])} = "${s4.value}"`, s4.style).n('random', '  db_password = random_password.db.result').t('}');
    const tm = new Doc(`${dir}${pick(['config/users.toml', 'deploy/accounts.toml'])}`, 'toml-array-tables');
    const p5 = pw('"\\');
    tm.t('[[users]]').t('name = "ops"').p('array-of-tables', `password = "${p5.value}"`, p5.style).t('').t('[[users]]').t('name = "ci"').n('hash', `password_sha256 = "${v.sha256()}"`);
    const s5 = key("'");
    tm.t('').t('[[upstreams]]').p('literal-string', `auth = { user = "orders", token = '${s5.value}' }`, s5.style);
    return [nix, dh, cue, js, pk, tl, tm];
  },
  'yaml-structures': (dir) => {
    const y = new Doc(`${dir}${pick(['docker-compose.prod.yml', 'deploy/compose.yaml'])}`, 'yaml-structures');
    const p1 = pw(' #:\'"{}[],&*!|>%@`');
    y.t('x-db-credentials: &db-credentials').t('  DB_USER: orders').p('anchor-block', `  DB_PASSWORD: ${p1.value}`, p1.style);
    y.t('services:').t('  api:').t('    environment:').t('      <<: *db-credentials');
    const s1 = key(' #:\'"{}[],&*!|>%@`');
    y.p('after-merge', `      ${pick(SECRET_ENV)}: ${s1.value}`, s1.style);
    y.n('alias', '      REPLICA_PASSWORD: *replica_password');
    const sp = new Doc(`${dir}src/main/resources/${pick(['application.yml', 'application-prod.yml'])}`, 'spring-yaml');
    sp.t('spring:').t('  config:').t('    activate:').t('      on-profile: prod');
    const p2 = pw(' #:\'"{}[],&*!|>%@`');
    sp.t('  datasource:').t(`    username: ${v.user()}`);
    sp.p('block-scalar', `    password: >-\n      ${p2.value}`, p2.style);
    const s2 = key(' #:\'"{}[],&*!|>%@`');
    sp.t('partner:').p('literal-block', `  client-secret: |\n    ${s2.value}`, s2.style);
    sp.n('jasypt', `  api-key: ENC(${fake.base64(44)})`).n('spring-cipher', `  webhook-secret: '{cipher}${fake.hex(96)}'`);
    sp.n('vault-transit', `  signing-key: vault:v1:${fake.base64(60)}`).n('placeholder-ref', '  token: ${PARTNER_TOKEN}');
    const lst = new Doc(`${dir}${pick(['config/api.yml', 'config/gateway.yaml'])}`, 'yaml-lists');
    const s3 = key('"\\,[]');
    const s4 = key('"\\,[]');
    lst.p('flow-list', `api_keys: ["${s3.value}", "${s4.value}"]`, s3.style);
    const s5 = key(' #:\'"{}[],&*!|>%@`');
    lst.t('allowed_tokens:').p('block-list', `  - ${s5.value}`, s5.style);
    lst.n('null', 'admin_password: ~').n('list-refs', 'tokens: [ "${TOKEN_A}", "${TOKEN_B}" ]');
    const ha = new Doc(`${dir}homeassistant/secrets.yaml`, 'home-assistant');
    const p3 = pw(' #:\'"{}[],&*!|>%@`');
    const s6 = key(' #:\'"{}[],&*!|>%@`');
    ha.p('secrets-yaml', `mqtt_password: ${p3.value}`, p3.style).p('secrets-yaml', `openweathermap_api_key: ${s6.value}`, s6.style);
    const hc = new Doc(`${dir}homeassistant/configuration.yaml`, 'home-assistant');
    hc.t('mqtt:').t('  broker: mqtt.local').n('ha-secret-ref', '  password: !secret mqtt_password').t('weather:').n('ha-secret-ref', '  api_key: !secret openweathermap_api_key');
    return [y, sp, lst, ha, hc];
  },
  'ops-files': (dir) => {
    const sv = new Doc(`${dir}deploy/supervisor/${pick(['orders.conf', 'worker.ini'])}`, 'supervisord');
    sv.t('[program:worker]').t('command=/opt/orders/bin/worker');
    const s1 = key(' "\'\\%,');
    sv.p('environment-pairs', `environment=LOG_LEVEL="info",${pick(SECRET_ENV)}="${s1.value}"`, s1.style);
    sv.n('environment-ref', 'environment=DB_PASSWORD="%(ENV_DB_PASSWORD)s"');
    const pp = new Doc(`${dir}puppet/${pick(['manifests/db.pp', 'modules/orders/manifests/init.pp'])}`, 'puppet');
    const p1 = pw("'\\");
    pp.t("class orders::db {").t("  postgresql::server::db { 'orders':").t("    user     => 'orders',").p('resource-attr', `    password => postgresql::postgresql_password('orders', '${p1.value}'),`, p1.style).t('  }');
    pp.n('hiera-lookup', "  $api_key = lookup('orders::api_key')").t('}');
    const hi = new Doc(`${dir}puppet/data/${pick(['common.yaml', 'nodes/db1.yaml'])}`, 'hiera');
    const p2 = pw(' #:\'"{}[],&*!|>%@`');
    hi.p('namespaced-key', `orders::db::password: ${p2.value}`, p2.style).n('eyaml', `orders::api_key: ENC[PKCS7,${fake.base64(120)}]`);
    const chef = new Doc(`${dir}cookbooks/orders/attributes/default.rb`, 'chef');
    const p3 = pw("'\\");
    chef.p('node-attribute', `default['orders']['db']['password'] = '${p3.value}'`, p3.style);
    chef.n('data-bag', "default['orders']['api_key'] = data_bag_item('secrets', 'orders')['api_key']");
    const gc = new Doc(`${dir}${pick(['.gitconfig', 'ci/gitconfig'])}`, 'gitconfig');
    gc.t('[http "https://git.acmecorp.net/"]').p('extraheader', `\textraheader = AUTHORIZATION: basic ${fake.b64(`ci:${fake.alnum(24)}`)}`, 'basic-b64');
    gc.n('credential-helper', '[credential]\n\thelper = store --file ~/.git-credentials');
    const lg = new Doc(`${dir}deploy/logstash/${pick(['pipeline.conf', 'output.conf'])}`, 'logstash');
    const p4 = pw('"\\');
    lg.t('output {').t('  elasticsearch {').t('    hosts => ["https://es.internal:9200"]').t('    user => "logstash_writer"').p('arrow-attr', `    password => "${p4.value}"`, p4.style).n('env-ref', '    api_key => "${ES_API_KEY}"').t('  }').t('}');
    const tr = new Doc(`${dir}deploy/traefik/${pick(['dynamic.yml', 'middlewares.yaml'])}`, 'traefik');
    // Not a negative: secret/htpasswd-hash reports apr1 (MD5) hashes on purpose, as they crack offline.
    tr.t('http:').t('  middlewares:').t('    admin-auth:').t('      basicAuth:').t('        users:').p('htpasswd-apr1', `          - "admin:$apr1$${fake.alnum(8)}$${fake.chars(fake.ALNUM + './', 22)}"`, 'apr1');
    return [sv, pp, hi, chef, gc, lg, tr];
  },
  'spellings-and-docs': (dir) => {
    const d = new Doc(`${dir}${pick(['config/integrations.json', 'settings/accounts.json'])}`, 'spellings');
    d.t('{');
    const names: Array<[string, () => { value: string; style: string }]> = [
      ['dbPass', () => pw('"\\')],
      ['AdminPwd', () => pw('"\\')],
      ['SigningKey', () => key('"\\')],
      ['smtpPasswd', () => pw('"\\')],
      ['PassPhrase', () => pw('"\\')],
      ['rootPW', () => pw('"\\')],
      ['keystorePass', () => pw('"\\')],
      ['sasToken', () => key('"\\')],
      ['apiSecretKey', () => key('"\\')],
      ['sharedAccessKey', () => key('"\\')],
      ['contraseña', () => pw('"\\')],
      ['Kennwort', () => pw('"\\')],
      ['wachtwoord', () => pw('"\\')],
      ['passord', () => pw('"\\')],
      ['botToken', slashB64],
      ['encryptionKey', slashB64],
    ];
    for (const [name, make] of names) {
      const val = make();
      d.p(`name-${name}`, `  "${name}": "${val.value}",`, val.style);
    }
    d.n('policy', '  "passwordPolicy": "strict",').n('key-id', `  "SigningKeyId": "${v.uuid()}",`).n('file-path', '  "keyPassphraseFile": "/etc/orders/passphrase",');
    d.n('env-name', '  "dbPassEnv": "DB_PASSWORD",').n('expiry', '  "sasTokenExpiry": "2026-12-31T00:00:00Z",').n('passwordless', '  "passwordless": true,');
    d.n('expiry-days', '  "AdminPwdExpiryDays": 90').t('}');
    const md = new Doc(`${dir}docs/${pick(['deploy.rst', 'operations.rst'])}`, 'rst');
    md.t('Deployment').t('==========').t('').t('Set the credentials before the first run:').t('').t('.. code-block:: bash').t('');
    const p1 = pw(' "\'\\$`');
    md.p('code-block-export', `   export ${pick(PW_ENV)}=${p1.value}`, p1.style);
    const s1 = key(' "\'\\$`');
    md.p('inline-literal', `The staging key is \`\`${pick(['API_KEY', 'PARTNER_TOKEN'])}=${s1.value}\`\` (rotate it after the demo).`, s1.style);
    md.n('rst-placeholder', '   export API_TOKEN=<your-token>');
    const cm = new Doc(`${dir}${pick(['deploy/.env.example', 'scripts/cron.sh'])}`, 'commented');
    cm.t('# Production values live in the vault.');
    const p2 = pw(' #"\'$\\`');
    cm.p('commented-assignment', `# ${pick(PW_ENV)}=${p2.value}`, p2.style);
    const p3 = pw(' #"\'$\\`:');
    cm.p('comment-colon', `# old admin password: ${p3.value}`, p3.style);
    cm.n('comment-prose', '# the password is rotated every 90 days by the ops team');
    return [d, md, cm];
  },
  'jvm-dotnet-calls': (dir) => {
    const jv = new Doc(`${dir}src/main/java/com/acme/${pick(['LegacyDao.java', 'ReportJob.java'])}`, 'java-calls');
    const p1 = pw('"\\');
    jv.p('get-connection', `        Connection conn = DriverManager.getConnection("jdbc:postgresql://${v.host()}/orders", "${v.user()}", "${p1.value}");`, p1.style);
    const p2 = pw('"\\');
    jv.p('annotation-attr', `@DataSourceDefinition(name = "java:app/orders", className = "org.postgresql.ds.PGSimpleDataSource", user = "orders", password = "${p2.value}")`, p2.style);
    const s1 = key('"\\');
    jv.p('test-property-source', `@TestPropertySource(properties = "partner.api-key=${s1.value}")`, s1.style);
    const s2 = key('"\\');
    jv.p('system-set-property', `        System.setProperty("${pick(['partner.api.secret', 'jwt.signing-key', 'smtp.password'])}", "${s2.value}");`, s2.style);
    jv.n('get-connection-ref', '        Connection conn = DriverManager.getConnection(url, user, password);');
    jv.n('get-property', '        String secret = System.getProperty("partner.api.secret");');
    const cs = new Doc(`${dir}src/Orders.Worker/${pick(['Program.cs', 'Startup.cs'])}`, 'csharp-calls');
    const s3 = key('"\\');
    cs.p('object-initializer', `    var options = new PartnerOptions { BaseUrl = "https://api.partnerhub.io", ApiKey = "${s3.value}" };`, s3.style);
    const p3 = pw('"\\');
    cs.p('set-env', `    Environment.SetEnvironmentVariable("${pick(PW_ENV)}", "${p3.value}");`, p3.style);
    cs.n('config-section', '    var key = builder.Configuration["Jwt:SigningKey"];').n('user-secrets', '    builder.Configuration.AddUserSecrets<Program>();');
    return [jv, cs];
  },
};
