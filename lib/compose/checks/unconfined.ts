import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck } from '../compose-service';

const UNCONFINED = /^(seccomp|apparmor)\s*[:=]\s*unconfined$|^label\s*[:=]\s*disable$|^systempaths\s*[:=]\s*unconfined$/i;

export const unconfined: ComposeCheck = {
  id: 'compose/unconfined',
  severity: 'medium',
  description: 'service disables seccomp, AppArmor or SELinux confinement (security_opt)',
  why: 'The default seccomp and AppArmor profiles block the kernel calls most container escapes use (mount, kexec, bpf, keyctl, …). Turning them off leaves a compromised process the whole kernel attack surface.',
  fix: 'Remove the `unconfined` entry; if one call is missing, ship a custom profile that allows just it:\n  security_opt:\n    - no-new-privileges:true\n    - seccomp:./seccomp-profile.json',
  check({ name, node, y }): Hit[] {
    const e = y.get(node, 'security_opt');
    if (!e) return [];
    const bad = y.items(e.value).find((n) => UNCONFINED.test(y.str(n)?.trim() ?? ''));
    return bad ? [{ at: bad, message: `Service "${name}" runs without confinement (security_opt: ${y.str(bad)!.trim()})` }] : [];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          web:
            image: web
            security_opt:
              - no-new-privileges:true
              - seccomp:./profile.json
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            web:
              image: web
              security_opt:
                - no-new-privileges:true
                - seccomp:unconfined
        `,
        lines: [6],
      },
      {
        yaml: yaml`
          services:
            web:
              image: web
              security_opt: ["apparmor=unconfined"]
        `,
        lines: [4],
      },
    ],
  },
};
