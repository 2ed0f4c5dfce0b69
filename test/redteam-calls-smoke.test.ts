import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALL_TEMPLATES, generateRedteamCalls } from '../bench/corpus/redteam-calls/generate';
import { scoreFindings } from '../bench/corpus/score';
import { TestRepo, findingsOf, tempDir } from './helpers/git-repo';

// The calls-and-commands red team (bench/redteam-calls.mjs reports the figures over many
// seeds): deterministic per seed, every planted line is a real line of its file, and one
// seed scanned by the CLI finds the credentials passed as call and command arguments
// with no finding on the same calls written with variables, prompts and placeholders.

test('the calls red-team generator is deterministic, plants on real lines and labels both kinds', () => {
  const a = generateRedteamCalls(3, tempDir());
  const b = generateRedteamCalls(3, tempDir());
  assert.deepEqual(a.planted, b.planted);
  assert.ok(Object.keys(CALL_TEMPLATES).length >= 60, 'at least 60 templates');
  const dir = tempDir();
  const m = generateRedteamCalls(5, dir);
  assert.ok(m.planted.filter((p) => p.type === 'pos').length >= 140, 'credentials planted');
  assert.ok(m.planted.filter((p) => p.type === 'neg').length >= 100, 'hard negatives planted');
  for (const p of m.planted) {
    const line = readFileSync(join(dir, p.file), 'utf8').split('\n')[p.lineStart - 1];
    assert.ok(line !== undefined && line.trim() !== '', `${p.kind} at ${p.file}:${p.lineStart} is on a real line`);
  }
});

test('one calls red-team seed scanned by the CLI: the argument credentials found, no false positive', () => {
  const dir = tempDir('stowaway-calls-redteam-smoke-');
  const manifest = generateRedteamCalls(1, dir);
  const repo = new TestRepo({ dir });
  const r = repo.stowaway(['scan', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const s = scoreFindings(manifest.planted, findingsOf(r).filter((f) => f.category === 'secret') as never);
  assert.deepEqual(s.falsePositives, [], JSON.stringify(s.falsePositives, null, 1));
  assert.ok(s.recall >= 0.97, `recall ${s.recall}: ${JSON.stringify(s.misses, null, 1)}`);
  for (const kind of ['py-redis/positional', 'java-jdbc/getconnection', 'sh-file-shares/smbclient-user-percent', 'sh-db-clients/sqlplus-user-slash', 'win-commands/net-use', 'sh-vault-consul/vault-login-positional']) {
    const [found, planted] = s.byKind[kind] ?? [0, 0];
    assert.ok(planted > 0, `${kind} planted`);
    assert.equal(found, planted, `${kind}: ${found}/${planted} found`);
  }
  repo.remove();
});
