import { test } from 'node:test';
import assert from 'node:assert/strict';
import { k8sDetector, HELM_SKIP_REASON } from '../lib/k8s/detector';
import { k8sChecks } from '../lib/k8s/checks/index';
import { checkExamples, detectIn } from '../lib/yaml/check-examples';
import { yaml } from '../lib/yaml/yaml-check';
import { isK8sPath } from '../lib/k8s/k8s-paths';
import { loadGlobMatcher } from '../lib/config/glob-match';
import { defaultConfig } from '../lib/config/defaults';
import * as fake from '../lib/secrets/fake';

test('every Kubernetes check meets its valid/invalid tables', async () => {
  const problems: string[] = [];
  for (const check of k8sChecks) problems.push(...(await checkExamples(k8sDetector, check, 'deploy/app.yaml')));
  assert.deepEqual(problems, []);
});

test('Kubernetes rules are catalogued with ids, why and fix', () => {
  assert.deepEqual(k8sChecks.map((c) => c.id).sort(), [
    'k8s/allow-privilege-escalation', 'k8s/capabilities', 'k8s/docker-socket', 'k8s/host-namespace', 'k8s/literal-secret-env',
    'k8s/privileged', 'k8s/run-as-root', 'k8s/writable-root-fs',
  ]);
  for (const c of k8sChecks) {
    assert.ok(c.why.length > 60, `${c.id}: why`);
    assert.match(c.fix, /\n/, `${c.id}: fix shows a snippet`);
  }
});

const DIGEST = 'd'.repeat(64);

/** A Deployment that passes the restricted Pod Security Standard, in a multi-document file. */
const RESTRICTED = yaml`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: shop
    labels:
      pod-security.kubernetes.io/enforce: restricted
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: api
    namespace: shop
  spec:
    replicas: 2
    selector:
      matchLabels: {app: api}
    template:
      metadata:
        labels: {app: api}
      spec:
        automountServiceAccountToken: false
        securityContext:
          runAsNonRoot: true
          runAsUser: 10001
          runAsGroup: 10001
          seccompProfile:
            type: RuntimeDefault
        initContainers:
          - name: migrate
            image: ghcr.io/acme/migrate@sha256:${DIGEST}
            securityContext: &restricted
              allowPrivilegeEscalation: false
              readOnlyRootFilesystem: true
              capabilities:
                drop: ["ALL"]
        containers:
          - name: api
            image: ghcr.io/acme/api@sha256:${DIGEST}
            securityContext: *restricted
            ports: [{containerPort: 8080}]
            env:
              - name: DB_PASSWORD
                valueFrom:
                  secretKeyRef: {name: api-db, key: password}
              - name: LOG_LEVEL
                value: info
            volumeMounts:
              - {name: tmp, mountPath: /tmp}
        volumes:
          - name: tmp
            emptyDir: {}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: api, namespace: shop}
  spec:
    ports: [{port: 80, targetPort: 8080}]
`;

test('a restricted-profile Deployment produces no findings', async () => {
  assert.deepEqual(await detectIn(k8sDetector, 'deploy/api.yaml', RESTRICTED), []);
});

test('every workload kind is checked, in every document of the file', async () => {
  const pod = `spec:\n  containers:\n    - name: c\n      image: c\n      securityContext: {privileged: true}\n`;
  const indent = (s: string, n: number) => s.replace(/^/gm, ' '.repeat(n));
  const docs = [
    `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n${pod}`,
    ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].map((k) => `apiVersion: apps/v1\nkind: ${k}\nmetadata: {name: w}\nspec:\n  template:\n${indent(pod, 4)}`),
    `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n${indent(pod, 8)}`,
  ];
  const found = (await detectIn(k8sDetector, 'all.yaml', docs.map((d) => d.trimEnd() + '\n').join('---\n'))).filter((f) => f.ruleId === 'k8s/privileged');
  assert.equal(found.length, 7);
  assert.deepEqual(found.map((f) => f.message.split(' ')[0]), ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);
});

test('kind: Secret literal data is left to the secret engine', async () => {
  const text = yaml`
    apiVersion: v1
    kind: Secret
    metadata: {name: db}
    type: Opaque
    stringData:
      password: ${fake.alnum(24)}
      token: ${fake.checksummedToken('ghp_')}
  `;
  assert.deepEqual(await detectIn(k8sDetector, 'secret.yaml', text), []);
});

test('templated Helm files are skipped with a stated reason', async () => {
  const skips: string[] = [];
  const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          securityContext: {privileged: true}\n';
  assert.deepEqual(await detectIn(k8sDetector, 'charts/app/templates/deployment.yaml', text, skips), []);
  assert.deepEqual(skips, [HELM_SKIP_REASON]);
  assert.match(HELM_SKIP_REASON, /helm template/);
});

test('YAML that is not a manifest is dismissed before parsing', async () => {
  const skips: string[] = [];
  // Invalid YAML would be a skip note if it were parsed: silence proves the cheap bail-out ran first.
  assert.deepEqual(await detectIn(k8sDetector, 'config/app.yml', 'server:\n  port: [8080\n', skips), []);
  assert.deepEqual(skips, []);
  assert.deepEqual(await detectIn(k8sDetector, 'values.yaml', 'image:\n  tag: "{{ .Values.tag }}"\n', skips), []);
  assert.deepEqual(skips, []);
});

test('invalid manifests become one skipped-file note', async () => {
  const skips: string[] = [];
  assert.deepEqual(await detectIn(k8sDetector, 'bad.yaml', 'apiVersion: v1\nkind: Pod\nspec: {containers: [\n', skips), []);
  assert.equal(skips.length, 1);
  assert.match(skips[0], /^not valid YAML/);
});

test('the k8s entry wants YAML files except compose files, CI workflows and lock files', async () => {
  const config = defaultConfig();
  for (const p of ['deploy/app.yaml', 'k8s/pod.yml', 'x/values.yaml', 'deploy/app.json', 'manifest.json']) assert.ok(isK8sPath(p, config), p);
  for (const p of ['compose.yaml', 'docker-compose.override.yml', 'compose-dev.yml', 'deploy/prod.compose.yaml', '.github/workflows/ci.yml', '.gitlab-ci.yml', 'pnpm-lock.yaml', 'README.md', 'package.json', 'web/package-lock.json', 'tsconfig.build.json']) assert.ok(!isK8sPath(p, config), p);
  const withGlobs = { ...config, kubernetes: { files: ['deploy/*.tmpl'] } };
  await loadGlobMatcher(withGlobs); // a scan does this first when the config has globs
  assert.ok(isK8sPath('deploy/app.tmpl', withGlobs));
});

test('JSON manifests are checked like YAML ones; other JSON stays silent', async () => {
  const deployment = JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' }, spec: { template: { spec: { containers: [{ name: 'api', image: 'api', securityContext: { privileged: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } } }] } } } }, null, 2);
  const found = await detectIn(k8sDetector, 'deploy/api.json', deployment);
  assert.deepEqual(found.map((f) => [f.ruleId, f.line]), [['k8s/privileged', 15]]);
  // Minified on one line, as some tools write it.
  const oneLine = await detectIn(k8sDetector, 'deploy/api.min.json', JSON.stringify(JSON.parse(deployment)));
  assert.deepEqual(oneLine.map((f) => [f.ruleId, f.line]), [['k8s/privileged', 1]]);
  const skips: string[] = [];
  // Not a manifest (no apiVersion) and not valid YAML either: no finding, no skip note.
  assert.deepEqual(await detectIn(k8sDetector, 'schema.json', '{\n  "kind": "object", // comment\n  "x": [\n}\n', skips), []);
  assert.deepEqual(skips, []);
});
