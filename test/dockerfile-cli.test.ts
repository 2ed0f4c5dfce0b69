import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fake from '../lib/secrets/fake';
import { TestRepo, findingsOf } from './helpers/git-repo';

// End to end through the CLI: a real Dockerfile staged in a real repository.

const GOOD_IGNORE = '.git\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\n';

test('scan --staged reads the staged Dockerfile from the index and reports its checks', () => {
  const repo = new TestRepo();
  try {
    const token = fake.checksummedToken('ghp_');
    repo.write('services/api/Dockerfile', `FROM node:20.14-slim\nENV GITHUB_TOKEN=${token}\nRUN curl -fsSL https://example.com/install.sh | bash\nCOPY . /app\nUSER 10001\n`);
    repo.write('services/api/.dockerignore', GOOD_IGNORE);
    repo.add();
    // The working tree no longer has the problems; the index still does.
    repo.write('services/api/Dockerfile', 'FROM node:20.14-slim\nUSER 10001\n');
    const r = repo.stowaway(['scan', '--staged', '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    const findings = findingsOf(r);
    const ids = findings.map((f) => `${f.ruleId}@${f.line}`).sort();
    assert.deepEqual(ids, ['dockerfile/env-secret@2', 'dockerfile/remote-script-piped-to-shell@3']);
    const env = findings.find((f) => f.ruleId === 'dockerfile/env-secret')!;
    assert.equal(env.file, 'services/api/Dockerfile');
    assert.equal(env.column, 'ENV GITHUB_TOKEN='.length + 1);
    assert.ok(!r.stdout.includes(token), 'the token is redacted in the output');
    assert.match(env.fix, /RUN --mount=type=secret,id=/);
    const pipe = findings.find((f) => f.ruleId === 'dockerfile/remote-script-piped-to-shell')!;
    assert.equal(pipe.match, 'https://example.com/install.sh', 'harmless snippets are shown as is');
  } finally {
    repo.remove();
  }
});

test('.dockerignore is read from the index: context-leak follows the staged version', () => {
  const repo = new TestRepo();
  try {
    repo.write('Containerfile', 'FROM alpine:3.19\nCOPY . /app\nUSER 10001\n');
    repo.write('.dockerignore', 'node_modules\n');
    repo.add();
    repo.write('.dockerignore', GOOD_IGNORE); // fixed on disk only
    let findings = findingsOf(repo.stowaway(['scan', '--staged', '--format', 'json']));
    const leak = findings.find((f) => f.ruleId === 'dockerfile/context-leak');
    assert.ok(leak, 'the staged .dockerignore does not exclude .git/.env/keys');
    assert.equal(leak.line, 2);
    assert.match(leak.message, /\.dockerignore does not exclude \.git, \.env/);
    repo.add('.dockerignore');
    findings = findingsOf(repo.stowaway(['scan', '--staged', '--format', 'json']));
    assert.deepEqual(findings.filter((f) => f.ruleId === 'dockerfile/context-leak'), []);
  } finally {
    repo.remove();
  }
});

test('context-leak: a Dockerfile in a docker/ folder uses the nearest .dockerignore above it (the usual build context)', () => {
  const repo = new TestRepo();
  try {
    repo.write('svc/docker/Dockerfile.dev', 'FROM alpine:3.19\nCOPY . /app\nUSER 10001\n');
    repo.write('svc/.dockerignore', GOOD_IGNORE);
    repo.write('other/docker/Dockerfile.dev', 'FROM alpine:3.19\nCOPY . /app\nUSER 10001\n');
    repo.write('other/.dockerignore', 'node_modules\n');
    repo.add();
    const leaks = findingsOf(repo.stowaway(['scan', '--staged', '--format', 'json'])).filter((f) => f.ruleId === 'dockerfile/context-leak');
    assert.deepEqual(leaks.map((f) => `${f.file}@${f.line}`), ['other/docker/Dockerfile.dev@2']);
    assert.match(leaks[0].message, /other\/\.dockerignore does not exclude/);
  } finally {
    repo.remove();
  }
});

test('Dockerfile names at any depth and config globs are scanned; other files are not', () => {
  const repo = new TestRepo();
  try {
    const bad = 'FROM ubuntu\nUSER 10001\n';
    for (const p of ['Dockerfile.dev', 'a/b/api.Dockerfile', 'c/web.dockerfile', 'd/Containerfile.prod', 'docker/build.df', 'notes/Dockerfile.md.txt2', 'e/Dockerfile-alpine', 'f/Dockerfile_ci', 'README.md', 'g/Dockerfiles.txt', 'h/Dockerfile-alpine.dockerignore']) repo.write(p, bad);
    repo.write('.stowawayrc.json', JSON.stringify({ dockerfile: { files: ['docker/*.df'] } }));
    repo.add();
    const files = [...new Set(findingsOf(repo.stowaway(['scan', '--staged', '--format', 'json'])).filter((f) => f.ruleId === 'dockerfile/unpinned-base-image').map((f) => f.file))].sort();
    assert.deepEqual(files, ['Dockerfile.dev', 'a/b/api.Dockerfile', 'c/web.dockerfile', 'd/Containerfile.prod', 'docker/build.df', 'e/Dockerfile-alpine', 'f/Dockerfile_ci', 'notes/Dockerfile.md.txt2']);
  } finally {
    repo.remove();
  }
});
