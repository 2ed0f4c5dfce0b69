import { yaml, type Hit } from '../../yaml/yaml-check';
import type { CiCheck } from '../workflow';

export const imageNotSigned: CiCheck = {
  id: 'ci/image-not-signed',
  severity: 'medium',
  description: 'workflow pushes a container image and never signs it (cosign sign, notation sign)',
  why: 'A tag is a mutable pointer: anyone who gets push access to the registry (a leaked token, a compromised mirror) can put a different image behind it, and nothing downstream can tell. A signature made in CI lets deployments verify that the image is the one this workflow built.',
  fix: 'Sign the pushed digest keylessly after the push (GitHub Actions; needs `permissions: id-token: write`):\n  - uses: sigstore/cosign-installer@<sha>\n  - run: cosign sign --yes ${IMAGE}@${{ steps.build.outputs.digest }}\nGitLab: `cosign sign --yes "$IMAGE@$DIGEST"` with `id_tokens: SIGSTORE_ID_TOKEN: {aud: sigstore}`.',
  check(wf): Hit[] {
    const signs = wf.events.filter((e) => e.kind === 'sign');
    return wf.events
      .filter((p) => p.kind === 'push' && !signs.some((s) => s.job !== p.job || s.span[0] > p.span[0]))
      .map((p) => ({ at: p.node, span: p.span, message: `Job "${p.job}" pushes an image (${p.name}) that nothing in this workflow signs` }));
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                id: build
                with: {push: true, tags: "ghcr.io/acme/app:1.0"}
              - uses: sigstore/cosign-installer@v3
              - run: cosign sign --yes ghcr.io/acme/app@\${{ steps.build.outputs.digest }}
      `,
      yaml`
        on: pull_request
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with: {push: false}
      `,
      {
        path: '.gitlab-ci.yml',
        yaml: yaml`
          release:
            script:
              - docker push "$IMAGE"
              - cosign sign --yes "$IMAGE@$DIGEST"
        `,
      },
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            release:
              runs-on: ubuntu-latest
              steps:
                - run: ./mvnw -B compile jib:build -Dimage=ghcr.io/acme/app:1.0
                - run: ./gradlew jibDockerBuild
        `,
        lines: [6],
      },
      {
        yaml: yaml`
          on: push
          jobs:
            release:
              runs-on: ubuntu-latest
              steps:
                - run: |
                    docker build -t ghcr.io/acme/app:1.0 .
                    docker push ghcr.io/acme/app:1.0
                - uses: docker/build-push-action@v6
                  with:
                    push: \${{ github.event_name != 'pull_request' }}
        `,
        lines: [8, 9],
      },
      {
        path: '.gitlab-ci.yml',
        yaml: yaml`
          build:
            image: gcr.io/kaniko-project/executor:debug
            script:
              - cosign version
              - >-
                /kaniko/executor --context "$CI_PROJECT_DIR"
                --destination "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"
        `,
        lines: [6],
      },
    ],
  },
};
