#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  isK8sPath,
  jsonManifestText
} from "./chunk-7TQMVGAF.mjs";
import {
  ALLOWED_CAPABILITIES,
  CONTAINER_SOCKET,
  literalSecretIn,
  secretSpan
} from "./chunk-3ECKKOEY.mjs";
import "./chunk-6JWLCDB2.mjs";
import "./chunk-3IKRVYFW.mjs";
import {
  alnum,
  checksummedToken
} from "./chunk-ODEGJGZB.mjs";
import "./chunk-JACFB5DP.mjs";
import {
  YamlView,
  findingOf,
  noteSkipped,
  parseYaml,
  ruleInfoOf,
  yaml
} from "./chunk-S2K5N67B.mjs";
import "./chunk-OIENDWQO.mjs";

// lib/k8s/pod-spec.ts
var where = (pod, c) => `${pod.kind} "${pod.name}"${c ? `, ${c.list === "containers" ? "container" : c.list.replace(/s$/, "").replace("C", " c")} "${c.name}"` : ""}`;
function effective(pod, c, field) {
  let { y } = pod;
  return y.at(c.node, "securityContext", field) ?? y.at(pod.node, "securityContext", field);
}
function containerField(pod, c, field) {
  return pod.y.at(c.node, "securityContext", field);
}

// lib/k8s/checks/privileged.ts
var privileged = {
  id: "k8s/privileged",
  severity: "high",
  description: "container runs privileged (securityContext.privileged: true)",
  why: "A privileged container has every capability and direct access to the node's devices: a compromised process can mount the node's disk, read every other pod's secrets and take over the node.",
  fix: `Remove \`privileged: true\` and grant only what is needed:
  securityContext:
    privileged: false
    capabilities:
      drop: [ALL]
      add: [NET_ADMIN]   # for example, only if required`,
  check(pod) {
    let hits = [];
    for (let c of pod.containers) {
      let e = containerField(pod, c, "privileged");
      e && pod.y.isTrue(e.value) && hits.push({ at: e.keyNode, message: `${where(pod, c)} runs privileged` });
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
                privileged: false
      `,
      // A core Service has no pod template; Knative's `kind: Service` does (below).
      yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          ports: [{port: 80}]
          template: not-a-pod
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: apps/v1
          kind: DaemonSet
          metadata: {name: agent}
          spec:
            template:
              spec:
                initContainers:
                  - name: setup
                    image: setup
                    securityContext:
                      privileged: true
                containers:
                  - name: agent
                    image: agent
                    securityContext: {privileged: true}
        `,
        lines: [11, 15]
      },
      {
        // CRDs with a Deployment-shaped pod template run their pods just the same.
        yaml: yaml`
          apiVersion: argoproj.io/v1alpha1
          kind: Rollout
          metadata: {name: api}
          spec:
            template:
              spec:
                containers:
                  - {name: api, image: api, securityContext: {privileged: true}}
          ---
          apiVersion: serving.knative.dev/v1
          kind: Service
          metadata: {name: fn}
          spec:
            template:
              spec:
                containers:
                  - {name: fn, image: fn, securityContext: {privileged: true}}
        `,
        lines: [8, 17]
      }
    ]
  }
};

// lib/k8s/checks/allow-privilege-escalation.ts
var allowPrivilegeEscalation = {
  id: "k8s/allow-privilege-escalation",
  severity: "medium",
  description: "container does not set allowPrivilegeEscalation: false",
  why: "Unless allowPrivilegeEscalation is false, a compromised process can gain more privileges than it started with, through setuid binaries such as su or sudo, or file capabilities, and become root in the container.",
  fix: `Set it on every container (init containers too):
  securityContext:
    allowPrivilegeEscalation: false`,
  check(pod) {
    let hits = [];
    for (let c of pod.containers) {
      let e = containerField(pod, c, "allowPrivilegeEscalation");
      e && pod.y.isFalse(e.value) || hits.push({ at: e ? e.keyNode : c.node, message: `${where(pod, c)} allows privilege escalation (allowPrivilegeEscalation is ${e ? pod.y.str(e.value) ?? "empty" : "not set"})` });
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
                allowPrivilegeEscalation: false
      `
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
              - name: sidecar
                image: sidecar
                securityContext:
                  allowPrivilegeEscalation: true
        `,
        lines: [6, 11]
      }
    ]
  }
};

// lib/k8s/checks/run-as-root.ts
var runAsRoot = {
  id: "k8s/run-as-root",
  severity: "medium",
  description: "container may run as root (no runAsNonRoot: true, or runAsUser: 0)",
  why: "A container process running as root is root on the node's kernel: any escape, writable hostPath or kernel bug becomes full node access. runAsNonRoot makes the kubelet refuse to start an image that would run as root.",
  fix: `Require a non-root user for the whole pod:
  spec:
    securityContext:
      runAsNonRoot: true
      runAsUser: 10001
      runAsGroup: 10001`,
  check(pod) {
    let { y } = pod, hits = [], reported = /* @__PURE__ */ new Set(), once = (at, message) => {
      reported.has(at) || (reported.add(at), hits.push({ at, message }));
    };
    for (let c of pod.containers) {
      let user = effective(pod, c, "runAsUser"), uid = user ? y.str(user.value) : void 0;
      if (user && uid?.trim() === "0") {
        once(user.keyNode, `${where(pod, c)} runs as root (runAsUser: 0)`);
        continue;
      }
      let nonRoot = effective(pod, c, "runAsNonRoot");
      nonRoot && y.isTrue(nonRoot.value) || uid !== void 0 && /^[1-9][0-9]*$/.test(uid.trim()) || (nonRoot ? once(nonRoot.keyNode, `${where(pod, c)} may run as root (runAsNonRoot: ${y.str(nonRoot.value) ?? "empty"})`) : once(c.node, `${where(pod, c)} may run as root (no runAsNonRoot: true or non-zero runAsUser)`));
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
          securityContext:
            runAsNonRoot: true
          containers:
            - name: web
              image: web
      `,
      yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              containers:
                - name: migrate
                  image: migrate
                  securityContext:
                    runAsUser: 10001
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: web}
          spec:
            securityContext:
              runAsUser: 0
            containers:
              - name: web
                image: web
              - name: log
                image: log
        `,
        lines: [6]
      },
      {
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: web}
          spec:
            securityContext:
              runAsNonRoot: true
            containers:
              - name: web
                image: web
                securityContext:
                  runAsNonRoot: false
              - name: plain
                image: plain
                securityContext:
                  runAsUser: 0
        `,
        lines: [11, 15]
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
        `,
        lines: [6]
      }
    ]
  }
};

// lib/k8s/checks/writable-root-fs.ts
var writableRootFs = {
  id: "k8s/writable-root-fs",
  severity: "low",
  description: "container root filesystem is writable (no readOnlyRootFilesystem: true)",
  why: "With a writable root filesystem a compromised process can download tools, replace binaries and plant a backdoor that lasts as long as the pod. A read-only root limits writes to the volumes you mounted.",
  fix: `Make the root filesystem read-only and mount an emptyDir where the app writes:
  securityContext:
    readOnlyRootFilesystem: true
  volumeMounts:
    - {name: tmp, mountPath: /tmp}
# and under the pod spec:
  volumes:
    - {name: tmp, emptyDir: {}}`,
  check(pod) {
    let hits = [];
    for (let c of pod.containers) {
      let e = containerField(pod, c, "readOnlyRootFilesystem");
      e && pod.y.isTrue(e.value) || hits.push({ at: e ? e.keyNode : c.node, message: `${where(pod, c)} has a writable root filesystem` });
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
                readOnlyRootFilesystem: true
      `
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
                securityContext:
                  readOnlyRootFilesystem: false
              - image: nameless
        `,
        lines: [9, 10]
      }
    ]
  }
};

// lib/k8s/checks/capabilities.ts
var norm = (c) => c.trim().toUpperCase().replace(/^CAP_/, ""), capabilities = {
  id: "k8s/capabilities",
  severity: "medium",
  description: "container keeps default capabilities (ALL not dropped) or adds dangerous ones",
  why: "Linux capabilities are pieces of root. The runtime's defaults (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, \u2026) let a compromised process take over files, switch users and spoof traffic; added ones such as SYS_ADMIN or NET_ADMIN open the way out of the container.",
  fix: `Drop everything and add back only NET_BIND_SERVICE if the app binds a port below 1024:
  securityContext:
    capabilities:
      drop: [ALL]
      add: [NET_BIND_SERVICE]`,
  check(pod) {
    let { y } = pod, hits = [];
    for (let c of pod.containers) {
      let drop = y.at(c.node, "securityContext", "capabilities", "drop");
      (drop ? y.items(drop.value).map((n) => norm(y.str(n) ?? "")) : []).includes("ALL") || hits.push({ at: drop ? drop.keyNode : c.node, message: `${where(pod, c)} does not drop ALL capabilities` });
      let add = y.at(c.node, "securityContext", "capabilities", "add"), extra = add ? y.items(add.value).filter((n) => !ALLOWED_CAPABILITIES.has(norm(y.str(n) ?? ""))) : [];
      extra.length && hits.push({ at: extra[0], message: `${where(pod, c)} adds capabilities ${extra.map((n) => y.str(n) ?? "?").join(", ")}` });
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
      `
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
        lines: [6, 14]
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
        lines: [10]
      }
    ]
  }
};

// lib/k8s/checks/host-namespace.ts
var HOST_FIELDS = ["hostNetwork", "hostPID", "hostIPC"], hostNamespace = {
  id: "k8s/host-namespace",
  severity: "high",
  description: "pod shares a host namespace (hostNetwork, hostPID or hostIPC)",
  why: "Host namespaces remove the pod boundary: with hostNetwork a compromised process reaches the node's localhost services (kubelet, cloud metadata) and sniffs traffic; with hostPID it sees every process on the node and can read their environment and memory; with hostIPC it reads shared memory.",
  fix: `Remove the field (they default to false), and expose ports through a Service:
  spec:
    hostNetwork: false
    hostPID: false
    hostIPC: false`,
  check(pod) {
    let on = HOST_FIELDS.map((f) => pod.y.get(pod.node, f)).filter((e) => e && pod.y.isTrue(e.value)).sort((a, b) => (a.keyNode.range?.[0] ?? 0) - (b.keyNode.range?.[0] ?? 0));
    return on.length ? [{ at: on[0].keyNode, message: `${where(pod)} shares the node's namespaces (${on.map((e) => `${e.key}: true`).join(", ")})` }] : [];
  },
  examples: {
    valid: () => [
      yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          hostNetwork: false
          containers:
            - name: web
              image: web
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: apps/v1
          kind: DaemonSet
          metadata: {name: exporter}
          spec:
            template:
              spec:
                hostPID: true
                hostNetwork: true
                containers:
                  - name: exporter
                    image: exporter
        `,
        lines: [7]
      }
    ]
  }
};

// lib/k8s/checks/docker-socket.ts
var dockerSocket = {
  id: "k8s/docker-socket",
  severity: "high",
  description: "pod mounts the container runtime socket (hostPath docker.sock)",
  why: "The Docker (or containerd) socket is root on the node: a compromised process that reaches it starts a privileged container with the node's filesystem mounted and reads every other pod's secrets.",
  fix: `Remove the hostPath volume. To build images in the cluster use a daemonless builder (BuildKit rootless, kaniko, buildah) instead of the node's daemon:
  volumes:
    - name: docker-sock      # delete this volume
      hostPath: {path: /var/run/docker.sock}`,
  check(pod) {
    let { y } = pod, hits = [];
    for (let v of y.items(y.get(pod.node, "volumes")?.value)) {
      let p = y.at(v, "hostPath", "path"), path = p ? y.str(p.value) : void 0;
      p && path && CONTAINER_SOCKET.test(path.trim()) && hits.push({ at: p.value ?? p.keyNode, message: `${where(pod)} mounts the container runtime socket ${path.trim()} from the node` });
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
          volumes:
            - name: data
              hostPath: {path: /var/lib/data}
            - name: tmp
              emptyDir: {}
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: builder}
          spec:
            containers:
              - name: builder
                image: docker
            volumes:
              - name: sock
                hostPath:
                  path: /var/run/docker.sock
                  type: Socket
        `,
        lines: [11]
      },
      {
        // CRI-O's socket: the runtime of OpenShift nodes.
        yaml: yaml`
          apiVersion: v1
          kind: Pod
          metadata: {name: agent}
          spec:
            containers:
              - {name: agent, image: agent}
            volumes:
              - {name: rt, hostPath: {path: /var/run/crio/crio.sock}}
        `,
        lines: [8]
      }
    ]
  }
};

// lib/k8s/checks/literal-secret-env.ts
var fix = (name) => `Rotate the value first: it is in git history now. Then keep it in a Secret created outside this repository (kubectl create secret, External Secrets, Sealed Secrets) and reference it:
  env:
    - name: ${name}
      valueFrom:
        secretKeyRef:
          name: app-secrets
          key: ${name.toLowerCase().replace(/_/g, "-")}`, literalSecretEnv = {
  id: "k8s/literal-secret-env",
  severity: "high",
  description: "credential or secret-named literal in a container env value",
  why: "A credential in a committed manifest is readable by everyone who can clone the repository, forever (deleting it later leaves it in history), and by anyone who can read the pod spec in the cluster; Secrets at least get RBAC and encryption at rest.",
  fix: fix("DB_PASSWORD"),
  check(pod) {
    let { y } = pod, hits = [];
    for (let c of pod.containers)
      for (let item of y.items(y.get(c.node, "env")?.value)) {
        let name = y.str(y.get(item, "name")?.value), value = y.get(item, "value");
        if (!name || !value?.value) continue;
        let found = literalSecretIn(name, y.str(value.value), pod.file.path, pod.ctx);
        found && hits.push({
          at: value.value,
          span: secretSpan(pod.file.text, value.value.range, found.secret) ?? void 0,
          secret: found.secret,
          message: found.kind ? `${where(pod, c)} has a ${found.kind} in env ${name}` : `${where(pod, c)} sets secret-named env ${name} to a literal value`,
          fix: fix(name)
        });
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
              env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: db, key: password}
                - name: DB_PASSWORD_FILE
                  value: /var/run/secrets/db/password
                - name: AUTH_HEADER
                  value: "$(TOKEN)"
                - name: LOG_LEVEL
                  value: info
      `,
      // Secret data is the secret engine's job, not this check's.
      yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: db}
        stringData:
          password: ${alnum(20)}
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: api}
          spec:
            template:
              spec:
                initContainers:
                  - name: migrate
                    image: migrate
                    env:
                      - name: DATABASE_PASSWORD
                        value: ${alnum(18)}
                containers:
                  - name: api
                    image: api
                    env:
                      - {name: GH, value: "${checksummedToken("ghp_")}"}
        `,
        lines: [12, 17]
      }
    ]
  }
};

// lib/k8s/checks/index.ts
var k8sChecks = [privileged, allowPrivilegeEscalation, runAsRoot, writableRootFs, capabilities, hostNamespace, dockerSocket, literalSecretEnv];

// lib/k8s/find-pods.ts
var POD_SPEC_PATH = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  PodTemplate: ["template", "spec"],
  // CRDs that embed a pod template where a Deployment does: Argo Rollouts, OpenShift
  // DeploymentConfig, Knative Service (a core Service has no spec.template, so it yields nothing).
  Rollout: ["spec", "template", "spec"],
  DeploymentConfig: ["spec", "template", "spec"],
  Service: ["spec", "template", "spec"]
}, CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
function findPods(root, y, file, ctx, depth = 0) {
  let kind = y.str(y.get(root, "kind")?.value);
  if (!kind) return [];
  if (kind === "List" && depth === 0) return y.items(y.get(root, "items")?.value).flatMap((item) => findPods(item, y, file, ctx, 1));
  let path = POD_SPEC_PATH[kind];
  if (!path) return [];
  let spec = y.at(root, ...path)?.value;
  if (!spec || !y.isMap(spec)) return [];
  let name = y.str(y.at(root, "metadata", "name")?.value) ?? "(unnamed)", containers = [];
  for (let list of CONTAINER_LISTS)
    y.items(y.get(spec, list)?.value).forEach((node, i) => {
      y.isMap(node) && containers.push({ name: y.str(y.get(node, "name")?.value) ?? `#${i + 1}`, list, node });
    });
  return [{ kind, name, node: spec, containers, y, file, ctx }];
}

// lib/k8s/looks-like-manifest.ts
var MANIFEST_KEY = /^[ \t{-]*["']?(?:kind|apiVersion)["']?[ \t]*:|[{,][ \t]*"(?:kind|apiVersion)"[ \t]*:/m;
function looksLikeManifest(text) {
  return (text.includes("kind") || text.includes("apiVersion")) && MANIFEST_KEY.test(text);
}
function isTemplated(text) {
  return text.includes("{{");
}

// lib/k8s/detector.ts
var HELM_SKIP_REASON = "templated (contains `{{`, e.g. a Helm chart template): not YAML until rendered; scan the output of `helm template` instead", k8sDetector = {
  name: "k8s",
  rules: k8sChecks.map((c) => ruleInfoOf("k8s", c)),
  wants: isK8sPath,
  detect(file, ctx) {
    if (!looksLikeManifest(file.text)) return [];
    if (!jsonManifestText(file.path, file.text)) return [];
    if (isTemplated(file.text))
      return noteSkipped(ctx, HELM_SKIP_REASON), [];
    let parsed = parseYaml(file.text);
    if (parsed.error)
      return noteSkipped(ctx, parsed.error), [];
    let out = [];
    for (let doc of parsed.docs) {
      let y = new YamlView(doc);
      for (let pod of findPods(doc.contents, y, file, ctx))
        for (let check of k8sChecks)
          for (let hit of check.check(pod)) out.push(findingOf(file, "k8s", check, hit));
    }
    return out;
  }
};
export {
  HELM_SKIP_REASON,
  k8sDetector
};
