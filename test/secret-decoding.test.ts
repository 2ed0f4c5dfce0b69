import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSecretsInFile } from '../lib/secrets/engine';
import { decodeBase64Text, kubernetesSecretData } from '../lib/secrets/decode-base64';
import { originalOffset, separatorsBlanked } from '../lib/secrets/decode-percent';
import { SourceFile } from '../lib/text/source-file';
import { defaultConfig } from '../lib/config/defaults';
import * as fake from '../lib/secrets/fake';

// Base64 values are decoded and scanned; findings point at the encoded value's line.

const scan = (path: string, text: string) => findSecretsInFile(new SourceFile(path, text));

test('Kubernetes Secret data: a provider token inside is found on the encoded line', () => {
  const token = fake.checksummedToken('ghp_');
  const encoded = fake.b64(token);
  const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gh\ntype: Opaque\ndata:\n  GITHUB_TOKEN: ${encoded}\n`;
  const f = scan('k8s/secret.yaml', text);
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.ruleId)));
  assert.equal(f[0].ruleId, 'secret/github-pat');
  assert.equal(f[0].line, 7);
  assert.equal(f[0].column, text.split('\n')[6].indexOf(encoded) + 1);
  assert.equal(f[0].endColumn - f[0].column, encoded.length, 'the range covers the encoded value');
  assert.match(f[0].message, /base64-encoded/);
  assert.equal(f[0].secret, token, 'the finding carries the decoded credential');
});

test('Kubernetes Secret data: a random password under a password key is a generic finding', () => {
  const password = fake.alnum(14) + '!' + fake.digits(3);
  const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: ${fake.b64('app')}\n  password: ${fake.b64(password)}\n`;
  const f = scan('db-secret.yaml', text);
  assert.deepEqual(f.map((x) => [x.ruleId, x.line]), [['secret/generic-assignment', 7]]);
  assert.match(f[0].message, /Kubernetes Secret data "password"/);
});

test('Kubernetes Secret data: a placeholder that only looks random when encoded is no finding', () => {
  const text = `kind: Secret\napiVersion: v1\ndata:\n  password: ${fake.b64('changeme-please')}\n  api_key: ${fake.b64('<your-api-key-here>')}\n`;
  assert.deepEqual(scan('secret.yaml', text), []);
});

test('Kubernetes Secret data: a private key in tls.key is found', () => {
  const pem = fake.pem('RSA PRIVATE KEY');
  const text = `kind: Secret\ndata:\n  tls.crt: ${fake.b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----')}\n  tls.key: ${fake.b64(pem)}\n`;
  const f = scan('tls.yaml', text);
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.ruleId)));
  assert.match(f[0].ruleId, /^secret\/private-key/);
  assert.equal(f[0].line, 4);
});

test('Kubernetes Secret in JSON form', () => {
  const token = fake.checksummedToken('ghp_');
  const text = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', data: { token: fake.b64(token) } }, null, 2);
  const f = scan('secret.json', text);
  assert.deepEqual(f.map((x) => x.ruleId), ['secret/github-pat']);
  assert.equal(f[0].line, text.split('\n').findIndex((l) => l.includes('"token"')) + 1);
});

test('multi-document YAML: only Secret documents are decoded, ConfigMap data is plain text', () => {
  const text = `kind: ConfigMap\ndata:\n  greeting: ${fake.b64('hello world, how are you')}\n---\nkind: Secret\ndata:\n  token: ${fake.b64(fake.checksummedToken('ghp_'))}\n`;
  const data = kubernetesSecretData(text);
  assert.equal(data.length, 1);
  assert.equal(data[0].key, 'token');
  assert.deepEqual(scan('all.yaml', text).map((x) => [x.ruleId, x.line]), [['secret/github-pat', 7]]);
});

test('other base64 values: an encoded token in an env file is found at the encoded value', () => {
  const token = fake.checksummedToken('ghp_');
  const encoded = fake.b64(token);
  const text = `# CI\nGH_AUTH_B64=${encoded}\n`;
  const f = scan('.env', text);
  assert.deepEqual(f.map((x) => [x.ruleId, x.line, x.column]), [['secret/github-pat', 2, 13]]);
});

test('other base64 values: an encoded PEM key in a JSON field is found', () => {
  const text = `{\n  "signing": "${fake.b64(fake.pem('PRIVATE KEY'))}"\n}\n`;
  const f = scan('config.json', text);
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.ruleId)));
  assert.match(f[0].ruleId, /^secret\/private-key/);
  assert.equal(f[0].line, 2);
});

test('other base64 values: a guess its decoded text takes back (a sentence, a placeholder) is no finding; a decoded password or user:password stays one', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  // npm's arborist README: `_auth` and `_password` examples that spell out what they are.
  for (const decoded of ['isaacs:not my real password', 'not my real password', 'admin:changeme', 'your-password-here']) {
    const found = scan('README.md', `password: ${b64(decoded)}\nAuthorization: Basic ${b64(decoded)}\n`);
    assert.deepEqual(found.map((f) => f.ruleId), [], decoded);
  }
  for (const decoded of [`ci-bot:${fake.alnum(14)}Q9z`, `${fake.alnum(12)}!x7`]) {
    const found = scan('config/app.yml', `password: ${b64(decoded)}\n`);
    assert.equal(found.length, 1, decoded);
  }
});

test('sealed secrets are not decoded or reported', () => {
  const text = `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB${fake.base64(340)}\n`;
  assert.deepEqual(scan('sealed.yaml', text), []);
});

test('decodeBase64Text accepts printable text only, and strict base64 / base64url', () => {
  assert.equal(decodeBase64Text(fake.b64('hello world 123')), 'hello world 123');
  assert.equal(decodeBase64Text(fake.b64url('{"a":"b??>>"}')), '{"a":"b??>>"}');
  assert.equal(decodeBase64Text(Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8]).toString('base64')), null, 'binary');
  assert.equal(decodeBase64Text('not base64!'), null);
  assert.equal(decodeBase64Text('abc'), null, 'too short');
});

test('a provider token right after a URL escape (%3D, %20, %22), a \\n or a \\u0022 escape is found; after a letter it is part of a longer word', () => {
  const gh = fake.checksummedToken('ghp_');
  const stripe = `sk_live_51${fake.alnum(95)}`;
  const lines = [
    `GET /login?next=%2Fsettings%3Ftoken%3D${gh} 302`,
    `headers=Authorization%3A%20Bearer%20${stripe}`,
    `payload=%7B%22token%22%3A%22${gh}%22%7D`,
    `{"text": "Authenticated\\n${stripe}\\n"}`,
    `id=xghp_${gh.slice(4)}`,
    `ref=%3${gh}`,
    `{"config":"{\\u0022token\\u0022:\\u0022${gh}\\u0022}"}`,
  ];
  const f = scan('logs/access.log', lines.join('\n') + '\n');
  assert.deepEqual(
    f.map((x) => [x.line, x.ruleId]),
    [
      [1, 'secret/github-pat'],
      [2, 'secret/stripe-secret-key'],
      [3, 'secret/github-pat'],
      [4, 'secret/stripe-secret-key'],
      [7, 'secret/github-pat'],
    ],
  );
});

test('JSON rendered into an HTML attribute (&quot; for quotes): a provider-named bare key is found; the same value under an unrelated name is not', () => {
  const key = fake.hex(40);
  const text = [
    `<div data-config="{&quot;ddAppKey&quot;:&quot;${key}&quot;,&quot;env&quot;:&quot;prod&quot;}"></div>`,
    `<div data-config="{&quot;buildSha&quot;:&quot;${fake.hex(40)}&quot;}"></div>`,
  ].join('\n');
  assert.deepEqual(scan('app/views/admin/show.html.erb', text + '\n').map((x) => [x.line, x.ruleId]), [[1, 'secret/datadog-app-key']]);
});

test('a base64-encoded service-account JSON (pretty or compact) in a CI variable is a service-account-key finding on its line; base64 of an Anthropic key is found too', () => {
  const sa = { type: 'service_account', project_id: 'acme-1', private_key: fake.pem('PRIVATE KEY') + '\n', client_email: 'ci@acme-1.iam.gserviceaccount.com' };
  const pretty = Buffer.from(JSON.stringify(sa, null, 2)).toString('base64');
  const compact = Buffer.from(JSON.stringify(sa)).toString('base64');
  const ant = Buffer.from(`sk-ant-api03-${fake.base64url(93)}AA`).toString('base64');
  const notJson = Buffer.from(`{\n  "name": "acme",\n  "version": "1.0.0"\n}\n`).toString('base64');
  const text = `env:\n  GCP_SA_KEY: ${pretty}\n  GOOGLE_CREDENTIALS: ${compact}\n  CLAUDE: ${ant}\n  PKG: ${notJson}\n`;
  assert.deepEqual(
    scan('.github/workflows/deploy.yml', text).map((x) => [x.line, x.ruleId]),
    [
      [2, 'secret/gcp-service-account-key'],
      [3, 'secret/gcp-service-account-key'],
      [4, 'secret/anthropic-api-key'],
    ],
  );
});

test('a compact base64 JSON object (eyJ…) holding a provider token is found on its line; a JWT and base64 JSON without a token are not', () => {
  const cfg = Buffer.from(JSON.stringify({ slackBotToken: `xoxb-${fake.digits(12)}-${fake.digits(13)}-${fake.alnum(24)}`, region: 'eu' })).toString('base64');
  const plain = Buffer.from(JSON.stringify({ name: 'acme', replicas: 3 })).toString('base64');
  const anon = fake.jwt({ iss: 'supabase', ref: fake.lowerAlnum(20), role: 'anon', iat: 1700000000, exp: 2000000000 });
  const text = `APP_CONFIG=${cfg}\nPKG=${plain}\nNEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}\n`;
  assert.deepEqual(scan('.env.production', text).map((x) => [x.line, x.ruleId]), [[1, 'secret/slack-bot-token']]);
});

// Percent-encoded query strings: a token right after `%3D` starts after a letter, so only the decoded line shows it.

test('percent-encoded: a token after %3D is found on its line, the range covering it in the encoded text', () => {
  const sid = 'SK' + fake.hex(32);
  const slack = `xoxb-${fake.digits(12)}-${fake.digits(13)}-${fake.alnum(24)}`;
  const line1 = `2024-01-10 00:38:32 GET /login?next=%2Fsettings%3Faccess_token%3D${sid}%26v%3D2 HTTP/1.1`;
  const line2 = `2024-01-10 00:38:33 GET /cb?state=%7B%22t%22%3A%22${slack}%22%7D&x%3D1 HTTP/1.1`;
  const text = `# proxy log\n${line1}\n${line2}\n`;
  const f = scan('var/log/proxy/access.log', text);
  assert.deepEqual(
    f.map((x) => [x.ruleId, x.line]),
    [
      ['secret/twilio-api-key-sid', 2],
      ['secret/slack-bot-token', 3],
    ],
  );
  assert.equal(f[0].column, line1.indexOf(sid) + 1);
  assert.equal(f[0].endColumn - f[0].column, sid.length);
  assert.equal(f[0].secret, sid);
  assert.match(f[0].message, /percent-encoded separator/);
  // The Slack token follows `%22`, a quote, and needed no decoding: found once, by the plain scan.
  assert.doesNotMatch(f[1].message, /percent-encoded separator/);
});

test('percent-encoded: a token both scans see is reported once; lines without an encoded separator are not decoded', () => {
  const head = 'ghp_' + fake.alnum(10);
  const token = fake.checksummedToken('ghp_');
  assert.equal(scan('a.log', `GET /x?a=%3D${token} HTTP/1.1\n`).length, 1);
  // No encoded separator on the line: nothing is decoded, so `%41` stays three characters and no token forms.
  assert.deepEqual(scan('b.log', `GET /x?token%41${head}%41 HTTP/1.1\n`), []);
});

test('percent-encoded: lines that were apart in the file do not make a match together', () => {
  // A custom rule whose match may cross a line: its two halves sit on encoded lines 60 lines apart.
  const config = { ...defaultConfig(), customRules: [{ id: 'secret/acme-pair', regex: 'acmeleft\\s{1,4}y\\s{1,4}acmeright', keywords: ['acmeleft'] }] };
  const plain = Array.from({ length: 60 }, (_, i) => `plain line ${i} of the log`).join('\n');
  const apart = `x%3Dacmeleft\n${plain}\ny%3Dacmeright\n`;
  assert.deepEqual(findSecretsInFile(new SourceFile('var/log/app.log', apart), config), []);
  // Adjacent in the file, the same two lines do match (the whole text is blanked then).
  const together = findSecretsInFile(new SourceFile('var/log/app.log', 'x%3Dacmeleft\ny%3Dacmeright\n'), config);
  assert.deepEqual(together.map((f) => [f.ruleId, f.line]), [['secret/acme-pair', 1]]);
});

test('separatorsBlanked: the lines holding an encoded separator, each escape three spaces, offsets kept', () => {
  const text = `plain line %41 ${'and more plain text '.repeat(3)}\nq=%3Dab%2Fc%zz\nlast\nx%20y`;
  const b = separatorsBlanked(text)!;
  assert.equal(b.text, 'q=   ab   c%zz\nx   y\n');
  for (const word of ['ab', 'c%zz', 'y']) {
    const at = b.text.indexOf(word);
    assert.equal(text.slice(originalOffset(b, at), originalOffset(b, at) + word.length), word);
  }
  assert.equal(separatorsBlanked('no encoded separator here: %41%5B'), null);
  // The indexOf search finds exactly the escapes the pattern names, no more, no fewer.
  fake.seed(12);
  const pattern = /%(?:3[dDaA]|2[02067cCfF])/g;
  for (let i = 0; i < 2000; i++) {
    const t = fake.chars('%%%23aAdDfFcC0679x\n', 1 + Math.floor(fake.random() * 24));
    const b = separatorsBlanked(t);
    assert.equal(b !== null, pattern.test(t), JSON.stringify(t));
    pattern.lastIndex = 0;
    if (b) assert.equal(b.text.replace(/\n$/, '').split('\n').join('').includes('%3D'), false, JSON.stringify(t));
  }
  // Mostly such lines: the whole text, blanked in place.
  const dense = 'a%3Db\nc%2Fd\ne';
  assert.equal(separatorsBlanked(dense)!.text, 'a   b\nc   d\ne');
  assert.equal(originalOffset(separatorsBlanked(dense)!, 9), 9);
});
