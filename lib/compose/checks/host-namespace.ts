import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck } from '../compose-service';

const HOST_KEYS = ['network_mode', 'pid', 'ipc', 'uts', 'userns_mode'];

export const hostNamespace: ComposeCheck = {
  id: 'compose/host-namespace',
  severity: 'high',
  description: 'service shares a host namespace (network_mode, pid, ipc, uts or userns_mode: host)',
  why: 'Sharing the host\'s namespaces removes the container boundary: with the host network a compromised process reaches every service bound to localhost and can sniff traffic; with the host PID namespace it sees and signals every host process and can read their environment; with host IPC it reads shared memory.',
  fix: 'Remove `network_mode: host` / `pid: host` / `ipc: host` and publish only the ports the service needs:\n  ports:\n    - "127.0.0.1:8080:8080"',
  check({ name, node, y }): Hit[] {
    const shared = HOST_KEYS.map((k) => y.get(node, k)).filter((e) => e && y.str(e.value)?.trim().toLowerCase() === 'host');
    if (!shared.length) return [];
    return [{ at: shared[0]!.keyNode, message: `Service "${name}" shares the host's namespaces (${shared.map((e) => `${e!.key}: host`).join(', ')})` }];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          web:
            image: web
            network_mode: bridge
            ports: ["8080:8080"]
      `,
      yaml`
        services:
          web:
            image: web
            network_mode: "service:vpn"
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            exporter:
              image: node-exporter
              network_mode: host
              pid: host
        `,
        lines: [4],
      },
      {
        yaml: yaml`
          services:
            shm:
              image: shm
              ipc: host
        `,
        lines: [4],
      },
    ],
  },
};
