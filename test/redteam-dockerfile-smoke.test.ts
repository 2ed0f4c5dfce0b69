import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRedteamDockerfiles } from '../bench/corpus/redteam-dockerfile/generate';
import { scoreDockerfileFindings } from '../bench/corpus/dockerfiles/score';
import { TestRepo, findingsOf, tempDir } from './helpers/git-repo';

// The Dockerfile red team (bench/redteam-dockerfile.mjs reports the figures over
// many seeds): its generator is deterministic, writes the layouts it claims, and
// one seed scanned by the CLI stays clean of false positives.

test('the red-team generator is deterministic per seed and writes its unusual layouts', () => {
  const a = generateRedteamDockerfiles({ seed: 4, dir: tempDir(), files: 45 });
  const b = generateRedteamDockerfiles({ seed: 4, dir: tempDir(), files: 45 });
  assert.deepEqual(a.expectations, b.expectations);
  const dir = tempDir();
  const m = generateRedteamDockerfiles({ seed: 7, dir, files: 120 });
  const raw = m.files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  for (const [what, re] of [['Windows escape directive', /^(?:\uFEFF)?# escape=`/m], ['COPY heredoc', /^COPY (?:--\S+ )*<<-?"?EOF/m], ['exec-form ADD', /^ADD \["https:/m], ['CRLF', /\r\n/], ['secret mount', /--mount=type=secret,id=/]] as const)
    assert.match(raw, re, `corpus has ${what}`);
  assert.ok(m.files.some((f) => /\/docker\/Dockerfile\.dev$/.test(f)), 'a Dockerfile in a docker/ folder');
  for (const e of m.expectations) {
    const line = readFileSync(join(dir, e.file), 'utf8').split(/\r?\n/)[e.line - 1];
    assert.ok(line !== undefined && line.trim() !== '', `${e.kind} at ${e.file}:${e.line} is on a real line`);
  }
});

test('one red-team seed scanned by the CLI: every planted problem found, no false positive', () => {
  const dir = tempDir('stowaway-df-redteam-smoke-');
  const manifest = generateRedteamDockerfiles({ seed: 11, dir, files: 30 });
  const repo = new TestRepo({ dir }).add().commit();
  const r = repo.stowaway(['scan', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const s = scoreDockerfileFindings(manifest.expectations, findingsOf(r) as never);
  assert.equal(s.falsePositives, 0, JSON.stringify(s.falsePositiveKinds, null, 1));
  assert.ok(s.recall >= 0.97, `recall ${s.recall}: ${JSON.stringify(s.misses, null, 1)}`);
  repo.remove();
});
