import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck } from '../compose-service';

/** The container runtime API sockets (Docker, Podman, containerd, CRI-O): whoever can write to them controls the host. */
export const CONTAINER_SOCKET = /(^|\/)(docker|podman|containerd|crio)\.sock$/;

export const dockerSocket: ComposeCheck = {
  id: 'compose/docker-socket',
  severity: 'high',
  description: 'service mounts the Docker socket',
  why: 'The Docker socket is root on the host: a compromised process that can reach it starts a privileged container with the host filesystem mounted, reads every other container\'s secrets, and replaces running images.',
  fix: 'Remove the /var/run/docker.sock volume. If the service only reads container metadata, put a filtering socket proxy in between (e.g. tecnativa/docker-socket-proxy with only the API sections it needs) and point the service at it:\n  environment:\n    DOCKER_HOST: tcp://docker-proxy:2375',
  check({ name, node, y }): Hit[] {
    const vols = y.get(node, 'volumes');
    if (!vols) return [];
    for (const v of y.items(vols.value)) {
      const short = y.str(v);
      const long = short === undefined ? y.get(v, 'source')?.value : undefined;
      const source = short !== undefined ? short.split(':')[0] : y.str(long);
      if (source && CONTAINER_SOCKET.test(source.trim())) {
        // Long syntax: point at `source:`, the key to change, not at `- type: bind`.
        return [{ at: long ?? v, message: `Service "${name}" mounts the container runtime socket ${source.trim()}` }];
      }
    }
    return [];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          web:
            image: web
            volumes:
              - ./data:/data:ro
              - type: volume
                source: cache
                target: /cache
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            traefik:
              image: traefik
              volumes:
                - /var/run/docker.sock:/var/run/docker.sock:ro
        `,
        lines: [5],
      },
      {
        yaml: yaml`
          services:
            agent:
              image: agent
              volumes:
                - type: bind
                  source: /run/docker.sock
                  target: /var/run/docker.sock
        `,
        lines: [6],
      },
    ],
  },
};
