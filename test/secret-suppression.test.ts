import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestRepo, findingsOf } from './helpers/git-repo';
import * as fake from '../lib/secrets/fake';

// Suppression end to end: real repositories, the built CLI, `scan --format json`.

function scan(repo: TestRepo, ...extra: string[]) {
  const r = repo.stowaway(['scan', '--format', 'json', ...extra]);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return findingsOf(r);
}

const ghp = () => fake.checksummedToken('ghp_');

function repoWith(files: Record<string, string>): TestRepo {
  const repo = new TestRepo();
  for (const [p, c] of Object.entries(files)) repo.write(p, c);
  repo.add().commit();
  return repo;
}

test('inline stowaway:allow silences every rule on its line', (t) => {
  const repo = repoWith({ 'a.env': `GITHUB_TOKEN=${ghp()} # stowaway:allow\nOTHER=${ghp()}\n` });
  t.after(() => repo.remove());
  assert.deepEqual(scan(repo).map((f) => f.line), [2]);
});

test('inline stowaway:allow with a rule id silences only that rule', (t) => {
  const repo = repoWith({
    'a.env': `A=${ghp()} # stowaway:allow secret/github-pat\nB=${ghp()} # stowaway:allow secret/aws-access-key-id\n`,
  });
  t.after(() => repo.remove());
  const f = scan(repo);
  assert.deepEqual(f.map((x) => [x.ruleId, x.line]), [['secret/github-pat', 2]]);
});

test('stowaway:allow-next-line silences the following line only', (t) => {
  const repo = repoWith({ 'config.js': `// stowaway:allow-next-line\nconst a = "${ghp()}";\nconst b = "${ghp()}";\n` });
  t.after(() => repo.remove());
  assert.deepEqual(scan(repo).map((x) => x.line), [3]);
});

test('gitleaks:allow and pragma: allowlist secret are honoured', (t) => {
  const repo = repoWith({
    'a.py': `A = "${ghp()}"  # gitleaks:allow\nB = "${ghp()}"  # pragma: allowlist secret\nC = "${ghp()}"\n`,
  });
  t.after(() => repo.remove());
  assert.deepEqual(scan(repo).map((x) => x.line), [3]);
});

test('inline allow works for the generic rule and for decoded Kubernetes values', (t) => {
  const pw = fake.alnum(14) + '#' + fake.digits(3);
  const repo = repoWith({
    'app.yml': `db:\n  password: ${pw} # stowaway:allow secret/generic-assignment\n  secret_key: ${fake.alnum(24)}\n`,
    'k8s.yaml': `kind: Secret\ndata:\n  token: ${fake.b64(ghp())} # stowaway:allow\n`,
  });
  t.after(() => repo.remove());
  assert.deepEqual(scan(repo).map((x) => [x.file, x.line, x.ruleId]), [['app.yml', 3, 'secret/generic-assignment']]);
});

test('config allowlist: paths, regexes and stopwords', (t) => {
  const keep = ghp();
  const repo = repoWith({
    '.stowawayrc.json': JSON.stringify({ allowlist: { paths: ['fixtures/**'], regexes: ['^ghp_AAAA'], stopwords: ['sandbox'] } }),
    'fixtures/tokens.txt': `t=${ghp()}\n`,
    'a.txt': `t=ghp_AAAA${fake.alnum(32)}\n`,
    'b.env': `SANDBOX_SECRET=sandbox${fake.alnum(20)}\n`,
    'c.txt': `t=${keep}\n`,
  });
  t.after(() => repo.remove());
  const f = scan(repo);
  assert.deepEqual(f.map((x) => x.file), ['c.txt']);
});

test('config rules: off silences a rule, a severity overrides it', (t) => {
  const repo = repoWith({
    '.stowawayrc.json': JSON.stringify({ rules: { 'secret/github-pat': 'low', 'secret/generic-assignment': 'off' } }),
    'a.env': `GH=${ghp()}\nDB_PASSWORD=${fake.alnum(16)}!x\n`,
  });
  t.after(() => repo.remove());
  const f = scan(repo);
  assert.deepEqual(f.map((x) => [x.ruleId, x.severity]), [['secret/github-pat', 'low']]);
  const quiet = repo.stowaway(['scan', '--format', 'json', '--fail-on', 'medium']);
  assert.equal(quiet.status, 0, 'a rule lowered to low no longer fails --fail-on medium');
});

test('custom rules: regex, keywords, secret group, entropy, severity', (t) => {
  const id = fake.alnum(24);
  const repo = repoWith({
    '.stowawayrc.json': JSON.stringify({
      customRules: [
        { id: 'secret/acme-api-key', description: 'Acme API key', regex: '\\b(acme_[A-Za-z0-9]{24})\\b', secretGroup: 1, keywords: ['acme_'], minEntropy: 3, severity: 'medium', fix: 'Rotate it in the Acme console.' },
        { id: 'secret/internal-ticket', regex: 'INTERNAL-[0-9]{6}' },
      ],
    }),
    'a.txt': `key: acme_${id}\nlow entropy: acme_${'a'.repeat(24)}\nref INTERNAL-123456\n`,
  });
  t.after(() => repo.remove());
  const f = scan(repo);
  assert.deepEqual(f.map((x) => [x.ruleId, x.line, x.severity]), [
    ['secret/acme-api-key', 1, 'medium'],
    ['secret/internal-ticket', 3, 'high'],
  ]);
  assert.equal(f[0].fix, 'Rotate it in the Acme console.');
  assert.ok(!JSON.stringify(f).includes(id), 'custom findings are redacted too');
});

test('custom rule switched off in rules is not run', (t) => {
  const repo = repoWith({
    '.stowawayrc.json': JSON.stringify({ customRules: [{ id: 'secret/acme-api-key', regex: 'acme_[a-z]{8}' }], rules: { 'secret/acme-api-key': 'off' } }),
    'a.txt': 'acme_abcdefgh\n',
  });
  t.after(() => repo.remove());
  assert.deepEqual(scan(repo), []);
});

test('one finding per location: provider rule wins over the generic rule end to end', (t) => {
  const repo = repoWith({ 'a.env': `GITHUB_TOKEN="${ghp()}"\n` });
  t.after(() => repo.remove());
  assert.deepEqual(scan(repo).map((x) => x.ruleId), ['secret/github-pat']);
});
