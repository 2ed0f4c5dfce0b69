import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRedteamYaml } from '../bench/corpus/redteam-yaml/generate';
import { scoreYaml } from '../bench/corpus/yaml/score';
import { TestRepo, findingsOf, tempDir } from './helpers/git-repo';

// The YAML red team (bench/redteam-yaml.mjs reports the figures over many seeds):
// deterministic per seed, writes the layouts it claims, and one seed scanned by the
// CLI finds every planted problem with no false positive.

test('the YAML red-team generator is deterministic and writes its unusual layouts', () => {
  const a = generateRedteamYaml({ seed: 4, dir: tempDir(), files: 40 });
  const b = generateRedteamYaml({ seed: 4, dir: tempDir(), files: 40 });
  assert.deepEqual(a.expectations, b.expectations);
  const dir = tempDir();
  const m = generateRedteamYaml({ seed: 7, dir, files: 150 });
  for (const re of [/\.compose\.ya?ml$/, /\.json$/, /compose-dev\.yml$/, /\.gitlab-ci\.yml$/]) assert.ok(m.files.some((f) => re.test(f)), String(re));
  for (const e of m.expectations) {
    const line = readFileSync(join(dir, e.file), 'utf8').split('\n')[e.line - 1];
    assert.ok(line !== undefined && line.trim() !== '' && !line.includes('⟦'), `${e.kind} at ${e.file}:${e.line} is on a real line`);
  }
});

test('one YAML red-team seed scanned by the CLI: every planted problem found, no false positive', () => {
  const dir = tempDir('stowaway-yaml-redteam-smoke-');
  const manifest = generateRedteamYaml({ seed: 11, dir, files: 36 });
  const repo = new TestRepo({ dir }).add().commit();
  const r = repo.stowaway(['scan', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const s = scoreYaml(manifest.expectations, findingsOf(r) as never);
  assert.equal(s.falsePositives, 0, JSON.stringify([...s.fps]));
  assert.equal(s.found, s.positives, JSON.stringify([...s.misses]));
  repo.remove();
});
