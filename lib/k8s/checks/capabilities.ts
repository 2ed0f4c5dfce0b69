import { ALLOWED_CAPABILITIES } from '../../compose/checks/cap-add';
import { yaml, type Hit } from '../../yaml/yaml-check';
import { where, type K8sCheck } from '../pod-spec';

const norm = (c: string) => c.trim().toUpperCase().replace(/^CAP_/, '');

export const capabilities: K8sCheck = {
  id: 'k8s/capabilities',
  severity: 'medium',
  description: 'container keeps default capabilities (ALL not dropped) or adds dangerous ones',
  why: 'Linux capabilities are pieces of root. The runtime\'s defaults (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, …) let a compromised process take over files, switch users and spoof traffic; added ones such as SYS_ADMIN or NET_ADMIN open the way out of the container.',
  fix: 'Drop everything and add back only NET_BIND_SERVICE if the app binds a port below 1024:\n  securityContext:\n    capabilities:\n      drop: [ALL]\n      add: [NET_BIND_SERVICE]',
  check(pod): Hit[] {
    const { y } = pod;
    const hits: Hit[] = [];
    for (const c of pod.containers) {
      const drop = y.at(c.node, 'securityContext', 'capabilities', 'drop');
      const dropped = drop ? y.items(drop.value).map((n) => norm(y.str(n) ?? '')) : [];
      if (!dropped.includes('ALL')) hits.push({ at: drop ? drop.keyNode : c.node, message: `${where(pod, c)} does not drop ALL capabilities` });
      const add = y.at(c.node, 'securityContext', 'capabilities', 'add');
      const extra = add ? y.items(add.value).filter((n) => !ALLOWED_CAPABILITIES.has(norm(y.str(n) ?? ''))) : [];
      if (extra.length) hits.push({ at: extra[0], message: `${where(pod, c)} adds capabilities ${extra.map((n) => y.str(n) ?? '?').join(', ')}` });
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
                capabilities:
                  drop: ["ALL"]
                  add: ["NET_BIND_SERVICE"]
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
              - name: vpn
                image: vpn
                securityContext:
                  capabilities:
                    drop: [ALL]
                    add:
                      - NET_ADMIN
                      - SYS_ADMIN
        `,
        lines: [6, 14],
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
                securityContext:
                  capabilities:
                    drop: [NET_RAW]
        `,
        lines: [10],
      },
    ],
  },
};
