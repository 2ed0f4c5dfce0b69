import { yaml, type Hit } from '../../yaml/yaml-check';
import { containerField, where, type K8sCheck } from '../pod-spec';

export const allowPrivilegeEscalation: K8sCheck = {
  id: 'k8s/allow-privilege-escalation',
  severity: 'medium',
  description: 'container does not set allowPrivilegeEscalation: false',
  why: 'Unless allowPrivilegeEscalation is false, a compromised process can gain more privileges than it started with, through setuid binaries such as su or sudo, or file capabilities, and become root in the container.',
  fix: 'Set it on every container (init containers too):\n  securityContext:\n    allowPrivilegeEscalation: false',
  check(pod): Hit[] {
    const hits: Hit[] = [];
    for (const c of pod.containers) {
      const e = containerField(pod, c, 'allowPrivilegeEscalation');
      if (e && pod.y.isFalse(e.value)) continue;
      hits.push({ at: e ? e.keyNode : c.node, message: `${where(pod, c)} allows privilege escalation (allowPrivilegeEscalation is ${e ? pod.y.str(e.value) ?? 'empty' : 'not set'})` });
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
                allowPrivilegeEscalation: false
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: web}
          spec:
            containers:
              - name: web
                image: web
              - name: sidecar
                image: sidecar
                securityContext:
                  allowPrivilegeEscalation: true
        `,
        lines: [6, 11],
      },
    ],
  },
};
