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

const FIX_ROTATE = 'Rotate it now (it stays in git history): issue a new one';
const key = () => fake.alnum(24) + fake.chars('-_', 1) + fake.alnum(7);
const pw = () => fake.alnum(9) + fake.chars('!#%_', 1) + fake.alnum(4);

export const rules: SecretRule[] = [
  {
    id: 'secret/jwt-signing-secret',
    description: 'Literal secret a JWT is signed or verified with (jsonwebtoken, PyJWT, ruby-jwt, golang-jwt, java-jwt, jjwt)',
    severity: 'high',
    keywords: ['jwt.sign', 'jwt.verify', 'jwt.encode', 'jwt.decode', 'signedstring', 'algorithm.hmac', 'hmacshakeyfor', 'signwith('],
    // Each call's prefix ends just before the literal, so one capture group serves them all. The payload before the
    // secret is any run without parentheses or quotes (`{ sub: user.id }`), bounded.
    regex: /(?:\bjwt\.(?:sign|verify|encode|decode)\s{0,3}\([^()'"`\r\n]{1,200}?,\s{0,3}|\.SignedString\(\s{0,3}\[\]byte\(\s{0,3}|\bAlgorithm\.HMAC(?:256|384|512)\(\s{0,3}|\bhmacShaKeyFor\(\s{0,3}|\.signWith\(\s{0,3}SignatureAlgorithm\.HS(?:256|384|512)\s{0,3},\s{0,3})(['"`])([^'"`\r\n]{1,256})\1/i,
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
    keywords: ['createhmac', 'hmac.new', 'secretkeyspec', 'new hmacsha'],
    regex: /(?:\bcreateHmac\(\s{0,3}['"][\w-]{1,16}['"]\s{0,3},\s{0,3}|\bhmac\.new\(\s{0,3}b?|\bnew\s{1,3}SecretKeySpec\(\s{0,3}|\bnew\s{1,3}HMACSHA(?:1|256|384|512)\(\s{0,3}Encoding\.\w{1,10}\.GetBytes\(\s{0,3}|\bhmac\.New\(\s{0,3}sha\d{1,3}\.New\s{0,3},\s{0,3}\[\]byte\(\s{0,3})(['"`])([^'"`\r\n]{1,256})\1/i,
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
      ],
      noMatch: [
        "crypto.createHmac('sha256', process.env.WEBHOOK_SECRET)",
        "crypto.createHmac('sha256', secret).update(body)",
        'hmac.new(key, msg, hashlib.sha256)',
        'new SecretKeySpec(keyBytes, "HmacSHA256")',
        "crypto.createHmac('sha256', 'a secret')",
        'hmac.new(b"secret", msg, hashlib.sha256)',
      ],
    },
  },
  {
    id: 'secret/basic-auth-literal',
    description: 'Literal password in a basic-auth or login call (SetBasicAuth, Credentials.basic, UsernamePasswordCredentials, BasicAuth, .login)',
    severity: 'high',
    keywords: ['setbasicauth', 'credentials.basic', 'usernamepasswordcredentials', 'passwordauthentication', 'basicauth', '.login('],
    // User literal, then the password literal; Python's keyword forms (`login=`, `password=`) too.
    regex: /(?:\b(?:SetBasicAuth|Credentials\.basic|UsernamePasswordCredentials|PasswordAuthentication|BasicAuth|basicAuthentication|basicAuth)|\.login)\(\s{0,3}(?:\w{1,10}\s{0,3}=\s{0,3})?(['"])[^'"\r\n]{1,128}\1\s{0,3},\s{0,3}(?:\w{1,10}\s{0,3}=\s{0,3})?(['"])([^'"\r\n]{1,128})\2/,
    secretGroup: 3,
    validate: realPassword,
    why: 'The password signs in to the mail server, FTP site or API as that account.',
    fix: `${FIX_ROTATE} password for the account, and read it from the environment or a secret manager at run time.`,
    examples: {
      match: () => [
        `req.SetBasicAuth("deploy", "${pw()}")`,
        `String credential = Credentials.basic("ci-bot", "${pw()}");`,
        `server.login("alerts@acme-corp.net", "${pw()}")`,
        `auth = aiohttp.BasicAuth(login="svc", password="${pw()}")`,
        `new UsernamePasswordCredentials("nexus", "${pw()}".toCharArray())`,
      ],
      noMatch: [
        'req.SetBasicAuth(user, os.Getenv("API_PASSWORD"))',
        'server.login("alerts@acme-corp.net", os.environ["SMTP_PASSWORD"])',
        'Credentials.basic("user", "password")',
        'page.login("admin", "admin")',
        'ftp.login("anonymous", "guest")',
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
];
