import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { isRealPassword, isLocalOrExampleHost, isPlaceholderWord, isTemplateReference } from './token-kit';

/**
 * Passwords embedded in connection URLs (`scheme://user:password@host`).
 *
 * The whole `scheme://user:password@host[/path]` is the reported value, so the
 * validator can see user and host, not just the password. A URL is quiet when:
 * - the password is a template reference (`${DB_PASSWORD}`, `$PW`, `%s`,
 *   `{{ .Values.pw }}`, `<password>`) or a placeholder word (`password`,
 *   `pass`, `secret`, `changeme`, `xxx`, `example`, `your_password`…);
 * - the password is empty (`user:@host`) or there is none (`user@host`);
 * - the host is local or documentation-only (localhost, 127.x, `*.example.com`,
 *   `*.test`, `*.local`, or a single-label compose/Kubernetes service name such
 *   as `db`) AND the password is a default or trivial one (`postgres`, `root`,
 *   `admin`, the user name again, under 6 characters).
 * A strong-looking password is reported even on localhost: people reuse them.
 */

const USER = `[^\\s:@/?#'"\`<>{}()\\[\\],;]`;
const PASS = `[^\\s/?#'"\`<>,;]`;
const HOST = `(?:[A-Za-z0-9._-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])`;

/** `(scheme)://user:password@host` with bounded parts; `emptyUser` allows `redis://:password@host`. */
function urlPattern(schemes: string, opts: { emptyUser?: boolean; path?: boolean } = {}): RegExp {
  const path = opts.path ? `(?::\\d{1,5})?(?:/[A-Za-z0-9._~%/-]{0,200})?` : '';
  return new RegExp(`(?<![A-Za-z0-9+.-])(?:${schemes})://${USER}{${opts.emptyUser ? 0 : 1},128}:${PASS}{1,256}@${HOST}(?![A-Za-z0-9._-])${path}`, 'i');
}

interface UrlParts {
  user: string;
  password: string;
  host: string;
  path: string;
}

export function parseCredentialUrl(url: string): UrlParts | null {
  const m = /^[^:]{1,40}:\/\/([^:]*):([\s\S]*)@(\[[^\]]*\]|[^@:/]*)(?::\d+)?(\/[\s\S]*)?$/.exec(url);
  return m ? { user: m[1], password: m[2], host: m[3], path: m[4] ?? '' } : null;
}

function realUrlCredential(url: string): boolean {
  const p = parseCredentialUrl(url);
  return !!p && !isTemplateReference(p.user) && isRealPassword(p.password, p.user, p.host);
}

const GIT_HOST = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|visualstudio\.com|codeberg\.org|gitea\.com|sr\.ht|huggingface\.co)$|^(?:git|gitlab|gitea|github|bitbucket|scm|code|source|forgejo)[.-]/i;

function isGitUrl(p: UrlParts): boolean {
  return GIT_HOST.test(p.host) || /\.git(?:\/|$)/.test(p.path);
}

function dbFix(what: string, envName: string): string {
  return `Change the ${what} password on the server now (it is in git history even if you delete the line), then keep the URL out of the source: read it from the environment (\`${envName}\`), a secrets manager, or a CI secret, and commit only a .env.example with a placeholder.`;
}

function dbRule(id: string, description: string, schemes: string, keywords: string[], envName: string, make: (pw: string) => string[], noMatch: string[], emptyUser = false): SecretRule {
  return {
    id,
    description,
    severity: 'high',
    keywords,
    regex: urlPattern(schemes, { emptyUser }),
    validate: realUrlCredential,
    why: 'A connection URL with its password gives direct access to the data store, bypassing the application.',
    fix: dbFix(description.replace(/ (connection )?URL.*$/, ''), envName),
    examples: { match: () => make(fake.alnum(16) + fake.chars('!*-_~', 1) + fake.alnum(4)), noMatch },
  };
}

/** Schemes of secret/url-password, spelled out as its regex accepts them. */
const SERVICE_SCHEMES = [
  'ssh', 'svn', 'svn+ssh', 'ldap', 'ldaps', 'mqtt', 'mqtts', 'nats', 'neo4j', 'neo4j+s', 'neo4j+ss', 'neo4j+sc', 'neo4j+ssc', 'bolt', 'cassandra',
  'couchbase', 'couchbases', 'influxdb', 'stomp', 'imap', 'imaps', 'pop3', 'pop3s', 'socks4', 'socks5', 'socks4h', 'socks5h', 'ws', 'wss', 'rtsp',
  'xmpp', 'sip', 'sips', 'kafka', 'elasticsearch', 'clickhouse', 'etcd', 'zookeeper', 'consul', 'memcache', 'memcached',
];

export const rules: SecretRule[] = [
  dbRule(
    'secret/postgres-url-password',
    'PostgreSQL connection URL with a password',
    'postgres(?:ql)?(?:\\+[a-z0-9]{1,20})?|pgsql|postgis|cockroachdb|timescaledb',
    ['postgres', 'pgsql', 'postgis', 'cockroachdb', 'timescaledb'],
    'DATABASE_URL',
    (pw) => [`DATABASE_URL=postgres://app:${pw}@db.prod.internal:5432/app`, `engine = create_engine("postgresql+psycopg2://svc_orders:${pw}@10.1.2.3/orders")`, `postgres://postgres:${pw}@localhost:5432/dev`],
    [
      'DATABASE_URL=postgres://user:password@localhost:5432/mydb',
      'return`postgresql://johndoe:randompassword@localhost:${r}/mydb?schema=${n}`',
      'postgres://app:${DB_PASSWORD}@db:5432/app',
      'postgresql://postgres:postgres@localhost/test',
      'postgres://user:@db.internal/app',
      'postgres://db.internal:5432/app',
      'dsn = "postgresql://%s:%s@%s/%s" % (user, pw, host, db)',
      'postgres://admin:changeme@db.prod.internal/app',
    ],
  ),
  dbRule(
    'secret/mysql-url-password',
    'MySQL / MariaDB connection URL with a password',
    'mysql(?:\\+[a-z0-9]{1,20})?|mysql2|mysqlx|mariadb(?:\\+[a-z0-9]{1,20})?',
    ['mysql', 'mariadb'],
    'DATABASE_URL',
    (pw) => [`MYSQL_URL="mysql://shop:${pw}@mysql-primary.prod.svc.cluster.local:3306/shop"`, `url: mysql2://reporting:${pw}@172.16.0.20/reports`],
    ['mysql://root:root@localhost:3306/test', 'mysql://${MYSQL_USER}:${MYSQL_PASSWORD}@mysql/app', 'mysql://user:<password>@host/db', 'mysql://root@localhost/app'],
  ),
  dbRule(
    'secret/mongodb-url-password',
    'MongoDB connection URL with a password',
    'mongodb(?:\\+srv)?',
    ['mongodb'],
    'MONGODB_URI',
    (pw) => [`MONGO_URI=mongodb+srv://api-user:${pw}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true`, `mongodb://admin:${pw}@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0`],
    ['mongodb://<username>:<password>@cluster0.mongodb.net/test', 'mongodb://localhost:27017/app', 'mongodb+srv://user:pass@cluster0.example.mongodb.net/', 'mongodb://mongo:mongo@mongo:27017'],
  ),
  dbRule(
    'secret/redis-url-password',
    'Redis connection URL with a password',
    'rediss?|valkeys?',
    ['redis', 'valkey'],
    'REDIS_URL',
    (pw) => [`REDIS_URL=rediss://default:${pw}@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345`, `cache: redis://:${pw}@10.0.3.7:6379/0`],
    ['redis://localhost:6379/0', 'redis://:${REDIS_PASSWORD}@redis:6379', 'redis://:redis@localhost:6379', 'redis://user:secret@redis.example.com:6379', 'new Redis("redis://username:authpassword@127.0.0.1:6380/4");', 'url: "redis://alice:foobared@awesome.redis.server:6380",'],
    true,
  ),
  dbRule(
    'secret/amqp-url-password',
    'AMQP (RabbitMQ) connection URL with a password',
    'amqps?',
    ['amqp'],
    'AMQP_URL',
    (pw) => [`BROKER_URL=amqp://orders:${pw}@rabbitmq.prod.internal:5672/vhost`, `amqps://svc:${pw}@b-1234.mq.eu-west-1.amazonaws.com:5671`],
    ['amqp://guest:guest@localhost:5672/', 'amqp://user:${RABBITMQ_PASS}@rabbit/', 'amqp://rabbitmq:5672'],
  ),
  dbRule(
    'secret/mssql-url-password',
    'SQL Server connection URL with a password',
    'sqlserver|mssql(?:\\+[a-z0-9]{1,20})?',
    ['sqlserver', 'mssql'],
    'DATABASE_URL',
    (pw) => [`sqlserver://sa:${pw}@sql.prod.internal:1433?database=app`, `mssql+pyodbc://etl:${pw}@10.2.0.4/warehouse?driver=ODBC+Driver+18`],
    ['sqlserver://sa:<YourStrong@Passw0rd>@localhost:1433', 'mssql://sa:${SA_PASSWORD}@db:1433', 'mssql://sa:sa@localhost'],
  ),
  {
    id: 'secret/jdbc-url-password',
    description: 'JDBC URL with a password',
    severity: 'high',
    keywords: ['jdbc:'],
    regex: /jdbc:[a-z0-9]{2,20}(?::[a-z0-9]{2,20}){0,2}:(?:\/\/[^\s'"`<>]{1,300}?[;?&]password=([^;&\s'"`<>]{1,128})|([A-Za-z0-9_$#]{1,30})\/([^@\s'"`<>]{1,128})@(?:\/\/)?([A-Za-z0-9._-]{1,253}))/i,
    validate: (s) => {
      const param = /[;?&]password=([^;&]*)$/i.exec(s);
      if (param) return isRealPassword(param[1], '', /\/\/([A-Za-z0-9._-]{1,253})/.exec(s)?.[1] ?? '');
      const thin = /:([A-Za-z0-9_$#]{1,30})\/([^@]*)@(?:\/\/)?([A-Za-z0-9._-]*)$/.exec(s);
      return !!thin && isRealPassword(thin[2], thin[1], thin[3]);
    },
    why: 'A JDBC URL with its password gives direct access to the database, bypassing the application.',
    fix: dbFix('database', 'SPRING_DATASOURCE_PASSWORD'),
    examples: {
      match: () => {
        const pw = fake.alnum(18);
        return [`spring.datasource.url=jdbc:postgresql://db.prod.internal:5432/app?user=app&password=${pw}`, `jdbc:sqlserver://sql01.corp.net:1433;databaseName=hr;user=hr_app;password=${pw};encrypt=true`, `jdbc:oracle:thin:scott/${pw}@//ora.prod.internal:1521/ORCL`];
      },
      noMatch: [
        'jdbc:postgresql://localhost:5432/app?user=app&password=${DB_PASSWORD}',
        'jdbc:mysql://db.example.com:3306/test?user=root&password=password',
        'jdbc:postgresql://db.prod.internal:5432/app',
        'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl',
      ],
    },
  },
  {
    id: 'secret/connection-string-password',
    description: 'ADO.NET / ODBC connection string with a password',
    severity: 'high',
    keywords: ['password', 'pwd'],
    regex: /(?:Server|Data Source|Host|Address|Addr)\s{0,2}=\s{0,2}([^;=\r\n'"`]{1,200});[^\r\n'"`]{0,200}?\b(?:Password|Pwd)\s{0,2}=\s{0,2}([^;\r\n'"`<>]{1,128})/i,
    validate: (s) => {
      const pw = /(?:Password|Pwd)\s{0,2}=\s{0,2}([^;]*)$/i.exec(s)?.[1]?.trim() ?? '';
      const host = (/(?:Server|Data Source|Host|Address|Addr)\s{0,2}=\s{0,2}(?:tcp:)?([^;,\\]*)/i.exec(s)?.[1] ?? '').trim();
      return isRealPassword(pw, '', host.replace(/^\(local\)$|^\.$/, 'localhost'));
    },
    why: 'A connection string with its password gives direct access to the database, bypassing the application.',
    fix: dbFix('database', 'ConnectionStrings__Default'),
    examples: {
      match: () => {
        const pw = fake.alnum(20);
        return [`"Default": "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=app;User ID=app;Password=${pw};Encrypt=True;"`, `Data Source=10.0.0.5;Initial Catalog=Sales;User Id=sales;Pwd=${pw};`];
      },
      noMatch: [
        'Server=localhost;Database=test;User Id=sa;Password=sa;',
        'Server=db.prod.internal;Database=app;User Id=app;Password=${DB_PASSWORD};',
        'Server=(local);Database=app;Trusted_Connection=True;',
        'Server=db.prod;Database=app;User Id=app;Password=<your_password>;',
      ],
    },
  },
  {
    id: 'secret/ftp-url-password',
    description: 'FTP / SFTP URL with a password',
    severity: 'high',
    keywords: ['ftp://', 'ftps://', 'sftp://'],
    regex: urlPattern('s?ftps?'),
    // Anonymous FTP takes any password (by convention an e-mail address).
    validate: (url) => !/^[a-z+]+:\/\/(?:anonymous|ftp):/i.test(url) && realUrlCredential(url),
    why: 'FTP credentials in a URL give read/write access to the server, often a web root.',
    fix: 'Change the account password on the server, then pass credentials from the environment or a CI secret (e.g. `lftp -u "$FTP_USER,$FTP_PASSWORD"`), or switch to key-based SFTP.',
    examples: {
      match: () => [`deploy: ftp://webmaster:${fake.alnum(14)}@ftp.mysite.co.uk/public_html`, `sftp://backup:${fake.alnum(18)}@203.0.113.50:2222/backups`],
      noMatch: ['ftp://anonymous:anonymous@ftp.gnu.org/gnu/', 'ftp://user:password@ftp.example.com/', 'sftp://deploy@host/var/www'],
    },
  },
  {
    id: 'secret/smtp-url-password',
    description: 'SMTP URL with a password',
    severity: 'high',
    keywords: ['smtp://', 'smtps://', 'submission://'],
    regex: urlPattern('smtps?|submission'),
    validate: realUrlCredential,
    why: 'SMTP credentials let anyone send mail as your domain: phishing that passes SPF/DKIM.',
    fix: 'Reset the SMTP password or API key at the mail provider, then read the URL from the environment (`SMTP_URL` / `EMAIL_URL`) or a CI secret.',
    examples: {
      match: () => [`EMAIL_URL=smtp://noreply%40mycorp.io:${fake.alnum(16)}@smtp.mailprovider.net:587`, `smtps://alerts:${fake.alnum(20)}@mail.corp.net:465`],
      noMatch: ['smtp://user:pass@smtp.example.com:587', 'smtp://localhost:1025', 'smtp://${SMTP_USER}:${SMTP_PASS}@smtp.mailgun.org:587'],
    },
  },
  {
    id: 'secret/url-password',
    description: 'Password in a service URL (SSH, SVN, LDAP, MQTT, NATS, Neo4j, Cassandra, IMAP, SOCKS, WebSocket…)',
    severity: 'high',
    // Every scheme the regex accepts, with its `://`: bare `svn`, `imap`, `ldap`… also turn up inside base64 runs and words.
    keywords: SERVICE_SCHEMES.map((s) => `${s}://`),
    regex: urlPattern('ssh|svn(?:\\+ssh)?|ldaps?|mqtts?|nats|neo4j(?:\\+s{1,2}c?)?|bolt|cassandra|couchbases?|influxdb|stomp|imaps?|pop3s?|socks[45]h?|wss?|rtsp|xmpp|sips?|kafka|elasticsearch|clickhouse|etcd|zookeeper|consul|memcached?'),
    validate: realUrlCredential,
    why: 'The URL carries a working password for the service it names.',
    fix: 'Change the password on that service, then build the URL at run time from an environment variable or a secrets manager instead of committing it.',
    examples: {
      match: () => [`MQTT_URL=mqtts://sensor-gw:${fake.alnum(16)}@broker.iot-prod.net:8883`, `neo4j+s://neo4j:${fake.alnum(22)}@a1b2c3d4.databases.neo4j.io`, `proxy = "socks5h://scraper:${fake.alnum(14)}@proxy.vendor.net:1080"`],
      noMatch: ['ssh://git@github.com/org/repo.git', 'nats://nats:nats@localhost:4222', 'ldap://cn=admin:${LDAP_PW}@ldap', 'wss://user:password@ws.example.com/socket'],
    },
  },
  {
    id: 'secret/git-credentials-url',
    description: 'Git remote URL with an embedded token or password (.git-credentials, remote.origin.url, package.json)',
    severity: 'high',
    keywords: ['http'],
    regex: urlPattern('(?:git\\+)?https?', { path: true }),
    validate: (url) => {
      const p = parseCredentialUrl(url);
      return !!p && isGitUrl(p) && realUrlCredential(url);
    },
    why: 'A token in a clone URL gives repository access (often write access to every repository of its owner) and is copied into .git/config of every clone.',
    fix: 'Revoke the token at the git host (GitHub: Settings → Developer settings → tokens; GitLab: Access Tokens), then use a credential helper (`git config credential.helper store|osxkeychain|manager`), `gh auth setup-git`, or in CI the built-in token (`${{ secrets.GITHUB_TOKEN }}`, `CI_JOB_TOKEN`) injected at run time.',
    examples: {
      match: () => [`https://deploy-bot:${fake.alnum(32)}@github.com`, `"mylib": "git+https://ci:${fake.alnum(20)}@gitlab.com/team/mylib.git#v1.2.0"`, `url = https://jdoe:${fake.alnum(24)}@git.corp.net/platform/api.git`],
      noMatch: [
        'https://github.com/org/repo.git',
        'https://x-access-token:${GITHUB_TOKEN}@github.com/org/repo.git',
        'https://oauth2:$CI_JOB_TOKEN@gitlab.com/group/project.git',
        'https://user:password@github.com/org/repo.git',
        'https://<username>:<token>@github.com',
      ],
    },
  },
  {
    id: 'secret/basic-auth-url',
    description: 'HTTP(S) URL with a user name and password (basic auth)',
    severity: 'high',
    keywords: ['http'],
    regex: urlPattern('https?', { path: true }),
    validate: (url) => {
      const p = parseCredentialUrl(url);
      if (!p || isGitUrl(p)) return false;
      // `http://user:pass@` with a placeholder user as well ("username:password") is documentation.
      if (isPlaceholderWord(p.user) && /^user(?:name)?$/i.test(p.user) && isLocalOrExampleHost(p.host)) return false;
      return realUrlCredential(url);
    },
    why: 'The URL carries working basic-auth credentials: registries (pip, Maven, Artifactory), proxies, webhooks and admin panels accept them as is.',
    fix: 'Change the password (or revoke the token) at that service, then pass it from the environment or a CI secret (`PIP_INDEX_URL` set in CI, `~/.netrc` created at run time, a proxy credential store) instead of the URL in the source.',
    examples: {
      match: () => [`index-url = https://ci-reader:${fake.alnum(24)}@pkgs.corp.net/simple/`, `HTTPS_PROXY=http://svc-proxy:${fake.alnum(14)}@proxy.corp.net:3128`, `curl https://admin:${fake.alnum(18)}@grafana.internal.corp:3000/api/dashboards`],
      noMatch: [
        'https://user:password@proxy.example.com:8080',
        'http://admin:admin@localhost:8080/',
        'https://${NEXUS_USER}:${NEXUS_PASS}@nexus.corp.net/repository/pypi/simple',
        'https://api.service.io/v1/users?email=me@mail.com',
        'http://user:@registry.corp.net/',
        'https://{{ .Values.user }}:{{ .Values.password }}@charts.corp.net',
      ],
    },
  },
];
