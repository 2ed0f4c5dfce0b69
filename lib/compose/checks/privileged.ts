import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck } from '../compose-service';

export const privileged: ComposeCheck = {
  id: 'compose/privileged',
  severity: 'high',
  description: 'service runs with privileged: true',
  why: 'A privileged container gets every capability, all host devices and no seccomp or AppArmor profile: a compromised process in it can mount the host disk, load kernel modules and take over the host.',
  fix: 'Remove `privileged: true`. Add back only the capability the service needs:\n  cap_drop: [ALL]\n  cap_add: [NET_ADMIN]   # for example\nIf it truly needs it (docker-in-docker), suppress on the line above with a reason:\n  # stowaway:allow compose/privileged needed for dind',
  check({ name, node, y }): Hit[] {
    const e = y.get(node, 'privileged');
    return e && y.isTrue(e.value) ? [{ at: e.keyNode, message: `Service "${name}" runs privileged (privileged: true)` }] : [];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          web:
            image: nginx
            privileged: false
      `,
      yaml`
        services:
          web:
            image: nginx
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            dind:
              image: docker:dind
              privileged: true
        `,
        lines: [4],
      },
      {
        yaml: yaml`
          x-base: &base
            privileged: "true"
          services:
            a:
              <<: *base
              image: a
            b:
              image: b
              privileged: true
        `,
        lines: [2, 9],
      },
    ],
  },
};
