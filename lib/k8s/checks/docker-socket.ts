import { CONTAINER_SOCKET } from '../../compose/checks/docker-socket';
import { yaml, type Hit } from '../../yaml/yaml-check';
import { where, type K8sCheck } from '../pod-spec';

export const dockerSocket: K8sCheck = {
  id: 'k8s/docker-socket',
  severity: 'high',
  description: 'pod mounts the container runtime socket (hostPath docker.sock)',
  why: 'The Docker (or containerd) socket is root on the node: a compromised process that reaches it starts a privileged container with the node\'s filesystem mounted and reads every other pod\'s secrets.',
  fix: 'Remove the hostPath volume. To build images in the cluster use a daemonless builder (BuildKit rootless, kaniko, buildah) instead of the node\'s daemon:\n  volumes:\n    - name: docker-sock      # delete this volume\n      hostPath: {path: /var/run/docker.sock}',
  check(pod): Hit[] {
    const { y } = pod;
    const hits: Hit[] = [];
    for (const v of y.items(y.get(pod.node, 'volumes')?.value)) {
      const p = y.at(v, 'hostPath', 'path');
      const path = p ? y.str(p.value) : undefined;
      if (p && path && CONTAINER_SOCKET.test(path.trim())) hits.push({ at: p.value ?? p.keyNode, message: `${where(pod)} mounts the container runtime socket ${path.trim()} from the node` });
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
          volumes:
            - name: data
              hostPath: {path: /var/lib/data}
            - name: tmp
              emptyDir: {}
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: builder}
          spec:
            containers:
              - name: builder
                image: docker
            volumes:
              - name: sock
                hostPath:
                  path: /var/run/docker.sock
                  type: Socket
        `,
        lines: [11],
      },
      {
        // CRI-O's socket: the runtime of OpenShift nodes.
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: agent}
          spec:
            containers:
              - {name: agent, image: agent}
            volumes:
              - {name: rt, hostPath: {path: /var/run/crio/crio.sock}}
        `,
        lines: [8],
      },
    ],
  },
};
