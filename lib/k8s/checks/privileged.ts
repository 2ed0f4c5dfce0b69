import { yaml, type Hit } from '../../yaml/yaml-check';
import { containerField, where, type K8sCheck } from '../pod-spec';

export const privileged: K8sCheck = {
  id: 'k8s/privileged',
  severity: 'high',
  description: 'container runs privileged (securityContext.privileged: true)',
  why: 'A privileged container has every capability and direct access to the node\'s devices: a compromised process can mount the node\'s disk, read every other pod\'s secrets and take over the node.',
  fix: 'Remove `privileged: true` and grant only what is needed:\n  securityContext:\n    privileged: false\n    capabilities:\n      drop: [ALL]\n      add: [NET_ADMIN]   # for example, only if required',
  check(pod): Hit[] {
    const hits: Hit[] = [];
    for (const c of pod.containers) {
      const e = containerField(pod, c, 'privileged');
      if (e && pod.y.isTrue(e.value)) hits.push({ at: e.keyNode, message: `${where(pod, c)} runs privileged` });
    }
    return hits;
  },
  examples: {
    valid: () => [
      yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
            - name: web
              image: web
              securityContext:
                privileged: false
      `,
      // A core Service has no pod template; Knative's `kind: Service` does (below).
      yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          ports: [{port: 80}]
          template: not-a-pod
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: apps/v1
          kind: DaemonSet
          metadata: {name: agent}
          spec:
            template:
              spec:
                initContainers:
                  - name: setup
                    image: setup
                    securityContext:
                      privileged: true
                containers:
                  - name: agent
                    image: agent
                    securityContext: {privileged: true}
        `,
        lines: [11, 15],
      },
      {
        // CRDs with a Deployment-shaped pod template run their pods just the same.
        yaml: yaml`
          apiVersion: argoproj.io/v1alpha1
          kind: Rollout
          metadata: {name: api}
          spec:
            template:
              spec:
                containers:
                  - {name: api, image: api, securityContext: {privileged: true}}
          ---
          apiVersion: serving.knative.dev/v1
          kind: Service
          metadata: {name: fn}
          spec:
            template:
              spec:
                containers:
                  - {name: fn, image: fn, securityContext: {privileged: true}}
        `,
        lines: [8, 17],
      },
    ],
  },
};
