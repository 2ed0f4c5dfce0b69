import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateYamlCorpus } from '../bench/corpus/yaml/generate';
import { scoreYaml } from '../bench/corpus/yaml/score';
import { tempDir } from './helpers/git-repo';

// bench/yaml-accuracy.mjs reports the real figures; this checks the generator and scorer.

test('yaml corpus: deterministic per seed, markers stripped, plants of every family', () => {
  const dir = tempDir();
  const a = generateYamlCorpus({ seed: 7, dir, files: 40 });
  const b = generateYamlCorpus({ seed: 7, dir: tempDir(), files: 40 });
  assert.deepEqual(a.expectations, b.expectations);
  for (const f of a.files) assert.ok(!readFileSync(join(dir, f), 'utf8').includes('⟦'), `${f} has no plant marker left`);
  for (const fam of ['compose/', 'k8s/', 'ci/']) assert.ok(a.expectations.some((e) => e.rule.startsWith(fam)), `plants a ${fam} problem`);
  assert.ok(a.hardened.length > 0, 'and hardened files that must stay silent');
});

test('yaml scorer: exact (file, line, rule); wrong line is a miss and a false positive', () => {
  const exp = [
    { file: 'c.yml', line: 4, rule: 'compose/privileged', kind: 'explicit' },
    { file: 'c.yml', line: 9, rule: 'compose/docker-socket', kind: 'long-volume' },
  ];
  const s = scoreYaml(exp, [
    { ruleId: 'compose/privileged', file: 'c.yml', line: 4 },
    { ruleId: 'compose/docker-socket', file: 'c.yml', line: 8 },
    { ruleId: 'secret/github-pat', file: 'c.yml', line: 2 },
  ]);
  assert.equal(s.found, 1);
  assert.equal(s.falsePositives, 1);
  assert.deepEqual(s.misses.get('compose/docker-socket long-volume'), ['c.yml:9 (same rule at 8)']);
});
