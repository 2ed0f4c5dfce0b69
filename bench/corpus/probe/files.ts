import * as fake from '../../../lib/secrets/fake';
import { chance, FileBuilder, int, LabelledDoc, pick } from '../plant';
import { b64Secret, hexSecret, password, token, TOKENS, uuid, type ProbeToken } from './tokens';

/**
 * Whole files as real repositories hold them, one ecosystem each, with
 * credentials where people leave them and the look-alikes that sit beside
 * them. Each template marks its planted lines: `pos` lines must be reported,
 * `neg` lines must not.
 */
class Doc extends LabelledDoc {
  /** A provider token planted on one line built from it. */
  tok(line: (t: ProbeToken, v: string) => string, tk: ProbeToken = token()): this {
    return this.p(tk.kind, line(tk, tk.make()));
  }
}

const byKind = (k: string) => TOKENS.find((t) => t.kind === k)!;
const host = () => pick(['db.internal', 'pg-main.prod.svc.cluster.local', 'orders-db.c9xk2mq1.eu-west-1.rds.amazonaws.com', '10.20.3.14']);
const user = () => pick(['app', 'orders_svc', 'deploy', 'admin', 'billing']);
const gitSha = () => fake.hex(40);
const sha256 = () => fake.hex(64);
const sri = () => `sha512-${fake.base64(86)}==`;
const bcrypt = () => `$2b$12$${fake.chars(fake.ALNUM + './', 53)}`;
const lower = (s: string) => s.toLowerCase();
const camel = (env: string) => lower(env).replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const sopsEnc = () => `ENC[AES256_GCM,data:${fake.base64(int(20, 40))}=,iv:${fake.base64(43)}=,tag:${fake.base64(22)}==,type:str]`;
const jwtIoExample = () => `${fake.b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${fake.b64url(JSON.stringify({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }))}.${['SflKxwRJSMeKKF2QT4fw', 'pMeJf36POk6yJV_adQssw5c'].join('')}`;
const awsDocId = () => ['AKIAIOSFODNN7', 'EXAMPLE'].join('');
const awsDocSecret = () => ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join('');
const sshPub = () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake.base64(43)} deploy@ci`;
const pngDataUri = () => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${fake.base64(int(120, 300))}=`;

export type Template = (dir: string) => FileBuilder;

export const TEMPLATES: Record<string, Template> = {
  'rails-database-yml': (dir) => {
    const d = new Doc(`${dir}config/database.yml`, 'rails-database-yml');
    d.t('default: &default').t('  adapter: postgresql').t('  encoding: unicode').t('  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>').t('');
    d.t('development:').t('  <<: *default').t('  database: shop_development').n('template-ref', '  password: <%= ENV["DEV_DB_PASSWORD"] %>').t('');
    d.t('test:').t('  <<: *default').t('  database: shop_test').n('placeholder', '  password: postgres').t('');
    d.t('production:').t('  <<: *default').t('  database: shop_production').t(`  username: ${user()}`).p('password', `  password: ${password()}`).t(`  host: ${host()}`);
    return d.fb;
  },
  'rails-credentials': (dir) => {
    const d = new Doc(`${dir}config/credentials/production.yml`, 'rails-credentials');
    d.t('# decrypted for the migration, do not commit').p('secret_key_base', `secret_key_base: ${hexSecret(128)}`).t('aws:');
    d.p('aws-key-id', `  access_key_id: ${byKind('aws-key-id').make()}`).p('aws-secret', `  secret_access_key: ${byKind('aws-secret').make()}`);
    d.t('stripe:').p('stripe-live', `  secret_key: ${byKind('stripe-live').make()}`).n('stripe-publishable', `  publishable_key: pk_live_51${fake.alnum(90)}`);
    const enc = new Doc(`${dir}config/credentials/staging.yml.enc`, 'rails-credentials');
    enc.n('rails-encrypted', `${fake.base64(400)}--${fake.base64(22)}==--${fake.base64(22)}==`);
    return mergeInto(d, enc);
  },
  'spring-yml': (dir) => {
    const d = new Doc(`${dir}src/main/resources/application-prod.yml`, 'spring-yml');
    d.t('spring:').t('  datasource:').t(`    url: jdbc:postgresql://${host()}:5432/orders`).t(`    username: ${user()}`).p('password', `    password: ${password()}`);
    d.t('  mail:').t('    host: smtp.sendgrid.net').t('    username: apikey').tok((t, v) => `    password: ${v}`, byKind('sendgrid'));
    d.t('  security:').t('    oauth2:').t('      client:').t('        registration:').t('          github:').t(`            client-id: Iv1.${fake.hex(16)}`).p('oauth-client-secret', `            client-secret: ${fake.hex(40)}`);
    d.t('management:').t('  endpoints:').t('    web:').t('      exposure:').t('        include: health,info');
    d.t('jasypt:').t('  encryptor:').n('template-ref', '    password: ${JASYPT_ENCRYPTOR_PASSWORD}');
    d.t('app:').n('encrypted', `  legacy-password: ENC(${fake.base64(44)})`).n('encrypted', `  partner-secret: '{cipher}${fake.hex(96)}'`);
    d.t('  jwt:').p('jwt-secret', `    secret: ${b64Secret(64)}`).t('    expiration: 86400');
    return d.fb;
  },
  'spring-properties': (dir) => {
    const d = new Doc(`${dir}src/main/resources/application.properties`, 'spring-properties');
    d.t('server.port=8080').t(`spring.datasource.url=jdbc:mysql://${host()}:3306/app?useSSL=true`).t(`spring.datasource.username=${user()}`);
    d.p('password', `spring.datasource.password=${password()}`);
    d.t('spring.rabbitmq.host=mq.internal').p('password', `spring.rabbitmq.password=${password()}`);
    d.n('template-ref', 'spring.redis.password=${REDIS_PASSWORD:}').t('logging.level.root=INFO');
    d.tok((t, v) => `aws.secretKey=${v}`, byKind('aws-secret'));
    d.n('uuid', `azure.activedirectory.client-id=${uuid()}`).n('uuid', `azure.activedirectory.tenant-id=${uuid()}`);
    d.p('azure-client-secret', `azure.activedirectory.client-secret=${byKind('azure-client-secret').make()}`);
    return d.fb;
  },
  'appsettings-json': (dir) => {
    const d = new Doc(`${dir}src/Api/appsettings.Production.json`, 'appsettings-json');
    const pw = password().replace(/[;"\\]/g, 'x');
    d.t('{').t('  "Logging": {').t('    "LogLevel": { "Default": "Information" }').t('  },');
    d.t('  "ConnectionStrings": {').p('mssql-connection', `    "DefaultConnection": "Server=tcp:${fake.lowerAlnum(8)}.database.windows.net,1433;Initial Catalog=orders;User ID=${user()};Password=${pw};Encrypt=True;"`);
    d.p('storage-connection', `    "Storage": "DefaultEndpointsProtocol=https;AccountName=${fake.lowerAlnum(12)};AccountKey=${fake.base64(86)}==;EndpointSuffix=core.windows.net"`);
    d.n('local-dev-connection', '    "Local": "Server=(localdb)\\\\mssqllocaldb;Database=orders;Trusted_Connection=True;"').t('  },');
    d.t('  "AzureAd": {').t('    "Instance": "https://login.microsoftonline.com/",').n('uuid', `    "ClientId": "${uuid()}",`).n('uuid', `    "TenantId": "${uuid()}",`);
    d.p('azure-client-secret', `    "ClientSecret": "${byKind('azure-client-secret').make()}"`).t('  },');
    d.tok((t, v) => `  "SendGrid": { "ApiKey": "${v}" },`, byKind('sendgrid'));
    d.t('  "Jwt": {').p('jwt-key', `    "Key": "${b64Secret(44)}",`).t('    "Issuer": "orders-api"').t('  },');
    d.t('  "AllowedHosts": "*"').t('}');
    return d.fb;
  },
  'web-config': (dir) => {
    const d = new Doc(`${dir}Web.config`, 'web-config');
    d.t('<?xml version="1.0" encoding="utf-8"?>').t('<configuration>').t('  <connectionStrings>');
    d.p('connection-string', `    <add name="Main" connectionString="Data Source=${host()};Initial Catalog=Shop;User Id=${user()};Password=${password().replace(/[;"&<>]/g, 'k')};" providerName="System.Data.SqlClient" />`);
    d.t('  </connectionStrings>').t('  <appSettings>').t('    <add key="Environment" value="Production" />');
    d.tok((t, v) => `    <add key="${t.env.split('_').map((w) => w[0] + lower(w.slice(1))).join('')}" value="${v}" />`);
    d.p('password', `    <add key="SmtpPassword" value="${password().replace(/[&<>"]/g, 'q')}" />`);
    d.n('guid', `    <add key="ApplicationInsightsKey" value="${uuid()}" />`).t('  </appSettings>');
    d.t('  <system.web>').n('machine-key-autogen', '    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />').t('  </system.web>').t('</configuration>');
    return d.fb;
  },
  'terraform-tfvars': (dir) => {
    const d = new Doc(`${dir}infra/prod.auto.tfvars`, 'terraform-tfvars');
    d.t('region        = "eu-west-1"').t('instance_type = "t3.medium"').p('password', `db_password   = "${password()}"`);
    d.tok((t, v) => `${lower(t.env)} = "${v}"`);
    d.tok((t, v) => `datadog_api_key = "${v}"`, byKind('datadog-api'));
    d.n('git-sha', `module_ref = "${gitSha()}"`).n('uuid', `subscription_id = "${uuid()}"`);
    return d.fb;
  },
  'terraform-provider': (dir) => {
    const d = new Doc(`${dir}infra/main.tf`, 'terraform-provider');
    d.t('provider "aws" {').t('  region     = var.region').p('aws-key-id', `  access_key = "${byKind('aws-key-id').make()}"`).p('aws-secret', `  secret_key = "${byKind('aws-secret').make()}"`).t('}').t('');
    d.t('provider "cloudflare" {').tok((t, v) => `  api_token = "${v}"`, byKind('cloudflare')).t('}').t('');
    d.t('resource "aws_db_instance" "main" {').t('  engine   = "postgres"').t('  username = "app"').n('template-ref', '  password = var.db_password').t('}').t('');
    d.t('resource "random_password" "x" {').t('  length  = 32').t('  special = true').t('}');
    d.t('data "aws_ami" "ubuntu" {').n('ami-owner', '  owners = ["099720109477"]').t('}');
    d.t('terraform {').t('  required_providers {').t('    aws = { source = "hashicorp/aws", version = "~> 5.0" }').t('  }').t('}');
    return d.fb;
  },
  'terraform-lock': (dir) => {
    const d = new Doc(`${dir}infra/.terraform.lock.hcl`, 'terraform-lock');
    d.t('provider "registry.terraform.io/hashicorp/aws" {').t('  version = "5.31.0"').t('  hashes = [');
    d.n('lock-hash', `    "h1:${fake.base64(43)}=",`);
    for (let i = 0; i < 3; i++) d.n('lock-hash', `    "zh:${sha256()}",`);
    d.t('  ]').t('}');
    return d.fb;
  },
  'helm-values': (dir) => {
    const d = new Doc(`${dir}charts/api/values-prod.yaml`, 'helm-values');
    d.t('replicaCount: 3').t('image:').t('  repository: ghcr.io/acme/api').n('digest', `  digest: sha256:${sha256()}`);
    d.t('postgresql:').t('  auth:').t(`    username: ${user()}`).p('password', `    password: ${password()}`).n('template-ref', '    existingSecret: ""');
    d.t('env:').t('  - name: LOG_LEVEL').t('    value: info').t('  - name: STRIPE_SECRET_KEY').p('stripe-live', `    value: ${byKind('stripe-live').make()}`);
    d.t('  - name: DB_PASSWORD').t('    valueFrom:').t('      secretKeyRef:').t('        name: db').n('secret-ref', '        key: password');
    d.t('redis:').n('template-ref', '  password: "{{ .Values.global.redisPassword }}"');
    d.t('secrets:').tok((t, v) => `  ${camel(t.env)}: "${v}"`);
    return d.fb;
  },
  'k8s-secret': (dir) => {
    const d = new Doc(`${dir}deploy/k8s/secret.yaml`, 'k8s-secret');
    d.t('apiVersion: v1').t('kind: Secret').t('metadata:').t('  name: api-secrets').t('type: Opaque').t('data:');
    d.p('b64-password', `  DB_PASSWORD: ${fake.b64(password())}`);
    const tk = token();
    d.p(`b64-${tk.kind}`, `  ${tk.env}: ${fake.b64(tk.make())}`);
    d.t('stringData:').tok((t, v) => `  ${t.env}: "${v}"`);
    const s = new Doc(`${dir}deploy/k8s/sealed.yaml`, 'k8s-secret');
    s.t('apiVersion: bitnami.com/v1alpha1').t('kind: SealedSecret').t('metadata:').t('  name: api').t('spec:').t('  encryptedData:');
    s.n('sealed', `    DB_PASSWORD: AgB${fake.base64(int(300, 400))}`);
    return mergeInto(d, s);
  },
  'ansible-group-vars': (dir) => {
    const d = new Doc(`${dir}ansible/group_vars/production/vars.yml`, 'ansible-group-vars');
    d.t('---').t('app_user: deploy').p('password', `mysql_root_password: "${password()}"`).n('template-ref', 'app_db_password: "{{ vault_app_db_password }}"');
    d.tok((t, v) => `${lower(t.env)}: ${v}`);
    d.t('vault_smtp_password: !vault |').n('ansible-vault', '          $ANSIBLE_VAULT;1.1;AES256');
    for (let i = 0; i < 3; i++) d.n('ansible-vault', `          ${fake.hex(80)}`);
    d.n('lookup', "api_token: \"{{ lookup('env', 'API_TOKEN') }}\"");
    return d.fb;
  },
  'github-actions': (dir) => {
    const d = new Doc(`.github/workflows/${pick(['deploy', 'release', 'ci'])}.yml`, 'github-actions');
    d.t('name: deploy').t('on: { push: { branches: [main] } }').t('jobs:').t('  deploy:').t('    runs-on: ubuntu-latest').t('    env:');
    d.n('template-ref', '      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}').tok((t, v) => `      ${t.env}: ${v}`);
    d.t('    steps:').n('git-sha', `      - uses: actions/checkout@${gitSha()} # v4`).n('git-sha', `      - uses: docker/login-action@${gitSha()}`);
    d.t('        with:').t('          username: acmebot').p('dockerhub', `          password: ${byKind('dockerhub').make()}`);
    d.t('      - run: |').p('curl-bearer', `          curl -sf -H "Authorization: Bearer ${byKind('github-pat').make()}" https://api.github.com/repos/acme/api/releases`);
    d.n('template-ref', '      - run: echo "//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}" > ~/.npmrc');
    return d.fb;
  },
  'gitlab-ci': (dir) => {
    const d = new Doc(`${dir}.gitlab-ci.yml`, 'gitlab-ci');
    d.t('stages: [build, deploy]').t('variables:').t('  DOCKER_DRIVER: overlay2').tok((t, v) => `  ${t.env}: "${v}"`);
    d.n('template-ref', '  CI_REGISTRY_PASSWORD: $CI_JOB_TOKEN');
    d.t('deploy:').t('  stage: deploy').t('  script:').n('template-ref', '    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY');
    d.p('curl-trigger', `    - curl -X POST -F token=${byKind('gitlab-trigger').make()} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline`);
    d.p('sshpass', `    - sshpass -p '${password().replace(/'/g, '')}' ssh deploy@${host()} ./deploy.sh`);
    return d.fb;
  },
  'docker-compose': (dir) => {
    const d = new Doc(`${dir}docker-compose.prod.yml`, 'docker-compose');
    d.t('services:').t('  db:').n('digest', `    image: postgres:16@sha256:${sha256()}`).t('    environment:');
    d.p('password', `      POSTGRES_PASSWORD: ${password()}`).t('      POSTGRES_USER: app');
    d.t('  api:').t('    build: .').t('    environment:').p('url-password', `      - DATABASE_URL=postgres://app:${fake.alnum(20)}@db:5432/app`);
    d.tok((t, v) => `      - ${t.env}=${v}`).n('template-ref', '      - REDIS_PASSWORD=${REDIS_PASSWORD:?required}');
    d.n('secret-file-ref', '      - DB_PASSWORD_FILE=/run/secrets/db_password');
    return d.fb;
  },
  'dotenv': (dir) => {
    const d = new Doc(`${dir}${pick(['.env', '.env.production', '.env.local', 'config/.env.prod'])}`, 'dotenv');
    d.t('NODE_ENV=production').t('PORT=3000').tok((t, v) => `${t.env}=${v}`).tok((t, v) => `${t.env}="${v}"`).tok((t, v) => `export ${t.env}='${v}'`);
    d.p('password', `DB_PASSWORD=${password()}`).p('secret', `SESSION_SECRET=${hexSecret(64)}`);
    d.n('empty', 'SMTP_PASSWORD=').n('template-ref', 'REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379');
    d.n('public-id', `NEXT_PUBLIC_SENTRY_DSN=https://${fake.hex(32)}@o${fake.digits(6)}.ingest.sentry.io/${fake.digits(7)}`);
    return d.fb;
  },
  'dotenv-example': (dir) => {
    const d = new Doc(`${dir}.env.example`, 'dotenv-example');
    d.n('placeholder', 'STRIPE_SECRET_KEY=sk_live_your_key_here').n('placeholder', 'OPENAI_API_KEY=sk-...').n('placeholder', 'DB_PASSWORD=changeme');
    d.n('placeholder', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx').n('placeholder', 'JWT_SECRET=<generate with openssl rand -hex 32>');
    d.n('aws-doc', `AWS_ACCESS_KEY_ID=${awsDocId()}`).n('aws-doc', `AWS_SECRET_ACCESS_KEY=${awsDocSecret()}`);
    return d.fb;
  },
  'shell-script': (dir) => {
    const d = new Doc(`${dir}scripts/${pick(['deploy', 'sync', 'backup'])}.sh`, 'shell-script');
    d.t('#!/usr/bin/env bash').t('set -euo pipefail').t('');
    d.p('curl-user', `curl -fsS -u ${user()}:${password().replace(/['"$`\\!]/g, 'z')} https://nexus.acme-corp.net/service/rest/v1/components`);
    d.tok((t, v) => `curl -H "Authorization: Bearer ${v}" https://api.acme-corp.net/v1/sync`);
    d.tok((t, v) => `export ${t.env}=${v}`);
    d.p('mysql-cli', `mysqldump -u root -p'${password().replace(/['"$`\\!]/g, 'z')}' shop > /backups/shop.sql`);
    d.n('template-ref', 'curl -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/user');
    d.n('checksum', `echo "${sha256()}  terraform.zip" | sha256sum -c -`);
    return d.fb;
  },
  'postman-collection': (dir) => {
    const d = new Doc(`${dir}postman/orders.postman_collection.json`, 'postman-collection');
    d.t('{').t('  "info": {').n('uuid', `    "_postman_id": "${uuid()}",`).t('    "name": "Orders API",').t('    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"').t('  },');
    d.t('  "auth": {').t('    "type": "bearer",').t('    "bearer": [').t('      {').t('        "key": "token",');
    d.tok((t, v) => `        "value": "${v}",`).t('        "type": "string"').t('      }').t('    ]').t('  },');
    d.t('  "variable": [').t('    { "key": "baseUrl", "value": "https://api.acme-corp.net" },').p('apikey-variable', `    { "key": "apiKey", "value": "${fake.alnum(32)}" }`).t('  ],');
    d.t('  "item": [').t('    {').t('      "name": "List orders",').t('      "request": {').t('        "method": "GET",').t('        "header": [');
    d.p('header-apikey', `          { "key": "X-API-Key", "value": "${fake.hex(40)}" }`).t('        ],').t('        "url": "{{baseUrl}}/orders"').t('      }').t('    }').t('  ]').t('}');
    return d.fb;
  },
  'har': (dir) => {
    const d = new Doc(`${dir}fixtures/session.har`, 'har');
    d.t('{').t('  "log": {').t('    "version": "1.2",').t('    "entries": [').t('      {').t('        "request": {').t('          "method": "GET",');
    d.tok((t, v) => `          "url": "https://api.acme-corp.net/v2/me?access_token=${v}",`, byKind('jwt'));
    d.t('          "headers": [');
    d.tok((t, v) => `            { "name": "Authorization", "value": "Bearer ${v}" },`);
    d.p('cookie-session', `            { "name": "Cookie", "value": "_session_id=${hexSecret(32)}; remember_token=${fake.base64url(43)}" },`);
    d.t('            { "name": "Accept", "value": "application/json" }').t('          ]').t('        },');
    d.t('        "response": { "status": 200, "content": { "mimeType": "image/png", "encoding": "base64",').n('base64-image', `          "text": "iVBORw0KGgoAAAANSUhEUgAA${fake.base64(400)}" } }`);
    d.t('      }').t('    ]').t('  }').t('}');
    return d.fb;
  },
  'jupyter': (dir) => {
    const d = new Doc(`${dir}notebooks/${pick(['explore', 'eval', 'embeddings'])}.ipynb`, 'jupyter');
    d.t('{').t(' "cells": [').t('  {').t('   "cell_type": "code",').t('   "execution_count": 1,').t('   "metadata": {},').t('   "outputs": [],').t('   "source": [');
    d.t('    "import os\\n",').t('    "from openai import OpenAI\\n",');
    d.tok((t, v) => `    "client = OpenAI(api_key=\\"${v}\\")\\n",`, byKind(pick(['openai-project', 'openai-svcacct'])));
    d.tok((t, v) => `    "os.environ[\\"${t.env}\\"] = \\"${v}\\"\\n",`);
    d.n('template-ref', '    "token = os.environ[\\"HF_TOKEN\\"]\\n"').t('   ]').t('  },').t('  {').t('   "cell_type": "code",').t('   "execution_count": 2,').t('   "metadata": {},');
    d.t('   "outputs": [').t('    {').t('     "data": {').n('base64-image', `      "image/png": "iVBORw0KGgoAAAANSUhEUgAA${fake.base64(600)}\\n",`).t('      "text/plain": ["<Figure>"]').t('     },').t('     "output_type": "display_data"').t('    }').t('   ],');
    d.t('   "source": ["plt.plot(x)"]').t('  }').t(' ],').t(' "metadata": {},').t(' "nbformat": 4,').t(' "nbformat_minor": 5').t('}');
    return d.fb;
  },
  'sql-dump': (dir) => {
    const d = new Doc(`${dir}db/seed.sql`, 'sql-dump');
    d.t('-- seed data').p('create-user', `CREATE USER reporting WITH PASSWORD '${password().replace(/'/g, '')}';`);
    d.p('alter-user', `ALTER USER 'app'@'%' IDENTIFIED BY '${password().replace(/'/g, '')}';`);
    d.t('INSERT INTO users (id, email, password_digest) VALUES');
    d.n('bcrypt-fixture', `  (1, 'admin@example.com', '${bcrypt()}'),`).n('bcrypt-fixture', `  (2, 'ops@example.com', '${bcrypt()}');`);
    d.p('integration-config', `INSERT INTO integrations (name, config) VALUES ('slack', '{"webhook_url": "${byKind('slack-webhook').make()}"}');`);
    d.n('uuid', `INSERT INTO api_clients (id, name) VALUES ('${uuid()}', 'mobile');`);
    return d.fb;
  },
  'java-source': (dir) => {
    const d = new Doc(`${dir}src/main/java/com/acme/orders/PaymentsClient.java`, 'java-source');
    d.t('package com.acme.orders;').t('').t('public class PaymentsClient {');
    d.tok((t, v) => `    private static final String API_KEY = "${v}";`);
    d.p('password', `    private static final String DB_PASSWORD = "${password().replace(/["\\]/g, 'w')}";`);
    d.n('template-ref', '    private final String secret = System.getenv("PAYMENTS_SECRET");');
    d.n('constant-name', '    public static final String PASSWORD_PARAM = "password";');
    d.t('    public Client build() {').tok((t, v) => `        return Stripe.builder().apiKey("${v}").build();`, byKind('stripe-live')).t('    }').t('}');
    return d.fb;
  },
  'kotlin-source': (dir) => {
    const d = new Doc(`${dir}app/src/main/kotlin/com/acme/Config.kt`, 'kotlin-source');
    d.t('package com.acme').t('').t('object Config {').tok((t, v) => `    const val ${t.env} = "${v}"`);
    d.n('template-ref', '    val dbPassword: String = System.getenv("DB_PASSWORD") ?: ""').t('}');
    return d.fb;
  },
  'go-source': (dir) => {
    const d = new Doc(`${dir}internal/notify/client.go`, 'go-source');
    d.t('package notify').t('').t('import "github.com/slack-go/slack"').t('');
    d.t('func New() *slack.Client {').tok((t, v) => `\treturn slack.New("${v}")`, byKind('slack-bot')).t('}').t('');
    d.tok((t, v) => `const ${camel(t.env)} = "${v}"`);
    d.t('func db() string {').p('dsn', `\treturn "${user()}:${fake.alnum(20)}@tcp(${host()}:3306)/orders?parseTime=true"`).t('}');
    d.n('template-ref', '\tkey := os.Getenv("API_KEY")');
    return d.fb;
  },
  'rust-source': (dir) => {
    const d = new Doc(`${dir}src/config.rs`, 'rust-source');
    d.t('use std::env;').t('');
    d.tok((t, v) => `const ${t.env}: &str = "${v}";`);
    d.n('template-ref', 'let token = env::var("GITHUB_TOKEN").expect("GITHUB_TOKEN");');
    d.n('test-fixture', '    #[test] fn parses() { assert_eq!(parse("password=hunter2"), Some("hunter2")); }');
    return d.fb;
  },
  'php-source': (dir) => {
    const d = new Doc(`${dir}config/services.php`, 'php-source');
    d.t('<?php').t('').t('return [').t("    'mailgun' => [").t("        'domain' => 'mg.acme-corp.net',");
    d.tok((t, v) => `        'secret' => '${v}',`, byKind('mailgun')).t('    ],').t("    'stripe' => [");
    d.tok((t, v) => `        'secret' => env('STRIPE_SECRET', '${v}'),`, byKind('stripe-live'));
    d.n('template-ref', "        'webhook' => env('STRIPE_WEBHOOK_SECRET'),").t('    ],').t('];');
    const w = new Doc(`${dir}wp-config.php`, 'php-source');
    w.t('<?php').t("define( 'DB_NAME', 'wordpress' );").t("define( 'DB_USER', 'wp' );").p('wp-db-password', `define( 'DB_PASSWORD', '${password().replace(/'/g, '')}' );`);
    w.p('wp-salt', `define( 'AUTH_KEY',         '${fake.chars(fake.ALNUM + '!@#%^*()-_[]{}<>~+=,.;:/?|', 64)}' );`);
    return mergeInto(d, w);
  },
  'python-source': (dir) => {
    const d = new Doc(`${dir}app/settings/production.py`, 'python-source');
    d.t('from .base import *').t('').p('django-secret', `SECRET_KEY = "${fake.chars(fake.LOWER + fake.DIGITS + '!@#$%^&*(-_=+)', 50)}"`);
    d.t('DATABASES = {').t('    "default": {').t('        "ENGINE": "django.db.backends.postgresql",').t(`        "USER": "${user()}",`).p('password', `        "PASSWORD": "${password().replace(/["\\]/g, 'y')}",`).t('    }').t('}');
    d.tok((t, v) => `${t.env} = "${v}"`);
    d.tok((t, v) => `client = boto3.client("s3", aws_access_key_id="${byKind('aws-key-id').make()}", aws_secret_access_key="${v}")`, byKind('aws-secret'));
    d.n('template-ref', 'EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")');
    d.n('password-validator', '    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},');
    return d.fb;
  },
  'js-source': (dir) => {
    const d = new Doc(`${dir}src/lib/${pick(['clients', 'services', 'integrations'])}.ts`, 'js-source');
    d.t("import Stripe from 'stripe';").t("import { Octokit } from '@octokit/rest';").t('');
    d.tok((t, v) => `export const stripe = new Stripe('${v}', { apiVersion: '2024-06-20' });`, byKind('stripe-live'));
    d.tok((t, v) => `export const octokit = new Octokit({ auth: '${v}' });`, byKind(pick(['github-pat', 'github-fine-grained'])));
    d.tok((t, v) => `const ${camel(t.env)} = \`${v}\`;`);
    d.n('template-ref', 'const apiKey = process.env.OPENAI_API_KEY ?? "";');
    d.n('i18n', "  passwordResetLabel: 'Reset your password',");
    d.n('integrity', `  <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.0" integrity="${sri().replace('sha512', 'sha384').slice(0, 71)}" crossorigin="anonymous"></script>`);
    return d.fb;
  },
  'readme': (dir) => {
    const d = new Doc(`${dir}${pick(['README.md', 'docs/setup.md', 'CONTRIBUTING.md'])}`, 'readme');
    d.t('# Orders service').t('').t('## Configuration').t('').t('```bash');
    d.n('template-ref', 'export STRIPE_SECRET_KEY=<your stripe secret key>').n('placeholder', 'export API_TOKEN=your-token-here').t('```').t('');
    d.t('Call the API with a JWT:').t('').t('```').n('jwt-io-example', `curl -H "Authorization: Bearer ${jwtIoExample()}" http://localhost:3000/me`).t('```').t('');
    d.t('Our staging instance (rotate me!):').t('').t('```').tok((t, v) => `${t.env}=${v}`).t('```');
    d.n('aws-doc', `The key looks like \`${awsDocId()}\`.`).n('badge-img', `![build](data:image/svg+xml;base64,${fake.base64(200)})`);
    return d.fb;
  },
  'log-file': (dir) => {
    const d = new Doc(`${dir}logs/${pick(['app', 'worker', 'access'])}.log`, 'log-file');
    d.t(`2024-05-11T10:02:11.331Z INFO  server started on :8080 build=${gitSha().slice(0, 12)}`);
    d.tok((t, v) => `2024-05-11T10:02:13.020Z DEBUG outgoing request GET https://api.acme-corp.net/v1/items?api_key=${v}&page=2`);
    d.tok((t, v) => `2024-05-11T10:02:14.551Z DEBUG headers={'Authorization': 'Bearer ${v}', 'Accept': 'application/json'}`);
    d.n('request-id', `2024-05-11T10:02:15.002Z INFO  request_id=${uuid()} trace_id=${fake.hex(32)} span_id=${fake.hex(16)} status=200`);
    d.p('url-password', `2024-05-11T10:02:16.100Z ERROR could not connect to amqp://${user()}:${fake.alnum(18)}@${host()}:5672/ (timeout)`);
    d.n('commit-sha', `2024-05-11T10:02:17.000Z INFO  deployed commit ${gitSha()}`);
    return d.fb;
  },
  'kubeconfig': (dir) => {
    const d = new Doc(`${dir}${pick(['kubeconfig', 'deploy/kubeconfig.yaml', '.kube/config'])}`, 'kubeconfig');
    d.t('apiVersion: v1').t('kind: Config').t('clusters:').t('- cluster:').n('public-cert', `    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${fake.base64(600)}`);
    d.t('    server: https://10.0.0.1:6443').t('  name: prod').t('users:').t('- name: admin').t('  user:');
    d.p('kube-token', `    token: ${fake.jwt({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:kube-system:admin' })}`);
    d.t('- name: ci').t('  user:').p('kube-client-key', `    client-key-data: ${fake.b64(fake.pem('RSA PRIVATE KEY', 4))}`);
    return d.fb;
  },
  'registry-rc': (dir) => {
    const files: Doc[] = [];
    const n = new Doc(`${dir}.npmrc`, 'registry-rc');
    n.t('registry=https://registry.npmjs.org/').p('npmrc', `//registry.npmjs.org/:_authToken=${byKind('npm').make()}`).n('template-ref', '//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}');
    n.p('npmrc-auth', `//nexus.acme-corp.net/repository/npm/:_auth=${fake.b64(`deploy:${password()}`)}`);
    files.push(n);
    const p = new Doc(`${dir}.pypirc`, 'registry-rc');
    p.t('[distutils]').t('index-servers = pypi').t('').t('[pypi]').t('username = __token__').p('pypirc', `password = ${byKind('pypi').make()}`);
    files.push(p);
    const r = new Doc(`${dir}.netrc`, 'registry-rc');
    r.p('netrc', `machine api.heroku.com login ops@acme-corp.net password ${byKind('heroku').make()}`);
    r.t('machine github.com').t('  login acmebot').p('netrc-multiline', `  password ${byKind('github-pat').make()}`);
    files.push(r);
    const g = new Doc(`${dir}.git-credentials`, 'registry-rc');
    g.p('git-credentials', `https://acmebot:${byKind('github-pat').make()}@github.com`).p('git-credentials', `https://oauth2:${byKind('gitlab-pat').make()}@gitlab.com`);
    files.push(g);
    const c = new Doc(`${dir}.docker/config.json`, 'registry-rc');
    c.t('{').t('  "auths": {').t('    "ghcr.io": {').p('docker-auth', `      "auth": "${fake.b64(`acmebot:${byKind('github-pat').make()}`)}"`).t('    },');
    c.t('    "registry.acme-corp.net": {').p('docker-auth', `      "auth": "${fake.b64(`deploy:${password()}`)}"`).t('    }').t('  },').t('  "credsStore": "desktop"').t('}');
    files.push(c);
    return mergeInto(...files);
  },
  'private-key': (dir) => {
    const d = new Doc(`${dir}${pick(['deploy/id_rsa', 'certs/server.key', 'config/jwt/private.pem'])}`, 'private-key');
    const label = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
    const pem = fake.pem(label, 8);
    d.p('pem', pem.split('\n')[0]);
    for (const l of pem.split('\n').slice(1)) d.t(l);
    const pub = new Doc(`${dir}certs/server.crt`, 'private-key');
    const cert = fake.pem('CERTIFICATE', 10).split('\n');
    pub.n('certificate', cert[0]);
    for (const l of cert.slice(1)) pub.n('certificate', l);
    const ak = new Doc(`${dir}deploy/authorized_keys`, 'private-key');
    ak.n('ssh-public-key', sshPub()).n('ssh-public-key', `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${fake.base64(500)} ops@bastion`);
    return mergeInto(d, pub, ak);
  },
  'lock-files': (dir) => {
    const d = new Doc(`${dir}package-lock.json`, 'lock-files');
    d.t('{').t('  "name": "web",').t('  "lockfileVersion": 3,').t('  "packages": {');
    for (const name of ['lodash', 'express', 'jsonwebtoken', 'secret-handshake', 'token-types']) {
      d.t(`    "node_modules/${name}": {`).t('      "version": "4.17.21",').n('lock-resolved', `      "resolved": "https://registry.npmjs.org/${name}/-/${name}-4.17.21.tgz",`).n('lock-integrity', `      "integrity": "${sri()}"`).t('    },');
    }
    d.t('    "": {}').t('  }').t('}');
    const y = new Doc(`${dir}yarn.lock`, 'lock-files');
    y.t('"@auth0/auth0-spa-js@^2.1.0":').t('  version "2.1.3"').n('lock-resolved', `  resolved "https://registry.yarnpkg.com/@auth0/auth0-spa-js/-/auth0-spa-js-2.1.3.tgz#${fake.hex(40)}"`).n('lock-integrity', `  integrity ${sri()}`);
    const g = new Doc(`${dir}go.sum`, 'lock-files');
    g.n('go-sum', `github.com/golang-jwt/jwt/v5 v5.2.1 h1:${fake.base64(43)}=`).n('go-sum', `github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:${fake.base64(43)}=`);
    const c = new Doc(`${dir}Cargo.lock`, 'lock-files');
    c.t('[[package]]').t('name = "secrecy"').t('version = "0.8.0"').t('source = "registry+https://github.com/rust-lang/crates.io-index"').n('cargo-checksum', `checksum = "${sha256()}"`);
    const p = new Doc(`${dir}poetry.lock`, 'lock-files');
    p.t('[[package]]').t('name = "python-jose"').t('files = [').n('poetry-hash', `    {file = "python_jose-3.3.0-py2.py3-none-any.whl", hash = "sha256:${sha256()}"},`).t(']');
    return mergeInto(d, y, g, c, p);
  },
  'web-assets': (dir) => {
    const d = new Doc(`${dir}public/assets/app.${fake.hex(8)}.js.map`, 'web-assets');
    d.n('source-map', `{"version":3,"file":"app.js","sources":["webpack://app/./src/index.ts"],"names":["token","apiKey","secret"],"mappings":"${fake.chars(fake.ALNUM + ';,+/', 900)}"}`);
    const m = new Doc(`${dir}public/assets/vendor.${fake.hex(8)}.min.js`, 'web-assets');
    m.n('minified', `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.k="${fake.base64(64)}",n.secret="${fake.base64url(48)}",n.token="${fake.hex(40)}"}(${'[]'.repeat(40)});${'var a=1;'.repeat(300)}`);
    const c = new Doc(`${dir}src/styles/logo.css`, 'web-assets');
    c.t('.logo {').n('data-uri', `  background-image: url("${pngDataUri()}");`).n('css-color', '  color: #1a2b3c;').t('}');
    const h = new Doc(`${dir}public/index.html`, 'web-assets');
    h.t('<!doctype html>').n('sri', `<script src="https://cdn.example.net/lib.js" integrity="sha384-${fake.base64(64)}" crossorigin="anonymous"></script>`).n('csp-nonce', `<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${fake.base64(24)}'">`);
    h.n('recaptcha-site-key', `<div class="g-recaptcha" data-sitekey="6L${fake.base64url(38)}"></div>`);
    return mergeInto(d, m, c, h);
  },
  'test-fixtures': (dir) => {
    const d = new Doc(`${dir}${pick(['test/fixtures/users.yml', 'spec/fixtures/accounts.yml', 'tests/data/config.yaml'])}`, 'test-fixtures');
    d.t('admin:').t('  email: admin@example.com').n('placeholder', '  password: password123').n('bcrypt-fixture', `  encrypted_password: "${bcrypt()}"`);
    d.n('placeholder', '  api_key: test-api-key').n('placeholder', '  token: dummy-token-for-tests').n('placeholder', '  secret: not-a-real-secret');
    d.n('argon2-fixture', `  password_hash: "$argon2id$v=19$m=65536,t=3,p=4$${fake.base64(22)}$${fake.base64(43)}"`);
    d.n('uuid', `  id: ${uuid()}`).n('git-sha', `  last_commit: ${gitSha()}`);
    return d.fb;
  },
  'sops-file': (dir) => {
    const d = new Doc(`${dir}secrets/prod.enc.yaml`, 'sops-file');
    d.n('sops', `db_password: ${sopsEnc()}`).n('sops', `stripe_key: ${sopsEnc()}`).t('sops:').t('    kms: []').t('    age:').n('age-recipient', `        - recipient: age1${fake.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`);
    d.t('          enc: |').n('age-armor', '            -----BEGIN AGE ENCRYPTED FILE-----').n('age-armor', `            ${fake.base64(64)}`).n('age-armor', '            -----END AGE ENCRYPTED FILE-----');
    d.n('sops-mac', `    mac: ${sopsEnc()}`).t('    version: 3.8.1');
    return d.fb;
  },
  'gcp-service-account': (dir) => {
    const d = new Doc(`${dir}${pick(['credentials.json', 'config/gcp-sa.json', 'service-account.json'])}`, 'gcp-service-account');
    const proj = `acme-${fake.lowerAlnum(6)}`;
    d.t('{').t('  "type": "service_account",').t(`  "project_id": "${proj}",`).n('key-id', `  "private_key_id": "${fake.hex(40)}",`);
    d.p('private-key', `  "private_key": "${fake.pem('PRIVATE KEY', 6).replace(/\n/g, '\\n')}\\n",`);
    d.t(`  "client_email": "deployer@${proj}.iam.gserviceaccount.com",`).t(`  "client_id": "${fake.digits(21)}",`).t('  "token_uri": "https://oauth2.googleapis.com/token"').t('}');
    return d.fb;
  },
};

/** Several files from one template: the first builder carries the rest. */
function mergeInto(...docs: Doc[]): FileBuilder {
  const first = docs[0].fb as FileBuilder & { extra?: FileBuilder[] };
  first.extra = docs.slice(1).map((d) => d.fb);
  return first;
}

export function expand(fb: FileBuilder): FileBuilder[] {
  return [fb, ...((fb as FileBuilder & { extra?: FileBuilder[] }).extra ?? [])];
}

export { chance };
