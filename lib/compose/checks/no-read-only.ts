import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck } from '../compose-service';

export const noReadOnly: ComposeCheck = {
  id: 'compose/no-read-only',
  severity: 'low',
  description: 'service root filesystem is writable (no read_only: true)',
  why: 'With a writable root filesystem a compromised process can drop tools, replace binaries or plant a backdoor that survives until the container is recreated. A read-only root limits writes to the paths you chose.',
  fix: 'Add `read_only: true` and a `tmpfs:` for the paths it writes:\n  read_only: true\n  tmpfs:\n    - /tmp\n    - /run',
  check({ name, keyNode, node, y }): Hit[] {
    const e = y.get(node, 'read_only');
    if (e && y.isTrue(e.value)) return [];
    return [{ at: e ? e.keyNode : keyNode, message: `Service "${name}" has a writable root filesystem (no read_only: true)` }];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          web:
            image: web
            read_only: true
            tmpfs: [/tmp]
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            web:
              image: web
        `,
        lines: [2],
      },
      {
        yaml: yaml`
          services:
            web:
              image: web
              read_only: false
        `,
        lines: [4],
      },
    ],
  },
};
