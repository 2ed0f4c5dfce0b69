import { yaml, type Hit } from '../../yaml/yaml-check';
import type { CiCheck } from '../workflow';

export const scanNotEnforced: CiCheck = {
  id: 'ci/scan-not-enforced',
  severity: 'medium',
  description: 'vulnerability scan cannot fail the job (exit-code 0, continue-on-error, || true)',
  why: 'A scan that can never fail the build is a log nobody reads: the image with the critical vulnerability is pushed and deployed anyway. Scanning protects only as a gate.',
  fix: 'Make the scan fail the job on the findings you will not ship, and fix or explicitly ignore (.trivyignore) the rest:\n  - uses: aquasecurity/trivy-action@<sha>\n    with:\n      image-ref: ${{ env.IMAGE }}\n      exit-code: "1"\n      severity: CRITICAL,HIGH\nRemove `continue-on-error: true` / `allow_failure: true` / `|| true` from the scan. A report-only scan (SARIF upload) is fine beside one enforced scan.',
  check(wf): Hit[] {
    const scans = wf.events.filter((e) => e.kind === 'scan');
    if (scans.some((s) => s.notEnforced === null)) return [];
    return scans.map((s) => ({ at: s.node, span: s.span, message: `Vulnerability scan (${s.name}) in job "${s.job}" cannot fail the job: ${s.notEnforced}` }));
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          scan:
            runs-on: ubuntu-latest
            steps:
              - uses: aquasecurity/trivy-action@0.28.0
                with: {image-ref: app, format: sarif, output: trivy.sarif}
              - uses: aquasecurity/trivy-action@0.28.0
                with: {image-ref: app, exit-code: "1", severity: "CRITICAL,HIGH"}
      `,
      yaml`
        on: push
        jobs:
          scan:
            runs-on: ubuntu-latest
            steps:
              - uses: anchore/scan-action@v6
                with: {image: app}
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            scan:
              runs-on: ubuntu-latest
              steps:
                - uses: aquasecurity/trivy-action@0.28.0
                  with: {image-ref: app, exit-code: "0"}
                - run: trivy image --exit-code 1 app || true
                - uses: anchore/scan-action@v6
                  continue-on-error: true
                  with: {image: app}
        `,
        lines: [6, 8, 9],
      },
      {
        path: '.gitlab-ci.yml',
        yaml: yaml`
          include:
            - template: Jobs/Container-Scanning.gitlab-ci.yml
          scan:
            allow_failure: true
            script:
              - grype "$IMAGE" --fail-on critical
        `,
        lines: [2, 6],
      },
    ],
  },
};
