import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { shannonEntropy } from '../entropy';
import { isRealPassword, isTrivialPassword } from './token-kit';

/**
 * Secrets passed straight into the call that uses them: the key a JWT is signed with, an HMAC
 * key, the password of a basic-auth or login call, a password being hashed for a seeded account.
 * No `key = value` shape is there for the generic stage to read, yet the literal is the
 * credential. The calls are the libraries' documented ones (jsonwebtoken, PyJWT, ruby-jwt,
 * golang-jwt, java-jwt, jjwt; Node crypto, Python hmac, javax.crypto; net/http, OkHttp, Apache
 * HttpClient, aiohttp, smtplib/ftplib/imaplib; bcrypt, werkzeug, Django, PHP, Spring).
 *
 * Tests and tutorials pass `'secret'`, `'shhhhh'`, `'your-256-bit-secret'`: a literal counts only
 * when it looks generated or typed as a real password (`realKey`, `realPassword`).
 */

/**
 * A key literal: long enough, not a placeholder, not a readable phrase: words alone (`keyboard cat`,
 * `MySuperSecretKey`) or lowercase words and numbers (`your-256-bit-secret`, `my-secret-key-2024`).
 */
function realKey(v: string): boolean {
  if (v.length < 12 || !isRealPassword(v) || isTrivialPassword(v)) return false;
  if (/^[A-Za-z]+(?:[-_ .][A-Za-z]+)*$/.test(v) || /^[a-z]+(?:[-_.][a-z0-9]+)+$/.test(v)) return false;
  return shannonEntropy(v) >= 3;
}

/** A password literal: as on the command line (command-line.ts), at least two kinds of character. */
function realPassword(v: string): boolean {
  if (v.length < 8 || !isRealPassword(v) || isTrivialPassword(v) || /^[a-z]+$/.test(v) || /\s/.test(v)) return false;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return kinds >= 2 && shannonEntropy(v) >= 2.5;
}

/** Anonymous FTP takes a word or an e-mail address as its password by convention (`anonymous@`, `-anonymous@`, Perl's Net::FTP docs). */
const anonymousFtp = (v: string) => /^-?(?:anonymous|guest|ftp)\b/i.test(v) || v.endsWith('@');
/** The password of a login or connect call: typed, and not anonymous FTP's e-mail convention. */
const loginPassword = (v: string) => realPassword(v) && !anonymousFtp(v);

const FIX_ROTATE = 'Rotate it now (it stays in git history): issue a new one';
const key = () => fake.alnum(24) + fake.chars('-_', 1) + fake.alnum(7);
const pw = () => fake.alnum(9) + fake.chars('!#%_', 1) + fake.alnum(4);

/** One call argument: a quoted literal, or an expression with no comma, quote or parenthesis (`$dsn`, `server`, `6379`). */
const ARG = String.raw`(?:'[^'\r\n]{0,200}'|"[^"\r\n]{0,200}"|[^,()'"\r\n]{1,100})\s{0,3},\s{0,3}`;
/** A quoted literal argument, not captured (user names, DNs, algorithm names before the secret). */
const LIT = String.raw`(?:'[^'\r\n]{1,200}'|"[^"\r\n]{1,200}")\s{0,3},\s{0,3}`;

export const rules: SecretRule[] = [
  {
    id: 'secret/jwt-signing-secret',
    description: 'Literal secret a JWT is signed or verified with (jsonwebtoken, PyJWT, ruby-jwt, golang-jwt, java-jwt, jjwt)',
    severity: 'high',
    keywords: ['jwt.sign', 'jwt.verify', 'jwt.encode', 'jwt.decode', 'signedstring', 'algorithm.hmac', 'hmacshakeyfor', 'signwith('],
    // Each call's prefix ends just before the literal, so one capture group serves them all. The payload before the
    // secret is any run without parentheses, bounded; quoted strings in it are read whole (`{"sub": user_id}`), and a
    // literal followed by `:` is one of the payload's keys, not the secret.
    regex: /(?:\bjwt\.(?:sign|verify|encode|decode)\s{0,3}\((?:[^()'"`\r\n]|'[^'\r\n]{0,100}'|"[^"\r\n]{0,100}"){1,200}?,\s{0,3}|\.SignedString\(\s{0,3}\[\]byte\(\s{0,3}|\bAlgorithm\.HMAC(?:256|384|512)\(\s{0,3}|\bhmacShaKeyFor\(\s{0,3}|\.signWith\(\s{0,3}SignatureAlgorithm\.HS(?:256|384|512)\s{0,3},\s{0,3})(['"`])([^'"`\r\n]{1,256})\1(?!\s{0,3}:)/i,
    secretGroup: 2,
    validate: realKey,
    why: 'Whoever has the signing secret mints tokens the service accepts: any user, any role, any expiry.',
    fix: `${FIX_ROTATE} (every token signed with the old one stays valid until it expires), and load it at start-up from the environment or a secret manager.`,
    examples: {
      match: () => [
        `const token = jwt.sign({ sub: user.id }, '${key()}', { expiresIn: '1h' });`,
        `encoded = jwt.encode(payload, "${key()}", algorithm="HS256")`,
        `s, err := token.SignedString([]byte("${key()}"))`,
        `Algorithm algorithm = Algorithm.HMAC256("${key()}");`,
        `token = jwt.encode({"sub": user_id, "role": "admin"}, "${key()}", algorithm="HS256")`,
        `SecretKey k = Keys.hmacShaKeyFor("${key()}".getBytes(StandardCharsets.UTF_8));`,
      ],
      noMatch: [
        "jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '1h' })",
        "const token = jwt.sign({ foo: 'bar' }, 'shhhhh');",
        "jwt.encode(payload, 'secret', algorithm='HS256')",
        "jwt.verify(token, 'your-256-bit-secret')",
        'token.SignedString([]byte(os.Getenv("JWT_SECRET")))',
        'Algorithm.HMAC256("my-super-secret-key")',
        "jwt.sign(claims, 'my-secret-key-2024')",
      ],
    },
  },
  {
    id: 'secret/hmac-key-literal',
    description: 'Literal HMAC or symmetric key (Node createHmac, Python hmac.new, Java SecretKeySpec, .NET HMACSHA*, Go hmac.New)',
    severity: 'high',
    keywords: ['createhmac', 'hmac.new', 'secretkeyspec', 'new hmacsha', 'hash_hmac', 'cookieparser'],
    // PHP's hash_hmac takes the key third; cookie-parser signs cookies (an HMAC) with its one argument.
    regex: /(?:\bhash_hmac\(\s{0,3}['"][\w/-]{1,16}['"]\s{0,3},\s{0,3}[^,'"\r\n]{1,120}?,\s{0,3}|\bcookieParser\(\s{0,3}|\bcreateHmac\(\s{0,3}['"][\w-]{1,16}['"]\s{0,3},\s{0,3}|\bhmac\.new\(\s{0,3}b?|\bnew\s{1,3}SecretKeySpec\(\s{0,3}|\bnew\s{1,3}HMACSHA(?:1|256|384|512)\(\s{0,3}Encoding\.\w{1,10}\.GetBytes\(\s{0,3}|\bhmac\.New\(\s{0,3}sha\d{1,3}\.New\s{0,3},\s{0,3}\[\]byte\(\s{0,3})(['"`])([^'"`\r\n]{1,256})\1/i,
    secretGroup: 2,
    validate: realKey,
    why: 'An HMAC key signs webhooks, cookies or API requests: with it anyone forges messages the service trusts. A SecretKeySpec literal is an encryption key just as often.',
    fix: `${FIX_ROTATE} where the other side checks it, and load it from the environment or a secret manager.`,
    examples: {
      match: () => [
        `const sig = crypto.createHmac('sha256', '${key()}').update(body).digest('hex');`,
        `digest = hmac.new(b"${key()}", msg, hashlib.sha256).hexdigest()`,
        `SecretKeySpec spec = new SecretKeySpec("${key()}".getBytes(), "HmacSHA256");`,
        `using var h = new HMACSHA256(Encoding.UTF8.GetBytes("${key()}"));`,
        `mac := hmac.New(sha256.New, []byte("${key()}"))`,
        `$signature = hash_hmac('sha256', $payload, '${key()}');`,
        `app.use(cookieParser('${key()}'));`,
      ],
      noMatch: [
        "crypto.createHmac('sha256', process.env.WEBHOOK_SECRET)",
        "crypto.createHmac('sha256', secret).update(body)",
        'hmac.new(key, msg, hashlib.sha256)',
        'new SecretKeySpec(keyBytes, "HmacSHA256")',
        "crypto.createHmac('sha256', 'a secret')",
        'hmac.new(b"secret", msg, hashlib.sha256)',
        "$expected = hash_hmac('sha256', $payload, $_ENV['WEBHOOK_SECRET']);",
        'app.use(cookieParser(process.env.COOKIE_SECRET));',
        "app.use(cookieParser('keyboard cat'));",
      ],
    },
  },
  {
    id: 'secret/basic-auth-literal',
    description: 'Literal password in a basic-auth or login call (Go url.UserPassword and SetBasicAuth, Credentials.basic, UsernamePasswordCredentials, BasicAuth, .login)',
    severity: 'high',
    keywords: ['userpassword(', 'setbasicauth', 'credentials.basic', 'usernamepasswordcredentials', 'passwordauthentication', 'basicauth', 'basic_auth', 'auth_login', 'auth_plain', 'auth_cram_md5', 'plaincredentials', 'bind_s', '.login(', '->login(', '->auth('],
    // User literal, then the password literal; Python's keyword forms (`login=`, `password=`) too. Ruby calls
    // `basic_auth 'u', 'pw'` without parentheses; reqwest wraps the password in `Some(…)`; Perl's Net::FTP and
    // Net::SMTP log in with `->login` / `->auth`; pika's PlainCredentials and python-ldap's simple_bind_s take the pair.
    regex: /(?:\b(?:url\.UserPassword|SetBasicAuth|Credentials\.basic|UsernamePasswordCredentials|PasswordAuthentication|BasicAuth|basicAuthentication|basicAuth|basic_auth|auth_(?:login|plain|cram_md5)|PlainCredentials|(?:simple_)?bind_s)|\.login|->(?:login|auth))(?:\(|[ \t]{1,3}(?=['"]))\s{0,3}(?:\w{1,10}\s{0,3}=\s{0,3})?(['"])[^'"\r\n]{1,128}\1\s{0,3},\s{0,3}(?:\w{1,10}\s{0,3}=\s{0,3})?(?:Some\(\s{0,3})?(['"])([^'"\r\n]{1,128})\2/,
    secretGroup: 3,
    validate: loginPassword,
    why: 'The password signs in to the mail server, FTP site or API as that account.',
    fix: `${FIX_ROTATE} password for the account, and read it from the environment or a secret manager at run time.`,
    examples: {
      match: () => [
        `u.User = url.UserPassword("deploy", "${pw()}")`,
        `req.SetBasicAuth("deploy", "${pw()}")`,
        `String credential = Credentials.basic("ci-bot", "${pw()}");`,
        `server.login("alerts@acme-corp.net", "${pw()}")`,
        `auth = aiohttp.BasicAuth(login="svc", password="${pw()}")`,
        `new UsernamePasswordCredentials("nexus", "${pw()}".toCharArray())`,
        `req.basic_auth 'acme', '${pw()}'`,
        `let resp = client.get(url).basic_auth("acme", Some("${pw()}")).send().await?;`,
        `$ftp->login('acme', '${pw()}') or die $ftp->message;`,
        `credentials = pika.PlainCredentials('orders', '${pw()}')`,
        `l.simple_bind_s("cn=admin,dc=acme,dc=net", "${pw()}")`,
        `smtp.auth_login("alerts", "${pw()}")`,
      ],
      noMatch: [
        'u.User = url.UserPassword(user, os.Getenv("REGISTRY_PASSWORD"))',
        'req.SetBasicAuth(user, os.Getenv("API_PASSWORD"))',
        'server.login("alerts@acme-corp.net", os.environ["SMTP_PASSWORD"])',
        'Credentials.basic("user", "password")',
        'page.login("admin", "admin")',
        'ftp.login("anonymous", "guest")',
        `$ftp->login("anonymous",'-anonymous@')`,
        "req.basic_auth ENV['PARTNER_USER'], ENV['PARTNER_PASSWORD']",
        'client.get(url).basic_auth("anonymous", None::<&str>)',
        "pika.PlainCredentials('guest', 'guest')",
        "$smtp->auth($user, 'x')",
      ],
    },
  },
  {
    id: 'secret/hashed-password-literal',
    description: 'Literal password passed to a password-hashing call (bcrypt, werkzeug, Django, PHP, Spring, Laravel, argon2)',
    severity: 'medium',
    keywords: ['bcrypt', 'password_hash', 'make_password', 'password.create', 'passwordencoder.encode(', 'passwordencoder().encode(', 'hash::make', 'argon2'],
    regex: /(?:\bbcrypt\w{0,12}\.(?:hashpw|hash|hashSync|generate_password_hash)|\b(?:generate_)?password_hash|\bmake_password|\bBCrypt::Password\.create|[Pp]asswordEncoder(?:\(\))?\.encode|\bHash::make|\bargon2\w{0,12}\.hash)\(\s{0,3}b?(['"])([^'"\r\n]{1,128})\1/,
    secretGroup: 2,
    validate: realPassword,
    why: 'A password hashed from a literal is the password of the account it seeds: the hash protects the database, not the repository that holds the literal.',
    fix: 'Change that account\'s password now (it stays in git history), and have the seed read it from the environment or generate it at first start.',
    examples: {
      match: () => [
        `hashed = bcrypt.hashpw(b"${pw()}", bcrypt.gensalt())`,
        `const hash = await bcrypt.hash('${pw()}', 12);`,
        `$hash = password_hash('${pw()}', PASSWORD_DEFAULT);`,
        `admin.password = make_password("${pw()}")`,
        `user.setPassword(passwordEncoder.encode("${pw()}"));`,
        `'password' => Hash::make('${pw()}'),`,
      ],
      noMatch: [
        'bcrypt.hashpw(password.encode(), bcrypt.gensalt())',
        "const hash = await bcrypt.hash(req.body.password, 12);",
        "'password' => Hash::make('password'),",
        "make_password('admin')",
        'self.assertEqual(encoder.encode("ample.org"), b"xn--xample-9ta.")',
        "password_hash('secret', PASSWORD_BCRYPT)",
      ],
    },
  },
  {
    id: 'secret/connect-call-password',
    description: 'Literal password in a positional argument of a connect or login call (Sequelize, PyMySQL, MySQLdb, pymssql, PHP oci_connect, paramiko, Perl DBI, redis-py, ftplib, Net::FTP, Net::SMTP, PHP ldap_bind / ftp_login, ldap3, Go smtp.PlainAuth)',
    severity: 'high',
    keywords: ['sequelize(', 'pymysql.connect(', 'mysqldb.connect(', 'pymssql.connect(', 'oci_connect(', 'oci_pconnect(', 'oci_new_connect(', 'ssh.connect(', 'dbi->connect(', 'redis(', 'ftp(', 'ftp_tls(', 'net::ftp.new(', 'net::smtp.start(', 'ldap_bind(', 'ftp_login(', 'connection(', 'plainauth('],
    // Each prefix ends just before the password literal: the APIs' documented argument order says which argument it is
    // (Sequelize(db, user, password), redis.Redis(host, port, db, password), smtp.PlainAuth(identity, user, password,
    // host), paramiko's connect(hostname, port, username, password), oci_connect(user, password, db)). ldap3's Connection
    // is every library's class name, so it counts only with a DN literal before the password.
    regex: new RegExp(
      String.raw`(?:\bnew\s{1,3}Sequelize\(\s{0,3}${ARG}${ARG}|\b(?:pymysql|MySQLdb|pymssql)\.connect\(\s{0,3}${ARG}${ARG}|\boci_(?:p|new_)?connect\(\s{0,3}${LIT}|\bssh\.connect\(\s{0,3}${ARG}\d{1,5}\s{0,3},\s{0,3}${LIT}|\bDBI->connect\(\s{0,3}${ARG}${ARG}|\bredis\.(?:Strict)?Redis\(\s{0,3}${ARG}${ARG}${ARG}|\bFTP(?:_TLS)?\(\s{0,3}${LIT}${LIT}|\bNet::FTP\.new\(\s{0,3}${LIT}${LIT}|\bNet::SMTP\.start\(\s{0,3}${ARG}${ARG}${ARG}${LIT}|\b(?:ldap_bind|ftp_login)\(\s{0,3}\$\w{1,40}\s{0,3},\s{0,3}${LIT}|\bConnection\(\s{0,3}\w{1,40}\s{0,3},\s{0,3}(?:user\s{0,3}=\s{0,3})?(?:'(?:cn|uid|CN|UID)=[^'\r\n]{1,200}'|"(?:cn|uid|CN|UID)=[^"\r\n]{1,200}")\s{0,3},\s{0,3}(?:password\s{0,3}=\s{0,3})?|\bPlainAuth\(\s{0,3}"[^"\r\n]{0,64}"\s{0,3},\s{0,3}"[^"\r\n]{1,128}"\s{0,3},\s{0,3})(['"])([^'"\r\n]{1,128})\1`,
    ),
    secretGroup: 2,
    validate: loginPassword,
    why: 'The password signs in to the database, FTP site, mail or directory server as that account.',
    fix: `${FIX_ROTATE} password for the account, and pass it from the environment or a secret manager at run time.`,
    examples: {
      match: () => [
        `const sequelize = new Sequelize('orders', 'app', '${pw()}', { host: 'db', dialect: 'postgres' });`,
        `src = pymysql.connect('db-01.internal', 'etl', '${pw()}', 'orders')`,
        `my $dbh = DBI->connect($dsn, 'reporting', '${pw()}', { RaiseError => 1 });`,
        `cache = redis.Redis('cache-01.internal', 6379, 0, '${pw()}')`,
        `ftp = FTP("ftp.partner.com", "acme", "${pw()}")`,
        `ftp = Net::FTP.new('ftp.partner.com', 'acme', '${pw()}')`,
        `Net::SMTP.start('smtp.acme.net', 587, 'acme.net', 'alerts', '${pw()}', :login) do |smtp|`,
        `ldap_bind($ds, 'cn=portal,dc=acme,dc=net', '${pw()}');`,
        `conn = Connection(server, 'cn=svc,ou=services,dc=acme,dc=net', '${pw()}', auto_bind=True)`,
        `auth := smtp.PlainAuth("", "alerts@acme.net", "${pw()}", "smtp.acme.net")`,
        `conn = pymssql.connect("sql01", "sa", "${pw()}", "orders")`,
        `$conn = oci_connect('scott', '${pw()}', '//db.acme.net/ORCL');`,
        `ssh.connect("10.0.0.5", 22, "deploy", "${pw()}")`,
      ],
      noMatch: () => [
        'const reporting = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, { dialect: "mysql" });',
        "test_db = pymysql.connect('localhost', 'root', 'root', 'test')",
        'local = redis.Redis("localhost", 6379, 0, None)',
        'mirror = FTP("ftp.debian.org", "anonymous", "anonymous@")',
        'my $ro = DBI->connect($dsn, $ENV{DB_USER}, $ENV{DB_PASS});',
        'ldap_bind($ds, $bindDn, $bindPassword);',
        `conn = Connection(pool, 'SELECT 1', '${pw()}')`,
        'auth := smtp.PlainAuth("", user, os.Getenv("SMTP_PASSWORD"), host)',
      ],
    },
  },
  {
    id: 'secret/credential-call-literal',
    description: 'Literal password or key handed to a credential call (Go ssh.Password and redigo DialPassword, Rust lettre Credentials::new and mysql .pass(Some(…)), .NET X509Certificate2, Java KeyStore/MongoCredential char[] passwords, Redis AUTH, express-basic-auth users)',
    severity: 'high',
    keywords: ['ssh.password(', 'credentials::new(', '.pass(some(', 'x509certificate2(', '.tochararray()', '.auth(', '->auth(', 'dialpassword(', 'basicauth('],
    // Prefixes end before the literal. `.auth("…")` is Redis AUTH only with a single argument (two are a user and a
    // password: basic-auth-literal). Java takes passwords as char[]: a literal counts there only as the argument of a
    // call that takes a password (KeyStore load/getKey, KeyManagerFactory init, MongoCredential, PBEKeySpec).
    regex: new RegExp(
      String.raw`(?:\bssh\.Password\(\s{0,3}|\bCredentials::new\(\s{0,3}"[^"\r\n]{1,128}"(?:\.(?:to_owned|to_string|into)\(\))?\s{0,3},\s{0,3}|\.pass\(\s{0,3}Some\(\s{0,3}|\bX509Certificate2\(\s{0,3}[^,()\r\n]{1,200},\s{0,3}|\b(?:load|getKey|init|createCredential|createScramSha(?:1|256)Credential|createPlainCredential|PasswordProtection|PBEKeySpec)\((?:[^;\r\n]{0,200}?,)?\s{0,3}(?="[^"\r\n]{1,128}"\.toCharArray\(\))|(?:\.|->)auth\((?=\s{0,3}['"][^'",\r\n]{1,128}['"]\s{0,3}\))\s{0,3}|\bDialPassword\(\s{0,3}|\bbasicAuth\(\s{0,3}\{\s{0,3}users\s{0,3}:\s{0,3}\{\s{0,3}['"]?[\w.@-]{1,64}['"]?\s{0,3}:\s{0,3})(['"])([^'"\r\n]{1,128})\1`,
    ),
    secretGroup: 2,
    validate: realPassword,
    why: 'The literal is the password the call authenticates or unlocks with: an SSH or SMTP login, a key store, a database or cache.',
    fix: `${FIX_ROTATE} password, and read it from the environment or a secret manager at run time.`,
    examples: {
      match: () => [
        `Auth: []ssh.AuthMethod{ssh.Password("${pw()}")},`,
        `let creds = Credentials::new("alerts@acme.net".to_owned(), "${pw()}".to_owned());`,
        `let opts = OptsBuilder::new().user(Some("orders")).pass(Some("${pw()}"));`,
        `var cert = new X509Certificate2("certs/client.pfx", "${pw()}");`,
        `ks.load(new FileInputStream("client.p12"), "${pw()}".toCharArray());`,
        `val credential = MongoCredential.createCredential("orders", "admin", "${pw()}".toCharArray())`,
        `jedis.auth("${pw()}");`,
        `$redis->auth('${pw()}');`,
        `return redis.Dial("tcp", addr, redis.DialPassword("${pw()}"))`,
        `app.use('/admin', basicAuth({ users: { admin: '${pw()}' }, challenge: true }));`,
      ],
      noMatch: () => [
        'authMethods = append(authMethods, ssh.Password(cfg.SSHPassword))',
        'let creds = Credentials::new(user, std::env::var("SMTP_PASSWORD")?);',
        'ks.load(in, "changeit".toCharArray());',
        'char[] HEX = "0123456789abcdef".toCharArray();',
        'await client.auth(process.env.REDIS_PASSWORD);',
        `request.auth('user', '${pw()}')`,
        "app.use('/metrics', basicAuth({ users: { admin: 'changeme' } }));",
        'var cert = new X509Certificate2(bytes);',
      ],
    },
  },
  {
    id: 'secret/cipher-key-literal',
    description: 'Literal encryption key or passphrase (Node createCipheriv, CryptoJS, PHP openssl_encrypt, Fernet, PyCryptodome AES.new)',
    severity: 'high',
    keywords: ['createcipheriv', 'createdecipheriv', 'cryptojs.', 'openssl_encrypt', 'openssl_decrypt', 'fernet(', 'aes.new('],
    // The key is the second argument of createCipheriv, the second of CryptoJS's encrypt/decrypt (a passphrase), the
    // third of openssl_encrypt, the first of Fernet and AES.new.
    regex: /(?:\bcreate(?:Dec|C)ipheriv\(\s{0,3}['"][\w-]{1,24}['"]\s{0,3},\s{0,3}|\bCryptoJS\.(?:AES|TripleDES|DES|Rabbit|RC4)\.(?:en|de)crypt\([^,\r\n]{1,200}?,\s{0,3}|\bopenssl_(?:en|de)crypt\(\s{0,3}[^,\r\n]{1,200}?,\s{0,3}['"][\w-]{1,24}['"]\s{0,3},\s{0,3}|\bFernet\(\s{0,3}b?|\bAES\.new\(\s{0,3}b?)(['"])([^'"\r\n]{1,256})\1/,
    secretGroup: 2,
    // A phrase with spaces (`'secret key 123'`) is how the libraries' READMEs show the argument.
    validate: (k) => realKey(k) && !/\s/.test(k),
    why: 'Whoever has the key decrypts everything the code encrypted with it, and can forge what it decrypts.',
    fix: `${FIX_ROTATE} key, re-encrypt what the old one protects, and load the key from a secret manager or KMS at run time.`,
    examples: {
      match: () => [
        `const cipher = crypto.createCipheriv('aes-256-cbc', '${key().slice(0, 32)}', iv);`,
        `const sealed = CryptoJS.AES.encrypt(JSON.stringify(payload), '${pw()}').toString();`,
        `$cipher = openssl_encrypt($plain, 'aes-256-cbc', '${key()}', 0, $iv);`,
        `fernet = Fernet(b"${key()}=")`,
        `cipher = AES.new(b"${key().slice(0, 32)}", AES.MODE_GCM)`,
      ],
      noMatch: [
        "const decipher = crypto.createDecipheriv('aes-256-gcm', Buffer.from(process.env.DATA_KEY, 'hex'), iv);",
        "CryptoJS.AES.encrypt(message, 'secret key 123')",
        'rotating = Fernet(Fernet.generate_key())',
        "openssl_encrypt($data, 'aes-256-cbc', $key, 0, $iv)",
        'AES.new(key, AES.MODE_CBC, iv)',
      ],
    },
  },
  {
    id: 'secret/basic-auth-encoded-literal',
    description: 'Literal user:password encoded into a Basic Authorization header (Buffer.from, btoa, b64encode, Base64.encode64, encodeToString)',
    severity: 'high',
    keywords: ['buffer.from(', 'btoa(', 'b64encode(', 'encode64(', 'encodetostring(', 'tobase64string('],
    regex: /(?:\bBuffer\.from|\bbtoa|\bb64encode|\b(?:strict_)?encode64|\bencodeToString|\bToBase64String\(\s{0,3}Encoding\.\w{1,10}\.GetBytes)\(\s{0,3}b?(['"])[\w.@+-]{1,64}:([^'"\s\r\n]{1,128})\1/,
    secretGroup: 2,
    validate: realPassword,
    why: 'Base64 hides nothing: the header decodes to the account and password it signs in with.',
    fix: `${FIX_ROTATE} password for the account, and build the header from the environment at run time.`,
    examples: {
      match: () => [
        `const headers = { Authorization: 'Basic ' + Buffer.from('acme:${pw()}').toString('base64') };`,
        `auth = base64.b64encode(b"svc:${pw()}").decode()`,
        `fetch(url, { headers: { Authorization: 'Basic ' + btoa('ci-bot:${pw()}') } })`,
        `req['Authorization'] = "Basic #{Base64.strict_encode64('acme:${pw()}')}"`,
      ],
      noMatch: [
        'Buffer.from(`${user}:${pass}`).toString("base64")',
        "btoa('user:password')",
        "Buffer.from('hello:world').toString('base64')",
        "base64.b64encode(b'admin:admin')",
      ],
    },
  },
];
