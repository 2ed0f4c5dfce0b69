#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  yaml
} from "./chunk-S2K5N67B.mjs";

// lib/compose/checks/cap-add.ts
var ALLOWED_CAPABILITIES = /* @__PURE__ */ new Set(["NET_BIND_SERVICE"]), capAdd = {
  id: "compose/cap-add",
  severity: "medium",
  description: "service adds Linux capabilities beyond NET_BIND_SERVICE",
  why: "Added capabilities are root powers a compromised process keeps: SYS_ADMIN is close to full root and allows escaping the container, NET_ADMIN rewrites the network, SYS_PTRACE reads other processes' memory.",
  fix: `Remove the capability, or move the work that needs it into a short-lived, separate container. Keep only:
  cap_drop: [ALL]
  cap_add: [NET_BIND_SERVICE]
If it is required, suppress with a reason on the line above:
  # stowaway:allow compose/cap-add <why it is needed>`,
  check({ name, node, y }) {
    let e = y.get(node, "cap_add");
    if (!e) return [];
    let extra = (y.isSeq(e.value) ? y.items(e.value) : e.value ? [e.value] : []).filter((n) => {
      let c = y.str(n);
      return c !== void 0 && !ALLOWED_CAPABILITIES.has(c.trim().toUpperCase().replace(/^CAP_/, ""));
    });
    if (!extra.length) return [];
    let names = extra.map((n) => y.str(n).trim());
    return [{ at: extra[0], message: `Service "${name}" adds capabilities ${names.join(", ")} (cap_add)` }];
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
      `
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
        lines: [5]
      },
      {
        yaml: yaml`
          services:
            debug:
              image: debug
              cap_add: [ALL]
        `,
        lines: [4]
      }
    ]
  }
};

// lib/compose/checks/docker-socket.ts
var CONTAINER_SOCKET = /(^|\/)(docker|podman|containerd|crio)\.sock$/, dockerSocket = {
  id: "compose/docker-socket",
  severity: "high",
  description: "service mounts the Docker socket",
  why: "The Docker socket is root on the host: a compromised process that can reach it starts a privileged container with the host filesystem mounted, reads every other container's secrets, and replaces running images.",
  fix: `Remove the /var/run/docker.sock volume. If the service only reads container metadata, put a filtering socket proxy in between (e.g. tecnativa/docker-socket-proxy with only the API sections it needs) and point the service at it:
  environment:
    DOCKER_HOST: tcp://docker-proxy:2375`,
  check({ name, node, y }) {
    let vols = y.get(node, "volumes");
    if (!vols) return [];
    for (let v of y.items(vols.value)) {
      let short = y.str(v), long = short === void 0 ? y.get(v, "source")?.value : void 0, source = short !== void 0 ? short.split(":")[0] : y.str(long);
      if (source && CONTAINER_SOCKET.test(source.trim()))
        return [{ at: long ?? v, message: `Service "${name}" mounts the container runtime socket ${source.trim()}` }];
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
      `
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
        lines: [5]
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
        lines: [6]
      }
    ]
  }
};

// lib/yaml/secret-env.ts
var SECRET_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pass", "pwd", "secret", "token", "apikey", "credential", "credentials", "passphrase", "privatekey", "accesskey", "secretkey"]), SECRET_PAIRS = /* @__PURE__ */ new Set(["api key", "private key", "access key", "secret key", "signing key", "encryption key", "master key", "auth key", "client secret", "license key", "session key"]), NOT_A_VALUE = /* @__PURE__ */ new Set([
  "file",
  "path",
  "dir",
  "url",
  "uri",
  "host",
  "port",
  "id",
  "name",
  "user",
  "username",
  "version",
  "ttl",
  "timeout",
  "expiry",
  "expires",
  "expiration",
  "lifetime",
  "length",
  "size",
  "enabled",
  "enable",
  "disabled",
  "disable",
  "required",
  "type",
  "header",
  "algorithm",
  "alg",
  "mode",
  "keys",
  "fingerprint",
  "ref",
  "endpoint",
  "age",
  "count",
  "min",
  "max",
  "policy",
  "prefix",
  "field",
  "param",
  "location",
  "region",
  "issuer",
  "audience",
  "scope",
  "scopes",
  "method",
  "format",
  "hash",
  "store",
  "provider",
  "secretname",
  "command",
  "cmd",
  "env",
  "var",
  "key_id",
  "strength",
  "reset",
  "rotation"
]);
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function isSecretName(name) {
  let w = words(name);
  if (!w.length || NOT_A_VALUE.has(w[w.length - 1])) return !1;
  if (w.some((x) => SECRET_WORDS.has(x))) return !0;
  for (let i = 0; i + 1 < w.length; i++) if (SECRET_PAIRS.has(`${w[i]} ${w[i + 1]}`)) return !0;
  return !1;
}
function isReferenceOrPlaceholder(value) {
  let v = value.trim();
  return !!(!v || v.includes("${") || v.includes("$(") || /^\$[A-Za-z_]/.test(v) || /^(true|false|yes|no|on|off|null|~)$/i.test(v) || /^<[^<>]*>$/.test(v) || /^[x*._-]+$/i.test(v) || /^\/(run|var\/run)\/secrets\//.test(v));
}
function literalSecretIn(name, value, path, ctx) {
  if (value === void 0 || isReferenceOrPlaceholder(value)) return null;
  let found = ctx.findSecrets(value, path);
  if (found.length) {
    let best = found.find((f) => f.ruleId !== "secret/high-entropy" && f.ruleId !== "secret/generic-assignment") ?? found[0];
    return { secret: best.secret, kind: best.message.replace(/ found$/, "") };
  }
  return isSecretName(name) ? { secret: value, kind: null } : null;
}
function secretSpan(text, nodeRange, secret) {
  if (!nodeRange || !secret) return null;
  let at = text.indexOf(secret, nodeRange[0]);
  return at >= 0 && at + secret.length <= Math.max(nodeRange[1], nodeRange[0] + secret.length) + 2 ? [at, at + secret.length] : null;
}

export {
  ALLOWED_CAPABILITIES,
  capAdd,
  CONTAINER_SOCKET,
  dockerSocket,
  literalSecretIn,
  secretSpan
};
