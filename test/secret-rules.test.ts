import * as fake from '../lib/secrets/fake';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretRules } from '../lib/secrets/rules/index';
import { findSecretsInFile } from '../lib/secrets/engine';
import { SourceFile } from '../lib/text/source-file';

// Every provider rule against its own examples, gitleaks-style: the catalogue is the specification.

test('rule ids are unique and well formed', () => {
  const seen = new Set<string>();
  for (const r of secretRules) {
    assert.match(r.id, /^secret\/[a-z0-9]+(-[a-z0-9]+)*$/, r.id);
    assert.ok(!seen.has(r.id), `duplicate id ${r.id}`);
    seen.add(r.id);
    assert.ok(r.description.length > 5, `${r.id}: description`);
    assert.ok(r.fix.length > 20, `${r.id}: fix text`);
    assert.ok(r.keywords.length > 0 || r.keywordsWhy, `${r.id}: keywords, or a reason for none`);
    for (const k of r.keywords) assert.equal(k, k.toLowerCase(), `${r.id}: keyword ${k} must be lowercase`);
  }
});

for (const rule of secretRules) {
  test(`${rule.id}: finds its true examples and none of its false ones`, () => {
    const matches = rule.examples.match();
    const noMatches = typeof rule.examples.noMatch === 'function' ? rule.examples.noMatch() : rule.examples.noMatch;
    assert.ok(matches.length >= 2, `${rule.id}: needs at least 2 true examples`);
    assert.ok(noMatches.length >= 2, `${rule.id}: needs at least 2 false examples`);
    for (const example of matches) {
      const found = findSecretsInFile(new SourceFile(rule.examples.path ?? 'example.txt', example)).map((f) => f.ruleId);
      assert.ok(found.includes(rule.id), `${rule.id} missed its example:\n${example}\nfound: ${found.join(', ') || 'nothing'}`);
    }
    for (const example of noMatches) {
      const found = findSecretsInFile(new SourceFile(rule.examples.path ?? 'example.txt', example)).map((f) => f.ruleId);
      assert.ok(!found.includes(rule.id), `${rule.id} fired on its false example:\n${example}`);
    }
  });
}

test('a PowerShell script that builds a credential from a plaintext literal is reported on that line', () => {
  const pw = fake.alnum(12) + '#' + fake.digits(3);
  const text = `param([string]$User = "svc")\n$securePassword = ConvertTo-SecureString "${pw}" -AsPlainText -Force\n$cred = New-Object PSCredential ($User, $securePassword)\n`;
  const found = findSecretsInFile(new SourceFile('scripts/deploy.ps1', text));
  assert.deepEqual(found.map((f) => [f.ruleId, f.line, f.secret]), [['secret/powershell-plaintext-password', 2, pw]]);
});

test('every WordPress key and salt in a wp-config.php is reported, the sample placeholders are not', () => {
  const salt = () => fake.chars(fake.ALNUM + '!@#%^&*()-_[]{}<>~+=,.;:/?|', 64);
  const names = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const text = `<?php\n${names.map((n) => `define( '${n}', '${salt()}' );`).join('\n')}\ndefine( 'AUTH_KEY', 'put your unique phrase here' );\n`;
  const found = findSecretsInFile(new SourceFile('wp-config.php', text));
  assert.deepEqual(found.map((f) => f.line), [2, 3, 4, 5, 6, 7, 8, 9]);
});

test('database and directory admin CLIs with a password argument are reported on that line', () => {
  const pw = fake.alnum(12) + '#' + fake.digits(3);
  const text = `#!/bin/sh\nredis-cli -h cache.internal -a ${pw} FLUSHALL\nldapsearch -x -D "cn=admin,dc=corp" -w ${pw} -b dc=corp\nsqlcmd -S db.internal -U sa -P ${pw} -Q "SELECT 1"\n`;
  const found = findSecretsInFile(new SourceFile('ops/maintenance.sh', text));
  assert.deepEqual(found.map((f) => [f.line, f.secret]), [[2, pw], [3, pw], [4, pw]]);
});

test('a rule with paths runs only in the files it names: PgBouncer userlist lines elsewhere are plain strings', () => {
  const line = `"app" "${fake.alnum(14)}!${fake.digits(2)}"\n`;
  const id = 'secret/pgbouncer-userlist-password';
  assert.ok(findSecretsInFile(new SourceFile('deploy/pgbouncer/userlist.txt', line)).some((f) => f.ruleId === id));
  assert.ok(findSecretsInFile(new SourceFile('userlist.txt', line)).some((f) => f.ruleId === id));
  for (const path of ['src/fixtures/pairs.txt', 'my-userlist.txt', 'userlist.txt.bak']) {
    assert.ok(!findSecretsInFile(new SourceFile(path, line)).some((f) => f.ruleId === id), path);
  }
});
