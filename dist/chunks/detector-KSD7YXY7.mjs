#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  ciFlavour,
  isCiWorkflowPath
} from "./chunk-JACFB5DP.mjs";
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

// lib/ci-workflows/checks/image-not-signed.ts
var imageNotSigned = {
  id: "ci/image-not-signed",
  severity: "medium",
  description: "workflow pushes a container image and never signs it (cosign sign, notation sign)",
  why: "A tag is a mutable pointer: anyone who gets push access to the registry (a leaked token, a compromised mirror) can put a different image behind it, and nothing downstream can tell. A signature made in CI lets deployments verify that the image is the one this workflow built.",
  fix: 'Sign the pushed digest keylessly after the push (GitHub Actions; needs `permissions: id-token: write`):\n  - uses: sigstore/cosign-installer@<sha>\n  - run: cosign sign --yes ${IMAGE}@${{ steps.build.outputs.digest }}\nGitLab: `cosign sign --yes "$IMAGE@$DIGEST"` with `id_tokens: SIGSTORE_ID_TOKEN: {aud: sigstore}`.',
  check(wf) {
    let signs = wf.events.filter((e) => e.kind === "sign");
    return wf.events.filter((p) => p.kind === "push" && !signs.some((s) => s.job !== p.job || s.span[0] > p.span[0])).map((p) => ({ at: p.node, span: p.span, message: `Job "${p.job}" pushes an image (${p.name}) that nothing in this workflow signs` }));
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                id: build
                with: {push: true, tags: "ghcr.io/acme/app:1.0"}
              - uses: sigstore/cosign-installer@v3
              - run: cosign sign --yes ghcr.io/acme/app@\${{ steps.build.outputs.digest }}
      `,
      yaml`
        on: pull_request
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: docker/build-push-action@v6
                with: {push: false}
      `,
      {
        path: ".gitlab-ci.yml",
        yaml: yaml`
          release:
            script:
              - docker push "$IMAGE"
              - cosign sign --yes "$IMAGE@$DIGEST"
        `
      }
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            release:
              runs-on: ubuntu-latest
              steps:
                - run: ./mvnw -B compile jib:build -Dimage=ghcr.io/acme/app:1.0
                - run: ./gradlew jibDockerBuild
        `,
        lines: [6]
      },
      {
        yaml: yaml`
          on: push
          jobs:
            release:
              runs-on: ubuntu-latest
              steps:
                - run: |
                    docker build -t ghcr.io/acme/app:1.0 .
                    docker push ghcr.io/acme/app:1.0
                - uses: docker/build-push-action@v6
                  with:
                    push: \${{ github.event_name != 'pull_request' }}
        `,
        lines: [8, 9]
      },
      {
        path: ".gitlab-ci.yml",
        yaml: yaml`
          build:
            image: gcr.io/kaniko-project/executor:debug
            script:
              - cosign version
              - >-
                /kaniko/executor --context "$CI_PROJECT_DIR"
                --destination "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"
        `,
        lines: [6]
      }
    ]
  }
};

// lib/ci-workflows/checks/image-not-scanned.ts
var imageNotScanned = {
  id: "ci/image-not-scanned",
  severity: "medium",
  description: "workflow pushes a container image without a vulnerability scan (trivy, grype, docker scout, anchore)",
  why: "An image is only as safe as every package in it. Without a scan in the pipeline a base image or dependency with a known, exploited vulnerability ships unnoticed, and the first to find it is an attacker.",
  fix: `Scan the image before pushing, and let the scan fail the job:
  - uses: aquasecurity/trivy-action@<sha>
    with:
      image-ref: ghcr.io/acme/app:\${{ github.sha }}
      exit-code: "1"
      severity: CRITICAL,HIGH
      ignore-unfixed: true
or in a script: \`trivy image --exit-code 1 --severity CRITICAL,HIGH "$IMAGE"\`.`,
  check(wf) {
    return wf.events.some((e) => e.kind === "scan") ? [] : wf.events.filter((p) => p.kind === "push").map((p) => ({ at: p.node, span: p.span, message: `Job "${p.job}" pushes an image (${p.name}) that nothing in this workflow scans for vulnerabilities` }));
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - run: docker build -t "$IMAGE" .
              - run: trivy image --exit-code 1 "$IMAGE"
              - run: docker push "$IMAGE"
      `,
      {
        path: ".gitlab-ci.yml",
        yaml: yaml`
          build:
            script: [docker push "$IMAGE"]
          scan:
            script: [grype "$IMAGE" --fail-on high]
        `
      }
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            release:
              runs-on: ubuntu-latest
              steps:
                - run: docker buildx build --platform linux/amd64,linux/arm64 --push -t "$IMAGE" .
        `,
        lines: [6]
      },
      {
        yaml: yaml`
          on: push
          jobs:
            release:
              runs-on: ubuntu-latest
              steps:
                - run: |
                    docker buildx build \\
                      --push \\
                      -t "$IMAGE" .
        `,
        lines: [7]
      }
    ]
  }
};

// lib/ci-workflows/checks/scan-not-enforced.ts
var scanNotEnforced = {
  id: "ci/scan-not-enforced",
  severity: "medium",
  description: "vulnerability scan cannot fail the job (exit-code 0, continue-on-error, || true)",
  why: "A scan that can never fail the build is a log nobody reads: the image with the critical vulnerability is pushed and deployed anyway. Scanning protects only as a gate.",
  fix: 'Make the scan fail the job on the findings you will not ship, and fix or explicitly ignore (.trivyignore) the rest:\n  - uses: aquasecurity/trivy-action@<sha>\n    with:\n      image-ref: ${{ env.IMAGE }}\n      exit-code: "1"\n      severity: CRITICAL,HIGH\nRemove `continue-on-error: true` / `allow_failure: true` / `|| true` from the scan. A report-only scan (SARIF upload) is fine beside one enforced scan.',
  check(wf) {
    let scans = wf.events.filter((e) => e.kind === "scan");
    return scans.some((s) => s.notEnforced === null) ? [] : scans.map((s) => ({ at: s.node, span: s.span, message: `Vulnerability scan (${s.name}) in job "${s.job}" cannot fail the job: ${s.notEnforced}` }));
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          scan:
            runs-on: ubuntu-latest
            steps:
              - uses: aquasecurity/trivy-action@0.28.0
                with: {image-ref: app, format: sarif, output: trivy.sarif}
              - uses: aquasecurity/trivy-action@0.28.0
                with: {image-ref: app, exit-code: "1", severity: "CRITICAL,HIGH"}
      `,
      yaml`
        on: push
        jobs:
          scan:
            runs-on: ubuntu-latest
            steps:
              - uses: anchore/scan-action@v6
                with: {image: app}
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            scan:
              runs-on: ubuntu-latest
              steps:
                - uses: aquasecurity/trivy-action@0.28.0
                  with: {image-ref: app, exit-code: "0"}
                - run: trivy image --exit-code 1 app || true
                - uses: anchore/scan-action@v6
                  continue-on-error: true
                  with: {image: app}
        `,
        lines: [6, 8, 9]
      },
      {
        path: ".gitlab-ci.yml",
        yaml: yaml`
          include:
            - template: Jobs/Container-Scanning.gitlab-ci.yml
          scan:
            allow_failure: true
            script:
              - grype "$IMAGE" --fail-on critical
        `,
        lines: [2, 6]
      }
    ]
  }
};

// lib/ci-workflows/checks/unpinned-action.ts
var FIRST_PARTY = /^(actions|github)\//i, unpinnedAction = {
  id: "ci/unpinned-action",
  severity: "low",
  optIn: !0,
  description: "third-party action referenced by a tag or branch instead of a commit sha",
  why: "A tag can be moved: whoever controls the action's repository (or steals its maintainer's token, as in the tj-actions/changed-files compromise) can point it at code that reads your secrets and your registry credentials on the next run.",
  fix: `Pin the action to the full commit sha of the release and keep the tag as a comment (Dependabot and Renovate update both):
  - uses: docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83 # v6.18.0`,
  check(wf) {
    let hits = [];
    for (let ref of wf.actionRefs) {
      let v = ref.value.trim();
      if (v.startsWith("./") || v.startsWith(".\\")) continue;
      if (v.startsWith("docker://")) {
        /@sha256:[0-9a-f]{64}$/i.test(v) || hits.push({ at: ref.node, message: `Job "${ref.job}" runs container ${v} by tag, not by digest` });
        continue;
      }
      if (FIRST_PARTY.test(v)) continue;
      let at = v.lastIndexOf("@"), version = at >= 0 ? v.slice(at + 1) : "";
      /^[0-9a-f]{40}$/i.test(version) || hits.push({ at: ref.node, message: `Job "${ref.job}" uses ${v}, pinned by ${version ? `tag or branch "${version}"` : "nothing"} rather than a commit sha` });
    }
    return hits;
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435 # v3.11.1
              - uses: ./.github/actions/local
              - uses: docker://alpine@sha256:${"a".repeat(64)}
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - uses: tj-actions/changed-files@v45
                - uses: docker://alpine:3.20
            shared:
              uses: acme/workflows/.github/workflows/build.yml@main
        `,
        lines: [6, 7, 9]
      }
    ]
  }
};

// lib/ci-workflows/checks/deploy-unverified.ts
var deployUnverified = {
  id: "ci/deploy-unverified",
  severity: "info",
  description: "deploy job does not verify the image signature (cosign verify) before deploying",
  why: "Signing helps only if someone checks: a deploy that does not verify will roll out whatever image a tag points to, including one substituted in the registry after the build.",
  fix: `Verify the signature of the exact digest before deploying it:
  - run: |
      cosign verify "$IMAGE@$DIGEST" \\
        --certificate-identity-regexp "^https://github.com/acme/app/" \\
        --certificate-oidc-issuer https://token.actions.githubusercontent.com
or enforce it in the cluster with an admission policy (Kyverno verifyImages, Sigstore policy-controller) and suppress this note on the line above: # stowaway:allow ci/deploy-unverified verified by admission policy`,
  check(wf) {
    let hits = [], jobs = new Set(wf.events.filter((e) => e.kind === "deploy").map((e) => e.job));
    for (let job of jobs) {
      if (wf.events.some((e) => e.kind === "verify" && e.job === job)) continue;
      let first = wf.events.find((e) => e.kind === "deploy" && e.job === job);
      hits.push({ at: first.node, span: first.span, message: `Job "${job}" deploys (${first.name}) without verifying the image signature` });
    }
    return hits;
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - run: cosign verify "$IMAGE@$DIGEST" --certificate-identity-regexp "^https://github.com/acme/" --certificate-oidc-issuer https://token.actions.githubusercontent.com
              - run: kubectl set image deployment/app app="$IMAGE@$DIGEST"
      `
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            deploy:
              runs-on: ubuntu-latest
              steps:
                - run: helm upgrade --install app ./chart --set image.tag=$TAG
                - run: kubectl rollout restart deployment/app
        `,
        lines: [6]
      },
      {
        path: ".gitlab-ci.yml",
        yaml: yaml`
          deploy:
            stage: deploy
            script:
              - kubectl apply -f k8s/
        `,
        lines: [4]
      }
    ]
  }
};

// lib/ci-workflows/checks/index.ts
var ciChecks = [imageNotSigned, imageNotScanned, scanNotEnforced, unpinnedAction, deployUnverified];

// lib/ci-workflows/workflow.ts
var import_yaml = __toESM(require_dist());

// lib/ci-workflows/recognisers.ts
var SWALLOWED = /\|\|\s*(true|:|exit\s+0)\b|;\s*true\s*$/, swallowed = (line) => SWALLOWED.test(line) ? "its exit status is swallowed (`|| true`)" : null, isFalse = (v) => v !== void 0 && /^\s*(false|0|no)?\s*$/i.test(v), COMMANDS = [
  { kind: "push", name: "docker push", regex: /\b(docker|podman|buildah|nerdctl)\s+(image\s+)?push\b/ },
  { kind: "push", name: "docker build --push", regex: /\b(docker\s+(buildx\s+)?(build|bake)|buildctl\s+build|depot\s+(build|bake))\b.*(--push\b|push=true)/ },
  { kind: "push", name: "crane push", regex: /\bcrane\s+(push|copy|cp|append|mutate)\b/ },
  { kind: "push", name: "skopeo copy", regex: /\bskopeo\s+copy\b/ },
  { kind: "push", name: "kaniko", regex: /(\/kaniko\/executor|\bexecutor)\b.*--destination\b/, unless: /--no-push\b/ },
  // Jib pushes on `jib:build` (Maven) and the `jib` task (Gradle); jib:dockerBuild / jibDockerBuild stay local.
  { kind: "push", name: "jib", regex: /\b(mvnw?|gradlew?)\b.*(\bjib:build\b|\sjib(\s|$))/ },
  { kind: "push", name: "ko", regex: /\bko\s+(build|publish|resolve|apply|create)\b/, unless: /--push[= ]false|\s(-L|--local)\b/ },
  { kind: "sign", name: "cosign sign", regex: /\bcosign\s+(sign|attest)(?![\w-])/ },
  { kind: "sign", name: "notation sign", regex: /\bnotation\s+sign\b/ },
  {
    kind: "scan",
    name: "trivy image",
    regex: /\btrivy\b(\s+-\S+)*\s+(image|i)\b/,
    notEnforced: (l) => swallowed(l) ?? (/--exit-code[= ]+[1-9]/.test(l) ? null : "trivy exits 0 when it finds vulnerabilities unless it is given `--exit-code 1`")
  },
  {
    kind: "scan",
    name: "grype",
    regex: /\bgrype\s+\S/,
    unless: /\bgrype\s+(db|version|completion)\b/,
    notEnforced: (l) => swallowed(l) ?? (/(--fail-on|\s-f)[= ]+\w/.test(l) ? null : "grype exits 0 when it finds vulnerabilities unless it is given `--fail-on <severity>`")
  },
  {
    kind: "scan",
    name: "docker scout cves",
    regex: /\bdocker[\s-]scout\s+cves\b/,
    notEnforced: (l) => swallowed(l) ?? (/--exit-code\b|\s-e\b/.test(l) ? null : "docker scout exits 0 when it finds vulnerabilities unless it is given `--exit-code`")
  },
  { kind: "scan", name: "snyk container test", regex: /\bsnyk\s+container\s+test\b/, notEnforced: swallowed },
  { kind: "deploy", name: "kubectl", regex: /\bkubectl\s+(apply|create|replace|set\s+image|rollout\s+restart)\b/ },
  { kind: "deploy", name: "helm", regex: /\bhelm\s+(upgrade|install)\b/ },
  { kind: "deploy", name: "argocd", regex: /\bargocd\s+app\s+(sync|set)\b/ },
  { kind: "deploy", name: "gcloud run deploy", regex: /\bgcloud\s+run\s+deploy\b/ },
  { kind: "deploy", name: "aws ecs", regex: /\baws\s+ecs\s+(update-service|run-task)\b/ },
  { kind: "deploy", name: "az containerapp", regex: /\baz\s+containerapp\s+(update|up|create)\b/ },
  { kind: "deploy", name: "docker stack deploy", regex: /\bdocker\s+stack\s+deploy\b/ },
  { kind: "deploy", name: "fly deploy", regex: /\b(fly|flyctl)\s+deploy\b/ },
  { kind: "deploy", name: "skaffold", regex: /\bskaffold\s+(run|deploy)\b/ },
  { kind: "verify", name: "cosign verify", regex: /\bcosign\s+verify/ },
  { kind: "verify", name: "notation verify", regex: /\bnotation\s+verify\b/ }
], ACTIONS = [
  { kind: "push", name: "docker/build-push-action", uses: /^docker\/(build-push|bake)-action$/, when: (w) => w("push") !== void 0 && !isFalse(w("push")) },
  { kind: "push", name: "push-to-registry", uses: /^redhat-actions\/push-to-registry$/ },
  { kind: "push", name: "kaniko action", uses: /kaniko/, when: (w) => !isFalse(w("push")) },
  { kind: "sign", name: "notation sign", uses: /^notaryproject\/notation-action\/sign$/ },
  {
    kind: "scan",
    name: "aquasecurity/trivy-action",
    uses: /^aquasecurity\/trivy-action$/,
    when: (w) => (w("scan-type") ?? "image").trim() === "image",
    notEnforced: (w) => {
      let code = w("exit-code");
      return code === void 0 ? "trivy-action exits 0 on vulnerabilities by default (`exit-code` is not set)" : /^\s*0?\s*$/.test(code) ? "`exit-code` is 0" : null;
    }
  },
  { kind: "scan", name: "anchore/scan-action", uses: /^anchore\/scan-action$/, notEnforced: (w) => isFalse(w("fail-build")) ? "`fail-build` is false" : null },
  {
    kind: "scan",
    name: "docker/scout-action",
    uses: /^docker\/scout-action$/,
    when: (w) => /cves/.test(w("command") ?? ""),
    notEnforced: (w) => /^\s*true\s*$/i.test(w("exit-code") ?? "") ? null : "docker/scout-action never fails the job unless `exit-code: true`"
  },
  { kind: "scan", name: "snyk/actions/docker", uses: /^snyk\/actions\/docker$/ },
  { kind: "deploy", name: "azure/k8s-deploy", uses: /^azure\/(k8s-deploy|container-apps-deploy-action)$/ },
  { kind: "deploy", name: "deploy-cloudrun", uses: /^google-github-actions\/deploy-cloudrun$/ },
  { kind: "deploy", name: "amazon-ecs-deploy-task-definition", uses: /^aws-actions\/amazon-ecs-deploy-task-definition$/ }
];

// lib/ci-workflows/workflow.ts
function logicalLines(script) {
  let out = [], start = 0, text = "", pos = 0;
  for (let physical of script.split(`
`)) {
    text || (start = pos);
    let continued = /\\\s*$/.test(physical);
    text += (text ? " " : "") + (continued ? physical.replace(/\\\s*$/, "") : physical), pos += physical.length + 1, continued || (out.push({ text, offset: start }), text = "");
  }
  return text && out.push({ text, offset: start }), out;
}
function sourceOffset(file, node, script, offset) {
  let r = node.range ?? [0, 0, 0], lineIdx = script.slice(0, offset).split(`
`).length - 1, firstLine = script.slice(offset).split(`
`)[0];
  if ((0, import_yaml.isScalar)(node) && node.type === import_yaml.Scalar.BLOCK_LITERAL) {
    let line = file.position(r[0]).line + 1 + lineIdx;
    if (line <= file.lineCount) {
      let text = file.lineText(line), col = Math.max(0, text.indexOf(firstLine.trim())), start = file.lineStart(line) + col;
      return [start, start + Math.max(1, firstLine.trim().length)];
    }
  }
  for (let n of [60, 20]) {
    let probe = firstLine.trim().slice(0, n), at = probe ? file.text.indexOf(probe, r[0]) : -1;
    if (at >= 0 && at < r[1]) return [at, at + probe.length];
  }
  return [r[0], Math.max(r[0] + 1, r[1])];
}
function scriptEvents(file, node, script, job, swallowedByJob) {
  let out = [];
  for (let line of logicalLines(script)) {
    let text = line.text.slice(0, 4096);
    if (!/^\s*#/.test(text))
      for (let p of COMMANDS)
        !p.regex.test(text) || p.unless?.test(text) || out.push({
          kind: p.kind,
          name: p.name,
          job,
          span: sourceOffset(file, node, script, line.offset),
          node,
          notEnforced: p.kind === "scan" ? swallowedByJob ?? p.notEnforced?.(text) ?? null : null
        });
  }
  return out;
}
function actionEvents(action, node, inputs, job, swallowedByJob) {
  let name = action.split("@")[0].trim().toLowerCase(), r = node.range ?? [0, 1, 1];
  return ACTIONS.filter((p) => p.uses.test(name) && (!p.when || p.when(inputs))).map((p) => ({
    kind: p.kind,
    name: p.name,
    job,
    span: [r[0], r[1]],
    node,
    notEnforced: p.kind === "scan" ? swallowedByJob ?? p.notEnforced?.(inputs) ?? null : null
  }));
}

// lib/ci-workflows/read-github.ts
var CONTINUES = "`continue-on-error: true` lets the job pass when the scan fails";
function readGithubWorkflow(root, y, file) {
  let events = [], actionRefs = [];
  for (let job of y.entries(y.get(root, "jobs")?.value)) {
    let jobContinues = y.isTrue(y.get(job.value, "continue-on-error")?.value) ? CONTINUES : null, reusable = y.get(job.value, "uses");
    reusable?.value && y.str(reusable.value) && actionRefs.push({ job: job.key, value: y.str(reusable.value), node: reusable.value });
    for (let step of y.items(y.get(job.value, "steps")?.value)) {
      let swallowed2 = jobContinues ?? (y.isTrue(y.get(step, "continue-on-error")?.value) ? CONTINUES : null), run = y.get(step, "run"), script = run?.value ? y.str(run.value) : void 0;
      run?.value && script !== void 0 && events.push(...scriptEvents(file, run.value, script, job.key, swallowed2));
      let uses = y.get(step, "uses"), action = uses?.value ? y.str(uses.value) : void 0;
      if (uses?.value && action) {
        actionRefs.push({ job: job.key, value: action, node: uses.value });
        let withNode = y.get(step, "with")?.value;
        events.push(...actionEvents(action, uses.value, (k) => y.str(y.get(withNode, k)?.value), job.key, swallowed2));
      }
    }
  }
  return { events, actionRefs };
}

// lib/ci-workflows/read-gitlab.ts
var RESERVED = /* @__PURE__ */ new Set(["stages", "variables", "default", "include", "workflow", "image", "services", "before_script", "after_script", "cache", "types"]), ALLOWED_TO_FAIL = "`allow_failure: true` lets the pipeline pass when the scan fails", SCRIPT_KEYS = ["before_script", "script", "after_script"], CONTAINER_SCANNING = /(^|\/)(Security|Jobs)\/Container-Scanning(\.latest)?\.gitlab-ci\.yml$/;
function readGitlabPipeline(root, y, file) {
  let events = [], scripts = (node, depth = 0) => depth > 4 ? [] : y.str(node) !== void 0 ? [y.deref(node)] : y.items(node).flatMap((n) => scripts(n, depth + 1));
  for (let job of y.entries(root)) {
    if (RESERVED.has(job.key) || !y.isMap(job.value)) continue;
    let allowFailure = y.isTrue(y.get(job.value, "allow_failure")?.value) ? ALLOWED_TO_FAIL : null;
    for (let key of SCRIPT_KEYS)
      for (let line of scripts(y.get(job.value, key)?.value)) events.push(...scriptEvents(file, line, y.str(line), job.key, allowFailure));
  }
  let include = y.get(root, "include")?.value;
  for (let inc of y.isSeq(include) ? y.items(include) : include ? [include] : []) {
    let template = y.get(inc, "template")?.value ?? (y.str(inc) !== void 0 ? inc : null), name = template ? y.str(template) : void 0;
    if (template && name && CONTAINER_SCANNING.test(name)) {
      let r = template.range ?? [0, 1];
      events.push({
        kind: "scan",
        name: "GitLab Container-Scanning template",
        job: "container_scanning",
        span: [r[0], r[1]],
        node: template,
        notEnforced: "GitLab's Container-Scanning job reports vulnerabilities but does not fail the pipeline"
      });
    }
  }
  return { events };
}

// lib/ci-workflows/detector.ts
var ciDetector = {
  name: "ci",
  rules: ciChecks.map((c) => ruleInfoOf("ci", c)),
  wants: (path) => isCiWorkflowPath(path),
  detect(file, ctx) {
    let parsed = parseYaml(file.text);
    if (parsed.error)
      return noteSkipped(ctx, parsed.error), [];
    let flavour = ciFlavour(file.path), out = [];
    for (let doc of parsed.docs) {
      let y = new YamlView(doc), read = flavour === "github" ? readGithubWorkflow(doc.contents, y, file) : { actionRefs: [], ...readGitlabPipeline(doc.contents, y, file) }, wf = { flavour, ...read, y, file, ctx };
      for (let check of ciChecks)
        for (let hit of check.check(wf)) out.push(findingOf(file, "ci", check, hit));
    }
    return out;
  }
};
export {
  ciDetector
};
