import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck } from '../compose-service';

export const capDropMissing: ComposeCheck = {
  id: 'compose/cap-drop-missing',
  severity: 'low',
  description: 'service does not drop all Linux capabilities (cap_drop: [ALL])',
  why: 'Docker gives every container a default set of capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, …). A compromised process can use them to take over files it does not own, switch users, or spoof network traffic. Most services need none of them.',
  fix: 'Drop everything and add back only what the service needs:\n  cap_drop: [ALL]\n  cap_add: [NET_BIND_SERVICE]   # only if it binds a port below 1024',
  check({ name, keyNode, node, y }): Hit[] {
    const e = y.get(node, 'cap_drop');
    const dropped = e ? (y.isSeq(e.value) ? y.items(e.value).map((n) => y.str(n)) : [y.str(e.value)]) : [];
    if (dropped.some((c) => c && /^(cap_)?all$/i.test(c.trim()))) return [];
    return [{ at: e ? e.keyNode : keyNode, message: `Service "${name}" keeps Docker's default capabilities (no cap_drop: [ALL])` }];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          api:
            image: api
            cap_drop: [ALL]
      `,
      yaml`
        services:
          api:
            image: api
            cap_drop:
              - all
            cap_add:
              - NET_BIND_SERVICE
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            api:
              image: api
        `,
        lines: [2],
      },
      {
        yaml: yaml`
          services:
            api:
              image: api
              cap_drop:
                - NET_RAW
        `,
        lines: [4],
      },
    ],
  },
};
