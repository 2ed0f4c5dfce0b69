import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { composeDetector } from '../lib/compose/detector';
import { k8sDetector } from '../lib/k8s/detector';
import { ciDetector } from '../lib/ci-workflows/detector';
import { detectIn } from '../lib/yaml/check-examples';
import * as fake from '../lib/secrets/fake';

// Generated and mutated YAML through all three detectors: no exception, no hang,
// and every finding inside the file. Seeded, so a failure reproduces.

const KEYS = [
  'services', 'privileged', 'cap_drop', 'cap_add', 'read_only', 'user', 'volumes', 'network_mode', 'pid', 'ipc', 'security_opt', 'environment',
  'apiVersion', 'kind', 'metadata', 'name', 'spec', 'template', 'jobTemplate', 'containers', 'initContainers', 'securityContext', 'runAsUser',
  'runAsNonRoot', 'capabilities', 'drop', 'add', 'hostNetwork', 'hostPID', 'hostPath', 'path', 'env', 'value', 'items',
  'jobs', 'steps', 'run', 'uses', 'with', 'push', 'exit-code', 'continue-on-error', 'script', 'include', 'template', 'allow_failure', '<<',
];
const SCALARS = [
  'true', 'false', 'host', 'ALL', 'SYS_ADMIN', 'root', '0', 'Pod', 'Deployment', 'CronJob', 'List', '/var/run/docker.sock:/var/run/docker.sock',
  'docker push x', 'docker buildx build --push .', 'trivy image x || true', 'cosign sign x', 'kubectl apply -f k', 'docker/build-push-action@v6',
  'aquasecurity/trivy-action@0.28', 'seccomp:unconfined', '${TOKEN}', '', 'API_TOKEN=abc', 'Jobs/Container-Scanning.gitlab-ci.yml', '{{ .Values.x }}',
];

const pick = <T>(xs: T[]): T => xs[Math.floor(fake.random() * xs.length)];

function tree(depth: number): unknown {
  const r = fake.random();
  if (depth > 4 || r < 0.3) return r < 0.05 ? fake.random() * 100 : r < 0.1 ? null : pick(SCALARS);
  if (r < 0.55) return Array.from({ length: 1 + Math.floor(fake.random() * 4) }, () => tree(depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(fake.random() * 5); i++) o[pick(KEYS)] = tree(depth + 1);
  return o;
}

const MUTATIONS: Array<(lines: string[]) => void> = [
  (l) => l.splice(Math.floor(fake.random() * l.length), 1),
  (l) => l.splice(Math.floor(fake.random() * l.length), 0, pick(['---', '  - ', '{', ']', '&a', '*a', '<<: *a', '\t- x', ': :', '"', "'", '? x', '|', '>-', '%YAML 1.1'])),
  (l) => {
    const i = Math.floor(fake.random() * l.length);
    l.splice(i, 0, l[i] ?? '');
  },
  (l) => {
    const i = Math.floor(fake.random() * l.length);
    l[i] = ' '.repeat(Math.floor(fake.random() * 6)) + (l[i] ?? '').trimStart();
  },
  (l) => {
    const i = Math.floor(fake.random() * l.length);
    const s = l[i] ?? '';
    const at = Math.floor(fake.random() * (s.length + 1));
    l[i] = s.slice(0, at) + pick(['&x ', '*x', ' #', '\\', '"', '{{', '}', ',', ':']) + s.slice(at);
  },
];

function mutate(text: string): string {
  const lines = text.split('\n');
  for (let n = Math.floor(fake.random() * 4); n >= 0; n--) pick(MUTATIONS)(lines);
  return lines.join('\n');
}

/** Shapes the detectors look for, so mutations hit the interesting paths rather than the bail-outs. */
function seedDocument(): unknown {
  const t = tree(1);
  switch (Math.floor(fake.random() * 3)) {
    case 0:
      return { services: { a: t, b: { privileged: true, environment: t, volumes: [t] } } };
    case 1:
      return { apiVersion: 'apps/v1', kind: pick(['Pod', 'Deployment', 'CronJob', 'List', 'Job']), metadata: { name: 'x' }, spec: { template: { spec: { containers: [t, { name: 'c', securityContext: t, env: [t] }] } } }, items: [t] };
    default:
      return { on: 'push', include: [t], jobs: { a: { steps: [t, { uses: pick(SCALARS), with: t, run: pick(SCALARS) }] } }, b: { script: [t, pick(SCALARS)] } };
  }
}

const ADVERSARIAL = [
  // Billion laughs: aliases must not be expanded.
  'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nservices: &s {x: {<<: *d, environment: *d}}\nkind: Pod\napiVersion: v1\nspec: {containers: *d}\njobs: {j: {steps: *d}}\n',
  // Merge keys pointing at themselves and at scalars.
  'services:\n  a: &a\n    <<: *a\n    privileged: true\n  b:\n    <<: [*a, *a]\n    <<: 3\n',
  // Deep nesting.
  'kind: Pod\napiVersion: v1\nspec: ' + '['.repeat(3000) + ']'.repeat(3000) + '\n',
  'services:\n' + Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n') + '\n',
  // Long runs of the characters the command recognisers look at.
  'jobs:\n  a:\n    steps:\n      - run: "' + 'docker build '.repeat(5000) + '"\n',
  'jobs:\n  a:\n    steps:\n      - run: |\n' + '          trivy image x \\\n'.repeat(3000) + '          end\n',
  '\ufeff\r\nservices:\r\n  a:\r\n    privileged: true\r\n',
  '',
  '---\n---\n...\n',
];

let ciTurn = 0;

async function runAll(text: string): Promise<number> {
  let total = 0;
  const lines = text.split('\n').length;
  // GitHub and GitLab readers take turns: each sees half the corpus.
  const ciPath = ciTurn++ % 2 ? '.gitlab-ci.yml' : '.github/workflows/x.yml';
  for (const [detector, path] of [
    [composeDetector, 'compose.yaml'],
    [k8sDetector, 'k8s/app.yaml'],
    [ciDetector, ciPath],
  ] as const) {
    let found;
    try {
      found = await detectIn(detector, path, text);
    } catch (e) {
      assert.fail(`${detector.name} threw ${(e as Error).stack}\non input:\n${JSON.stringify(text)}`);
    }
    const ids = new Set(detector.rules.map((r) => r.id));
    for (const f of found) {
      assert.ok(ids.has(f.ruleId), `${f.ruleId} not in ${detector.name}'s catalogue`);
      assert.ok(f.line >= 1 && f.line <= lines && f.column >= 1, `${f.ruleId} at ${f.line}:${f.column} outside the ${lines}-line input:\n${text}`);
      assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column), `${f.ruleId}: empty range`);
      assert.ok(f.message && f.why && f.fix, `${f.ruleId}: message, why and fix`);
    }
    total += found.length;
  }
  return total;
}

test('thousands of generated and mutated YAML documents: no exception, no hang, findings inside the file', { timeout: 180_000 }, async () => {
  fake.seed(7);
  let documents = 0;
  let findings = 0;
  for (let i = 0; i < 1000; i++) {
    const docs = Array.from({ length: 1 + Math.floor(fake.random() * 3) }, () => stringify(seedDocument(), { aliasDuplicateObjects: false }));
    const text = docs.join('---\n');
    findings += await runAll(text);
    findings += await runAll(mutate(text));
    findings += await runAll(mutate(mutate(text)));
    documents += 3;
  }
  assert.equal(documents, 3000);
  // The generator must reach the checks, or this test proves only the bail-outs.
  assert.ok(findings > 1000, `only ${findings} findings`);
});

test('adversarial YAML (alias bombs, self-merges, deep nesting, long lines) finishes without exception', { timeout: 60_000 }, async () => {
  for (const text of ADVERSARIAL) await runAll(text);
});
