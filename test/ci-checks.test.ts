import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ciDetector } from '../lib/ci-workflows/detector';
import { ciChecks } from '../lib/ci-workflows/checks/index';
import { isCiWorkflowPath } from '../lib/ci-workflows/ci-paths';
import { checkExamples, detectIn } from '../lib/yaml/check-examples';
import { yaml } from '../lib/yaml/yaml-check';

const SHA = (c: string) => c.repeat(40);

test('every CI check meets its valid/invalid tables', async () => {
  const problems: string[] = [];
  for (const check of ciChecks) problems.push(...(await checkExamples(ciDetector, check, '.github/workflows/release.yml')));
  assert.deepEqual(problems, []);
});

test('CI rules: ids, severities, and unpinned-action is opt-in', () => {
  assert.deepEqual(ciChecks.map((c) => c.id).sort(), ['ci/deploy-unverified', 'ci/image-not-scanned', 'ci/image-not-signed', 'ci/scan-not-enforced', 'ci/unpinned-action']);
  const byId = new Map(ciDetector.rules.map((r) => [r.id, r]));
  assert.equal(byId.get('ci/unpinned-action')!.optIn, true);
  assert.equal(byId.get('ci/deploy-unverified')!.severity, 'info');
  for (const r of ciDetector.rules) if (r.id !== 'ci/unpinned-action') assert.ok(!r.optIn, r.id);
});

/** Build, scan with trivy as a gate, push, sign with cosign; every action pinned by sha. */
const RELEASE = yaml`
  name: release
  on:
    push:
      tags: ["v*"]
  permissions:
    contents: read
  env:
    IMAGE: ghcr.io/acme/app
  jobs:
    image:
      runs-on: ubuntu-latest
      permissions:
        contents: read
        packages: write
        id-token: write
      steps:
        - uses: actions/checkout@v4
        - uses: docker/setup-buildx-action@${SHA('a')} # v3
        - uses: docker/login-action@${SHA('b')} # v3
          with:
            registry: ghcr.io
            username: \${{ github.actor }}
            password: \${{ secrets.GITHUB_TOKEN }}
        - name: Build
          uses: docker/build-push-action@${SHA('c')} # v6
          with:
            load: true
            tags: \${{ env.IMAGE }}:\${{ github.sha }}
        - name: Scan (fails on critical and high)
          uses: aquasecurity/trivy-action@${SHA('d')} # 0.28.0
          with:
            image-ref: \${{ env.IMAGE }}:\${{ github.sha }}
            exit-code: "1"
            severity: CRITICAL,HIGH
            ignore-unfixed: true
        - name: Push
          id: push
          uses: docker/build-push-action@${SHA('c')} # v6
          with:
            push: true
            tags: \${{ env.IMAGE }}:\${{ github.ref_name }}
        - uses: sigstore/cosign-installer@${SHA('e')} # v3
        - name: Sign
          run: cosign sign --yes "\${IMAGE}@\${{ steps.push.outputs.digest }}"
    deploy:
      needs: image
      runs-on: ubuntu-latest
      steps:
        - uses: sigstore/cosign-installer@${SHA('e')} # v3
        - run: |
            cosign verify "$IMAGE@$DIGEST" \\
              --certificate-identity-regexp "^https://github.com/acme/app/" \\
              --certificate-oidc-issuer https://token.actions.githubusercontent.com
            kubectl set image deployment/app app="$IMAGE@$DIGEST"
`;

test('a release workflow that builds, scans (enforced), pushes and signs produces no findings, opt-in rule included', async () => {
  assert.deepEqual(await detectIn(ciDetector, '.github/workflows/release.yml', RELEASE), []);
});

test('a GitLab pipeline that builds with kaniko, scans, and signs produces no findings', async () => {
  const gitlab = yaml`
    stages: [build, scan, sign]
    variables:
      IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
    build:
      stage: build
      image: {name: gcr.io/kaniko-project/executor:debug, entrypoint: [""]}
      script:
        - /kaniko/executor --context "$CI_PROJECT_DIR" --destination "$IMAGE" --digest-file digest
    scan:
      stage: scan
      image: aquasec/trivy:0.57.0
      script:
        - trivy image --exit-code 1 --severity CRITICAL,HIGH "$IMAGE"
    sign:
      stage: sign
      id_tokens:
        SIGSTORE_ID_TOKEN: {aud: sigstore}
      script:
        - cosign sign --yes "$IMAGE@$(cat digest)"
  `;
  assert.deepEqual(await detectIn(ciDetector, '.gitlab-ci.yml', gitlab), []);
});

test('a finding inside a run block points at the command line, and carries a workflow-step fix', async () => {
  const text = yaml`
    on: push
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - name: build and push
            run: |
              echo building
              # docker push in a comment is not a push
              docker build -t "$IMAGE" .
              docker push "$IMAGE"
  `;
  const found = await detectIn(ciDetector, '.github/workflows/build.yml', text);
  assert.deepEqual(found.map((f) => [f.ruleId, f.line]).sort(), [['ci/image-not-scanned', 11], ['ci/image-not-signed', 11]]);
  const signed = found.find((f) => f.ruleId === 'ci/image-not-signed')!;
  assert.equal(signed.column, 11);
  assert.equal(signed.secret, 'docker push "$IMAGE"');
  assert.match(signed.fix, /cosign sign/);
  assert.match(signed.why, /tag/);
});

test('a sign before the push, in the same job, does not count', async () => {
  const text = 'on: push\njobs:\n  b:\n    steps:\n      - run: cosign sign --yes "$IMAGE"\n      - run: docker push "$IMAGE"\n';
  const found = await detectIn(ciDetector, '.github/workflows/b.yml', text);
  assert.deepEqual(found.filter((f) => f.ruleId === 'ci/image-not-signed').map((f) => f.line), [6]);
});

test('the CI entry wants workflow files only', () => {
  for (const p of ['.github/workflows/ci.yml', '.github/workflows/release.yaml', '.gitlab-ci.yml', 'sub/.gitlab-ci.yml']) assert.ok(isCiWorkflowPath(p), p);
  for (const p of ['.github/dependabot.yml', '.github/workflows/sub/x.txt', 'workflows/ci.yml', 'gitlab-ci.yml']) assert.ok(!isCiWorkflowPath(p), p);
});

test('invalid workflow YAML becomes a skipped-file note', async () => {
  const skips: string[] = [];
  assert.deepEqual(await detectIn(ciDetector, '.github/workflows/x.yml', 'jobs:\n  a:\n    steps: [\n', skips), []);
  assert.equal(skips.length, 1);
});
