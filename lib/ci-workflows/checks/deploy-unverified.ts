import { yaml, type Hit } from '../../yaml/yaml-check';
import type { CiCheck } from '../workflow';

export const deployUnverified: CiCheck = {
  id: 'ci/deploy-unverified',
  severity: 'info',
  description: 'deploy job does not verify the image signature (cosign verify) before deploying',
  why: 'Signing helps only if someone checks: a deploy that does not verify will roll out whatever image a tag points to, including one substituted in the registry after the build.',
  fix: 'Verify the signature of the exact digest before deploying it:\n  - run: |\n      cosign verify "$IMAGE@$DIGEST" \\\n        --certificate-identity-regexp "^https://github.com/acme/app/" \\\n        --certificate-oidc-issuer https://token.actions.githubusercontent.com\nor enforce it in the cluster with an admission policy (Kyverno verifyImages, Sigstore policy-controller) and suppress this note on the line above: # stowaway:allow ci/deploy-unverified verified by admission policy',
  check(wf): Hit[] {
    const hits: Hit[] = [];
    const jobs = new Set(wf.events.filter((e) => e.kind === 'deploy').map((e) => e.job));
    for (const job of jobs) {
      if (wf.events.some((e) => e.kind === 'verify' && e.job === job)) continue;
      const first = wf.events.find((e) => e.kind === 'deploy' && e.job === job)!;
      hits.push({ at: first.node, span: first.span, message: `Job "${job}" deploys (${first.name}) without verifying the image signature` });
    }
    return hits;
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - run: cosign verify "$IMAGE@$DIGEST" --certificate-identity-regexp "^https://github.com/acme/" --certificate-oidc-issuer https://token.actions.githubusercontent.com
              - run: kubectl set image deployment/app app="$IMAGE@$DIGEST"
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            deploy:
              runs-on: ubuntu-latest
              steps:
                - run: helm upgrade --install app ./chart --set image.tag=$TAG
                - run: kubectl rollout restart deployment/app
        `,
        lines: [6],
      },
      {
        path: '.gitlab-ci.yml',
        yaml: yaml`
          deploy:
            stage: deploy
            script:
              - kubectl apply -f k8s/
        `,
        lines: [4],
      },
    ],
  },
};
