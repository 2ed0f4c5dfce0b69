import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate, CandidateKind, SecretFilter } from '../lib/secrets/candidate';
import { badChecksum } from '../lib/secrets/filters/bad-checksum';
import { cMacro } from '../lib/secrets/filters/c-macro';
import { base64Blob } from '../lib/secrets/filters/base64-blob';
import { cssColor } from '../lib/secrets/filters/css-color';
import { dataUri } from '../lib/secrets/filters/data-uri';
import { demoJwt } from '../lib/secrets/filters/demo-jwt';
import { digest } from '../lib/secrets/filters/digest';
import { encrypted } from '../lib/secrets/filters/encrypted';
import { exampleKey } from '../lib/secrets/filters/example-key';
import { googleClientId } from '../lib/secrets/filters/google-client-id';
import { integrityHash, isLockFile } from '../lib/secrets/filters/lock-file';
import { minified } from '../lib/secrets/filters/minified';
import { passwordHash } from '../lib/secrets/filters/password-hash';
import { lowVariety, placeholder } from '../lib/secrets/filters/placeholder';
import { escapedText } from '../lib/secrets/filters/escaped-text';
import { publicKey } from '../lib/secrets/filters/public-key';
import { resourceValue } from '../lib/secrets/filters/resource-value';
import { selfNamed } from '../lib/secrets/filters/self-named';
import { sourceMap } from '../lib/secrets/filters/source-map';
import { templateReference } from '../lib/secrets/filters/template-reference';
import { uuid } from '../lib/secrets/filters/uuid';
import { findSecretsInFile } from '../lib/secrets/engine';
import { SourceFile } from '../lib/text/source-file';
import * as fake from '../lib/secrets/fake';

// One table per false-positive filter, ESLint RuleTester style:
//   rejects: candidates the filter must silence (false positives);
//   keeps:   real-looking secrets it must let through.
// A row is [text, secret-in-text] plus optional kind / path / key; `secret` defaults to the whole text.

interface Row {
  text: string;
  secret?: string;
  kind?: CandidateKind | string;
  path?: string;
  key?: string;
}

function candidate(row: Row): Candidate {
  const secret = row.secret ?? row.text;
  const offset = row.text.indexOf(secret);
  assert.ok(offset >= 0, `test bug: ${secret} not in ${row.text}`);
  return { ruleId: 'secret/test', kind: (row.kind ?? 'generic') as CandidateKind, secret, offset, text: row.text, path: row.path ?? 'config.yml', key: row.key };
}

function table(filter: SecretFilter, rows: { rejects: Row[]; keeps: Row[] }) {
  test(`filter ${filter.name}`, () => {
    // As the engine applies it: only to the kinds of candidate the filter judges.
    const rejects = (r: Row) => {
      const c = candidate(r);
      return filter.kinds.includes(c.kind) && filter.rejects(c);
    };
    for (const r of rows.rejects) assert.equal(rejects(r), true, `${filter.name} should reject: ${r.secret ?? r.text} in ${JSON.stringify(r.text)}`);
    for (const r of rows.keeps) assert.equal(rejects(r), false, `${filter.name} should keep: ${r.secret ?? r.text} in ${JSON.stringify(r.text)}`);
  });
}

const token = () => fake.alnum(32);

const cryptSalt = (n: number) => fake.chars(fake.ALNUM + './', n);
table(passwordHash, {
  rejects: [
    { text: `root_pw_crypt: "$6$rounds=656000$${cryptSalt(16)}$${cryptSalt(86)}"`, secret: undefined },
    { text: `admin_password: "$2b$12$${cryptSalt(53)}"`, secret: undefined },
    { text: `password: $argon2id$v=19$m=65536,t=3,p=4$${fake.base64(22)}$${fake.base64(43)}`, secret: undefined },
    { text: `password: '$y$j9T$${cryptSalt(22)}$${cryptSalt(43)}'`, secret: undefined },
    { text: `admin:$apr1$${cryptSalt(8)}$${cryptSalt(22)}`, secret: undefined },
    { text: `password = "pbkdf2_sha256$600000$${fake.alnum(22)}$${fake.base64(43)}="`, secret: undefined },
    { text: `userPassword: {SSHA}${fake.base64(32)}`, secret: undefined },
    { text: `ALTER ROLE replicator WITH PASSWORD 'md5${fake.hex(32)}';`, secret: undefined, kind: 'provider' },
    { text: `CREATE ROLE app PASSWORD 'SCRAM-SHA-256$4096:${fake.base64(24)}$${fake.base64(44)}:${fake.base64(44)}';`, secret: undefined, kind: 'provider' },
  ].map((r) => ({ ...r, secret: /(?:"|'|: |PASSWORD '|= "|admin:)(\$[^"'\s]+|pbkdf2[^"]+|\{SSHA\}\S+|md5[0-9a-f]{32}|SCRAM[^']+)/.exec(r.text)![1] })),
  keeps: [
    { text: `DB_PASSWORD=${fake.alnum(20)}` , secret: undefined },
    { text: `password: "Kx$6${fake.alnum(14)}"`, secret: undefined },
    { text: `password: "md5${fake.hex(12)}Zq${fake.alnum(6)}"`, secret: undefined },
  ].map((r) => ({ ...r, secret: /(?:=|: ")([^"]+)/.exec(r.text)![1] })),
});

test('password-hash: the high-entropy part after a hash head is silenced in any syntax', () => {
  const hash = fake.base64(43);
  const text = `INSERT INTO auth_user (id, username, password) VALUES (3, 'root', 'pbkdf2_sha256$600000$${fake.alnum(22)}$${hash}=');`;
  assert.equal(passwordHash.rejects(candidate({ text, secret: hash, kind: 'entropy' })), true);
  assert.deepEqual(findSecretsInFile(new SourceFile('db/seed.sql', text)).map((f) => f.ruleId), []);
});

table(integrityHash, {
  rejects: [
    { text: `"integrity": "sha512-${fake.base64(86)}=="`, secret: undefined },
    { text: `  integrity sha1-${fake.base64(27)}=`, secret: undefined },
    { text: `golang.org/x/text v0.3.7 h1:${fake.base64(43)}=`, secret: undefined, path: 'go.sum' },
    { text: `checksum = "${fake.hex(64)}"`, secret: undefined, path: 'Cargo.lock', kind: 'provider' },
  ].map((r) => ({ ...r, secret: /(?:sha\d+-|h1:|= ")([A-Za-z0-9+/=]{20,})/.exec(r.text)![1] })),
  keeps: [
    { text: `api_key = "${token()}"`, secret: undefined },
    { text: `"resolved": "https://registry.example.com/x.tgz?token=${token()}"`, path: 'package-lock.json', kind: 'provider' },
  ].map((r) => ({ ...r, secret: /=\s*"?([A-Za-z0-9]{32})/.exec(r.text)![1] })),
});

test('integrity-hash: an SRI value outside a lock file (fixtures, HTML) is silenced whole', () => {
  const sri = `sha512-${fake.base64(86)}==`;
  assert.equal(integrityHash.rejects(candidate({ text: `"integrity": "${sri}"`, secret: sri, kind: 'entropy', path: 'test/fixtures/users.json' })), true);
});

test('integrity-hash: any slice of an SRI value is silenced, in any file', () => {
  const sri = `sha384-${fake.base64(30)}/${fake.base64(33)}`;
  const slice = sri.slice(sri.indexOf('/') + 1);
  assert.equal(integrityHash.rejects(candidate({ text: `<script src="/app.js" integrity="${sri}"></script>`, secret: slice, kind: 'entropy', path: 'public/index.html' })), true);
  const key = fake.alnum(40);
  assert.equal(integrityHash.rejects(candidate({ text: `{"integrity": "${sri}", "apiKey": "${key}"}`, secret: key, kind: 'generic', path: 'test/fixtures/pkg.json' })), false);
});

test('integrity hashes, digests and random cursors in a JSON fixture stay quiet end to end', () => {
  // A secret-like word inside random data (`PW` in a cursor, `Pw…Key` in an SRI hash) is no context.
  const rows = [
    `  {"sha256": "${fake.hex(64)}", "etag": "\\"${fake.hex(32)}\\"", "cursor": "sS4uPWKls/${fake.alnum(4)}+${fake.alnum(26)}"},`,
    `  {"name": "left-pad", "integrity": "sha512-${fake.base64(20)}/xPwKey/${fake.base64(58)}=="},`,
    `  {"integrity": "sha256-${fake.base64(43)}=", "sha1": "${fake.hex(40)}"}`,
  ];
  const text = `[\n${rows.join('\n')}\n]\n`;
  const findings = findSecretsInFile(new SourceFile('src/Api/test/fixtures/objects.json', text));
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.secret}`), []);
});

test('lock files are recognised by name', () => {
  for (const p of ['package-lock.json', 'web/yarn.lock', 'pnpm-lock.yaml', 'Cargo.lock', 'go.sum', 'poetry.lock', 'composer.lock', 'Gemfile.lock', 'Pipfile.lock', 'deps/.terraform.lock.hcl']) assert.ok(isLockFile(p), p);
  for (const p of ['package.json', 'lock.ts', 'yarn.lock.md', 'src/Cargo.toml']) assert.ok(!isLockFile(p), p);
});

const sha = fake.hex(64);
const gitSha = fake.hex(40);
table(digest, {
  rejects: [
    { text: `image: nginx@sha256:${sha}`, secret: sha, kind: 'entropy' },
    { text: `FROM alpine@sha256:${sha}`, secret: sha, kind: 'provider' },
    { text: `commit_token_sha: ${gitSha}`, secret: gitSha, key: 'commit_token_sha' },
    { text: `secret_checksum = "${sha}"`, secret: sha, key: 'secret_checksum' },
    { text: `token: ${gitSha}`, secret: gitSha, kind: 'entropy' },
    { text: `md5: ${fake.hex(32)}`, secret: undefined, kind: 'entropy' },
    { text: `  {"sha256": "${sha}", "id": 3},`, secret: sha, kind: 'entropy' },
    { text: `  {"sha256": "${sha}", "token": "x"},`, secret: sha, kind: 'generic', key: 'token' },
    { text: `sha512sum: '${fake.hex(128)}'`, secret: undefined, kind: 'generic' },
    { text: `Authorization: Bearer sha256:${sha}`, secret: `sha256:${sha}`, kind: 'generic', key: 'Authorization' },
    // A wheel's RECORD: urlsafe base64 after `sha256=`, whose leading `-` the entropy stage trims.
    { text: `acme_sdk/auth.py,sha256=-8BKIDxY8-${fake.base64url(34)},1234`, secret: undefined, kind: 'entropy' },
    // ssh-keygen -l fingerprints under a key-named field
    { text: `"host_key_fingerprint": "SHA256:${fake.base64(43)}"`, secret: undefined, kind: 'generic', key: 'host_key_fingerprint' },
    { text: `ssh_host_key: MD5:${Array.from({ length: 16 }, () => fake.hex(2)).join(':')}`, secret: undefined, kind: 'generic', key: 'ssh_host_key' },
  ].map((r) => ({ ...r, secret: r.secret ?? (r.text.includes(',sha256=-') ? r.text.slice(r.text.indexOf('=-') + 2, r.text.lastIndexOf(',')) : r.text.split(': ')[1].replace(/['"]/g, '')) })),
  keeps: [
    { text: `api_token = "${gitSha}"`, secret: gitSha, key: 'api_token' },
    { text: `secret = "${fake.hex(48)}"`, secret: undefined, key: 'secret' },
  ].map((r) => ({ ...r, secret: r.secret ?? /"(.*)"/.exec(r.text)![1] })),
});

table(uuid, {
  rejects: [
    { text: '3f2b8c9e-1a2b-4c3d-9e8f-7a6b5c4d3e2f' },
    { text: 'A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF', kind: 'entropy' },
    // aws-sdk's CloudFormation typings: "the same token in the following format: Console-CreateStack-<uuid>".
    { text: 'Console-CreateStack-3f2b8c9e-1a2b-4c3d-9e8f-7a6b5c4d3e2f', kind: 'entropy' },
  ],
  keeps: [{ text: token() }, { text: '3f2b8c9e-1a2b-4c3d-9e8f-7a6b5c4d3e2f', kind: 'provider' }, { text: fake.hex(34) }, { text: `${fake.alnum(12)}7Q9-3f2b8c9e-1a2b-4c3d-9e8f-7a6b5c4d3e2f` }],
});

const clientId = `${fake.digits(12)}-${fake.lowerAlnum(32)}`;
table(googleClientId, {
  rejects: [
    { text: `GoogleAuth.configure({ webClientId: '${clientId}.apps.googleusercontent.com' })`, secret: clientId, kind: 'entropy' },
    { text: `GoogleAuth.configure({ webClientId: '${clientId}.apps.googleusercontent.com' })`, secret: clientId.split('-')[1], kind: 'entropy' },
    { text: `client_id: ${clientId}.apps.googleusercontent.com`, secret: `${clientId}.apps.googleusercontent.com` },
  ],
  keeps: [
    { text: `client_secret: ${fake.lowerAlnum(32)}`, secret: undefined },
    { text: `token: ${clientId}.apps.example.com`, secret: clientId, kind: 'entropy' },
  ].map((r) => ({ ...r, secret: r.secret ?? r.text.split(': ')[1] })),
});

table(badChecksum, {
  rejects: [
    // The last character of the checksum changed: a typo or a made-up value, not a token.
    { text: fake.checksummedToken('gho_').replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')), key: 'X-Api-Key' },
    { text: fake.checksummedToken('npm_').replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')), kind: 'entropy' },
  ],
  keeps: [
    { text: fake.checksummedToken('ghp_') },
    { text: fake.checksummedToken('npm_'), kind: 'entropy' },
    // Provider rules judge their own checksum; other shapes are not this filter's.
    { text: fake.checksummedToken('ghp_').replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')), kind: 'provider' },
    { text: `ghp_${fake.alnum(40)}` },
  ],
});

table(placeholder, {
  rejects: [
    // Alphabet walks, as in the AWS CLI's examples.
    { text: 'abcd1234defg5678' },
    { text: 'AB1C2defGHijkLMNo3PqQRstUvwxyzaBCDEfghh4ijklMN5opqrStuVWxyzAbCDEfghIJ' },
    { text: '<your-api-key>' },
    { text: '(hidden)' },
    { text: 'xxxxxxxxxxxxxxxxxxxx' },
    { text: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', kind: 'provider' },
    { text: 'changeme' },
    { text: 'change_me_please' },
    { text: 'dummy-token-1234' },
    { text: 'my-test-secret' },
    { text: 'token_for_MY_app' },
    { text: 'pass1234' },
    { text: 'temp2-token' },
    { text: 'your_token_here' },
    { text: 'YOUR_API_KEY_GOES_HERE' },
    // Placeholder words as people type them: lower, upper, capitalised humps.
    { text: 'PassWord2024!' },
    { text: 'MyAPIKeyValue' },
    { text: 'Insert-Here-1' },
    { text: '********' },
    { text: 'abcdefghijklmnop' },
    { text: '1234567890abcdef' },
    { text: 'aaaaaaaaaaaaaaaa' },
    { text: 'AKIAIOSFODNN7EXAMPLE', kind: 'provider' },
    { text: 'sk_live_' + '0'.repeat(24), kind: 'provider' },
    { text: 'qwe089234lkjsdf' },
    // Two walks woven together: documentation's stand-ins for ids and keys.
    { text: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6' },
    { text: '1a2b3c4d5e6f7g8h9i0j' },
    { text: 'abc123def456ghi789jkl' },
    { text: 'a123b45c6d78e9f012a34cd5e6a7890b12c3d45e' },
    // Down the columns, as weak passwords walk them.
    { text: 'qazwsxedcrfvtgb' },
    { text: '1qaz2wsx3edc' },
    // oauthlib's docstrings: home-row letters around digits typed in order.
    { text: 'askfjh234as9sd8' },
    { text: 'kjfch2345sdf' },
    { text: 'sekrit', kind: 'provider' },
    // A C type that names a key.
    { text: 'SEC_PKCS12PrivateKeyBag', kind: 'entropy' },
    { text: 'lsdkfol23w54jlksdef' },
    { text: 'ababababababab' },
    { text: '0123456789abcdef0123456789abcdef' },
    { text: `${fake.hex(12)}3456789${fake.hex(13)}` },
  ],
  keeps: [
    // 64 random hex digits hold a run of five consecutive ones about once in 500.
    { text: `${fake.hex(29)}876541${fake.hex(29)}` },
    // …and start with `abc` + a digit once in 6,500; 64 random base64 characters hold two keyboard runs once in 100.
    { text: `abc7${fake.hex(60)}` },
    { text: `${fake.base64(20)}fGh${fake.base64(20)}cxZ${fake.base64(18)}=` },
    { text: token() },
    // WordPress salts: 64 characters of letters, digits and punctuation hold `<…>` and `[…]` by chance.
    { text: `6_c0s4!hWDX#|=r7^x?GgPv%,${'<A|-Xh2>'}%F-^0~+?z<_g8WnlL%Sy0][f+jNkhHV` },
    { text: `*t,${'[WfO:Iz6#IM-M{Y@KF.D(Is[GiSO:]'}*(iM6s~?|d3K)G}vz1q8TbW` },
    { text: fake.checksummedToken('ghp_'), kind: 'provider' },
    { text: 'sk_test_' + fake.alnum(24), kind: 'provider' },
    // The fixed opening of every unencrypted OpenSSH key body holds eleven `A`s.
    { text: `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA${fake.base64(8)}`, kind: 'provider' },
    { text: fake.alnum(10) + '!#' + fake.digits(2) },
    // A random value spells a word in any mix of cases now and then; `YOuR` is no one's placeholder.
    { text: `Tq9${fake.digits(3)}YOuRx7${fake.digits(4)}Zb` },
    { text: fake.base64(40) },
    // …and a short word after a separator: `_mY` ends a random password, where `_my` or `-MY` would be a placeholder's.
    { text: `yKx6${fake.alnum(14)}_mY` },
    { text: `MY5${fake.alnum(4)}^M+${fake.alnum(8)}_ql-T` },
    // Two keyboard runs by chance in a random value of both cases (`…mhGf…IOP`).
    { text: `fitx${fake.alnum(4)}mhGf${fake.alnum(6)}pyIOP` },
  ],
});

test('lowVariety: at most 3 distinct characters under 16, at most 5 from 16 on, astral characters counted once', () => {
  const cases: Array<[string, boolean]> = [
    ['abcabcab', true],
    ['abcdabcd', false],
    ['1111-2222-1111-2222', true],
    ['abcdeabcdeabcdeab', true],
    ['abcdefabcdefabcdef', false],
    ['abc', false],
    ['\u{1F600}\u{1F601}\u{1F600}\u{1F601}x', true], // 9 code units, 4 distinct; 3 code points
    ['\u{1F600}\u{1F601}\u{1F602}\u{1F603}\u{1F604}\u{1F605}xy', false],
  ];
  for (const [s, want] of cases) assert.equal(lowVariety(s), want, s);
});

table(templateReference, {
  rejects: [
    { text: '${DB_PASSWORD}' },
    { text: '${{ secrets.NPM_TOKEN }}' },
    { text: '{{ .Values.db.password }}' },
    { text: '{{password}}' },
    { text: '$(cat /run/secrets/token)' },
    { text: '%(password)s' },
    { text: '$PASSWORD' },
    { text: 'process.env.API_KEY' },
    { text: 'os.environ["SECRET"]' },
    { text: 'os.getenv("TOKEN")' },
    { text: 'ENV["API_KEY"]' },
    { text: 'System.getenv("DB_PASS")' },
    { text: 'var.db_password' },
    { text: '!Ref DbPassword' },
    { text: '<%= ENV["TOKEN"] %>' },
    { text: '#{secret}' },
    { text: '__API_TOKEN__' },
    { text: '@db.password@' },
    { text: 'vault:secret/data/app#token' },
    { text: '$dir/private/cakey.pem' },
    { text: 'Bearer %s' },
    { text: '%s:%s' },
    { text: 'token-%d' },
    { text: 'auth(%s)' },
    { text: '$(cat /run/secrets/db_password)' },
    { text: '$(aws ssm get-parameter --name /prod/db --query Parameter.Value' },
  ],
  keeps: [
    // Django's get_random_secret_key alphabet has both `$` and `(`; a WordPress salt can hold `<%`.
    { text: `h(x3)b231tv60yl)m&@3pg&y4q)(r^!kdd74d${'$('}x#l7gf%^9ju` },
    { text: `mr7*4aa%)-kd4sm$4t1cx-3thjvgxdqav4&%0l#(+)l_${'#%d'}!!x` },
    { text: `0T65GUxk5XB4Lan!Xm${'#%v'}7I#_2d` },
    { text: `${'%v'}+^=BLuP2EcAr5T` },
    { text: `Vk}5SKVg!fjTZTv${'<%H]'}f7Cb7R1uuM*l62zwhm%2?,t_uODmFx6N6EvS#73CQ5@L` },
    { text: token() }, { text: fake.alnum(12) + '$' + fake.alnum(4) }, { text: fake.base64(40) }, { text: fake.alnum(10) + '7%sF' + fake.alnum(6) },
    // A verb at the very end, glued to a letter: still a password's last characters.
    { text: `Dx-${fake.alnum(12)}?#4!-h${'%v'}` }],
});

table(exampleKey, {
  rejects: [
    { text: '45ghiukldjahdnhzdauz', kind: 'generic' }, // RFC 7009's revocation example
    { text: '<password>repopwd</password>', secret: 'repopwd', kind: 'provider' }, // Maven's settings.xml template
    { text: 'requirepass foobared', secret: 'foobared', kind: 'provider' }, // redis.conf's example
    { text: "secret: 'JBSWY3DPEHPK3PXP',", secret: 'JBSWY3DPEHPK3PXP' }, // Google Authenticator's Key Uri Format
    { text: "secretKey: 'zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG',", secret: 'zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG' }, // MinIO's playground
    { text: 'AKIAIOSFODNN7EXAMPLE', kind: 'provider' },
    { text: 'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    { text: 'Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW', secret: 'czZCaGRSa3F0MzpnWDFmQmF0M2JW' },
    { text: '"access_token":"2YotnFZFEjr1zCsicMWpAA"', secret: '2YotnFZFEjr1zCsicMWpAA' },
  ],
  keeps: [{ text: 'AKIA' + fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), kind: 'provider' }, { text: token() }],
});

const pubBody = fake.base64(64);
const privBody = fake.base64(64);
table(publicKey, {
  rejects: [
    { text: `-----BEGIN PUBLIC KEY-----\n${pubBody}\n-----END PUBLIC KEY-----`, secret: pubBody, kind: 'entropy' },
    { text: `-----BEGIN CERTIFICATE-----\n${pubBody}\n-----END CERTIFICATE-----`, secret: pubBody, kind: 'provider' },
    { text: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${pubBody} user@host`, secret: `AAAAC3NzaC1lZDI1NTE5AAAAI${pubBody}`, kind: 'entropy' },
    { text: `public_key: ${pubBody}`, secret: pubBody, key: 'public_key' },
    { text: `publishableKey: "${pubBody}"`, secret: pubBody, key: 'publishableKey' },
  ],
  keeps: [
    { text: `-----BEGIN RSA PRIVATE KEY-----\n${privBody}\n-----END RSA PRIVATE KEY-----`, secret: privBody, kind: 'entropy' },
    { text: `-----BEGIN PUBLIC KEY-----\n${pubBody}\n-----END PUBLIC KEY-----\nsecret: ${privBody}`, secret: privBody, key: 'secret' },
    { text: `private_key: ${privBody}`, secret: privBody, key: 'private_key' },
  ],
});

table(cssColor, {
  rejects: [{ text: '#1e90ff' }, { text: '--token-primary: #ff00aa80;', secret: 'ff00aa80' }, { text: 'rgba(0, 0, 0, 0.5)' }, { text: 'ABCDEF' }],
  keeps: [{ text: token() }, { text: fake.hex(32) }],
});

const image = fake.base64(400);
table(dataUri, {
  rejects: [
    { text: `background: url(data:image/png;base64,${image})`, secret: image.slice(100, 140), kind: 'provider' },
    { text: `src="data:font/woff2;charset=utf-8;base64,${image}"`, secret: image.slice(0, 40) },
  ],
  keeps: [{ text: `token = "${image.slice(0, 40)}"`, secret: image.slice(0, 40) }, { text: `url: https://example.com/${image.slice(0, 40)}`, secret: image.slice(0, 40) }],
});

table(sourceMap, {
  rejects: [
    { text: `{"version":3,"mappings":"AAAA,SAASA;${fake.base64(40)}"}`, secret: undefined, path: 'dist/app.js.map' },
    { text: `//# sourceMappingURL=data:application/json;base64,${fake.base64(80)}`, secret: undefined, path: 'dist/app.js', kind: 'provider' },
  ].map((r) => ({ ...r, secret: /[A-Za-z0-9+/]{40,}/.exec(r.text)![0] })),
  keeps: [
    { text: `{"sourcesContent":["const key = 'x'"]}`, secret: 'x', path: 'dist/app.js.map', kind: 'provider' },
    { text: `const token = "${token()}";`, secret: undefined, path: 'src/app.js' },
  ].map((r) => ({ ...r, secret: r.secret ?? /"([A-Za-z0-9]{32})"/.exec(r.text)![1] })),
});

const minLine = 'var a=' + Array.from({ length: 200 }, (_, i) => `f${i}(b,c)`).join(';') + `;e={token:"${'T' + fake.alnum(30)}"};`;
table(minified, {
  rejects: [
    { text: `x={apiKey:"${fake.alnum(32)}"}`, secret: undefined, path: 'public/vendor.min.js' },
    { text: minLine, secret: undefined, path: 'public/app.js' },
  ].map((r) => ({ ...r, secret: /"([A-Za-z0-9]{31,32})"/.exec(r.text)![1] })),
  keeps: [
    { text: minLine, secret: /"(T[A-Za-z0-9]{30})"/.exec(minLine)![1], path: 'public/app.js', kind: 'provider' },
    { text: `const apiKey = "${fake.alnum(32)}";\n`, secret: undefined, path: 'src/app.js' },
  ].map((r) => ({ ...r, secret: r.secret ?? /"([A-Za-z0-9]{32})"/.exec(r.text)![1] })),
});

const vaultHex = fake.hex(64);
const sealed = 'AgB' + fake.base64(300);
table(encrypted, {
  rejects: [
    { text: `$ANSIBLE_VAULT;1.1;AES256\n${fake.hex(64)}\n${vaultHex}\n`, secret: vaultHex },
    { text: `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${vaultHex}\n`, secret: vaultHex, key: 'db_password' },
    { text: `password: ENC[AES256_GCM,data:${vaultHex},iv:x,tag:y,type:str]`, secret: vaultHex, kind: 'provider' },
    { text: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: ${sealed}\n`, secret: sealed, key: 'password' },
    { text: `password=ENC(${fake.base64(32)})`, secret: undefined },
    { text: `<password>{${fake.base64(24)}=}</password>`, secret: undefined },
    { text: `  legacy-password: ENC(${vaultHex})`, secret: vaultHex, kind: 'entropy' },
    { text: `  legacy-password: ENC(+/${vaultHex})`, secret: vaultHex, kind: 'entropy' },
    { text: `  partner-secret: '{cipher}${vaultHex}'`, secret: vaultHex, kind: 'entropy' },
    { text: `  partner-secret: '{cipher}${vaultHex}'`, secret: `{cipher}${vaultHex}`, key: 'partner-secret' },
  ].map((r) => ({ ...r, secret: r.secret ?? /(ENC\(.*\)|\{[A-Za-z0-9+/=]+\})/.exec(r.text)![1] })),
  keeps: [
    { text: `apiVersion: v1\nkind: Secret\ndata:\n  password: ${vaultHex}\n`, secret: vaultHex, key: 'password' },
    { text: `$ANSIBLE_VAULT;1.1;AES256\n${fake.hex(64)}\n\nother_secret: ${token()}\n`, secret: undefined, key: 'other_secret' },
    { text: `encoded: ENC(x)\nother_secret: ${token()}\n`, secret: undefined, key: 'other_secret' },
  ].map((r) => ({ ...r, secret: r.secret ?? /other_secret: (\w+)/.exec(r.text)![1] })),
});

test('filters silence the documented AWS example keys end to end', () => {
  const text = 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';
  assert.deepEqual(findSecretsInFile(new SourceFile('credentials', text)), []);
});

test("Hardhat's and Anvil's development account keys are documented examples; any other wallet key is reported", () => {
  // Account #0 of the public `test test … junk` mnemonic, in two pieces so this file holds no 64-hex literal.
  const hardhat0 = ['0xac0974bec39a17e36ba4a6b4d238ff94', '4bacb478cbed5efcae784d7bf4f2ff80'].join('');
  const own = `0x${fake.hex(64)}`;
  for (const k of [hardhat0, own]) {
    const env = findSecretsInFile(new SourceFile('.env', `DEPLOYER_PRIVATE_KEY=${k}\n`));
    const code = findSecretsInFile(new SourceFile('scripts/deploy.ts', `const signer = new ethers.Wallet("${k}", provider);\n`));
    const want = k === own ? 1 : 0;
    assert.equal(env.length, want, `.env, ${k === own ? 'own key' : 'Hardhat #0'}`);
    assert.deepEqual(code.map((f) => f.ruleId), want ? ['secret/evm-private-key'] : [], `ethers.Wallet, ${k === own ? 'own key' : 'Hardhat #0'}`);
  }
});

test('a GitHub or npm token with a broken checksum is reported by no rule, whatever its key', () => {
  const broken = (p: string) => fake.checksummedToken(p).replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
  const text = `curl -H "X-Api-Key: ${broken('gho_')}" https://api.partner.io/v1/ping\napi_token = "${broken('ghp_')}"\n{"npmToken": "${broken('npm_')}"}\n`;
  assert.deepEqual(findSecretsInFile(new SourceFile('scripts/deploy.sh', text)), []);
});

test('a Google OAuth client id is reported by no rule; the client secret beside it is', () => {
  const id = `${fake.digits(12)}-${fake.lowerAlnum(32)}.apps.googleusercontent.com`;
  const text = `GoogleAuth.configure({ webClientId: '${id}', offlineAccess: true });\ngcloud auth application-default login --client-id-file <(echo '{"installed":{"client_id":"${id}"}}')\nconst oauthClientSecret = "GOCSPX-${fake.base64url(28)}";\n`;
  assert.deepEqual(findSecretsInFile(new SourceFile('src/auth.ts', text)).map((f) => f.line), [3]);
});

table(escapedText, {
  rejects: [
    {
      text: '#define TLS_MD_CLIENT_WRITE_KEY_CONST "\\x63\\x6c\\x69\\x65\\x6e\\x74\\x20\\x77\\x72\\x69\\x74\\x65\\x20\\x6b\\x65\\x79"',
      secret: '\\x63\\x6c\\x69\\x65\\x6e\\x74\\x20\\x77\\x72\\x69\\x74\\x65\\x20\\x6b\\x65\\x79',
    },
    { text: 'const SECRET_LABEL = "\\u006d\\u0061\\u0073\\u0074\\u0065\\u0072\\u0020\\u0073\\u0065\\u0063\\u0072\\u0065\\u0074"', secret: '\\u006d\\u0061\\u0073\\u0074\\u0065\\u0072\\u0020\\u0073\\u0065\\u0063\\u0072\\u0065\\u0074' },
  ],
  keeps: [
    // Key bytes written as escapes: random bytes, mostly unprintable.
    (() => {
      const v = fake.hex(32).replace(/(..)/g, '\\x$1');
      return { text: `static const char hmac_key[] = "${v}";`, secret: v };
    })(),
    // Printable, but not words: digits and symbols.
    { text: 'api_key = "\\x31\\x39\\x37\\x34\\x2d\\x30\\x38\\x2d\\x32\\x35\\x23\\x21\\x25\\x35\\x37\\x39"', secret: '\\x31\\x39\\x37\\x34\\x2d\\x30\\x38\\x2d\\x32\\x35\\x23\\x21\\x25\\x35\\x37\\x39' },
  ],
});

table(resourceValue, {
  rejects: [
    { text: '"RDSCloudHsmAuthorizationRole": "arn:aws:iam::aws:policy/service-role/RDSCloudHsmAuthorizationRole"', secret: 'arn:aws:iam::aws:policy/service-role/RDSCloudHsmAuthorizationRole' },
    { text: '--encryption-key-identifier arn:aws:kms:us-east-2:111122223333:key/ivi5ksfsuplneuyt', secret: 'arn:aws:kms:us-east-2:111122223333:key/ivi5ksfsuplneuyt' },
    { text: '"PasswordLastUsed": "2016-09-08T21:47:36Z"', secret: '2016-09-08T21:47:36Z' },
    { text: 'NTE_INCORRECT_PASSWORD: Final = -2146893773', secret: '-2146893773' },
    { text: 'password_expires: 2024-01-31', secret: '2024-01-31', kind: 'entropy' },
    // Seen in npm SDKs: an OAuth grant type's URN (@anthropic-ai/sdk, @azure/msal-node), an ERC-20 token's address (viem).
    { text: "export const GRANT_TYPE_JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';", secret: 'urn:ietf:params:oauth:grant-type:jwt-bearer' },
    (() => {
      const v = `0xa${fake.hex(19)}F${fake.upperHex(19)}`;
      return { text: ` * token: '${v}',`, secret: v };
    })(),
  ],
  keeps: [
    (() => {
      const v = fake.alnum(40);
      return { text: `"SecretAccessKey": "${v}"`, secret: v };
    })(),
    (() => {
      const v = `arn${fake.alnum(17)}`;
      return { text: `arn_secret = "${v}"`, secret: v };
    })(),
    (() => {
      const v = `-${fake.alnum(11)}`;
      return { text: `password: ${v}`, secret: v };
    })(),
    { text: `ghp_${fake.alnum(36)}`, kind: 'provider' },
    // 20 bytes of hex in one case is no checksummed address: it may be a key.
    (() => {
      const v = `0x${fake.hex(40)}`;
      return { text: `hmac_secret = "${v}"`, secret: v };
    })(),
  ],
});

table(selfNamed, {
  rejects: [
    { text: '#define TLS1_TXT_PSK_WITH_AES_128_GCM_SHA256 "PSK-AES128-GCM-SHA256"', key: 'TLS1_TXT_PSK_WITH_AES_128_GCM_SHA256' },
    { text: '#define SN_setct_AuthReqTBS "setct-AuthReqTBS"', key: 'SN_setct_AuthReqTBS' },
    { text: ' * @GNUTLS_KX_ECDHE_PSK: ECDHE-PSK key-exchange algorithm.', key: 'GNUTLS_KX_ECDHE_PSK' },
    { text: '#define SN_kx_dhe_psk           "KxDHE-PSK"', key: 'SN_kx_dhe_psk' },
    { text: '#define TLS1_TXT_PSK_WITH_AES_128_CCM_8 "PSK-AES128-CCM8"', key: 'TLS1_TXT_PSK_WITH_AES_128_CCM_8' },
    // A name re-exported under itself.
    { text: 'MLKEM768X25519PrivateKey = "rust_openssl.hpke.MLKEM768X25519PrivateKey"', key: 'MLKEM768X25519PrivateKey' },
  ].map((r) => ({ ...r, secret: (/"([^"]+)"/.exec(r.text) ?? /: (\S+)/.exec(r.text))![1] })),
  keeps: [
    // A qualified name whose last part is not the key: random, kept.
    (() => {
      const v = ['cfg', `k${fake.alnum(15)}9`].join('.');
      return { text: `apiKey = "${v}"`, key: 'apiKey' };
    })(),
    { text: `TLS_PSK_SECRET="${token()}"`, key: 'TLS_PSK_SECRET' },
    // The key's own words, but a random piece among them.
    { text: 'API_SECRET_KEY="Api-Secret-K7xQ9wZ"', key: 'API_SECRET_KEY' },
    // One- and two-character runs of a random value occur in any long key name.
    { text: `SECRET_KEY_ENCRYPTION_PASSWORD="sEcR${fake.digits(1)}pAs"`, key: 'SECRET_KEY_ENCRYPTION_PASSWORD' },
  ].map((r) => ({ ...r, secret: /"([^"]+)"/.exec(r.text)![1] })),
});

const signedWith = (key: string, payload: object) => {
  const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${head}.${body}.${createHmac('sha256', key).update(`${head}.${body}`).digest('base64url')}`;
};
table(demoJwt, {
  rejects: [
    { text: signedWith('secret', { some: 'payload' }), kind: 'provider' },
    { text: signedWith('your-256-bit-secret', { sub: fake.digits(10), name: 'Jane Roe' }), kind: 'provider' },
  ],
  keeps: [
    { text: signedWith(fake.base64(32), { sub: fake.digits(10) }), kind: 'provider' },
    { text: fake.jwt(), kind: 'provider' },
  ],
});

table(base64Blob, {
  rejects: [
    // A search index or an inline font without a data: header: `EAA` right after a `/` or `+` of the run.
    { text: `rn_("K${fake.base64(29)}x7Q/EAAABAF8NAQ${fake.base64url(50)}")` },
    { text: `"AYEDsCD8Ug${fake.base64(12)}Zq4/EAAF${fake.alnum(120)}+Zq9k${fake.base64(30)}A1b"` },
  ].map((r) => ({ ...r, kind: 'provider', secret: /(EAA[A-Za-z0-9_-]+)/.exec(r.text)![1] })),
  keeps: [
    { text: `FB_TOKEN=EAAB${fake.alnum(160)}` },
    // After a `/` of a URL path: words, not a random run.
    { text: `https://graph.facebook.com/v18.0/me/EAAB${fake.alnum(160)}/picture` },
    { text: `curl https://api.example.com/tokens/EAAB${fake.alnum(160)}` },
  ].map((r) => ({ ...r, kind: 'provider', secret: /(EAA[A-Za-z0-9]+)/.exec(r.text)![1] })),
});

test('hard negatives from real code stay quiet end to end: C headers, Perl, docs, key files', () => {
  const files: Array<[string, string]> = [
    ['include/openssl/tls1.h', '# define TLS1_TXT_PSK_WITH_AES_128_GCM_SHA256 "PSK-AES128-GCM-SHA256"\n# define TLS1_TXT_DHE_PSK_WITH_AES_256_CCM "DHE-PSK-AES256-CCM"\n'],
    [
      'include/p11-kit/pkcs11x.h',
      [
        '#define CKA_TRUST_SERVER_AUTH           0xce536358UL',
        '#define OBJ_pkcs9_challengePassword             OBJ_pkcs9,7L',
        '#define xmlSecCryptoKeysMngrInit                xmlSecGnuTLSKeysMngrInit',
      ].join('\n') + '\n',
    ],
    ['include/c++/barrier', '      using arrival_token = __barrier_phase_t;\n'],
    ['include/llvm/CodeGen/Passes.h', '  /// The pass lowers AMX type for the private key of nothing.\n  FunctionPass *createX86LowerAMXTypePass(); // token\n'],
    ['doc/api/crypto.html', '<li><code>privateKey</code> <a href="https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object" class="type">&#x3C;Object></a></li>\n'],
    ['lib/CPAN/HTTP/Credentials.pm', '    $PROXY_PASSWORD = $CPAN::Config->{proxy_pass} || "";\n    my $pass = $assert->{pass};\n'],
    ['lib/zipfile.py', '    def setpassword(self, pwd):\n        """Set default password for encrypted files."""\n'],
    ['src/env.ts', `const smtpPassword = Bun.env.SMTP_PASSWORD!;\nconst apiToken = Deno.env.get("API_TOKEN") ?? "";\n`],
    ['tests/test_totp.py', 'TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # RFC 6238\n'],
    ['web/map.js', `mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I${fake.base64url(20)}In0.${fake.base64url(22)}';\n`],
    ['public/locales/de.json', '{\n  "api_key": "API-Schlüssel",\n  "secret_token": "Geheimer-Schlüssel"\n}\n'],
    ['docs/jwt.md', `token = "${signedWith('secret', { some: 'payload' })}"\n`],
    // Debian's /usr/share: Vim's runtime files, a Maven package list, Tcl's http package docs.
    ['vim/syntax/php.vim', 'syn keyword phpFunctions pdf_set_info_creator pdf_set_info_keywords pdf_set_info_subject pdf_set_info_title contained\n'],
    ['vim/autoload/rust.vim', "\tlet pwd = a:dict.istemp ? a:dict.tmpdir : ''\n"],
    ['vim/autoload/netrw.vim', '     echomsg \':Nread "machine id password path"           uses ftp\'\n  " mipf     : a:machine a:id password filename\t     Use ftp\n'],
    ['package-lists/maven-partial.tsv', 'com.google.auth:google-auth-library-oauth2-http\t1.57.0\t1.42.1 1.43.0\n'],
    ['tcl8/http-2.9.8.tm', '#\thttp://jschmoe:xyzzy@www.bogus.net:8000/foo/bar.tml\n'],
    ['etc/maven/settings.xml', '    <server>\n      <id>deploymentRepo</id>\n      <username>repouser</username>\n      <password>repopwd</password>\n    </server>\n'],
  ];
  for (const [path, text] of files) assert.deepEqual(findSecretsInFile(new SourceFile(path, text)).map((f) => `${f.ruleId} ${f.secret}`), [], path);
});

test("AWS's names and ids under key and token names stay quiet end to end (installed awscli, botocore and cfn-lint)", () => {
  const files: Array<[string, string]> = [
    ['examples/codebuild/create-project.rst', '            "encryptionKey": "arn:aws:kms:region-ID:account-ID:alias/aws/s3",\n'],
    ['infra/main.tf', 'resource "x" "y" {\n  kms_key_id = "arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/app"\n}\n'],
    ['examples/ecs/deregister.rst', '                "name": "ecs.ami-id",\n                "value": "ami-01a82c3fce2c3ba58"\n'],
    ['examples/sts/assume-role.rst', '    "SubjectFromWebIdentityToken": "amzn1.account.AF6RHO7KZU5XRVQJGXK6HB56KR2A",\n'],
    ['botocore/credentials.py', "    ACCESS_KEY = 'AWSAccessKeyId'\n    SECRET_KEY = 'AWSSecretAccessKey'\n"],
    ['schemas/format.json', '{ "path": "/definitions/MasterUserSecret/properties/KmsKeyId/anyOf" }\n'],
    ['examples/provision-byoip-cidr.rst', 'the authorization context, see `BYOIP <https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-byoip.html>`__\n'],
    ['api/orders.json', `{ "IdempotencyToken": "${fake.alnum(24)}" }\n`],
  ];
  for (const [path, text] of files) assert.deepEqual(findSecretsInFile(new SourceFile(path, text)).map((f) => `${f.ruleId} ${f.secret}`), [], path);
  // The same names with a credential beside them are still reported.
  const key = `${fake.base64(30)}Q9z`;
  assert.equal(findSecretsInFile(new SourceFile('app.json', `{ "encryptionKey": "${key}" }\n`)).length, 1);
});

test("names and code in Debian's Go and Python libraries stay quiet end to end (aws-sdk-go, go-jose, azure, ldap3, django, flask)", () => {
  const files: Array<[string, string]> = [
    ['aws/ec2rolecreds/provider.go', '\trespCreds := ec2RoleCredRespBody{}\n'],
    ['daemon/images/builder.go', '\tpullRegistryAuth := &types.AuthConfig{}\n'],
    ['s3crypto/cipher_util_test.go', '\t\tCipherKey: cipherKeyB64,\n'],
    ['docs/typed-arrays.md', 'a member path (`password: Uint8Array`, `secretKey: Float32Array`) is a type\n'],
    ['asymmetric_test.go', '\tsigner := ecDecrypterSigner{privateKey: ecTestKey256}\n'],
    ['aws/session/shared_config.go', '\ts3UsEast1RegionalSharedKey = `s3_us_east_1_regional_endpoint`\n'],
    ['aws/signer/v4/v4_test.go', '\texpectedSig := "AWS4-HMAC-SHA256 Credential=AKIDFAKEIDFAKEID/20160628/us-west-2/s3/aws4_request, SignedHeaders=host"\n'],
    ['service/cloudformation/api.go', '// stack event would be assigned the same token in the following format: Console-CreateStack-7f59c3cf-00d2-40c7-b2ff-e75db0987002.\n'],
    ['service/mediaconvert/api.go', '// H264QualityTuningLevelSinglePass is a H264QualityTuningLevel enum value\n'],
    ['jwt/parser_test.go', '\tkeyFunc jwt.Keyfunc = func(t *jwt.Token) (interface{}, error) { return jwtTestEC256PublicKey, nil }\n'],
    ['openstack/ec2tokens/requests.go', '\tEC2CredentialsAwsHmacV4 = "AWS4-HMAC-SHA256"\n'],
    ['oauth2/token.go', '\treturn fmt.Sprintf("oauth2: cannot fetch token: %v\\nResponse: %s", r.Response.Status, r.Body)\n'],
    ['viper/viper_test.go', '\tSet("credentials", "{\\"foo\\":\\"bar\\"}")\n'],
    ['azure/ai/_configuration.py', '            self.credential, "Ocp-Apim-Subscription-Key", **kwargs\n'],
    ['azure/ai/ml/operations/_datastore_operations.py', '        self._credential = serviceclient_2022_10_01._config.credential\n'],
    ['azure/identity/aad_client_base.py', 'JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"\n'],
    ['azure/mgmt/compute/models.py', '        "disk_m_bps_read_write": {"key": "diskMBpsReadWrite", "type": "int"},\n        \'encryption_key_sha256\': {\'key\': \'encryptionKeySha256\', \'type\': \'str\'},\n'],
    ['kubernetes/client/models/v1_service_account.py', "        'image_pull_secrets': 'list[V1LocalObjectReference]',\n"],
    ['keystoneclient/v3/test_federation.py', '        k2k_client = client.Client(session=self.session, auth=self.k2kplugin)\n'],
    ['ldap3/protocol/schemas/ad2012R2.py', "MAY (tokenGroups $ msDS-KeyVersionNumber $ supplementalCredentials $ msDS-KeyVersionNumber $ olcDbACLPasswd $ olcDbIDAssertAuthcDn)\n"],
    ['django/contrib/auth/migrations/0003_alter.py', "        ('auth', '0002_alter_permission_name_max_length'),\n"],
    ['flask/examples/tests/data.sql', `INSERT INTO user (username, password) VALUES\n  ('test', 'pbkdf2:sha256:50000$${fake.alnum(8)}$${fake.hex(64)}');\n`],
    ['paramiko/pkey.py', 'OPENSSH_AUTH_MAGIC = b"openssh-key-v1\\x00"\n'],
    ['service/personalize/api.go', '// you pass as a parameter when you use the PutEvents (https://docs.aws.amazon.com/personalize/latest/dg/API_UBS_PutEvents.html)\n'],
    ['sqlalchemy/dialects/mysql/pyodbc.py', "    'PWD=(whatever);'\n"],
  ];
  for (const [path, text] of files) assert.deepEqual(findSecretsInFile(new SourceFile(path, text)).map((f) => `${f.ruleId} ${f.secret}`), [], path);
  // Literals in the same places are still reported: a quoted key in a struct literal, a password in a test, a
  // word with a year, a random token after a word.
  const key = fake.base64url(43);
  const pw = `${fake.alnum(10)}${fake.digits(3)}`;
  const reported: Array<[string, string]> = [
    ['s3crypto/cipher_util_test.go', `\t\tCipherKey: "${key}",\n`],
    ['databases_test.go', `\tPassword: "${pw}",\n`],
    ['app/settings.py', 'DB_PASSWORD = "dragon2023"\n'],
    ['docs/token.md', `the token is Console-${fake.alnum(32)}\n`],
    ['docs/callback.md', `redirect to https://app.example.dev/cb?token=${fake.alnum(32)}\n`],
  ];
  for (const [path, text] of reported) assert.equal(findSecretsInFile(new SourceFile(path, text)).length, 1, path);
});

test("names, code and documented examples in ansible's collections, Perl, Rust and Python libraries stay quiet end to end", () => {
  const files: Array<[string, string]> = [
    ['ansible-7.7.0.dist-info/RECORD', `ansible_collections/community/grafana/plugins/doc_fragments/basic_auth.py,sha256=__${fake.base64url(41)},1625\n`],
    ['netcommon/plugins/filter/network.py', '        "type5_pw": type5_pw,\n'],
    ['community/general/plugins/callback/splunk.py', '  export SPLUNK_AUTHTOKEN=f23blad6-5965-4537-bf69-5b5a545blabla88\n'],
    ['community/general/plugins/modules/github_deploy_key.py', `        token: "${fake.alnum(21)}..."\n`],
    ['active_support/message_encryptor.rb', `  #   encrypted_data = crypt.encrypt_and_sign('my secret data')   # => "${fake.base64(36)}…"\n`],
    ['community/network/plugins/modules/avi_useraccount.py', '            - Old password for update password or default password for bootstrap.\n'],
    ['Net/Amazon/S3.pm', '    authorization_context => Net::Amazon::S3::Authorization::IAM->new (\n'],
    ['oauth2/src/tests.rs', '    let deserialized_token = serde_json::from_str::<BasicTokenResponse>(&serialized_json).unwrap();\n'],
    ['reqwest/src/connect.rs', '            "Proxy-Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\\r\\n"\n'],
    ['authlib/oauth1/rfc5849/signature.py', '    oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="kkk9d7dh3k39sjv7",\n'],
    ['impacket/crypto.py', "        ('_Secret','_-Secret', 'self[\"Length\"]'),\n"],
    ['passlib/tests/test_totp.py', '        otp = TOTP(key="JBSWY3DPEHPK3PXP", digits=6)\n        uri = "otpauth://totp/Demo?secret=JBSWY3DPEHPK3PXP&issuer=Demo"\n'],
    ['passlib/tests/test_handlers_django.py', `        ("password", "sha1$${fake.alnum(9)}$${fake.hex(40)}"),\n        ("password", "md5$${fake.alnum(9)}$${fake.hex(32)}"),\n`],
    ['passlib/context.py', "            # XXX: should we throw error if result can't be identified by context?\n"],
  ];
  for (const [path, text] of files) assert.deepEqual(findSecretsInFile(new SourceFile(path, text)).map((f) => `${f.ruleId} ${f.secret}`), [], path);
  // A value that is not the key's own name, a whole token, a Basic credential other than the RFC's: still reported.
  const reported: Array<[string, string]> = [
    ['plugins/filter/network.py', `        "type5_pw": "${fake.alnum(12)}7!",\n`],
    ['plugins/modules/deploy.py', `        token: "${fake.alnum(32)}"\n`],
    ['src/connect.rs', `            "Proxy-Authorization: Basic ${Buffer.from(`svc:${fake.alnum(16)}`).toString('base64')}\\r\\n"\n`],
  ];
  for (const [path, text] of reported) assert.equal(findSecretsInFile(new SourceFile(path, text)).length, 1, path);
});

test('URL paths and anchors after a token word stay quiet end to end (npm packages: msal, @aws-sdk, google-auth-library)', () => {
  const files: Array<[string, string]> = [
    ['msal/CHANGELOG.md', '* Fixed bug with concurrent acquireToken requests. https://github.com/AzureAD/microsoft-authentication-library-for-js/issues/274\n'],
    ['dist-types/fromNodeProviderChain.d.ts', ' * This is the same credential provider as {@link https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-credential-providers/#fromnodeproviderchain|the default provider}\n'],
    ['README.md', 'The refresh_token is only returned on the [first authorization](https://github.com/googleapis/google-api-nodejs-client/issues/750#issuecomment-304521450), so store it.\n'],
  ];
  for (const [path, text] of files) assert.deepEqual(findSecretsInFile(new SourceFile(path, text)).map((f) => `${f.ruleId} ${f.secret}`), [], path);
  // A random segment among them is still a token.
  const token = `${fake.alnum(20)}Q9z`;
  assert.equal(findSecretsInFile(new SourceFile('notes.md', `notes: token ${token}/issues/274\n`)).length, 1);
});

test('hard negatives from config stay quiet end to end: KMS and Chef ciphertext, hashed LDAP and Keycloak credentials', () => {
  const files: Array<[string, string]> = [
    ['serverless.yml', `provider:\n  environment:\n    DB_PASSWORD_ENCRYPTED: AQICAHh${fake.base64(200)}==\n    API_TOKEN: AQICAHi${fake.base64(180)}==\n`],
    ['data_bags/credentials/db.json', `{\n  "password": {\n    "encrypted_data": "${fake.base64(64)}\\n",\n    "iv": "${fake.base64(16)}\\n",\n    "version": 3\n  }\n}\n`],
    ['ldap/seed.ldif', `dn: uid=svc,dc=acme,dc=dev\nuserPassword: {SSHA}${fake.base64(30)}==\nuserPassword:: ${Buffer.from(`{SSHA}${fake.base64(30)}==`).toString('base64')}\n`],
    ['keycloak/realm.json', `{\n  "credentials": [{\n    "secretData": "{\\"value\\":\\"${fake.base64(86)}==\\",\\"salt\\":\\"${fake.base64(22)}==\\",\\"additionalParameters\\":{}}",\n    "credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\",\\"additionalParameters\\":{}}"\n  }]\n}\n`],
  ];
  for (const [path, text] of files) assert.deepEqual(findSecretsInFile(new SourceFile(path, text)).map((f) => `${f.ruleId} ${f.secret}`), [], path);
});

test('the same shapes as real credentials are still reported: unencrypted keys, plain passwords, string secrets in C, tokens not in a blob', () => {
  const pw = `${fake.alnum(12)}#${fake.digits(2)}`;
  const key = fake.alnum(32);
  const files: Array<[string, string, number]> = [
    ['config/app.yml', `unencrypted_password: ${pw}\n`, 1],
    ['src/secrets.h', `#define API_SECRET "${key}"\n`, 1],
    ['.env', `FACEBOOK_TOKEN=EAAB${fake.alnum(160)}\n`, 1],
    ['docs/jwt.md', `token = "${signedWith(fake.base64(32), { sub: fake.digits(8) })}"\n`, 1],
    ['.netrc', `machine api.corp.net login ci password ${pw}\ndefault login anon password ${key}\n`, 2],
    ['ldap/seed.ldif', `userPassword: ${pw}\n`, 1],
  ];
  for (const [path, text, n] of files) assert.equal(findSecretsInFile(new SourceFile(path, text)).length, n, `${path}: ${text}`);
});

table(cMacro, {
  rejects: [
    { text: '#define CKA_TRUST_CLIENT_AUTH           0xce536359UL' },
    // Joined at run time, so this file holds no such line for stowaway's own scan to read out of context.
    { text: `#define xmlSecCryptoKeysMngrInit xmlSecGnuTLS${'KeysMngrInit'}`, kind: 'entropy' },
    { text: '# define OBJ_pkcs9_challengePassword OBJ_id_pkcs9,7L' },
    // Quoted in a test or a doc string, as C source often is.
    { text: "  '#define CKA_TRUST_SERVER_AUTH 0xce536358UL'," },
  ].map((r) => ({ ...r, secret: /\s(\w+)(?:,\d+L|',)?$/.exec(r.text)![1] })),
  keeps: [
    { text: `#define API_SECRET "${token()}"`, secret: undefined },
    // 64 hex digits do not fit an integer: a key written without quotes.
    { text: `#define HMAC_KEY 0x${fake.hex(64)}`, secret: undefined },
    { text: `API_SECRET = ${token()}`, secret: undefined },
  ].map((r) => ({ ...r, secret: r.secret ?? /(?:"|\s|0x)([A-Za-z0-9]{20,})"?$/.exec(r.text)![1] })),
});
