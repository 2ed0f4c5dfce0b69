#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  capAdd,
  dockerSocket,
  literalSecretIn,
  secretSpan
} from "./chunk-3ECKKOEY.mjs";
import {
  isComposePath
} from "./chunk-6JWLCDB2.mjs";
import "./chunk-3IKRVYFW.mjs";
import {
  alnum,
  checksummedToken
} from "./chunk-ODEGJGZB.mjs";
import {
  YamlView,
  findingOf,
  noteSkipped,
  parseYaml,
  require_dist,
  ruleInfoOf,
  yaml
} from "./chunk-S2K5N67B.mjs";
import {
  __toESM
} from "./chunk-OIENDWQO.mjs";

// lib/compose/detector.ts
var import_yaml = __toESM(require_dist());

// lib/compose/checks/privileged.ts
var privileged = {
  id: "compose/privileged",
  severity: "high",
  description: "service runs with privileged: true",
  why: "A privileged container gets every capability, all host devices and no seccomp or AppArmor profile: a compromised process in it can mount the host disk, load kernel modules and take over the host.",
  fix: `Remove \`privileged: true\`. Add back only the capability the service needs:
  cap_drop: [ALL]
  cap_add: [NET_ADMIN]   # for example
If it truly needs it (docker-in-docker), suppress on the line above with a reason:
  # stowaway:allow compose/privileged needed for dind`,
  check({ name, node, y }) {
    let e = y.get(node, "privileged");
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
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            dind:
              image: docker:dind
              privileged: true
        `,
        lines: [4]
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
        lines: [2, 9]
      }
    ]
  }
};

// lib/compose/checks/cap-drop-missing.ts
var capDropMissing = {
  id: "compose/cap-drop-missing",
  severity: "low",
  description: "service does not drop all Linux capabilities (cap_drop: [ALL])",
  why: "Docker gives every container a default set of capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, \u2026). A compromised process can use them to take over files it does not own, switch users, or spoof network traffic. Most services need none of them.",
  fix: `Drop everything and add back only what the service needs:
  cap_drop: [ALL]
  cap_add: [NET_BIND_SERVICE]   # only if it binds a port below 1024`,
  check({ name, keyNode, node, y }) {
    let e = y.get(node, "cap_drop");
    return (e ? y.isSeq(e.value) ? y.items(e.value).map((n) => y.str(n)) : [y.str(e.value)] : []).some((c) => c && /^(cap_)?all$/i.test(c.trim())) ? [] : [{ at: e ? e.keyNode : keyNode, message: `Service "${name}" keeps Docker's default capabilities (no cap_drop: [ALL])` }];
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
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            api:
              image: api
        `,
        lines: [2]
      },
      {
        yaml: yaml`
          services:
            api:
              image: api
              cap_drop:
                - NET_RAW
        `,
        lines: [4]
      }
    ]
  }
};

// lib/compose/checks/no-read-only.ts
var noReadOnly = {
  id: "compose/no-read-only",
  severity: "low",
  description: "service root filesystem is writable (no read_only: true)",
  why: "With a writable root filesystem a compromised process can drop tools, replace binaries or plant a backdoor that survives until the container is recreated. A read-only root limits writes to the paths you chose.",
  fix: "Add `read_only: true` and a `tmpfs:` for the paths it writes:\n  read_only: true\n  tmpfs:\n    - /tmp\n    - /run",
  check({ name, keyNode, node, y }) {
    let e = y.get(node, "read_only");
    return e && y.isTrue(e.value) ? [] : [{ at: e ? e.keyNode : keyNode, message: `Service "${name}" has a writable root filesystem (no read_only: true)` }];
  },
  examples: {
    valid: () => [
      yaml`
        services:
          web:
            image: web
            read_only: true
            tmpfs: [/tmp]
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            web:
              image: web
        `,
        lines: [2]
      },
      {
        yaml: yaml`
          services:
            web:
              image: web
              read_only: false
        `,
        lines: [4]
      }
    ]
  }
};

// lib/compose/checks/root-user.ts
var rootUser = {
  id: "compose/root-user",
  severity: "medium",
  description: "service runs as root (user: root or 0)",
  why: "A process running as root inside the container is root on the host's kernel: any container escape or writable host mount becomes full host access, and it can change everything in the image.",
  fix: 'Run as an unprivileged user, by id so it works without /etc/passwd:\n  user: "10001:10001"\nor remove `user:` and set `USER 10001` in the Dockerfile.',
  check({ name, node, y }) {
    let e = y.get(node, "user"), u = e ? y.str(e.value) : void 0;
    if (u === void 0) return [];
    let who = u.trim().split(":")[0];
    return who === "root" || who === "0" ? [{ at: e.keyNode, message: `Service "${name}" runs as root (user: ${u})` }] : [];
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
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            web:
              image: web
              user: root
        `,
        lines: [4]
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
        lines: [4, 7]
      }
    ]
  }
};

// lib/compose/checks/host-namespace.ts
var HOST_KEYS = ["network_mode", "pid", "ipc", "uts", "userns_mode"], hostNamespace = {
  id: "compose/host-namespace",
  severity: "high",
  description: "service shares a host namespace (network_mode, pid, ipc, uts or userns_mode: host)",
  why: "Sharing the host's namespaces removes the container boundary: with the host network a compromised process reaches every service bound to localhost and can sniff traffic; with the host PID namespace it sees and signals every host process and can read their environment; with host IPC it reads shared memory.",
  fix: 'Remove `network_mode: host` / `pid: host` / `ipc: host` and publish only the ports the service needs:\n  ports:\n    - "127.0.0.1:8080:8080"',
  check({ name, node, y }) {
    let shared = HOST_KEYS.map((k) => y.get(node, k)).filter((e) => e && y.str(e.value)?.trim().toLowerCase() === "host");
    return shared.length ? [{ at: shared[0].keyNode, message: `Service "${name}" shares the host's namespaces (${shared.map((e) => `${e.key}: host`).join(", ")})` }] : [];
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
      `
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
        lines: [4]
      },
      {
        yaml: yaml`
          services:
            shm:
              image: shm
              ipc: host
        `,
        lines: [4]
      }
    ]
  }
};

// lib/compose/checks/unconfined.ts
var UNCONFINED = /^(seccomp|apparmor)\s*[:=]\s*unconfined$|^label\s*[:=]\s*disable$|^systempaths\s*[:=]\s*unconfined$/i, unconfined = {
  id: "compose/unconfined",
  severity: "medium",
  description: "service disables seccomp, AppArmor or SELinux confinement (security_opt)",
  why: "The default seccomp and AppArmor profiles block the kernel calls most container escapes use (mount, kexec, bpf, keyctl, \u2026). Turning them off leaves a compromised process the whole kernel attack surface.",
  fix: `Remove the \`unconfined\` entry; if one call is missing, ship a custom profile that allows just it:
  security_opt:
    - no-new-privileges:true
    - seccomp:./seccomp-profile.json`,
  check({ name, node, y }) {
    let e = y.get(node, "security_opt");
    if (!e) return [];
    let bad = y.items(e.value).find((n) => UNCONFINED.test(y.str(n)?.trim() ?? ""));
    return bad ? [{ at: bad, message: `Service "${name}" runs without confinement (security_opt: ${y.str(bad).trim()})` }] : [];
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
      `
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
        lines: [6]
      },
      {
        yaml: yaml`
          services:
            web:
              image: web
              security_opt: ["apparmor=unconfined"]
        `,
        lines: [4]
      }
    ]
  }
};

// lib/compose/checks/literal-secret-env.ts
var fix = (name) => `Rotate the value first: it is in git history now. Then load it at run time instead of committing it, either from an env file that is not committed (add it to .gitignore):
  env_file: [.env]          # .env holds ${name}=\u2026
or as a compose secret, mounted at /run/secrets/<name>:
  secrets: [${name.toLowerCase()}]
  environment:
    ${name}_FILE: /run/secrets/${name.toLowerCase()}
secrets:
  ${name.toLowerCase()}:
    environment: ${name}   # or file: ./secrets/${name.toLowerCase()}.txt (uncommitted)`;
function variables({ node, y }) {
  let env = y.get(node, "environment");
  return env ? y.isSeq(env.value) ? y.items(env.value).flatMap((n) => {
    let s = y.str(n);
    if (s === void 0 || !s.includes("=")) return [];
    let eq = s.indexOf("=");
    return [{ name: s.slice(0, eq).trim(), value: s.slice(eq + 1), at: n }];
  }) : y.entries(env.value).map((e) => ({ name: e.key, value: y.str(e.value), at: e.value ?? e.keyNode })) : [];
}
var literalSecretEnv = {
  id: "compose/literal-secret-env",
  severity: "high",
  description: "credential or secret-named literal in a service environment",
  why: "A credential in a committed compose file is readable by everyone who can clone the repository, forever (deleting it later leaves it in history), and it shows up in `docker inspect` for anyone with access to the host.",
  fix: fix("DB_PASSWORD"),
  check(service) {
    let hits = [];
    for (let v of variables(service)) {
      let found = literalSecretIn(v.name, v.value, service.file.path, service.ctx);
      if (!found) continue;
      let span = secretSpan(service.file.text, v.at.range, found.secret) ?? void 0;
      hits.push({
        at: v.at,
        span,
        secret: found.secret,
        message: found.kind ? `Service "${service.name}" has a ${found.kind} in environment variable ${v.name}` : `Service "${service.name}" sets secret-named variable ${v.name} to a literal value`,
        fix: fix(v.name)
      });
    }
    return hits;
  },
  examples: {
    valid: () => [
      yaml`
        services:
          db:
            image: postgres
            environment:
              POSTGRES_PASSWORD_FILE: /run/secrets/db_password
              POSTGRES_USER: app
              API_TOKEN: \${API_TOKEN}
              SECRET_KEY: $SECRET_KEY
              GPG_KEYS: B42F6819007F00F88E364FD4036A9C25BF357DD4
              EMPTY_PASSWORD:
            secrets: [db_password]
        secrets:
          db_password:
            file: ./db_password.txt
      `,
      yaml`
        services:
          app:
            image: app
            environment:
              - NODE_ENV=production
              - DB_PASSWORD
              - TOKEN_TTL=3600
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            db:
              image: postgres
              environment:
                POSTGRES_PASSWORD: ${alnum(16)}
        `,
        lines: [5]
      },
      {
        yaml: yaml`
          services:
            ci:
              image: ci
              environment:
                - NODE_ENV=production
                - GH=${checksummedToken("ghp_")}
        `,
        lines: [6]
      }
    ]
  }
};

// lib/compose/checks/index.ts
var composeChecks = [privileged, capDropMissing, capAdd, noReadOnly, rootUser, dockerSocket, hostNamespace, unconfined, literalSecretEnv];

// lib/compose/detector.ts
var composeDetector = {
  name: "compose",
  rules: composeChecks.map((c) => ruleInfoOf("compose", c)),
  wants: isComposePath,
  detect(file, ctx) {
    let parsed = parseYaml(file.text);
    if (parsed.error)
      return noteSkipped(ctx, parsed.error), [];
    let out = [];
    for (let doc of parsed.docs) {
      let y = new YamlView(doc), services = y.get(doc.contents, "services");
      if (services)
        for (let s of y.entries(services.value)) {
          if (!s.value || !y.isMap(s.value) || !(0, import_yaml.isScalar)(s.keyNode)) continue;
          let service = { name: s.key, keyNode: s.keyNode, node: s.value, y, file, ctx };
          for (let check of composeChecks)
            for (let hit of check.check(service)) out.push(findingOf(file, "compose", check, hit));
        }
    }
    return out;
  }
};
export {
  composeDetector
};
