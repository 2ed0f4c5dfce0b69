import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeDetector } from '../lib/compose/detector';
import { isComposePath } from '../lib/compose/compose-paths';
import { defaultConfig } from '../lib/config/defaults';
import { composeChecks } from '../lib/compose/checks/index';
import { checkExamples, detectIn } from '../lib/yaml/check-examples';
import { yaml } from '../lib/yaml/yaml-check';
import * as fake from '../lib/secrets/fake';

// The tables beside each check are its specification.
test('every compose check meets its valid/invalid tables', async () => {
  const problems: string[] = [];
  for (const check of composeChecks) problems.push(...(await checkExamples(composeDetector, check, 'compose.yaml')));
  assert.deepEqual(problems, []);
});

test('compose rules are catalogued with ids, why and fix', () => {
  const ids = composeChecks.map((c) => c.id);
  assert.deepEqual(ids.sort(), [
    'compose/cap-add', 'compose/cap-drop-missing', 'compose/docker-socket', 'compose/host-namespace', 'compose/literal-secret-env',
    'compose/no-read-only', 'compose/privileged', 'compose/root-user', 'compose/unconfined',
  ]);
  for (const c of composeChecks) {
    assert.ok(c.why.length > 60, `${c.id}: why`);
    assert.match(c.fix, /\n|`/, `${c.id}: fix shows a snippet`);
  }
  assert.equal(composeDetector.rules.length, composeChecks.length);
});

test('a hardened compose service produces no findings', async () => {
  const hardened = yaml`
    x-hardening: &hardening
      read_only: true
      cap_drop: [ALL]
      security_opt:
        - no-new-privileges:true
      user: "10001:10001"

    services:
      api:
        <<: *hardening
        image: ghcr.io/acme/api@sha256:${'c'.repeat(64)}
        tmpfs:
          - /tmp
        environment:
          NODE_ENV: production
          DATABASE_URL_FILE: /run/secrets/database_url
          API_TOKEN: \${API_TOKEN:?set API_TOKEN}
        secrets: [database_url]
        ports: ["127.0.0.1:8080:8080"]
      proxy:
        image: nginxinc/nginx-unprivileged:1.27
        read_only: true
        user: "101"
        cap_drop: [ALL]
        cap_add: [NET_BIND_SERVICE]
        tmpfs: [/tmp, /var/cache/nginx]
        volumes:
          - ./nginx.conf:/etc/nginx/nginx.conf:ro
    secrets:
      database_url:
        file: ./secrets/database_url.txt
  `;
  assert.deepEqual(await detectIn(composeDetector, 'compose.yaml', hardened), []);
});

test('findings point at the key, carry why and fix, and keep secrets out of plain snippets', async () => {
  const token = fake.checksummedToken('ghp_');
  const text = yaml`
    services:
      web:
        image: web
        read_only: true
        cap_drop: [ALL]
        privileged: true
        environment:
          GITHUB_TOKEN: ${token}
  `;
  const found = await detectIn(composeDetector, 'docker-compose.prod.yml', text);
  const priv = found.find((f) => f.ruleId === 'compose/privileged')!;
  assert.equal(priv.line, 6);
  assert.equal(priv.column, 5);
  assert.equal(priv.secret, 'privileged: true');
  assert.equal(priv.plainMatch, true);
  assert.match(priv.why, /host/);
  const secret = found.find((f) => f.ruleId === 'compose/literal-secret-env')!;
  assert.equal(secret.line, 8);
  assert.equal(secret.secret, token);
  assert.ok(!secret.plainMatch);
  assert.equal(text.split('\n')[7].slice(secret.column - 1, secret.endColumn - 1), token);
  assert.match(secret.fix, /secrets:/);
  assert.match(secret.fix, /GITHUB_TOKEN/);
});

test('invalid YAML is a skipped-file note with its reason, never an exception or a finding', async () => {
  const skips: string[] = [];
  const found = await detectIn(composeDetector, 'compose.yaml', 'services:\n  web:\n    image: [web\n  privileged: true\n', skips);
  assert.deepEqual(found, []);
  assert.equal(skips.length, 1);
  assert.match(skips[0], /^not valid YAML: .*line \d+/);
});

test('files that are not compose projects yield nothing', async () => {
  assert.deepEqual(await detectIn(composeDetector, 'compose.yaml', 'version: "3"\n'), []);
  assert.deepEqual(await detectIn(composeDetector, 'compose.yaml', ''), []);
  assert.deepEqual(await detectIn(composeDetector, 'compose.yaml', 'services: [a, b]\n'), []);
});

test('per-environment compose files are compose files whatever side the word is on', () => {
  const config = defaultConfig();
  for (const p of ['compose.yaml', 'compose.prod.yaml', 'compose-dev.yml', 'deploy/prod.compose.yaml', 'ops/staging.compose.yml', 'docker-compose.override.yml']) assert.ok(isComposePath(p, config), p);
  for (const p of ['composer.yaml', 'decompose.yml', 'compose.json', 'k8s/compose.prod.yaml.bak', 'deploy/app.yaml']) assert.ok(!isComposePath(p, config), p);
});
