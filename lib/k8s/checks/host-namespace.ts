import { yaml, type Hit } from '../../yaml/yaml-check';
import { where, type K8sCheck } from '../pod-spec';

const HOST_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'];

export const hostNamespace: K8sCheck = {
  id: 'k8s/host-namespace',
  severity: 'high',
  description: 'pod shares a host namespace (hostNetwork, hostPID or hostIPC)',
  why: 'Host namespaces remove the pod boundary: with hostNetwork a compromised process reaches the node\'s localhost services (kubelet, cloud metadata) and sniffs traffic; with hostPID it sees every process on the node and can read their environment and memory; with hostIPC it reads shared memory.',
  fix: 'Remove the field (they default to false), and expose ports through a Service:\n  spec:\n    hostNetwork: false\n    hostPID: false\n    hostIPC: false',
  check(pod): Hit[] {
    const on = HOST_FIELDS.map((f) => pod.y.get(pod.node, f))
      .filter((e) => e && pod.y.isTrue(e.value))
      .sort((a, b) => (a!.keyNode.range?.[0] ?? 0) - (b!.keyNode.range?.[0] ?? 0));
    if (!on.length) return [];
    return [{ at: on[0]!.keyNode, message: `${where(pod)} shares the node's namespaces (${on.map((e) => `${e!.key}: true`).join(', ')})` }];
  },
  examples: {
    valid: () => [
      yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          hostNetwork: false
          containers:
            - name: web
              image: web
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: apps/v1
          kind: DaemonSet
          metadata: {name: exporter}
          spec:
            template:
              spec:
                hostPID: true
                hostNetwork: true
                containers:
                  - name: exporter
                    image: exporter
        `,
        lines: [7],
      },
    ],
  },
};
