import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck } from '../compose-service';

/** What the restricted Pod Security profile allows adding back; the same bar for compose. */
export const ALLOWED_CAPABILITIES = new Set(['NET_BIND_SERVICE']);

export const capAdd: ComposeCheck = {
  id: 'compose/cap-add',
  severity: 'medium',
  description: 'service adds Linux capabilities beyond NET_BIND_SERVICE',
  why: 'Added capabilities are root powers a compromised process keeps: SYS_ADMIN is close to full root and allows escaping the container, NET_ADMIN rewrites the network, SYS_PTRACE reads other processes\' memory.',
  fix: 'Remove the capability, or move the work that needs it into a short-lived, separate container. Keep only:\n  cap_drop: [ALL]\n  cap_add: [NET_BIND_SERVICE]\nIf it is required, suppress with a reason on the line above:\n  # stowaway:allow compose/cap-add <why it is needed>',
  check({ name, node, y }): Hit[] {
    const e = y.get(node, 'cap_add');
    if (!e) return [];
    const items = y.isSeq(e.value) ? y.items(e.value) : e.value ? [e.value] : [];
    const extra = items.filter((n) => {
      const c = y.str(n);
      return c !== undefined && !ALLOWED_CAPABILITIES.has(c.trim().toUpperCase().replace(/^CAP_/, ''));
    });
    if (!extra.length) return [];
    const names = extra.map((n) => y.str(n)!.trim());
    return [{ at: extra[0], message: `Service "${name}" adds capabilities ${names.join(', ')} (cap_add)` }];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          web:
            image: web
            cap_add: [NET_BIND_SERVICE]
      `,
      yaml`
        services:
          web:
            image: web
            cap_add:
              - CAP_NET_BIND_SERVICE
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            vpn:
              image: vpn
              cap_add:
                - NET_ADMIN
                - SYS_MODULE
        `,
        lines: [5],
      },
      {
        yaml: yaml`
          services:
            debug:
              image: debug
              cap_add: [ALL]
        `,
        lines: [4],
      },
    ],
  },
};
