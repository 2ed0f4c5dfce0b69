import { LabelledDoc as Doc, pick } from '../plant';
import * as v from './values';

/**
 * Credentials passed as arguments of library calls: the meaning comes from the API
 * (position or keyword), not from a `password = "…"` shape. Each template is one
 * source file with the call holding a literal and, beside it, the same call the way
 * careful code writes it (a variable, an env read, a prompt, a placeholder).
 * Positive kinds are `<template>/<what>`, negatives `neg:<what>`.
 */
export type Template = (dir: string) => Doc[];

const sq = "'\\"; // single-quoted strings
const dq = '"\\$@'; // double-quoted strings (no interpolation in PHP, Perl, shell, Ruby, Kotlin)
const bq = '"\\$\'`{}#'; // values also written into HCL strings

const doc = (dir: string, paths: string[], template: string) => new Doc(`${dir}${pick(paths)}`, template);

export const CODE_TEMPLATES: Record<string, Template> = {
  // ---- Python ----
  'py-redis': (dir) => {
    const d = doc(dir, ['app/cache.py', 'src/orders/cache.py'], 'py-redis');
    const p1 = v.password(sq);
    const p2 = v.password(dq);
    d.t('import os').t('import redis').t('');
    d.p('positional', `cache = redis.Redis('cache-01.internal', 6379, 0, '${p1.value}')`, p1.style);
    d.p('kwarg', `sessions = redis.StrictRedis(host="sessions.internal", port=6380, password="${p2.value}", ssl=True)`, p2.style);
    d.n('env-kwarg', 'queue = redis.Redis(host=os.environ["REDIS_HOST"], password=os.environ.get("REDIS_PASSWORD"))');
    d.n('none-kwarg', 'local = redis.Redis("localhost", 6379, 0, None)');
    return [d];
  },
  'py-pymongo': (dir) => {
    const d = doc(dir, ['app/db/mongo.py', 'services/catalog/store.py'], 'py-pymongo');
    const p = v.password(dq);
    d.t('from pymongo import MongoClient').t('');
    d.p('username-password-kwargs', `client = MongoClient("mongo-1.internal", 27017, username="${v.user()}", password="${p.value}", authSource="admin")`, p.style);
    d.n('settings-kwarg', 'replica = MongoClient(settings.MONGO_HOST, username=settings.MONGO_USER, password=settings.MONGO_PASSWORD)');
    return [d];
  },
  'py-psycopg2': (dir) => {
    const d = doc(dir, ['etl/load.py', 'jobs/nightly_export.py'], 'py-psycopg2');
    const p = v.password(" '\\\"=");
    d.t('import os').t('import psycopg2').t('');
    d.p('dsn-string', `conn = psycopg2.connect("dbname=orders user=${v.user()} password=${p.value} host=${v.host()} sslmode=require")`, p.style);
    d.n('dsn-env', 'ro = psycopg2.connect(os.environ["DATABASE_URL"])');
    d.n('dsn-no-password', `audit = psycopg2.connect("dbname=audit user=${v.user()} host=${v.host()}")`);
    return [d];
  },
  'py-ldap3': (dir) => {
    const d = doc(dir, ['auth/directory.py', 'app/ldap_sync.py'], 'py-ldap3');
    const p = v.password(sq);
    d.t('from ldap3 import ALL, Connection, Server').t("server = Server('ldaps://ldap.acme-corp.net', get_info=ALL)");
    d.p('positional-bind', `conn = Connection(server, 'cn=svc-sync,ou=services,dc=acme,dc=net', '${p.value}', auto_bind=True)`, p.style);
    d.n('variables', 'admin = Connection(server, user=bind_dn, password=bind_password, auto_bind=True)');
    return [d];
  },
  'py-paramiko': (dir) => {
    const d = doc(dir, ['deploy/remote.py', 'tools/ssh_exec.py'], 'py-paramiko');
    const p = v.password(dq);
    d.t('import getpass').t('import paramiko').t('client = paramiko.SSHClient()').t('client.set_missing_host_key_policy(paramiko.AutoAddPolicy())');
    d.p('connect-password', `client.connect(hostname="10.20.3.14", username="deploy", password="${p.value}", timeout=10)`, p.style);
    d.n('getpass', 'client.connect(hostname=host, username=user, password=getpass.getpass("SSH password: "))');
    d.n('key-file', 'client.connect(hostname=host, username="deploy", key_filename="/home/ci/.ssh/id_ed25519")');
    return [d];
  },
  'py-sftp-fabric': (dir) => {
    const d = doc(dir, ['tasks/upload.py', 'fabfile.py'], 'py-sftp-fabric');
    const p1 = v.password(sq);
    const p2 = v.password(dq);
    d.t('import pysftp').t('from fabric import Connection').t('cnopts = pysftp.CnOpts()');
    d.p('pysftp', `with pysftp.Connection('sftp.partner-edi.com', username='acme', password='${p1.value}', cnopts=cnopts) as sftp:`, p1.style).t("    sftp.put('out/orders.csv')");
    d.p('fabric-connect-kwargs', `web = Connection("web-1.internal", user="deploy", connect_kwargs={"password": "${p2.value}"})`, p2.style);
    d.n('fabric-key', 'db = Connection("db-1.internal", user="deploy", connect_kwargs={"key_filename": "/home/ci/.ssh/id_rsa"})');
    return [d];
  },
  'py-winrm': (dir) => {
    const d = doc(dir, ['ops/windows.py', 'provision/winhosts.py'], 'py-winrm');
    const p = v.password(sq);
    d.t('import winrm').t('');
    d.p('auth-tuple', `session = winrm.Session('win-build-02.acme.local', auth=('Administrator', '${p.value}'), transport='ntlm')`, p.style);
    d.n('auth-tuple-vars', 'other = winrm.Session(host, auth=(username, password), transport="ntlm")');
    return [d];
  },
  'py-cloud-sdks': (dir) => {
    const d = doc(dir, ['scripts/backup_s3.py', 'infra/clients.py'], 'py-cloud-sdks');
    const s1 = v.accessSecret();
    const s2 = v.azureClientSecret();
    d.t('import boto3').t('from azure.identity import ClientSecretCredential').t('');
    d.p('boto3-secret-kwarg', `s3 = boto3.client("s3", endpoint_url="https://minio.internal:9000", aws_access_key_id="${v.accessId()}", aws_secret_access_key="${s1.value}")`, s1.style);
    d.p('azure-client-secret-positional', `credential = ClientSecretCredential("${v.uuid()}", "${v.uuid()}", "${s2.value}")`, s2.style);
    d.n('boto3-profile', 's3_default = boto3.Session(profile_name="backup").client("s3")');
    d.n('azure-placeholders', 'sample = ClientSecretCredential(tenant_id="<tenant_id>", client_id="<client_id>", client_secret="<client_secret>")');
    return [d];
  },
  'py-mail': (dir) => {
    const d = doc(dir, ['app/notify.py', 'reports/mailer.py'], 'py-mail');
    const p1 = v.password(dq);
    const p2 = v.password(sq);
    d.t('import smtplib, imaplib').t('server = smtplib.SMTP("smtp.office365.com", 587)').t('server.starttls()');
    d.p('smtp-login', `server.login("reports@acme-corp.net", "${p1.value}")`, p1.style);
    d.t("inbox = imaplib.IMAP4_SSL('imap.acme-corp.net')");
    d.p('imap-login', `inbox.login('bounces@acme-corp.net', '${p2.value}')`, p2.style);
    d.n('login-vars', 'server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)');
    return [d];
  },
  'py-ftp-http': (dir) => {
    const d = doc(dir, ['integrations/partner.py', 'jobs/fetch_feed.py'], 'py-ftp-http');
    const p1 = v.password(dq);
    const p2 = v.password(dq);
    d.t('import requests').t('from ftplib import FTP').t('from requests.auth import HTTPBasicAuth');
    d.p('ftp-positional', `ftp = FTP("ftp.partner-feeds.com", "acme_feed", "${p1.value}")`, p1.style);
    d.p('requests-auth-tuple', `resp = requests.get("https://api.partner-feeds.com/v2/items", auth=("acme", "${p2.value}"), timeout=30)`, p2.style);
    d.n('httpbasicauth-env', 'resp = requests.get(url, auth=HTTPBasicAuth(user, os.getenv("FEED_PASSWORD")))');
    d.n('ftp-anonymous', 'mirror = FTP("ftp.debian.org", "anonymous", "anonymous@")');
    return [d];
  },
  'py-db-drivers': (dir) => {
    const d = doc(dir, ['app/legacy_db.py', 'migrate/mysql_copy.py'], 'py-db-drivers');
    const p1 = v.password(sq);
    const p2 = v.password(dq);
    d.t('import pymysql').t('import mysql.connector');
    d.p('pymysql-positional', `src = pymysql.connect('${v.host()}', 'etl_loader', '${p1.value}', 'orders')`, p1.style);
    d.p('mysql-connector-passwd', `dst = mysql.connector.connect(host="${v.host()}", user="root", passwd="${p2.value}", database="warehouse")`, p2.style);
    d.n('test-default', "test_db = pymysql.connect('localhost', 'root', 'root', 'test')");
    return [d];
  },
  'py-messaging': (dir) => {
    const d = doc(dir, ['workers/consumer.py', 'app/events.py'], 'py-messaging');
    const p1 = v.password(sq);
    const p2 = v.password(dq);
    d.t('import pika').t('from kafka import KafkaProducer');
    d.p('pika-credentials', `credentials = pika.PlainCredentials('orders', '${p1.value}')`, p1.style);
    d.p('kafka-sasl', `producer = KafkaProducer(bootstrap_servers="kafka:9093", security_protocol="SASL_SSL", sasl_mechanism="PLAIN", sasl_plain_username="orders", sasl_plain_password="${p2.value}")`, p2.style);
    d.n('pika-guest', "local = pika.PlainCredentials('guest', 'guest')");
    return [d];
  },
  'py-crypto': (dir) => {
    const d = doc(dir, ['app/crypto.py', 'core/tokens.py'], 'py-crypto');
    const k1 = v.fernetKey();
    const k2 = v.secret(dq);
    d.t('import jwt').t('from cryptography.fernet import Fernet');
    d.p('fernet-key', `fernet = Fernet(b"${k1.value}")`, k1.style);
    d.p('jwt-encode', `token = jwt.encode({"sub": user_id}, "${k2.value}", algorithm="HS256")`, k2.style);
    d.n('fernet-generate', 'rotating = Fernet(Fernet.generate_key())');
    d.n('jwt-settings', 'token = jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")');
    return [d];
  },
  'py-ci-clients': (dir) => {
    const d = doc(dir, ['tools/ci_trigger.py', 'scripts/jenkins_jobs.py'], 'py-ci-clients');
    const s = v.secret(sq);
    const t = v.vaultLegacy();
    d.t('import hvac').t('import jenkins');
    d.p('jenkins-api-token', `server = jenkins.Jenkins('https://ci.acme-corp.net', username='automation', password='${s.value}')`, s.style);
    d.p('hvac-token', `vault = hvac.Client(url="https://vault.acme-corp.net:8200", token="${t.value}")`, t.style);
    d.n('hvac-env', 'vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])');
    return [d];
  },

  // ---- JavaScript / TypeScript ----
  'js-nodemailer': (dir) => {
    const d = doc(dir, ['src/mail/transport.js', 'lib/mailer.ts'], 'js-nodemailer');
    const p = v.password(sq);
    d.t("const nodemailer = require('nodemailer');").t('const transporter = nodemailer.createTransport({').t("  host: 'smtp.sendgrid.net',").t('  port: 587,');
    d.p('auth-pass', `  auth: { user: 'apikey', pass: '${p.value}' },`, p.style).t('});');
    d.n('auth-pass-env', 'const backup = nodemailer.createTransport({ host, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });');
    return [d];
  },
  'js-sequelize': (dir) => {
    const d = doc(dir, ['src/db/index.js', 'server/models/index.ts'], 'js-sequelize');
    const p = v.password(sq);
    d.t("const { Sequelize } = require('sequelize');");
    d.p('positional', `const sequelize = new Sequelize('orders', '${v.user()}', '${p.value}', { host: '${v.host()}', dialect: 'postgres' });`, p.style);
    d.n('positional-env', 'const reporting = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, { dialect: "mysql" });');
    return [d];
  },
  'js-redis-auth': (dir) => {
    const d = doc(dir, ['src/cache.js', 'server/redis.ts'], 'js-redis-auth');
    const p1 = v.password(dq);
    const p2 = v.password(sq);
    d.t("import Redis from 'ioredis';").t("const client = createClient({ url: 'redis://cache:6379' });");
    d.p('auth-call', `await client.auth("${p1.value}");`, p1.style);
    d.p('ioredis-options', `const cache = new Redis(6379, 'cache-01.internal', { password: '${p2.value}', db: 2 });`, p2.style);
    d.n('auth-env', 'await client.auth(process.env.REDIS_PASSWORD);');
    return [d];
  },
  'js-basic-header': (dir) => {
    const d = doc(dir, ['src/api/partner.js', 'lib/clients/legacy.ts'], 'js-basic-header');
    const p = v.password("'\\:");
    d.t("import axios from 'axios';");
    d.p('buffer-basic', `const headers = { Authorization: 'Basic ' + Buffer.from('acme:${p.value}').toString('base64') };`, p.style);
    d.n('buffer-basic-vars', 'const auth = { Authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}` };');
    return [d];
  },
  'js-express': (dir) => {
    const d = doc(dir, ['server/app.js', 'src/server.ts'], 'js-express');
    const s = v.secret(sq);
    const p = v.password(sq);
    d.t("const cookieParser = require('cookie-parser');").t("const basicAuth = require('express-basic-auth');");
    d.p('cookie-parser-secret', `app.use(cookieParser('${s.value}'));`, s.style);
    d.p('basic-auth-users', `app.use('/admin', basicAuth({ users: { admin: '${p.value}' }, challenge: true }));`, p.style);
    d.n('cookie-parser-env', 'app.use(cookieParser(process.env.COOKIE_SECRET));');
    d.n('basic-auth-placeholder', "app.use('/metrics', basicAuth({ users: { admin: 'changeme' } }));");
    return [d];
  },
  'js-cipher': (dir) => {
    const d = doc(dir, ['src/util/crypto.js', 'lib/encrypt.ts'], 'js-cipher');
    const k = v.secret("'\\").value.slice(0, 32).padEnd(32, 'k');
    const pp = v.password(sq);
    d.t("const crypto = require('crypto');").t("const CryptoJS = require('crypto-js');");
    d.p('createcipheriv-key', `const cipher = crypto.createCipheriv('aes-256-cbc', '${k}', iv);`, 'key-32');
    d.p('cryptojs-passphrase', `const sealed = CryptoJS.AES.encrypt(JSON.stringify(payload), '${pp.value}').toString();`, pp.style);
    d.n('createcipheriv-buffer', "const decipher = crypto.createDecipheriv('aes-256-gcm', Buffer.from(process.env.DATA_KEY, 'hex'), iv);");
    return [d];
  },
  'js-jwt-hmac': (dir) => {
    const d = doc(dir, ['src/auth/tokens.js', 'server/auth.ts'], 'js-jwt-hmac');
    const s1 = v.secret(sq);
    const s2 = v.secret(sq);
    d.t("const jwt = require('jsonwebtoken');");
    d.p('jwt-sign', `const token = jwt.sign({ sub: user.id }, '${s1.value}', { expiresIn: '1h' });`, s1.style);
    d.p('create-hmac', `const sig = crypto.createHmac('sha256', '${s2.value}').update(body).digest('hex');`, s2.style);
    d.n('jwt-verify-config', 'const claims = jwt.verify(token, config.jwtSecret);');
    return [d];
  },

  // ---- Java / Kotlin ----
  'java-jdbc': (dir) => {
    const d = doc(dir, ['src/main/java/com/acme/orders/Db.java', 'src/main/java/com/acme/etl/Source.java'], 'java-jdbc');
    const p = v.password(dq);
    d.t('import java.sql.Connection;').t('import java.sql.DriverManager;').t('');
    d.t(`        String url = "jdbc:postgresql://${v.host()}:5432/orders";`);
    d.p('getconnection', `        Connection conn = DriverManager.getConnection(url, "${v.user()}", "${p.value}");`, p.style);
    d.n('getconnection-env', '        Connection ro = DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"));');
    return [d];
  },
  'java-mail-ssh': (dir) => {
    const d = doc(dir, ['src/main/java/com/acme/notify/Mailer.java', 'src/main/java/com/acme/ops/Remote.java'], 'java-mail-ssh');
    const p1 = v.password(dq);
    const p2 = v.password(dq);
    d.t('    protected PasswordAuthentication getPasswordAuthentication() {');
    d.p('password-authentication', `        return new PasswordAuthentication("alerts@acme-corp.net", "${p1.value}");`, p1.style).t('    }');
    d.t('    Session ssh = jsch.getSession("deploy", "10.20.3.14", 22);');
    d.p('jsch-setpassword', `    ssh.setPassword("${p2.value}");`, p2.style);
    d.n('setpassword-var', '    ssh.setPassword(config.getSshPassword());');
    return [d];
  },
  'java-pools': (dir) => {
    const d = doc(dir, ['src/main/java/com/acme/config/DataSourceConfig.java', 'src/main/java/com/acme/config/Pools.java'], 'java-pools');
    const p1 = v.password(dq);
    const p2 = v.password(dq);
    d.t('    HikariConfig config = new HikariConfig();').t('    config.setJdbcUrl("jdbc:mysql://db-01.internal:3306/orders");').t('    config.setUsername("orders_rw");');
    d.p('hikari-setpassword', `    config.setPassword("${p1.value}");`, p1.style);
    d.p('datasourcebuilder', `    return DataSourceBuilder.create().url(url).username("reporting").password("${p2.value}").build();`, p2.style);
    d.n('builder-property', '    return DataSourceBuilder.create().url(url).username(props.getUsername()).password(props.getPassword()).build();');
    return [d];
  },
  'java-http-keystore': (dir) => {
    const d = doc(dir, ['src/main/java/com/acme/http/Client.java', 'src/main/java/com/acme/tls/Keys.java'], 'java-http-keystore');
    const p1 = v.password(dq);
    const p2 = v.password(dq);
    d.t('    KeyStore ks = KeyStore.getInstance("PKCS12");');
    d.p('keystore-load', `    ks.load(new FileInputStream("client.p12"), "${p1.value}".toCharArray());`, p1.style);
    d.p('usernamepasswordcredentials', `    provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("integration", "${p2.value}"));`, p2.style);
    d.n('keystore-empty', '    trust.load(null, null);');
    d.n('keystore-default', '    cacerts.load(in, "changeit".toCharArray());');
    return [d];
  },
  'java-redis-okhttp': (dir) => {
    const d = doc(dir, ['src/main/java/com/acme/cache/Cache.java', 'src/main/java/com/acme/api/Partner.java'], 'java-redis-okhttp');
    const p1 = v.password(dq);
    const p2 = v.password(dq);
    d.t('    Jedis jedis = new Jedis("cache-01.internal", 6379);');
    d.p('jedis-auth', `    jedis.auth("${p1.value}");`, p1.style);
    d.p('okhttp-credentials-basic', `    String credential = Credentials.basic("acme", "${p2.value}");`, p2.style);
    d.n('jedis-auth-var', '    jedis.auth(redisPassword);');
    return [d];
  },
  'kotlin-mongo': (dir) => {
    const d = doc(dir, ['src/main/kotlin/com/acme/MongoConfig.kt', 'app/src/main/kotlin/com/acme/data/Store.kt'], 'kotlin-mongo');
    const p = v.password(dq);
    d.t('import com.mongodb.MongoCredential');
    d.p('create-credential', `val credential = MongoCredential.createCredential("orders", "admin", "${p.value}".toCharArray())`, p.style);
    d.n('create-credential-env', 'val fromEnv = MongoCredential.createCredential(user, "admin", System.getenv("MONGO_PASSWORD").toCharArray())');
    return [d];
  },

  // ---- Go ----
  'go-ssh-smtp': (dir) => {
    const d = doc(dir, ['internal/remote/ssh.go', 'cmd/notifier/main.go'], 'go-ssh-smtp');
    const p1 = v.password('"\\`');
    const p2 = v.password('"\\`');
    d.t('\tconfig := &ssh.ClientConfig{').t('\t\tUser: "deploy",');
    d.p('ssh-password', `\t\tAuth: []ssh.AuthMethod{ssh.Password("${p1.value}")},`, p1.style).t('\t}');
    d.p('smtp-plainauth', `\tauth := smtp.PlainAuth("", "alerts@acme-corp.net", "${p2.value}", "smtp.acme-corp.net")`, p2.style);
    d.n('ssh-password-var', '\tauthMethods = append(authMethods, ssh.Password(cfg.SSHPassword))');
    return [d];
  },
  'go-sql-dsn': (dir) => {
    const d = doc(dir, ['internal/store/mysql.go', 'pkg/db/open.go'], 'go-sql-dsn');
    const p = v.password('"\\`@/:()');
    d.t('import "database/sql"');
    d.p('mysql-dsn', `\tdb, err := sql.Open("mysql", "${v.user()}:${p.value}@tcp(${v.host()}:3306)/orders?parseTime=true")`, p.style);
    d.n('mysql-dsn-sprintf', '\tdb, err := sql.Open("mysql", fmt.Sprintf("%s:%s@tcp(%s)/orders", user, os.Getenv("DB_PASSWORD"), host))');
    return [d];
  },
  'go-storage': (dir) => {
    const d = doc(dir, ['internal/blob/minio.go', 'pkg/storage/client.go'], 'go-storage');
    const s = v.accessSecret();
    const k = v.secret('"\\`');
    d.p('minio-static-v4', `\tclient, err := minio.New("minio.internal:9000", &minio.Options{Creds: credentials.NewStaticV4("${v.accessId()}", "${s.value}", ""), Secure: true})`, s.style);
    d.p('jwt-signedstring', `\tsigned, err := token.SignedString([]byte("${k.value}"))`, k.style);
    d.n('minio-env', '\tcreds := credentials.NewEnvMinio()');
    d.n('signedstring-var', '\tsigned, err := token.SignedString(signingKey)');
    return [d];
  },
  'go-basic-auth': (dir) => {
    const d = doc(dir, ['internal/partner/client.go', 'pkg/webhook/send.go'], 'go-basic-auth');
    const p = v.password('"\\`');
    d.t('\treq, _ := http.NewRequest("POST", endpoint, body)');
    d.p('setbasicauth', `\treq.SetBasicAuth("acme", "${p.value}")`, p.style);
    d.n('setbasicauth-vars', '\treq.SetBasicAuth(c.user, c.password)');
    return [d];
  },

  // ---- Rust ----
  'rust-clients': (dir) => {
    const d = doc(dir, ['src/client.rs', 'src/mailer.rs'], 'rust-clients');
    const p1 = v.password('"\\');
    const p2 = v.password('"\\');
    d.t('use reqwest::Client;').t('use lettre::transport::smtp::authentication::Credentials;');
    d.p('reqwest-basic-auth', `    let resp = client.get(url).basic_auth("acme", Some("${p1.value}")).send().await?;`, p1.style);
    d.p('lettre-credentials', `    let creds = Credentials::new("alerts@acme-corp.net".to_owned(), "${p2.value}".to_owned());`, p2.style);
    d.n('basic-auth-none', '    let anon = client.get(url).basic_auth("anonymous", None::<&str>).send().await?;');
    d.n('credentials-env', '    let creds = Credentials::new(user, std::env::var("SMTP_PASSWORD")?);');
    return [d];
  },
  'rust-mysql': (dir) => {
    const d = doc(dir, ['src/db.rs', 'crates/store/src/lib.rs'], 'rust-mysql');
    const p = v.password('"\\');
    d.p('optsbuilder-pass', `    let opts = OptsBuilder::new().ip_or_hostname(Some("${v.host()}")).user(Some("orders")).pass(Some("${p.value}"));`, p.style);
    d.n('optsbuilder-env', '    let opts = OptsBuilder::new().user(Some(user)).pass(env::var("DB_PASS").ok());');
    return [d];
  },

  // ---- C# ----
  'cs-credentials': (dir) => {
    const d = doc(dir, ['src/Acme.Integrations/FtpUploader.cs', 'src/Acme.Notify/Smtp.cs'], 'cs-credentials');
    const p1 = v.password('"\\');
    const p2 = v.password('"\\');
    d.t('using System.Net;');
    d.p('networkcredential', `        request.Credentials = new NetworkCredential("acme_ftp", "${p1.value}");`, p1.style);
    d.p('x509-pfx-password', `        var cert = new X509Certificate2("certs/client.pfx", "${p2.value}");`, p2.style);
    d.n('networkcredential-config', '        client.Credentials = new NetworkCredential(_options.User, _options.Password);');
    d.n('default-credentials', '        handler.Credentials = CredentialCache.DefaultNetworkCredentials;');
    return [d];
  },
  'cs-azure': (dir) => {
    const d = doc(dir, ['src/Acme.Storage/BlobFactory.cs', 'src/Acme.Api/Startup.Azure.cs'], 'cs-azure');
    const s1 = v.azureClientSecret();
    const s2 = v.storageKey();
    d.p('clientsecretcredential', `        var credential = new ClientSecretCredential("${v.uuid()}", "${v.uuid()}", "${s1.value}");`, s1.style);
    d.p('storage-shared-key', `        var shared = new StorageSharedKeyCredential("acmeorders", "${s2.value}");`, s2.style);
    d.n('defaultazurecredential', '        var fallback = new DefaultAzureCredential();');
    return [d];
  },
  'cs-sqlbuilder': (dir) => {
    const d = doc(dir, ['src/Acme.Data/ConnectionFactory.cs', 'tools/Migrator/Program.cs'], 'cs-sqlbuilder');
    const p = v.password('"\\');
    d.t('        var builder = new SqlConnectionStringBuilder').t('        {').t(`            DataSource = "${v.host()}",`).t('            UserID = "sa",');
    d.p('initializer-password', `            Password = "${p.value}",`, p.style).t('        };');
    d.n('initializer-config', '        var b2 = new SqlConnectionStringBuilder { DataSource = host, UserID = user, Password = configuration["Db:Password"] };');
    return [d];
  },

  // ---- PHP ----
  'php-db': (dir) => {
    const d = doc(dir, ['src/Db.php', 'includes/db.inc.php'], 'php-db');
    const p1 = v.password(sq);
    const p2 = v.password(sq);
    d.t('<?php').t("$dsn = 'mysql:host=db-01.internal;dbname=shop;charset=utf8mb4';");
    d.p('pdo-positional', `$pdo = new PDO($dsn, 'shop_rw', '${p1.value}', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);`, p1.style);
    d.p('mysqli-connect', `$link = mysqli_connect('${v.host()}', 'legacy', '${p2.value}', 'shop');`, p2.style);
    d.n('pdo-getenv', "$ro = new PDO($dsn, getenv('DB_USER'), getenv('DB_PASS'));");
    d.n('mysqli-placeholder', "// $link = mysqli_connect('localhost', 'user', '<password>', 'shop');");
    return [d];
  },
  'php-ldap-ftp': (dir) => {
    const d = doc(dir, ['src/Directory.php', 'cron/upload.php'], 'php-ldap-ftp');
    const p1 = v.password(sq);
    const p2 = v.password(sq);
    d.t('<?php').t("$ds = ldap_connect('ldaps://ldap.acme-corp.net');");
    d.p('ldap-bind', `ldap_bind($ds, 'cn=portal,ou=services,dc=acme,dc=net', '${p1.value}');`, p1.style);
    d.t("$ftp = ftp_connect('ftp.partner-edi.com');");
    d.p('ftp-login', `ftp_login($ftp, 'acme', '${p2.value}');`, p2.style);
    d.n('ldap-bind-vars', 'ldap_bind($ds, $bindDn, $bindPassword);');
    return [d];
  },
  'php-crypto': (dir) => {
    const d = doc(dir, ['src/Security/Cipher.php', 'lib/webhook.php'], 'php-crypto');
    const k1 = v.secret(sq);
    const k2 = v.secret(sq);
    d.t('<?php');
    d.p('openssl-encrypt-key', `$cipher = openssl_encrypt($plain, 'aes-256-cbc', '${k1.value}', 0, $iv);`, k1.style);
    d.p('hash-hmac-key', `$signature = hash_hmac('sha256', $payload, '${k2.value}');`, k2.style);
    d.n('hash-hmac-env', "$expected = hash_hmac('sha256', $payload, $_ENV['WEBHOOK_SECRET']);");
    return [d];
  },

  // ---- Ruby ----
  'rb-net': (dir) => {
    const d = doc(dir, ['lib/acme/mailer.rb', 'app/services/partner_client.rb'], 'rb-net');
    const p1 = v.password(sq);
    const p2 = v.password(sq);
    const p3 = v.password(sq);
    d.t("require 'net/smtp'").t("require 'net/http'");
    d.p('smtp-start', `Net::SMTP.start('smtp.acme-corp.net', 587, 'acme-corp.net', 'alerts', '${p1.value}', :login) do |smtp|`, p1.style).t('  smtp.send_message(msg, from, to)').t('end');
    d.p('http-basic-auth', `req.basic_auth 'acme', '${p2.value}'`, p2.style);
    d.p('ftp-new', `ftp = Net::FTP.new('ftp.partner-edi.com', 'acme', '${p3.value}')`, p3.style);
    d.n('basic-auth-env', "req.basic_auth ENV['PARTNER_USER'], ENV['PARTNER_PASSWORD']");
    return [d];
  },
  'rb-jwt': (dir) => {
    const d = doc(dir, ['app/lib/token_issuer.rb', 'lib/auth/jwt.rb'], 'rb-jwt');
    const k = v.secret(sq);
    d.p('jwt-encode', `    JWT.encode(payload, '${k.value}', 'HS256')`, k.style);
    d.n('jwt-encode-credentials', '    JWT.encode(payload, Rails.application.credentials.jwt_secret, "HS256")');
    return [d];
  },

  // ---- Perl ----
  'pl-clients': (dir) => {
    const d = doc(dir, ['bin/nightly.pl', 'lib/Acme/Sync.pm'], 'pl-clients');
    const p1 = v.password(sq);
    const p2 = v.password(sq);
    const p3 = v.password(sq);
    d.t('use DBI;').t('use Net::FTP;').t("my $dsn = 'DBI:mysql:database=orders;host=db-01.internal';");
    d.p('dbi-connect', `my $dbh = DBI->connect($dsn, 'reporting', '${p1.value}', { RaiseError => 1 });`, p1.style);
    d.t("my $ftp = Net::FTP->new('ftp.partner-edi.com');");
    d.p('ftp-login', `$ftp->login('acme', '${p2.value}') or die $ftp->message;`, p2.style);
    d.p('smtp-auth', `$smtp->auth('alerts\\@acme-corp.net', '${p3.value}');`, p3.style);
    d.n('dbi-env', "my $ro = DBI->connect($dsn, $ENV{DB_USER}, $ENV{DB_PASS});");
    return [d];
  },

  // ---- Terraform ----
  'tf-providers': (dir) => {
    const d = doc(dir, ['infra/providers.tf', 'terraform/main.tf'], 'tf-providers');
    const p = v.password(bq);
    const t = v.vaultLegacy();
    d.t('provider "postgresql" {').t(`  host     = "${v.host()}"`).t('  username = "terraform"');
    d.p('provider-password', `  password = "${p.value}"`, p.style).t('}');
    d.t('provider "vault" {').t('  address = "https://vault.acme-corp.net:8200"');
    d.p('provider-token', `  token   = "${t.value}"`, t.style).t('}');
    d.n('provider-var', 'provider "rabbitmq" {\n  password = var.rabbitmq_password\n}');
    return [d];
  },
};
