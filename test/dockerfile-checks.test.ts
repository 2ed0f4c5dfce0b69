import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dockerfileChecks } from '../lib/dockerfile/checks/index';
import { checkDockerfile, dockerfileRules } from '../lib/dockerfile/detector';
import type { CheckExample } from '../lib/dockerfile/check';
import { findSecretsInFile } from '../lib/secrets/engine';
import { SourceFile } from '../lib/text/source-file';
import { defaultConfig } from '../lib/config/defaults';
import type { DetectContext } from '../lib/detectors/detector';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Every check against its own valid / invalid tables (ESLint RuleTester style):
// the tables beside each check are its specification.

const DESIGN_IDS = [
  'dockerfile/env-secret', 'dockerfile/arg-secret', 'dockerfile/label-secret', 'dockerfile/secret-file-copied',
  'dockerfile/secret-removed-in-later-layer', 'dockerfile/secret-persisted-by-run', 'dockerfile/credential-in-run',
  'dockerfile/add-remote-unverified', 'dockerfile/remote-script-piped-to-shell', 'dockerfile/download-unverified',
  'dockerfile/trust-disabled', 'dockerfile/root-user', 'dockerfile/missing-user', 'dockerfile/unpinned-base-image',
  'dockerfile/sudo-in-run', 'dockerfile/world-writable', 'dockerfile/insecure-build-flags', 'dockerfile/context-leak',
];

function contextFor(example: CheckExample, path: string): DetectContext {
  const files = example.files ?? {};
  return {
    config: defaultConfig(),
    readFile: async (p) => (p in files ? files[p] : null),
    findSecrets: (text, p) => findSecretsInFile(new SourceFile(p, text)),
  };
}

async function run(example: CheckExample, path = 'Dockerfile') {
  const code = typeof example.code === 'function' ? example.code() : example.code;
  const findings = await checkDockerfile(new SourceFile(path, code), contextFor(example, path));
  return { code, findings };
}

test('the 18 check ids of DESIGN.md §2, one file per check, each with texts and examples', () => {
  assert.deepEqual(dockerfileChecks.map((c) => c.id), DESIGN_IDS);
  const files = readdirSync(join(__dirname, '..', 'lib', 'dockerfile', 'checks')).filter((f) => /\.(?:ts|js)$/.test(f) && !/^(?:index|pair-secrets)\./.test(f)).map((f) => f.replace(/\.(?:ts|js)$/, ''));
  assert.deepEqual(files.sort(), DESIGN_IDS.map((id) => id.slice('dockerfile/'.length)).sort());
  for (const c of dockerfileChecks) {
    assert.ok(c.why.length > 40 && c.fix.length > 40, `${c.id}: why and fix teach`);
    assert.ok(c.examples.valid.length >= 2 && c.examples.invalid.length >= 2, `${c.id}: at least two valid and two invalid examples`);
  }
  const optIn = dockerfileRules.filter((r) => r.optIn).map((r) => r.id);
  assert.deepEqual(optIn, ['dockerfile/base-image-not-digest-pinned']);
});

test('the messages name the fixes the issue asks for', () => {
  const byId = new Map(dockerfileChecks.map((c) => [c.id, c]));
  assert.match(byId.get('dockerfile/env-secret')!.fix, /RUN --mount=type=secret,id=/);
  assert.match(byId.get('dockerfile/arg-secret')!.fix, /RUN --mount=type=secret,id=/);
  assert.match(byId.get('dockerfile/add-remote-unverified')!.fix, /ADD --checksum=sha256:<digest> <url> <dest>/);
  assert.match(byId.get('dockerfile/remote-script-piped-to-shell')!.fix, /^Download, verify, then run/);
  assert.match(byId.get('dockerfile/root-user')!.fix, /useradd.*USER 10001/s);
  assert.match(byId.get('dockerfile/missing-user')!.fix, /useradd.*USER 10001/s);
});

for (const check of dockerfileChecks) {
  const ids = [check.id, ...(check.extraRules ?? []).map((r) => r.id)];
  check.examples.valid.forEach((example, k) => {
    test(`${check.id} valid #${k + 1}`, async () => {
      const { code, findings } = await run(example);
      const enabled = (id: string) => !(check.extraRules ?? []).some((r) => r.id === id && r.optIn) || example.optIn?.includes(id);
      const own = findings.filter((f) => ids.includes(f.ruleId) && enabled(f.ruleId));
      assert.deepEqual(own.map((f) => `${f.ruleId}@${f.line}: ${f.message}`), [], `valid example flagged:\n${code}`);
    });
  });
  check.examples.invalid.forEach((example, k) => {
    test(`${check.id} invalid #${k + 1}`, async () => {
      const { code, findings } = await run(example);
      const want = example.ruleId ?? check.id;
      const own = findings.filter((f) => f.ruleId === want);
      assert.ok(own.length >= 1, `${want} missed:\n${code}\nfound: ${findings.map((f) => `${f.ruleId}@${f.line}`).join(', ') || 'nothing'}`);
      assert.ok(own.some((f) => f.line === example.line), `${want} on line ${own.map((f) => f.line).join(',')}, expected ${example.line}:\n${code}`);
      for (const f of own) {
        assert.equal(f.category, 'dockerfile');
        assert.ok(f.column >= 1 && f.endLine >= f.line && (f.endLine > f.line || f.endColumn > f.column), `${want}: range ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
        assert.ok(f.message.length > 10 && f.fix.length > 20 && f.why.length > 20);
      }
    });
  });
}
