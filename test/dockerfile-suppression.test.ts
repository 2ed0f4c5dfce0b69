import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestRepo, findingsOf } from './helpers/git-repo';

// `# stowaway:allow <rule-id> <reason>` on the line above an instruction, through
// the whole pipeline, including findings that sit on a continuation line.

function scan(dockerfile: string): Array<Record<string, any>> {
  const repo = new TestRepo();
  try {
    repo.write('Dockerfile', dockerfile);
    repo.add();
    return findingsOf(repo.stowaway(['scan', '--staged', '--format', 'json']));
  } finally {
    repo.remove();
  }
}

const ids = (findings: Array<Record<string, any>>) => findings.map((f) => `${f.ruleId}@${f.line}`);

test('allow comment above USER root suppresses dockerfile/root-user', () => {
  const base = 'FROM nginx:1.25\nRUN apt-get update\n';
  assert.deepEqual(ids(scan(`${base}USER root\n`)), ['dockerfile/root-user@3']);
  assert.deepEqual(ids(scan(`${base}# stowaway:allow dockerfile/root-user nginx binds port 80 as root, then drops\nUSER root\n`)), []);
});

test('an allow comment for another rule suppresses nothing', () => {
  assert.deepEqual(ids(scan('FROM nginx:1.25\n# stowaway:allow dockerfile/sudo-in-run wrong rule\nUSER root\n')), ['dockerfile/root-user@3']);
});

test('multi-line instruction: the comment above the instruction covers findings on its continuation lines', () => {
  const run = 'RUN apt-get update \\\n && apt-get install -y curl \\\n && curl -fsSLk https://example.com/a.tgz -o /tmp/a.tgz\n';
  const before = scan(`FROM debian:12.5\n${run}USER 10001\n`);
  assert.ok(ids(before).includes('dockerfile/trust-disabled@4'), ids(before).join(', '));
  const after = scan(`FROM debian:12.5\n# stowaway:allow dockerfile/trust-disabled internal mirror with a self-signed cert\n${run}USER 10001\n`);
  assert.ok(!ids(after).some((i) => i.startsWith('dockerfile/trust-disabled')), ids(after).join(', '));
  // The other finding on that RUN is still reported.
  assert.ok(ids(after).includes('dockerfile/download-unverified@5'), ids(after).join(', '));
});

test('multi-line ENV: a secret-named value on a continuation line is suppressed from above the ENV', () => {
  const env = 'ENV APP_MODE=demo \\\n    DEMO_PASSWORD=demo-only-value\n';
  assert.deepEqual(ids(scan(`FROM alpine:3.19\n${env}USER 10001\n`)).filter((i) => i.startsWith('dockerfile/env')), ['dockerfile/env-secret@3']);
  const suppressed = scan(`FROM alpine:3.19\n# stowaway:allow dockerfile/env-secret public demo account\n${env}USER 10001\n`);
  assert.deepEqual(ids(suppressed).filter((i) => i.startsWith('dockerfile/env')), []);
});
