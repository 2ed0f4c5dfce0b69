import { yaml, type Hit } from '../../yaml/yaml-check';
import type { CiCheck } from '../workflow';

export const imageNotScanned: CiCheck = {
  id: 'ci/image-not-scanned',
  severity: 'medium',
  description: 'workflow pushes a container image without a vulnerability scan (trivy, grype, docker scout, anchore)',
  why: 'An image is only as safe as every package in it. Without a scan in the pipeline a base image or dependency with a known, exploited vulnerability ships unnoticed, and the first to find it is an attacker.',
  fix: 'Scan the image before pushing, and let the scan fail the job:\n  - uses: aquasecurity/trivy-action@<sha>\n    with:\n      image-ref: ghcr.io/acme/app:${{ github.sha }}\n      exit-code: "1"\n      severity: CRITICAL,HIGH\n      ignore-unfixed: true\nor in a script: `trivy image --exit-code 1 --severity CRITICAL,HIGH "$IMAGE"`.',
  check(wf): Hit[] {
    if (wf.events.some((e) => e.kind === 'scan')) return [];
    return wf.events
      .filter((p) => p.kind === 'push')
      .map((p) => ({ at: p.node, span: p.span, message: `Job "${p.job}" pushes an image (${p.name}) that nothing in this workflow scans for vulnerabilities` }));
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - run: docker build -t "$IMAGE" .
              - run: trivy image --exit-code 1 "$IMAGE"
              - run: docker push "$IMAGE"
      `,
      {
        path: '.gitlab-ci.yml',
        yaml: yaml`
          build:
            script: [docker push "$IMAGE"]
          scan:
            script: [grype "$IMAGE" --fail-on high]
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
                - run: docker buildx build --platform linux/amd64,linux/arm64 --push -t "$IMAGE" .
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
                    docker buildx build \\
                      --push \\
                      -t "$IMAGE" .
        `,
        lines: [7],
      },
    ],
  },
};
