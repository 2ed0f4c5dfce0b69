import { yaml, type Hit } from '../../yaml/yaml-check';
import { containerField, where, type K8sCheck } from '../pod-spec';

export const writableRootFs: K8sCheck = {
  id: 'k8s/writable-root-fs',
  severity: 'low',
  description: 'container root filesystem is writable (no readOnlyRootFilesystem: true)',
  why: 'With a writable root filesystem a compromised process can download tools, replace binaries and plant a backdoor that lasts as long as the pod. A read-only root limits writes to the volumes you mounted.',
  fix: 'Make the root filesystem read-only and mount an emptyDir where the app writes:\n  securityContext:\n    readOnlyRootFilesystem: true\n  volumeMounts:\n    - {name: tmp, mountPath: /tmp}\n# and under the pod spec:\n  volumes:\n    - {name: tmp, emptyDir: {}}',
  check(pod): Hit[] {
    const hits: Hit[] = [];
    for (const c of pod.containers) {
      const e = containerField(pod, c, 'readOnlyRootFilesystem');
      if (e && pod.y.isTrue(e.value)) continue;
      hits.push({ at: e ? e.keyNode : c.node, message: `${where(pod, c)} has a writable root filesystem` });
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
                readOnlyRootFilesystem: true
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
                securityContext:
                  readOnlyRootFilesystem: false
              - image: nameless
        `,
        lines: [9, 10],
      },
    ],
  },
};
