import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck } from '../compose-service';

export const rootUser: ComposeCheck = {
  id: 'compose/root-user',
  severity: 'medium',
  description: 'service runs as root (user: root or 0)',
  why: 'A process running as root inside the container is root on the host\'s kernel: any container escape or writable host mount becomes full host access, and it can change everything in the image.',
  fix: 'Run as an unprivileged user, by id so it works without /etc/passwd:\n  user: "10001:10001"\nor remove `user:` and set `USER 10001` in the Dockerfile.',
  check({ name, node, y }): Hit[] {
    const e = y.get(node, 'user');
    const u = e ? y.str(e.value) : undefined;
    if (u === undefined) return [];
    const who = u.trim().split(':')[0];
    return who === 'root' || who === '0' ? [{ at: e!.keyNode, message: `Service "${name}" runs as root (user: ${u})` }] : [];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          web:
            image: web
            user: "10001:10001"
      `,
      yaml`
        services:
          web:
            image: web
            user: app
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            web:
              image: web
              user: root
        `,
        lines: [4],
      },
      {
        yaml: yaml`
          services:
            web:
              image: web
              user: "0:0"
            job:
              image: job
              user: 0
        `,
        lines: [4, 7],
      },
    ],
  },
};
