import type { Node } from 'yaml';
import { yaml, type Hit } from '../../yaml/yaml-check';
import { effective, where, type K8sCheck } from '../pod-spec';

export const runAsRoot: K8sCheck = {
  id: 'k8s/run-as-root',
  severity: 'medium',
  description: 'container may run as root (no runAsNonRoot: true, or runAsUser: 0)',
  why: 'A container process running as root is root on the node\'s kernel: any escape, writable hostPath or kernel bug becomes full node access. runAsNonRoot makes the kubelet refuse to start an image that would run as root.',
  fix: 'Require a non-root user for the whole pod:\n  spec:\n    securityContext:\n      runAsNonRoot: true\n      runAsUser: 10001\n      runAsGroup: 10001',
  check(pod): Hit[] {
    const { y } = pod;
    const hits: Hit[] = [];
    const reported = new Set<Node>();
    const once = (at: Node, message: string) => {
      if (reported.has(at)) return;
      reported.add(at);
      hits.push({ at, message });
    };
    for (const c of pod.containers) {
      const user = effective(pod, c, 'runAsUser');
      const uid = user ? y.str(user.value) : undefined;
      if (user && uid?.trim() === '0') {
        once(user.keyNode, `${where(pod, c)} runs as root (runAsUser: 0)`);
        continue;
      }
      const nonRoot = effective(pod, c, 'runAsNonRoot');
      if (nonRoot && y.isTrue(nonRoot.value)) continue;
      // A fixed non-zero uid cannot be root either.
      if (uid !== undefined && /^[1-9][0-9]*$/.test(uid.trim())) continue;
      if (nonRoot) once(nonRoot.keyNode, `${where(pod, c)} may run as root (runAsNonRoot: ${y.str(nonRoot.value) ?? 'empty'})`);
      else once(c.node, `${where(pod, c)} may run as root (no runAsNonRoot: true or non-zero runAsUser)`);
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
          securityContext:
            runAsNonRoot: true
          containers:
            - name: web
              image: web
      `,
      yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              containers:
                - name: migrate
                  image: migrate
                  securityContext:
                    runAsUser: 10001
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: web}
          spec:
            securityContext:
              runAsUser: 0
            containers:
              - name: web
                image: web
              - name: log
                image: log
        `,
        lines: [6],
      },
      {
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: web}
          spec:
            securityContext:
              runAsNonRoot: true
            containers:
              - name: web
                image: web
                securityContext:
                  runAsNonRoot: false
              - name: plain
                image: plain
                securityContext:
                  runAsUser: 0
        `,
        lines: [11, 15],
      },
      {
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: web}
          spec:
            containers:
              - name: web
                image: web
        `,
        lines: [6],
      },
    ],
  },
};
