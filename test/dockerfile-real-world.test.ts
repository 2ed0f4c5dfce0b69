import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDockerfile } from '../lib/dockerfile/detector';
import { findSecretsInFile } from '../lib/secrets/engine';
import { SourceFile } from '../lib/text/source-file';
import { defaultConfig } from '../lib/config/defaults';
import type { DetectContext } from '../lib/detectors/detector';
import { officialImageDockerfiles, reallyUnverified } from './dockerfile-official-images';
import { TestRepo, findingsOf } from './helpers/git-repo';

// Real-world silence: official-image patterns must raise no secret findings and
// no download findings, while a really unverified download still does.

const SECRET_RULES = /^(?:secret\/|dockerfile\/(?:env-secret|arg-secret|label-secret|secret-file-copied|secret-removed-in-later-layer|secret-persisted-by-run|credential-in-run)$)/;
const DOWNLOAD_RULES = /^dockerfile\/(?:add-remote-unverified|remote-script-piped-to-shell|download-unverified|trust-disabled)$/;

const ctx: DetectContext = {
  config: defaultConfig(),
  readFile: async () => null,
  findSecrets: (text, path) => findSecretsInFile(new SourceFile(path, text)),
};

const files = officialImageDockerfiles();

for (const [path, text] of Object.entries(files)) {
  test(`${path}: no secret and no download findings`, async () => {
    const findings = await checkDockerfile(new SourceFile(path, text), ctx);
    const noisy = findings.filter((f) => SECRET_RULES.test(f.ruleId) || DOWNLOAD_RULES.test(f.ruleId));
    assert.deepEqual(noisy.map((f) => `${f.ruleId}@${f.line}: ${f.message}`), []);
  });
}

test('gosu drops count as leaving root; images without a USER or a drop are reported', async () => {
  const missing = async (path: string) => (await checkDockerfile(new SourceFile(path, files[path]), ctx)).some((f) => f.ruleId === 'dockerfile/missing-user');
  assert.equal(await missing('postgres/Dockerfile'), false);
  assert.equal(await missing('redis/Dockerfile'), false);
  assert.equal(await missing('golang/windows/servercore/Dockerfile'), false, 'Windows images are skipped by USER checks');
  assert.equal(await missing('python/Dockerfile'), true);
});

test('a really unverified download in the same style is still reported, at its URL', async () => {
  const text = reallyUnverified();
  const findings = await checkDockerfile(new SourceFile('tool/Dockerfile', text), ctx);
  const downloads = findings.filter((f) => DOWNLOAD_RULES.test(f.ruleId));
  assert.equal(downloads.length, 1);
  assert.equal(downloads[0].ruleId, 'dockerfile/download-unverified');
  assert.equal(downloads[0].line, 4);
  assert.equal(text.split('\n')[3].slice(downloads[0].column - 1).startsWith('"https://github.com/example/tool'), true);
});

test('the full pipeline (every secret rule included) stays silent on the official-image files', () => {
  const repo = new TestRepo();
  try {
    for (const [path, text] of Object.entries(files)) repo.write(path, text);
    repo.add().commit('official images');
    const r = repo.stowaway(['scan', '--format', 'json']);
    const findings = findingsOf(r);
    const noisy = findings.filter((f) => SECRET_RULES.test(f.ruleId) || DOWNLOAD_RULES.test(f.ruleId));
    assert.deepEqual(noisy.map((f) => `${f.file}:${f.line} ${f.ruleId}`), []);
  } finally {
    repo.remove();
  }
});
