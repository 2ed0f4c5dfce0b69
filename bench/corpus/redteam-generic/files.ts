import * as fake from '../../../lib/secrets/fake';
import { chance, LabelledDoc as Doc, pick } from '../plant';
import * as v from './values';

/**
 * Red-team templates for generic credentials: whole files in languages and
 * config formats, each with credentials that carry no provider prefix
 * (passwords, API keys, signing secrets) under the names people give them,
 * and the hard negatives a careful reviewer would leave alone, each on its
 * own line. Positive kinds are `<template>/<syntax>`; negative kinds are
 * `neg:<what>`. A positive's sample starts with the value's style.
 */
export { Doc };

/** A password avoiding characters the syntax would need escaped. */
export function pw(banned = ''): { value: string; style: string } {
  const p = v.password();
  return { value: v.without(p.value, banned), style: p.style };
}
export function key(banned = ''): { value: string; style: string } {
  const k = v.apiSecret();
  return { value: v.without(k.value, banned), style: k.style };
}

const PASSWORD_ENV = ['DB_PASSWORD', 'DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'SMTP_PASSWORD', 'MAIL_PASSWORD', 'REDIS_PASSWORD', 'ADMIN_PASSWORD', 'LDAP_BIND_PASSWORD', 'RABBITMQ_DEFAULT_PASS', 'DB_PASS', 'PGPASSWORD', 'MYSQL_PWD', 'KEYSTORE_PASSWORD', 'SFTP_PASSWORD'];
const SECRET_ENV = ['API_KEY', 'API_SECRET', 'APP_SECRET', 'CLIENT_SECRET', 'JWT_SECRET', 'SESSION_SECRET', 'COOKIE_SECRET', 'WEBHOOK_SECRET', 'ENCRYPTION_KEY', 'SIGNING_KEY', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'SECRET_KEY', 'PRIVATE_TOKEN', 'SERVICE_TOKEN', 'HMAC_SECRET', 'MASTER_KEY', 'PARTNER_API_KEY', 'LICENSE_KEY', 'CONSUMER_SECRET'];
const penv = () => pick(PASSWORD_ENV);
const senv = () => pick(SECRET_ENV);

export type Template = (dir: string) => Doc[];

export const TEMPLATES: Record<string, Template> = {
  'csharp-appsettings': (dir) => {
    const d = new Doc(`${dir}src/Orders.Api/appsettings.${pick(['Production', 'Staging', 'Development'])}.json`, 'csharp-appsettings');
    const p1 = pw(';"\\\'{}');
    d.t('{').t('  "ConnectionStrings": {');
    d.p('connection-string', `    "OrdersDb": "Host=${v.host()};Port=5432;Database=orders;Username=${v.user()};Password=${p1.value};SSL Mode=Require",`, p1.style);
    d.n('trusted-connection', '    "Reporting": "Server=(localdb)\\\\MSSQLLocalDB;Database=reporting;Trusted_Connection=True;MultipleActiveResultSets=true",');
    d.n('connection-no-password', `    "Cache": "${v.host()}:6379,ssl=False,abortConnect=False"`).t('  },');
    const s1 = key('"\\');
    d.t(`  "${pick(['Payments', 'Partner', 'Geocoding'])}": {`).t('    "BaseUrl": "https://api.partnerhub.io/v2",').p('json-apikey', `    "ApiKey": "${s1.value}",`, s1.style);
    d.n('header-name', '    "ApiKeyHeader": "X-Api-Key",').n('uuid', `    "ClientId": "${v.uuid()}",`);
    const s2 = key('"\\');
    d.p('json-clientsecret', `    "ClientSecret": "${s2.value}"`, s2.style).t('  },');
    const p2 = pw('"\\');
    d.t('  "Smtp": {').t('    "Host": "smtp.office365.com",').t('    "Port": 587,').t('    "UserName": "noreply@contoso.com",').p('json-password', `    "Password": "${p2.value}"`, p2.style).t('  },');
    d.t('  "Jwt": {').t('    "Issuer": "orders-api",').n('template-ref', `    "Key": "${pick(['#{JwtSigningKey}#', '__JWT_KEY__', '$(JwtKey)'])}",`).t('    "ExpiryMinutes": 60').t('  },');
    d.t('  "Identity": {').n('empty', '    "AdminPassword": "",').n('config-number', '    "RequiredPasswordLength": 12,').t('    "RequireDigit": true').t('  },');
    d.t('  "Certificates": {').n('thumbprint', `    "Thumbprint": "${fake.upperHex(40)}"`).t('  },');
    d.t('  "AllowedHosts": "*"').t('}');
    return [d];
  },
  'web-config': (dir) => {
    const d = new Doc(`${dir}${pick(['Web.config', 'App.config', 'src/Legacy/Web.Release.config'])}`, 'web-config');
    const p1 = pw(';"&<>\'');
    d.t('<?xml version="1.0" encoding="utf-8"?>').t('<configuration>').t('  <connectionStrings>');
    d.p('connection-string', `    <add name="Default" connectionString="Data Source=${v.host()};Initial Catalog=Shop;User ID=${v.user()};Password=${p1.value};" providerName="System.Data.SqlClient" />`, p1.style);
    d.n('integrated-security', '    <add name="Local" connectionString="Data Source=.;Initial Catalog=Shop;Integrated Security=True" />').t('  </connectionStrings>');
    d.t('  <appSettings>');
    const s1 = key('"&<>');
    const name = pick(['ApiSecret', 'PaymentGatewayKey', 'ServiceAuthToken', 'WebhookSigningSecret', 'ApiKey']);
    d.p('appsetting', `    <add key="${name}" value="${s1.value}" />`, s1.style);
    const p2 = pw('"&<>');
    d.p('appsetting-password', `    <add key="${pick(['SmtpPassword', 'FtpPassword', 'ServiceAccountPassword'])}" value="${p2.value}" />`, p2.style);
    d.n('config-number', '    <add key="PasswordMinLength" value="12" />').n('template-ref', '    <add key="StorageKey" value="#{StorageAccountKey}#" />');
    d.n('empty', '    <add key="ApiToken" value="" />').t('  </appSettings>');
    d.t('  <system.web>');
    if (chance(0.5)) d.p('machine-key', `    <machineKey validationKey="${fake.upperHex(128)}" decryptionKey="${fake.upperHex(48)}" validation="HMACSHA256" decryption="AES" />`, 'hex');
    else d.n('machine-key-autogen', '    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />');
    d.t('  </system.web>').t('</configuration>');
    return [d];
  },
  'csharp-source': (dir) => {
    const d = new Doc(`${dir}src/Orders.Infrastructure/${pick(['PartnerClient', 'MailSender', 'LegacyGateway'])}.cs`, 'csharp-source');
    d.t('using System.Net;').t('using System.Net.Http;').t('').t('namespace Orders.Infrastructure;').t('').t('public sealed class PartnerClient').t('{');
    const s1 = key('"\\');
    d.p('const-string', `    private const string ${pick(['ApiKey', 'ApiSecret', 'ClientSecret', 'SharedSecret'])} = "${s1.value}";`, s1.style);
    const s2 = key('"\\');
    d.p('static-readonly', `    private static readonly string ${pick(['AuthToken', 'HmacKey', 'SigningKey'])} = "${s2.value}";`, s2.style);
    d.n('env-ref', '    private readonly string _token = Environment.GetEnvironmentVariable("PARTNER_TOKEN") ?? string.Empty;');
    d.n('config-ref', '    private readonly string _secret = configuration["Partner:Secret"];');
    d.n('property-only', '    public string Password { get; set; } = string.Empty;');
    d.n('ui-attribute', '    [Display(Name = "Password")] [DataType(DataType.Password)] public string ConfirmPassword { get; set; }');
    d.t('').t('    public HttpClient Create()').t('    {');
    const p1 = pw('"\\');
    d.p('var-password', `        var password = "${p1.value}";`, p1.style);
    const p2 = pw('"\\');
    d.p('network-credential', `        var credentials = new NetworkCredential("${v.user()}", "${p2.value}");`, p2.style);
    const s3 = key('"\\');
    d.t('        var http = new HttpClient();').p('header-add', `        http.DefaultRequestHeaders.Add("X-Api-Key", "${s3.value}");`, s3.style);
    d.n('header-ref', '        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);');
    d.t('        return http;').t('    }').t('}');
    return [d];
  },
  'wp-config': (dir) => {
    const d = new Doc(`${dir}${pick(['wp-config.php', 'public/wp-config.php'])}`, 'wp-config');
    d.t('<?php').t("define( 'DB_NAME', 'wordpress' );").t(`define( 'DB_USER', '${v.user()}' );`);
    const p1 = pw("'\\");
    d.p('define-password', `define( 'DB_PASSWORD', '${p1.value}' );`, p1.style).t("define( 'DB_HOST', 'localhost' );").t("define( 'DB_CHARSET', 'utf8mb4' );").t('');
    const salt = () => v.without(fake.chars(fake.ALNUM + '!@#$%^&*()-_[]{}<>~`+=,.;:/?|', 64), "'\\");
    if (chance(0.5)) {
      for (const k of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY']) d.p('salt-key', `define( '${k}',${' '.repeat(17 - k.length)}'${salt()}' );`, 'wp-salt');
      for (const k of ['AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']) d.p('salt-salt', `define( '${k}',${' '.repeat(17 - k.length)}'${salt()}' );`, 'wp-salt');
    } else {
      for (const k of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'AUTH_SALT', 'NONCE_SALT']) d.n('wp-sample-placeholder', `define( '${k}',${' '.repeat(17 - k.length)}'put your unique phrase here' );`);
    }
    d.n('getenv', "define( 'DB_PASSWORD_REPLICA', getenv( 'WORDPRESS_DB_PASSWORD' ) );");
    d.t("$table_prefix = 'wp_';").t("define( 'WP_DEBUG', false );");
    return [d];
  },
  'laravel-env': (dir) => {
    const d = new Doc(`${dir}${pick(['.env', '.env.production', '.env.staging'])}`, 'laravel-env');
    d.t('APP_NAME=Shop').t('APP_ENV=production').p('app-key', `APP_KEY=base64:${fake.base64(43)}=`, 'base64-44').t('APP_DEBUG=false').t('APP_URL=https://shop.example.com').t('');
    d.t('DB_CONNECTION=mysql').t(`DB_HOST=${v.host()}`).t('DB_PORT=3306').t('DB_DATABASE=shop').t(`DB_USERNAME=${v.user()}`);
    const p1 = pw(' #"\'$\\`');
    d.p('env-password', `DB_PASSWORD=${p1.value}`, p1.style).t('');
    d.n('null-value', 'REDIS_PASSWORD=null').t('REDIS_PORT=6379').t('');
    const p2 = pw('"\\$`');
    d.t('MAIL_MAILER=smtp').t('MAIL_HOST=smtp.mailgun.org').t('MAIL_USERNAME=postmaster@mg.shopline.io').p('env-password-quoted', `MAIL_PASSWORD="${p2.value}"`, p2.style);
    d.n('empty', 'AWS_SECRET_ACCESS_KEY=').t('AWS_DEFAULT_REGION=us-east-1');
    d.t(`PUSHER_APP_ID=${fake.digits(7)}`);
    const s1 = key(' #"\'$\\`');
    d.p('env-secret', `PUSHER_APP_SECRET=${s1.value}`, s1.style);
    d.n('template-ref', 'PAYMENT_WEBHOOK_SECRET="${PAYMENT_WEBHOOK_SECRET_FROM_VAULT}"').n('placeholder', `${senv()}=${pick(['your-api-key-here', 'changeme', '<TOKEN>', 'xxxxxxxxxxxxxxxx'])}`);
    return [d];
  },
  'php-config': (dir) => {
    const d = new Doc(`${dir}${pick(['config/services.php', 'application/config/config.php', 'app/Config/Partner.php'])}`, 'php-config');
    d.t('<?php').t('').t('return [').t("    'partner' => [");
    const s1 = key("'\\");
    d.p('array-secret', `        'secret' => '${s1.value}',`, s1.style).n('env-call', "        'key' => env('PARTNER_KEY'),");
    const p1 = pw("'\\");
    d.p('env-fallback', `        'password' => env('PARTNER_PASSWORD', '${p1.value}'),`, p1.style).t("        'timeout' => 30,").t('    ],').t('];').t('');
    const s2 = key("'\\");
    d.p('config-array', `$config['${pick(['api_key', 'encryption_key', 'api_secret'])}'] = '${s2.value}';`, s2.style);
    const p2 = pw('"\\$');
    d.p('var-password', `$db_pass = "${p2.value}";`, p2.style);
    const s3 = key("'\\");
    d.t('class Gateway').t('{').p('private-prop', `    private $${pick(['apiKey', 'secretKey', 'accessToken'])} = '${s3.value}';`, s3.style);
    d.n('getenv', "    private $token = getenv('GATEWAY_TOKEN');").n('i18n', "    const PASSWORD_LABEL = 'Enter your password';");
    d.n('hash-call', "    public function hash($password) { return password_hash($password, PASSWORD_BCRYPT); }").t('}');
    return [d];
  },
  'ruby-rails': (dir) => {
    const init = new Doc(`${dir}config/initializers/${pick(['partner', 'geocoder', 'mailer'])}.rb`, 'ruby-initializer');
    init.t('# frozen_string_literal: true').t('').t('Partner.configure do |config|');
    const s1 = key("'\\");
    init.p('block-setter', `  config.api_key = '${s1.value}'`, s1.style).n('env-fetch', "  config.api_secret = ENV.fetch('PARTNER_API_SECRET')").t("  config.timeout = 10").t('end').t('');
    const s2 = key("'\\");
    init.p('or-assign', `ENV['PARTNER_TOKEN'] ||= '${s2.value}'`, s2.style);
    const p1 = pw("'\\");
    init.p('hash-rocket', `SMTP_SETTINGS = { :address => 'smtp.mailrelay.net', :user_name => 'mailer', :password => '${p1.value}' }.freeze`, p1.style);
    const p2 = pw("'\\");
    init.p('hash-colon', `LDAP = { host: 'ldap.corp', bind_dn: 'cn=svc,dc=corp', password: '${p2.value}' }`, p2.style);
    init.n('credentials-dig', 'AWS_SECRET = Rails.application.credentials.dig(:aws, :secret_access_key)');
    init.n('validation', 'validates :password, presence: true, length: { minimum: 12 }');
    init.n('i18n', "flash[:alert] = t('devise.passwords.invalid_token')");
    const db = new Doc(`${dir}config/database.yml`, 'ruby-database-yml');
    db.t('default: &default').t('  adapter: postgresql').t('  pool: 5').t('').t('development:').t('  <<: *default').t('  database: app_dev').n('template-ref', '  password: <%= ENV["DATABASE_PASSWORD"] %>').t('');
    const p3 = pw(' #:\'"{}[],&*!|>%@`');
    db.t('production:').t('  <<: *default').t('  database: app_prod').t(`  username: ${v.user()}`).p('yaml-password', `  password: ${p3.value}`, p3.style);
    const sec = new Doc(`${dir}config/secrets.yml`, 'ruby-secrets-yml');
    sec.t('development:').n('template-ref', '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>').t('').t('production:').p('secret-key-base', `  secret_key_base: ${fake.hex(128)}`, 'hex128');
    return [init, db, sec];
  },
  'rust-source': (dir) => {
    const d = new Doc(`${dir}src/${pick(['client', 'config', 'upstream'])}.rs`, 'rust-source');
    d.t('use std::env;').t('');
    const s1 = key('"\\');
    d.p('const-str', `const ${pick(['API_KEY', 'CLIENT_SECRET', 'SIGNING_KEY', 'AUTH_TOKEN'])}: &str = "${s1.value}";`, s1.style);
    const p1 = pw('"\\');
    d.p('static-str', `static DB_PASSWORD: &'static str = "${p1.value}";`, p1.style);
    d.n('env-var', 'let token = env::var("UPSTREAM_TOKEN").expect("UPSTREAM_TOKEN must be set");');
    d.n('serde-rename', '#[serde(rename = "api_key")]').t('    api_key: String,');
    d.n('prompt', 'let password = rpassword::prompt_password("Password: ")?;');
    d.t('').t('pub fn client() -> Client {');
    const s2 = key('"\\');
    d.p('string-from', `    let token = String::from("${s2.value}");`, s2.style);
    const p2 = pw('"\\');
    d.p('builder-call', `    let opts = PgConnectOptions::new().host("${v.host()}").username("${v.user()}").password("${p2.value}");`, p2.style);
    d.t('    Client::new(opts)').t('}');
    return [d];
  },
  'jvm-android': (dir) => {
    const gp = new Doc(`${dir}gradle.properties`, 'gradle-properties');
    gp.t('org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8').t('android.useAndroidX=true');
    const p1 = pw(' \\#!=:');
    gp.p('signing-password', `${pick(['RELEASE_STORE_PASSWORD', 'signingStorePassword', 'release.keyPassword'])}=${p1.value}`, p1.style);
    const s1 = key(' \\#!=:');
    gp.p('repo-token', `${pick(['artifactoryApiKey', 'mavenPassword', 'nexusToken'])}=${s1.value}`, s1.style);
    gp.n('jvm-flag', 'systemProp.javax.net.ssl.trustStorePassword=changeit');
    const lp = new Doc(`${dir}local.properties`, 'local-properties');
    lp.t('sdk.dir=/Users/dev/Library/Android/sdk');
    const s2 = key(' \\#!=:');
    lp.p('api-key', `${pick(['MAPS_API_KEY', 'backendApiKey', 'SENTRY_AUTH_TOKEN_DEV'])}=${s2.value}`, s2.style);
    const bg = new Doc(`${dir}app/build.gradle`, 'build-gradle');
    const p2 = pw('"\\$');
    const p3 = pw('"\\$');
    bg.t('android {').t('    signingConfigs {').t('        release {').t("            storeFile file('release.jks')");
    bg.p('groovy-space', `            storePassword "${p2.value}"`, p2.style).t("            keyAlias 'upload'").p('groovy-space', `            keyPassword '${v.without(p3.value, "'")}'`, p3.style);
    bg.t('        }').t('        debug {').n('env-ref', "            storePassword System.getenv('DEBUG_STORE_PASSWORD')").n('property-ref', '            keyPassword project.property("debugKeyPassword")').t('        }').t('    }');
    const s3 = key('"\\$');
    bg.t('    defaultConfig {').p('build-config-field', `        buildConfigField "String", "API_SECRET", "\\"${s3.value}\\""`, s3.style).t('    }').t('}');
    const kt = new Doc(`${dir}app/build.gradle.kts`, 'build-gradle-kts');
    const p4 = pw('"\\$');
    kt.t('android {').t('    signingConfigs {').t('        create("release") {').p('kts-assign', `            storePassword = "${p4.value}"`, p4.style).n('kts-env', '            keyPassword = System.getenv("KEY_PASSWORD")').t('        }').t('    }').t('}');
    const sp = new Doc(`${dir}src/main/resources/application-${pick(['prod', 'live'])}.properties`, 'spring-properties');
    const p5 = pw(' \\#!=:');
    sp.t('spring.application.name=billing').p('datasource-password', `spring.datasource.password=${p5.value}`, p5.style);
    sp.n('template-ref', 'spring.mail.password=${MAIL_PASSWORD}');
    const s4 = key(' \\#!=:');
    sp.p('custom-secret', `${pick(['app.security.jwt-secret', 'partner.api.client-secret', 'billing.webhook.signing-key'])}=${s4.value}`, s4.style);
    sp.n('config-number', 'app.security.password-min-length=12');
    const jv = new Doc(`${dir}src/main/java/com/acme/billing/PartnerConfig.java`, 'java-source');
    jv.t('package com.acme.billing;').t('').t('@Configuration').t('public class PartnerConfig {');
    jv.n('value-ref', '    @Value("${partner.api.secret}")').t('    private String apiSecret;');
    const s5 = key('"\\${}:');
    jv.p('value-default', `    @Value("\${partner.api.token:${s5.value}}")`, s5.style).t('    private String apiToken;');
    const s6 = key('"\\');
    jv.p('static-final', `    private static final String ${pick(['CLIENT_SECRET', 'API_KEY', 'HMAC_SECRET'])} = "${s6.value}";`, s6.style);
    jv.n('getenv', '    private final String dbPassword = System.getenv("DB_PASSWORD");').n('name-constant', '    public static final String PASSWORD_PARAM = "password";');
    jv.n('test-assert', '    // assertThat(form.getPassword()).isEqualTo(expectedPassword);').t('}');
    return [gp, lp, bg, kt, sp, jv];
  },
  'swift-ios': (dir) => {
    const sw = new Doc(`${dir}App/Sources/${pick(['APIClient', 'Secrets', 'Environment'])}.swift`, 'swift-source');
    sw.t('import Foundation').t('').t('enum Secrets {');
    const s1 = key('"\\');
    sw.p('static-let', `    static let ${pick(['apiKey', 'clientSecret', 'analyticsToken'])} = "${s1.value}"`, s1.style);
    const s2 = key('"\\');
    sw.p('typed-let', `    static let signingSecret: String = "${s2.value}"`, s2.style);
    sw.n('info-plist-ref', '    static let mapsKey = Bundle.main.object(forInfoDictionaryKey: "MAPS_API_KEY") as? String ?? ""');
    sw.n('ui-string', '    static let passwordPrompt = NSLocalizedString("Enter your password", comment: "")').t('}');
    const pl = new Doc(`${dir}App/Info.plist`, 'info-plist');
    pl.t('<?xml version="1.0" encoding="UTF-8"?>').t('<plist version="1.0">').t('<dict>').t('\t<key>CFBundleName</key>').t('\t<string>Shop</string>');
    const s3 = key('<>&');
    pl.t(`\t<key>${pick(['API_KEY', 'BackendAPISecret', 'ClientSecret'])}</key>`).p('plist-string', `\t<string>${s3.value}</string>`, s3.style);
    pl.t('\t<key>MAPS_API_KEY</key>').n('template-ref', '\t<string>$(MAPS_API_KEY)</string>');
    pl.t('\t<key>NSFaceIDUsageDescription</key>').n('ui-string', '\t<string>Use Face ID instead of your password</string>').t('</dict>').t('</plist>');
    const sx = new Doc(`${dir}app/src/main/res/values/${pick(['strings.xml', 'secrets.xml'])}`, 'android-strings');
    sx.t('<?xml version="1.0" encoding="utf-8"?>').t('<resources>').t('    <string name="app_name">Shop</string>');
    const s4 = key('<>&\'"\\@?');
    sx.p('string-resource', `    <string name="${pick(['backend_api_key', 'partner_client_secret', 'analytics_token'])}" translatable="false">${s4.value}</string>`, s4.style);
    sx.n('ui-string', '    <string name="password_hint">Enter your password</string>').n('ui-string', '    <string name="error_invalid_token">Your session token has expired</string>');
    sx.n('ui-string', '    <string name="api_key_label">API key</string>').t('</resources>');
    return [sw, pl, sx];
  },
  'jupyter': (dir) => {
    const d = new Doc(`${dir}notebooks/${pick(['ingest', 'report', 'train'])}.ipynb`, 'jupyter');
    d.t('{').t(' "cells": [').t('  {').t('   "cell_type": "code",').t('   "execution_count": 3,').t('   "metadata": {},').t('   "outputs": [],').t('   "source": [');
    d.t('    "import os\\n",').t('    "import requests\\n",');
    const s1 = key('"\\');
    d.p('escaped-assign', `    "${pick(['API_KEY', 'api_token', 'WANDB_API_KEY'])} = \\"${s1.value}\\"\\n",`, s1.style);
    const s2 = key("'\"\\");
    d.p('single-quoted', `    "headers = {'Authorization': 'Token ${s2.value}'}\\n",`, s2.style);
    const p1 = pw("'\"\\");
    d.p('kwarg', `    "conn = psycopg2.connect(host='${v.host()}', user='${v.user()}', password='${p1.value}')\\n",`, p1.style);
    d.n('getpass', '    "password = getpass.getpass(\\"DB password: \\")\\n",').n('env-ref', '    "token = os.environ.get(\\"HF_TOKEN\\")\\n"');
    d.t('   ]').t('  }').t(' ],').t(' "metadata": {').t('  "kernelspec": { "name": "python3", "display_name": "Python 3" }').t(' },').t(' "nbformat": 4,').t(' "nbformat_minor": 5').t('}');
    return [d];
  },
  'helm-values': (dir) => {
    const d = new Doc(`${dir}deploy/helm/${pick(['api', 'worker', 'gateway'])}/values-${pick(['prod', 'staging'])}.yaml`, 'helm-values');
    d.t('image:').t('  repository: registry.example.com/api').n('digest', `  tag: "1.4.2@sha256:${v.sha256()}"`);
    const p1 = pw(' #:\'"{}[],&*!|>%@`');
    d.t('postgresql:').t('  auth:').t(`    username: ${v.user()}`).p('nested-password', `    ${pick(['password', 'postgresPassword', 'replicationPassword'])}: ${p1.value}`, p1.style).n('empty', '    existingSecret: ""');
    const p2 = pw('"\\');
    d.t('redis:').t('  auth:').t('    enabled: true').p('quoted-password', `    password: "${p2.value}"`, p2.style);
    d.t('rabbitmq:').t('  auth:').n('template-ref', '    password: "{{ .Values.global.rabbitPassword }}"');
    const s1 = key(' #:\'"{}[],&*!|>%@`');
    d.t('config:').p('camel-secret', `  ${pick(['jwtSecret', 'sessionSecret', 'webhookSigningKey', 'encryptionKey'])}: ${s1.value}`, s1.style);
    d.n('secret-name', '  passwordSecretName: api-db-credentials').n('secret-name', '  tokenSecretKey: token');
    d.t('extraEnv:').t(`  - name: ${senv()}`);
    const s2 = key('"\\');
    d.p('env-list', `    value: "${s2.value}"`, s2.style).t('  - name: DB_PASSWORD').t('    valueFrom:').t('      secretKeyRef:').t('        name: db').n('secret-ref', '        key: password');
    return [d];
  },
  'ansible': (dir) => {
    const d = new Doc(`${dir}ansible/${pick(['group_vars/all.yml', 'group_vars/webservers.yml', 'host_vars/db1.yml', 'inventory/prod/group_vars/all.yml'])}`, 'ansible');
    d.t('---').t('ansible_user: deploy');
    const p1 = pw(' #:\'"{}[],&*!|>%@`');
    d.p('become-pass', `${pick(['ansible_become_pass', 'ansible_become_password', 'ansible_ssh_pass', 'ansible_password'])}: ${p1.value}`, p1.style);
    const p2 = pw('"\\');
    d.p('quoted-password', `${pick(['mysql_root_password', 'postgres_admin_password', 'keycloak_admin_password'])}: "${p2.value}"`, p2.style);
    d.n('template-ref', 'app_db_password: "{{ vault_app_db_password }}"').n('lookup', "smtp_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/smtp:password') }}\"");
    d.t('vault_app_db_password: !vault |').n('ansible-vault', '          $ANSIBLE_VAULT;1.1;AES256');
    for (let i = 0; i < 4; i++) d.n('ansible-vault', `          ${fake.hex(80)}`);
    const s1 = key(' #:\'"{}[],&*!|>%@`');
    d.p('api-token', `${pick(['grafana_api_token', 'consul_acl_token', 'nexus_api_key', 'monitoring_api_secret'])}: ${s1.value}`, s1.style);
    d.n('hash-filter', "users_password_hash: \"{{ 'changeme' | password_hash('sha512') }}\"");
    d.n('sha512-crypt', `root_password_hash: "${v.sha512crypt()}"`);
    return [d];
  },
  'terraform': (dir) => {
    const d = new Doc(`${dir}infra/${pick(['main.tf', 'database.tf', 'variables.tf'])}`, 'terraform');
    const p1 = pw('"\\$%{}');
    d.t('variable "region" {').t('  default = "eu-central-1"').t('}').t('');
    d.t(`variable "${pick(['db_password', 'admin_password', 'master_password'])}" {`).t('  type      = string').t('  sensitive = true').p('variable-default', `  default   = "${p1.value}"`, p1.style).t('}').t('');
    const s1 = key('"\\$%{}');
    d.t(`variable "${pick(['api_token', 'datadog_app_key', 'webhook_secret'])}" {`).t('  type    = string').p('variable-default', `  default = "${s1.value}"`, s1.style).t('}').t('');
    d.t('variable "db_password_ref" {').t('  type      = string').t('  sensitive = true').t('}').t('');
    const p2 = pw('"\\$%{}');
    d.t('resource "aws_db_instance" "main" {').t('  engine         = "postgres"').t('  instance_class = "db.t3.medium"').t('  username       = "dbadmin"');
    d.p('resource-password', `  password       = "${p2.value}"`, p2.style).t('}').t('');
    d.t('resource "aws_rds_cluster" "replica" {').n('random-ref', '  master_password = random_password.replica.result').n('var-interp', '  # password is "${var.db_password_ref}" in staging').t('}').t('');
    d.t('resource "kubernetes_secret" "api" {').t('  metadata { name = "api" }').t('  data = {');
    const s2 = key('"\\$%{}');
    d.p('map-entry', `    ${pick(['api_key', 'client_secret', 'token'])} = "${s2.value}"`, s2.style).n('var-ref', '    password = var.db_password_ref').t('  }').t('}');
    const tv = new Doc(`${dir}infra/${pick(['terraform.tfvars', 'prod.tfvars'])}`, 'tfvars');
    const p3 = pw('"\\$%{}');
    tv.t('region = "eu-central-1"').p('tfvars-password', `${pick(['db_password', 'admin_password', 'grafana_admin_password'])} = "${p3.value}"`, p3.style);
    const s3 = key('"\\$%{}');
    tv.p('tfvars-secret', `${pick(['api_token', 'cloud_api_secret', 'vpn_psk'])} = "${s3.value}"`, s3.style).n('uuid', `tenant_id = "${v.uuid()}"`);
    return [d, tv];
  },
  'powershell': (dir) => {
    const d = new Doc(`${dir}scripts/${pick(['deploy.ps1', 'Setup-Environment.ps1', 'Invoke-Migration.ps1'])}`, 'powershell');
    d.t('param([string]$Environment = "prod")').t('');
    const s1 = key("'");
    d.p('env-assign', `$env:${senv()} = '${s1.value}'`, s1.style);
    const p1 = pw('"`$');
    d.p('securestring', `$securePassword = ConvertTo-SecureString "${p1.value}" -AsPlainText -Force`, p1.style);
    d.t(`$credential = New-Object System.Management.Automation.PSCredential ("${v.user()}", $securePassword)`);
    const p2 = pw("'");
    d.p('var-password', `$${pick(['password', 'dbPassword', 'SqlPassword'])} = '${p2.value}'`, p2.style);
    d.n('read-host', '$adminPassword = Read-Host -AsSecureString "Enter admin password"').n('get-secret', '$apiKey = Get-Secret -Name PartnerApiKey -AsPlainText');
    d.n('env-use', 'Invoke-RestMethod -Uri $uri -Headers @{ "X-Api-Key" = $env:PARTNER_API_KEY }');
    const s2 = key('"`$');
    d.p('header-hashtable', `$headers = @{ Authorization = "Bearer ${s2.value}" }`, s2.style);
    return [d];
  },
  'makefile': (dir) => {
    const d = new Doc(`${dir}Makefile`, 'makefile');
    d.t('IMAGE ?= registry.example.com/api').t('TAG ?= $(shell git rev-parse --short HEAD)');
    const p1 = pw(' #$\'"\\');
    d.p('conditional-assign', `${pick(['DB_PASSWORD', 'DEPLOY_DB_PASSWORD', 'REGISTRY_PASSWORD'])} ?= ${p1.value}`, p1.style);
    const s1 = key(' #$\'"\\');
    d.p('export-assign', `export ${senv()} := ${s1.value}`, s1.style).t('');
    d.t('deploy:').n('make-ref', '\tdocker login -u $(REGISTRY_USER) -p $(REGISTRY_PASSWORD) $(REGISTRY)').n('shell-ref', '\t@curl -fsS -H "Authorization: Bearer $$DEPLOY_TOKEN" https://deploy.example.com/hooks/api');
    return [d];
  },
  'systemd': (dir) => {
    const d = new Doc(`${dir}deploy/systemd/${pick(['api', 'worker'])}.service`, 'systemd');
    d.t('[Unit]').t('Description=Orders API').t('After=network.target').t('').t('[Service]').t('User=orders').t('WorkingDirectory=/opt/orders');
    const p1 = pw(' "\'\\%$');
    d.p('environment', `Environment=${penv()}=${p1.value}`, p1.style);
    const s1 = key(' "\\%$');
    d.p('environment-quoted', `Environment="${senv()}=${s1.value}"`, s1.style);
    d.n('env-file', 'EnvironmentFile=/etc/orders/secrets.env').n('credential-ref', 'LoadCredential=db-password:/etc/credstore/db-password');
    d.t('ExecStart=/opt/orders/bin/api').t('Restart=always').t('').t('[Install]').t('WantedBy=multi-user.target');
    return [d];
  },
  'web-server-conf': (dir) => {
    const ng = new Doc(`${dir}deploy/nginx/${pick(['api.conf', 'default.conf', 'upstream.conf'])}`, 'nginx');
    ng.t('server {').t('    listen 443 ssl;').t('    server_name api.example.com;').n('cert-path', '    ssl_certificate_key /etc/ssl/private/api.example.com.key;');
    ng.t('    location /partner/ {').t('        proxy_pass https://partner.internal;');
    const s1 = key(' ;"\'\\${}');
    ng.p('proxy-header-bearer', `        proxy_set_header Authorization "Bearer ${s1.value}";`, s1.style);
    const s2 = key(' ;"\'\\${}');
    ng.p('proxy-header-key', `        proxy_set_header X-Api-Key ${s2.value};`, s2.style).t('    }');
    ng.t('    location /admin/ {').n('auth-basic', '        auth_basic "Restricted";').n('htpasswd-path', '        auth_basic_user_file /etc/nginx/.htpasswd;').t('    }').t('}');
    const ap = new Doc(`${dir}deploy/apache/${pick(['app.conf', 'vhost.conf'])}`, 'apache');
    ap.t('<VirtualHost *:443>').t('    ServerName app.example.com');
    const p1 = pw(' "\'\\$%');
    ap.p('setenv', `    SetEnv ${penv()} ${p1.value}`, p1.style);
    ap.p('request-header-basic', `    RequestHeader set Authorization "Basic ${fake.b64(`${v.user()}:${fake.alnum(18)}`)}"`, 'basic-b64');
    ap.n('passenv', '    PassEnv DB_PASSWORD API_TOKEN').t('</VirtualHost>');
    return [ng, ap];
  },
  'http-client': (dir) => {
    const d = new Doc(`${dir}${pick(['requests/partner.http', 'api.http', 'docs/requests.rest'])}`, 'http-client');
    d.t('@baseUrl = https://api.partnerhub.io');
    const s1 = key(' ');
    d.p('file-variable', `@${pick(['apiKey', 'token', 'clientSecret'])} = ${s1.value}`, s1.style).t('').t('### list orders').t('GET {{baseUrl}}/orders');
    d.n('template-ref', 'Authorization: Bearer {{token}}').t('').t('### create').t('POST {{baseUrl}}/orders').t('Content-Type: application/json');
    const s2 = key(' ');
    d.p('header-literal', `${pick(['X-API-Key', 'X-Auth-Token', 'Api-Key'])}: ${s2.value}`, s2.style).t('').t('{ "sku": "A-1" }');
    const pe = new Doc(`${dir}postman/${pick(['prod', 'staging'])}.postman_environment.json`, 'postman-env');
    pe.t('{').t(`  "id": "${v.uuid()}",`).t('  "name": "prod",').t('  "values": [').t('    { "key": "baseUrl", "value": "https://api.example.com", "enabled": true },');
    const s3 = key('"\\');
    pe.p('env-value', `    { "key": "${pick(['client_secret', 'apiKey', 'access_token'])}", "value": "${s3.value}", "type": "secret", "enabled": true },`, s3.style);
    pe.n('empty', '    { "key": "refresh_token", "value": "", "type": "secret", "enabled": true }').t('  ]').t('}');
    return [d, pe];
  },
  'markdown-docs': (dir) => {
    const d = new Doc(`${dir}docs/${pick(['api.md', 'runbook.md', 'integration.md', 'README.md'])}`, 'markdown');
    d.t('# Partner integration').t('').t('Call the API with your key:').t('').t('```bash');
    d.n('shell-ref', 'curl -H "Authorization: Bearer $PARTNER_TOKEN" https://api.partnerhub.io/v1/orders');
    d.n('placeholder', `curl -H "X-Api-Key: ${pick(['<your-api-key>', 'YOUR_API_KEY', 'xxxxxxxxxxxx'])}" https://api.partnerhub.io/v1/orders`).t('```').t('');
    d.t('The staging account (rotate after the demo):').t('').t('```bash');
    const s1 = key('"\\$`');
    const h = pick(['X-Api-Key: ', 'X-Auth-Token: ', 'Authorization: Token ']);
    d.p('curl-header', `curl -H "${h}${s1.value}" https://staging.partnerhub.io/v1/orders`, s1.style);
    const p1 = pw(' "\'\\$`:@!');
    d.p('curl-user', `curl -u admin:${p1.value} https://staging.partnerhub.io/v1/admin`, p1.style);
    d.t('```').t('');
    d.n('aws-doc-key', `Set \`AWS_ACCESS_KEY_ID=${v.awsDocId()}\` and \`AWS_SECRET_ACCESS_KEY=${v.awsDocSecret()}\` as in the AWS docs.`);
    d.n('prose', 'Passwords must be at least 12 characters; tokens expire after 24 hours.');
    return [d];
  },
  'sql': (dir) => {
    const d = new Doc(`${dir}db/${pick(['seed.sql', 'dump.sql', 'migrations/002_users.sql'])}`, 'sql');
    d.t('-- PostgreSQL database dump').t('SET client_encoding = \'UTF8\';');
    const p1 = pw("'\\");
    d.p('create-role', `CREATE ROLE ${v.user()} WITH LOGIN PASSWORD '${p1.value}';`, p1.style);
    d.n('bcrypt-insert', `INSERT INTO users (id, email, password_digest) VALUES (1, 'admin@example.com', '${v.bcrypt()}');`);
    d.n('argon2-insert', `INSERT INTO users (id, email, password_hash) VALUES (2, 'ops@example.com', '${v.argon2()}');`);
    d.n('django-hash', `INSERT INTO auth_user (id, username, password) VALUES (3, 'root', '${v.pbkdf2Django()}');`);
    d.n('md5-role', `ALTER ROLE replicator WITH PASSWORD 'md5${fake.hex(32)}';`);
    d.n('uuid-insert', `INSERT INTO api_clients (id, name) VALUES ('${v.uuid()}', 'mobile');`);
    return [d];
  },
  'connection-uris': (dir) => {
    const d = new Doc(`${dir}${pick(['config/connections.yml', 'settings/connections.yaml'])}`, 'connection-uri');
    const pwu = () => pw(':/@?#[]%"\' {}!$&*+,;=|<>^`\\~');
    const uris: Array<[string, (p: string) => string]> = [
      ['amqp', (p) => `amqp://${v.user()}:${p}@rabbit.internal:5672/prod`],
      ['amqps', (p) => `amqps://${v.user()}:${p}@b-1a2b3c.mq.us-east-1.amazonaws.com:5671`],
      ['redis', (p) => `redis://:${p}@cache.internal:6379/0`],
      ['rediss', (p) => `rediss://default:${p}@redis-12345.c1.us-east-1.cloud.redislabs.com:12345`],
      ['mongodb-srv', (p) => `mongodb+srv://${v.user()}:${p}@cluster0.ab1cd.mongodb.net/app?retryWrites=true&w=majority`],
      ['mysql', (p) => `mysql://${v.user()}:${p}@${v.host()}:3306/shop`],
      ['postgresql', (p) => `postgresql://${v.user()}:${p}@${v.host()}:5432/orders?sslmode=require`],
      ['sqlserver', (p) => `sqlserver://${v.user()}:${p}@${v.host()}:1433?database=orders`],
      ['ftp', (p) => `ftp://${v.user()}:${p}@ftp.partnerhub.io/incoming`],
      ['smtp', (p) => `smtp://${v.user()}:${p}@smtp.mailrelay.net:587`],
      ['ldaps', (p) => `ldaps://binduser:${p}@ldap.acmecorp.net:636`],
    ];
    const names = ['broker_url', 'cache_url', 'primary', 'analytics', 'archive', 'mailer', 'directory', 'queue', 'reporting', 'legacy', 'sessions'];
    for (let i = 0; i < uris.length; i++) {
      const [scheme, make] = uris[i];
      const p = pwu();
      d.p(scheme, `${names[i]}: ${make(p.value)}`, p.style);
    }
    d.n('uri-no-password', 'local_cache: redis://localhost:6379/0').n('uri-user-only', `replica: postgresql://${v.user()}@${v.host()}:5432/orders`);
    d.n('uri-template', 'events: amqp://app:${RABBITMQ_PASSWORD}@rabbit.internal:5672/').n('uri-placeholder', 'docs_example: mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/');
    return [d];
  },
  'shell': (dir) => {
    const d = new Doc(`${dir}scripts/${pick(['bootstrap.sh', 'backup.sh', 'deploy.sh', 'env.sh'])}`, 'shell');
    d.t('#!/usr/bin/env bash').t('set -euo pipefail').t('');
    const p1 = pw("'");
    d.p('export-single', `export ${penv()}='${p1.value}'`, p1.style);
    const s1 = key('"\\$`');
    d.p('export-double', `export ${senv()}="${s1.value}"`, s1.style);
    d.n('read-s', 'read -r -s -p "Database password: " DB_PASSWORD');
    d.n('stdin-login', 'echo "$REGISTRY_PASSWORD" | docker login registry.example.com -u ci --password-stdin');
    const p2 = pw(' "\'\\$`;&|<>()');
    d.p('inline-env', `PGPASSWORD=${p2.value} pg_dump -h ${v.host()} -U ${v.user()} orders > backup.sql`, p2.style);
    const p3 = pw("'");
    d.p('mysql-p', `mysql -h ${v.host()} -u root -p'${p3.value}' -e 'SELECT 1'`, p3.style);
    d.n('default-ref', 'API_TOKEN="${API_TOKEN:-}"').n('command-subst', 'DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)"');
    d.n('generator', 'SESSION_SECRET=$(openssl rand -hex 32)');
    return [d];
  },
  'python-settings': (dir) => {
    const d = new Doc(`${dir}${pick(['app/settings/production.py', 'config/settings.py', 'src/service/config.py'])}`, 'python');
    d.t('import os').t('from pathlib import Path').t('');
    const dj = v.without(fake.chars(fake.LOWER + fake.DIGITS + '!@#$%^&*(-_=+)', 50), "'\\");
    d.p('django-secret-key', `SECRET_KEY = '${dj}'`, 'django');
    d.t('DATABASES = {').t("    'default': {").t("        'ENGINE': 'django.db.backends.postgresql',");
    const p1 = pw("'\\");
    d.p('dict-password', `        'PASSWORD': '${p1.value}',`, p1.style).t(`        'HOST': '${v.host()}',`).t('    }').t('}');
    d.n('env-ref', "EMAIL_HOST_PASSWORD = os.environ['EMAIL_HOST_PASSWORD']").n('getenv-default-empty', 'API_TOKEN = os.getenv("API_TOKEN", "")');
    const s1 = key('"\\');
    d.p('getenv-fallback', `PARTNER_SECRET = os.getenv("PARTNER_SECRET", "${s1.value}")`, s1.style);
    d.n('function-call', 'password = get_password_from_vault("db/prod")').n('name-only', 'PASSWORD_FIELD = "password"');
    d.n('test-assert', 'assert response.json()["detail"] == "Invalid token"').n('percent-template', 'DSN = "postgresql://%(user)s:%(password)s@%(host)s/orders"');
    d.n('hash-constant', `PASSWORD_HASHERS_CHECK = "${v.pbkdf2Django()}"`);
    return [d];
  },
  'ini-toml': (dir) => {
    const ini = new Doc(`${dir}${pick(['config/app.ini', 'deploy/settings.cfg', 'etc/service.conf'])}`, 'ini');
    ini.t('[server]').t('port = 8080').t('').t('[database]').t(`host = ${v.host()}`).t(`user = ${v.user()}`);
    const p1 = pw(' ;#"\'');
    ini.p('ini-password', `password = ${p1.value}`, p1.style).t('');
    const s1 = key(' ;#"\'');
    ini.t('[partner]').p('ini-secret', `${pick(['api_key', 'secret', 'client_secret', 'token'])} = ${s1.value}`, s1.style).n('path-value', 'key_file = /etc/partner/client.key');
    const alembic = new Doc(`${dir}alembic.ini`, 'ini');
    const p2 = pw(':/@?#[]%"\' {}!$&*+,;=|<>^`\\~');
    alembic.t('[alembic]').t('script_location = migrations').p('sqlalchemy-url', `sqlalchemy.url = postgresql+psycopg2://${v.user()}:${p2.value}@${v.host()}/orders`, p2.style);
    const toml = new Doc(`${dir}${pick(['config.toml', 'settings/prod.toml'])}`, 'toml');
    toml.t('[server]').t('addr = "0.0.0.0:8080"').t('').t('[auth]');
    const s2 = key('"\\');
    toml.p('toml-secret', `${pick(['jwt_secret', 'session_key', 'signing_secret', 'api_token'])} = "${s2.value}"`, s2.style);
    toml.n('public-key', `public_key = "${v.sshPub()}"`).n('uuid', `client_id = "${v.uuid()}"`);
    const mvn = new Doc(`${dir}${pick(['.mvn/settings.xml', 'ci/maven-settings.xml'])}`, 'maven-settings');
    mvn.t('<settings>').t('  <servers>').t('    <server>').t('      <id>releases</id>').t(`      <username>${v.user()}</username>`);
    const p3 = pw('<>&');
    mvn.p('xml-element', `      <password>${p3.value}</password>`, p3.style).t('    </server>').t('    <server>').t('      <id>snapshots</id>').n('maven-encrypted', `      <password>{${fake.base64(44)}}</password>`).t('    </server>');
    mvn.t('    <server>').t('      <id>ci</id>').n('template-ref', '      <password>${env.MAVEN_PASSWORD}</password>').t('    </server>').t('  </servers>').t('</settings>');
    return [ini, alembic, toml, mvn];
  },
  'js-ts': (dir) => {
    const d = new Doc(`${dir}src/${pick(['config.ts', 'lib/partner.js', 'server/auth.mjs'])}`, 'js-ts');
    d.t("import { createClient } from './client';").t('');
    const s1 = key("'\\");
    d.p('object-prop', `const partner = createClient({ baseUrl: 'https://api.partnerhub.io', apiKey: '${s1.value}' });`, s1.style);
    const s2 = key('"\\');
    d.p('env-fallback', `const jwtSecret = process.env.JWT_SECRET || "${s2.value}";`, s2.style);
    d.n('env-ref', 'const sessionSecret = process.env.SESSION_SECRET ?? "";').n('i18n', "const messages = { passwordRequired: 'Please enter your password' };");
    d.n('test-expect', "expect(screen.getByLabelText('Password')).toBeInTheDocument();").n('function-call', 'const token = await getAccessToken(session);');
    d.n('css-color', "const theme = { secretColor: '#a3be8c', tokenBg: '#2e3440' };");
    d.n('sri', `const script = { src: 'https://cdn.example.com/lib.js', integrity: '${v.sri()}' };`);
    const s3 = key('`\\$');
    d.p('template-literal-header', `const headers = { Authorization: \`Bearer ${s3.value}\` };`, s3.style);
    d.n('template-literal-ref', 'const authHeaders = { Authorization: `Bearer ${token}` };');
    return [d];
  },
  'hard-negatives': (dir) => {
    const d = new Doc(`${dir}${pick(['config/fixtures.yml', 'test/data/settings.yaml'])}`, 'hard-negatives');
    d.n('bcrypt', `admin_password_hash: "${v.bcrypt()}"`).n('argon2', `password_digest: "${v.argon2()}"`).n('sha512-crypt', `root_pw_crypt: "${v.sha512crypt()}"`);
    d.n('git-sha', `deploy_commit: ${v.gitSha()}`).n('sha256', `artifact_sha256: ${v.sha256()}`).n('uuid', `api_key_id: ${v.uuid()}`);
    d.n('placeholder', `api_key: ${pick(['your-api-key-here', 'changeme', 'REPLACE_ME', 'xxxxxxxxxxxxxxxxxxxx'])}`).n('masked', 'password: "********"').n('placeholder', 'token: <TOKEN>');
    d.n('sops', `db_password: ${v.sopsEnc()}`).n('data-uri', `avatar: "${v.pngDataUri()}"`).n('public-key', `deploy_public_key: "${v.rsaPub()}"`);
    d.n('aws-doc-key', `aws_secret_access_key: ${v.awsDocSecret()}`).n('css-color', `password_strength_color: "${v.cssColor()}"`);
    d.n('name-only', 'password_field: password').n('endpoint', 'token_url: https://auth.example.com/oauth/token').n('header-name', 'api_key_header: X-API-Key');
    d.n('secret-arn', `db_secret_arn: arn:aws:secretsmanager:us-east-1:${fake.digits(12)}:secret:prod/db-${fake.alnum(6)}`);
    d.n('secret-path', 'vault_secret_path: secret/data/prod/orders/db');
    d.n('number', 'password_min_length: 12').n('token-type', 'token_type: Bearer');
    return [d];
  },
};
