import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDockerfileCorpus } from '../bench/corpus/dockerfiles/generate';
import { mergeDockerfileScores, scoreDockerfileFindings } from '../bench/corpus/dockerfiles/score';
import type { Expectation } from '../bench/corpus/dockerfiles/writer';
import { TestRepo, findingsOf, tempDir } from './helpers/git-repo';

// The Dockerfile accuracy corpus and its scorer (bench/dockerfile-accuracy.mjs
// reports the real figures over many seeds; the bar is checked there).

const RULES = [
  'env-secret', 'arg-secret', 'label-secret', 'secret-file-copied', 'secret-removed-in-later-layer', 'secret-persisted-by-run',
  'credential-in-run', 'add-remote-unverified', 'remote-script-piped-to-shell', 'download-unverified', 'trust-disabled',
  'root-user', 'missing-user', 'unpinned-base-image', 'sudo-in-run', 'world-writable', 'insecure-build-flags', 'context-leak',
].map((r) => `dockerfile/${r}`);

test('the generator is deterministic per seed, plants every rule and varies the syntax', () => {
  const a = generateDockerfileCorpus({ seed: 5, dir: tempDir(), files: 60 });
  const b = generateDockerfileCorpus({ seed: 5, dir: tempDir(), files: 60 });
  const c = generateDockerfileCorpus({ seed: 6, dir: tempDir(), files: 60 });
  assert.deepEqual(a.expectations, b.expectations);
  assert.notDeepEqual(a.expectations, c.expectations);
  const planted = new Set(a.expectations.filter((e) => e.type === 'pos').map((e) => e.rule));
  for (const r of RULES) assert.ok(planted.has(r), `${r} planted`);
  assert.ok(a.expectations.filter((e) => e.type === 'neg').length > 100, 'hard negatives planted');
});

test('planted lines hold what they claim', () => {
  const dir = tempDir();
  const m = generateDockerfileCorpus({ seed: 9, dir, files: 60 });
  const texts = new Map(m.files.map((f) => [f, readFileSync(join(dir, f), 'utf8').split('\n')]));
  const text = (e: Expectation) => texts.get(e.file)![e.line - 1];
  const syntax = [...texts.values()].map((l) => l.join('\n')).join('\n');
  for (const [what, re] of [['heredoc', /<<-?'?(?:EOF|EOT|SCRIPT)/], ['escape directive', /^# escape=`/m], ['exec-form RUN', /^RUN (?:--\S+ )*\["/im], ['lowercase keywords', /^from /m], ['continuation', /\\$/m]] as const)
    assert.match(syntax, re, `corpus has ${what}`);
  for (const e of m.expectations.filter((x) => x.type === 'pos')) {
    const line = text(e);
    assert.ok(line !== undefined && line.trim() !== '', `${e.rule} at ${e.file}:${e.line} is on a real line`);
    if (e.rule === 'dockerfile/unpinned-base-image' || e.rule === 'dockerfile/missing-user') assert.match(line, /^from /i);
    if (e.rule === 'dockerfile/root-user') assert.match(line, /^user (?:root|0)/i);
    if (e.rule === 'dockerfile/add-remote-unverified') assert.match(line, /https?:\/\//);
  }
});

test('scorer: strict on (file, line, rule id); related rules counted apart; misses and false positives by kind', () => {
  const ex = (line: number, type: 'pos' | 'neg', kind: string, rule?: string, related?: string[]): Expectation => ({ file: 'a/Dockerfile', line, type, kind, rule, related, sample: 'x' });
  const expectations = [
    ex(2, 'pos', 'env-secret:password', 'dockerfile/env-secret'),
    ex(5, 'pos', 'download-unverified:plain', 'dockerfile/download-unverified'),
    ex(7, 'pos', 'credential-in-run:curl-user', 'dockerfile/credential-in-run', ['dockerfile/download-unverified']),
    ex(7, 'pos', 'credential-in-run:curl-user', 'dockerfile/credential-in-run'), // same key planted twice counts once
    ex(9, 'neg', 'neg:gpg-keys'),
  ];
  const s = scoreDockerfileFindings(expectations, [
    { ruleId: 'dockerfile/env-secret', file: 'a/Dockerfile', line: 2 },
    { ruleId: 'dockerfile/env-secret', file: 'a/Dockerfile', line: 2 }, // duplicate
    { ruleId: 'dockerfile/download-unverified', file: 'a/Dockerfile', line: 6 }, // right rule, wrong line
    { ruleId: 'dockerfile/trust-disabled', file: 'a/Dockerfile', line: 5 }, // planted line, unrelated rule
    { ruleId: 'dockerfile/credential-in-run', file: 'a/Dockerfile', line: 7 },
    { ruleId: 'dockerfile/download-unverified', file: 'a/Dockerfile', line: 7 }, // related
    { ruleId: 'dockerfile/env-secret', file: 'a/Dockerfile', line: 9 },
    { ruleId: 'secret/github-pat', file: 'a/Dockerfile', line: 9 }, // not a dockerfile rule: not scored
  ]);
  assert.equal(s.positives, 3);
  assert.equal(s.found, 2);
  assert.equal(s.recall, 2 / 3);
  assert.equal(s.truePositives, 2);
  assert.equal(s.related, 1);
  assert.equal(s.falsePositives, 3);
  assert.equal(s.precision, 2 / 5);
  assert.deepEqual(s.misses.map((m) => [m.kind, m.count]), [['dockerfile/download-unverified download-unverified:plain', 1]]);
  assert.match(s.misses[0].examples[0], /same rule on line 6/);
  assert.deepEqual(s.falsePositiveKinds.map((m) => [m.kind, m.count]).sort(), [
    ['dockerfile/download-unverified @ unplanted', 1],
    ['dockerfile/env-secret @ neg:gpg-keys', 1],
    ['dockerfile/trust-disabled @ planted download-unverified:plain', 1],
  ]);
  assert.deepEqual(s.byRule['dockerfile/credential-in-run'], [1, 1]);
  const none = scoreDockerfileFindings(expectations, []);
  assert.equal(none.recall, 0);
  assert.equal(none.precision, 1);
  const merged = mergeDockerfileScores([s, none]);
  assert.equal(merged.positives, 6);
  assert.equal(merged.recall, 2 / 6);
  assert.equal(merged.falsePositives, 3);
});

test('one seed scanned by the CLI: the scorer accounts for every planted problem and finding', () => {
  const dir = tempDir('stowaway-df-accuracy-smoke-');
  const manifest = generateDockerfileCorpus({ seed: 3, dir, files: 30 });
  // A full scan reads tracked files: commit the corpus.
  const repo = new TestRepo({ dir }).add().commit();
  const r = repo.stowaway(['scan', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const s = scoreDockerfileFindings(manifest.expectations, findingsOf(r) as never);
  assert.equal(s.found + s.misses.reduce((a, m) => a + m.count, 0), s.positives);
  assert.equal(s.truePositives + s.related + s.falsePositives, s.findings);
  assert.equal(s.falsePositives, s.falsePositiveKinds.reduce((a, m) => a + m.count, 0));
  assert.ok(s.recall > 0.8, `recall ${s.recall}`);
  assert.ok(s.precision > 0.8, `precision ${s.precision}`);
  repo.remove();
});
