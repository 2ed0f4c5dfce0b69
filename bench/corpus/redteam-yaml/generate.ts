// YAML red team: compose, Kubernetes and CI files in layouts bench/corpus/yaml never writes —
// compose names other than docker-compose.yml (`*.compose.yaml`, `compose-*.yml`, override and
// per-environment files), compose `extends:` and anchors that carry the problem, JSON manifests,
// Argo Rollouts / OpenShift DeploymentConfig / Knative pod templates, `kind: List`, ephemeral
// containers, kustomize patches, GitHub reusable workflows with matrix builds and scans in another
// job, `push: false` builds. Planted problems carry `⟦rule kind⟧` markers; files without one must stay silent.
// Judgement (what a careful hadolint / kube-linter / checkov user expects) is in the comments beside each layout.
import type { YamlExpectation, YamlManifest } from '../yaml/generate';
import { writeFiles, type WritableFile } from '../write-repo';
import { mulberry32 } from '../../../lib/secrets/fake';
import { composeSpellings, githubBuildx, gitlabExtends, k8sCaps, k8sInherit, k8sSocket } from './layouts-wave2';

type Doc = string[];
type Pick = () => number;

function rng(seed: number): Pick {
  return mulberry32(seed ^ 0x5eed);
}

const SAFE_SC = (ind: string): Doc => [`${ind}securityContext:`, `${ind}  allowPrivilegeEscalation: false`, `${ind}  readOnlyRootFilesystem: true`, `${ind}  runAsNonRoot: true`, `${ind}  capabilities:`, `${ind}    drop: ["ALL"]`];

/** A container whose securityContext is hardened unless `bad`, in which case `privileged: true` is planted. */
function ctr(ind: string, name: string, bad: boolean): Doc {
  const sc = SAFE_SC(ind + '  ');
  if (bad) sc.splice(1, 0, `${ind}    privileged: true ⟦k8s/privileged container-privileged⟧`);
  return [`${ind}- name: ${name}`, `${ind}  image: registry.acme.io/${name}:3.1.0`, ...sc];
}

// Compose: Docker only picks up compose.yaml / docker-compose.yml (+ .override) by itself, but teams
// keep per-environment files they pass with -f, and name them after the tool: `prod.compose.yaml`,
// `compose-prod.yml`, `docker-compose.prod.yml`. checkov's docker-compose framework and Trivy both
// read these by content; a privileged service in them ships as surely as one in compose.yaml.
const COMPOSE_NAMES = ['docker-compose.override.yml', 'compose.prod.yaml', 'deploy/prod.compose.yaml', 'ops/staging.compose.yml', 'compose-dev.yml', 'compose/docker-compose.ci.yaml'];

function composeLayout(pick: Pick, bad: boolean): Doc {
  const style = Math.floor(pick() * 3);
  if (style === 0) {
    // `x-` anchor with a merge key: the problem sits in the anchor; the service inherits it.
    // A finding at the anchor's line is where the fix goes.
    return ['x-common: &common', '  restart: unless-stopped', '  read_only: true', '  cap_drop: [ALL]', ...(bad ? ['  privileged: true ⟦compose/privileged anchor-merge⟧'] : ['  security_opt: ["no-new-privileges:true"]']),
      '', 'services:', '  web:', '    <<: *common', '    image: ghcr.io/acme/web:1.9.0', '    user: "10001"', '    ports:', '      - target: 8080', '        published: "8080"', '        mode: host', '    profiles: ["web"]'];
  }
  if (style === 1) {
    // Long-syntax volume binding the Docker socket read-only: still full control of the daemon.
    return ['name: shop', 'services:', '  agent:', '    image: ghcr.io/acme/agent:0.4.1', '    user: "10001"', '    read_only: true', '    cap_drop: [ALL]', '    volumes:', '      - type: bind',
      ...(bad ? ['        source: /var/run/docker.sock ⟦compose/docker-socket long-volume⟧', '        target: /var/run/docker.sock', '        read_only: true'] : ['        source: ./config', '        target: /etc/agent', '        read_only: true']),
      '    deploy:', '      replicas: 2', '      resources:', '        limits:', '          memory: 128M'];
  }
  // Hard negative shape: `cap_add: [NET_BIND_SERVICE]` after `cap_drop: [ALL]` is the documented least-privilege pattern.
  return ['services:', '  proxy:', '    image: nginxinc/nginx-unprivileged:1.25.3', '    user: "101"', '    read_only: true', '    cap_drop: [ALL]', '    cap_add: [NET_BIND_SERVICE]', ...(bad ? ['    network_mode: host ⟦compose/host-namespace network-host⟧'] : ['    networks: [edge]']), 'networks:', '  edge: {}'];
}

// Kubernetes: kube-linter and checkov read `.json` manifests as well as YAML (kubectl apply -f does).
function jsonManifest(bad: boolean): Doc {
  return ['{', '  "apiVersion": "apps/v1",', '  "kind": "Deployment",', '  "metadata": { "name": "billing" },', '  "spec": {', '    "selector": { "matchLabels": { "app": "billing" } },', '    "template": {', '      "metadata": { "labels": { "app": "billing" } },', '      "spec": {',
    '        "containers": [', '          {', '            "name": "billing",', '            "image": "registry.acme.io/billing:3.1.0",', '            "securityContext": {', '              "allowPrivilegeEscalation": false,', '              "readOnlyRootFilesystem": true,', '              "runAsNonRoot": true,',
    bad ? '              "privileged": true, ⟦k8s/privileged json-manifest⟧' : '              "seccompProfile": { "type": "RuntimeDefault" },', '              "capabilities": { "drop": ["ALL"] }', '            }', '          }', '        ]', '      }', '    }', '  }', '}'];
}

// CRDs that embed a PodTemplateSpec at spec.template: Argo Rollouts, OpenShift DeploymentConfig,
// Knative Service (serving.knative.dev, whose `kind: Service` is not the core Service). kube-linter
// treats Rollout and DeploymentConfig as workloads; their pods run exactly like a Deployment's.
function crdWorkload(pick: Pick, bad: boolean): Doc {
  const which = Math.floor(pick() * 3);
  const head = which === 0 ? ['apiVersion: argoproj.io/v1alpha1', 'kind: Rollout'] : which === 1 ? ['apiVersion: apps.openshift.io/v1', 'kind: DeploymentConfig'] : ['apiVersion: serving.knative.dev/v1', 'kind: Service'];
  const extra = which === 0 ? ['  strategy:', '    canary:', '      steps:', '        - setWeight: 20'] : which === 1 ? ['  replicas: 2', '  triggers:', '    - type: ConfigChange'] : [];
  return ['# canary rollout managed by the platform team', ...head, 'metadata:', '  name: checkout', 'spec:', ...extra, '  template:', '    metadata:', '      labels:', '        app: checkout', '    spec:', '      containers:', ...ctr('        ', 'checkout', bad)];
}

// A `kind: List` (what `kubectl get -o yaml` writes) with comments between items, and an
// ephemeral debug container: both are pods the cluster runs.
function listLayout(pick: Pick, bad: boolean): Doc {
  const eph = pick() < 0.5;
  return ['# exported with kubectl get deploy,pod -o yaml', 'apiVersion: v1', 'kind: List', 'items:', '  # the API workload', '  - apiVersion: apps/v1', '    kind: Deployment', '    metadata:', '      name: api', '    spec:', '      template:', '        spec:', '          containers:', ...ctr('            ', 'api', bad && !eph),
    '  - apiVersion: v1', '    kind: Pod', '    metadata:', '      name: api-debug', '    spec:', '      containers:', ...ctr('        ', 'api', false), ...(eph ? ['      ephemeralContainers:', ...ctr('        ', 'debugger', bad)] : [])];
}

// A kustomize strategic-merge patch is a partial Deployment; what it sets ends up in the rendered
// manifest, so kube-linter on the patch (and checkov on the kustomization) report it.
function kustomizePatch(bad: boolean): Doc {
  return ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:', '      containers:', '        - name: api',
    '          securityContext:', bad ? '            allowPrivilegeEscalation: true ⟦k8s/allow-privilege-escalation kustomize-patch⟧' : '            allowPrivilegeEscalation: false', '            readOnlyRootFilesystem: true', '            runAsNonRoot: true', '            capabilities:', '              drop: ["ALL"]'];
}

// GitHub: a reusable workflow (`workflow_call`) with a matrix build; the scan and the signature
// run in later jobs of the same file (`needs:`), which counts. A build with `push: false`
// publishes nothing, so nothing needs signing or scanning.
function githubLayout(pick: Pick, problem: string | null): Doc {
  const pushFalse = problem === null && pick() < 0.4;
  const mark = problem === 'unsigned' ? ' ⟦ci/image-not-signed build-push-matrix⟧' : '';
  const out: Doc = ['name: build-image', 'on:', '  workflow_call:', '    inputs:', '      image:', '        type: string', '        required: true', 'permissions:', '  contents: read', '  packages: write', '  id-token: write', 'jobs:',
    '  build:', '    runs-on: ubuntu-latest', '    strategy:', '      matrix:', '        platform: [linux/amd64, linux/arm64]', '    outputs:', '      digest: ${{ steps.push.outputs.digest }}', '    steps:',
    '      - uses: actions/checkout@v4', '      - id: push', `        uses: docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83 # v6.18.0${mark}`, '        with:', '          platforms: ${{ matrix.platform }}', `          push: ${pushFalse ? 'false' : 'true'}`, '          tags: ${{ inputs.image }}'];
  if (pushFalse) return out;
  out.push('  scan:', '    needs: build', '    runs-on: ubuntu-latest', '    steps:', `      - uses: aquasecurity/trivy-action@d43c1f16c00cfd3978dde6c07f4bbcf9eb6993ca # 0.16.1${problem === 'soft' ? ' ⟦ci/scan-not-enforced trivy-exit-0⟧' : ''}`, '        with:', '          image-ref: ${{ inputs.image }}@${{ needs.build.outputs.digest }}', `          exit-code: ${problem === 'soft' ? '"0"' : '"1"'}`);
  if (problem !== 'unsigned') out.push('  sign:', '    needs: [build, scan]', '    runs-on: ubuntu-latest', '    steps:', '      - uses: sigstore/cosign-installer@9614fae9e5c5eddabb09f90a270fcb487c9f7149 # v3.3.0', '      - run: cosign sign --yes "${{ inputs.image }}@${{ needs.build.outputs.digest }}"');
  return out;
}

interface Planned extends WritableFile { doc: Doc }

function file(path: string, doc: Doc): Planned {
  return { path, doc, text: () => doc.map((l) => l.replace(/\s*⟦\S+ \S+⟧$/, '')).join('\n') + '\n' };
}

export function generateRedteamYaml(opts: { seed: number; dir: string; files: number; layouts?: string }): YamlManifest {
  const waves = opts.layouts === 'wave1' ? [1] : opts.layouts === 'wave2' ? [2] : [1, 2];
  const pick = rng(opts.seed);
  const choose = <T>(xs: T[]): T => xs[Math.floor(pick() * xs.length)]!;
  const files: Planned[] = [];
  for (let i = 0; i < opts.files; i++) {
    const bad = pick() < 0.6;
    const wave = waves[Math.floor(pick() * waves.length)];
    const r = Math.floor(pick() * 6);
    const at = `p${i}`;
    if (wave === 2) {
      if (r === 0) files.push(file(`${at}/deploy/node-agent.yaml`, k8sSocket(pick, bad)));
      else if (r === 1) files.push(file(`${at}/deploy/reindex-job.yml`, k8sInherit(bad)));
      else if (r === 2) files.push(file(`${at}/deploy/db.yaml`, k8sCaps(pick, bad)));
      else if (r === 3) files.push(file(`${at}/docker-compose.yml`, composeSpellings(pick, bad)));
      else if (r === 4) files.push(file(`${at}/.gitlab-ci.yml`, gitlabExtends(pick, bad)));
      else files.push(file(`.github/workflows/images-${i}.yml`, githubBuildx(pick, bad)));
      continue;
    }
    if (r === 0) files.push(file(`${at}/${choose(COMPOSE_NAMES)}`, composeLayout(pick, bad)));
    else if (r === 1) files.push(file(`${at}/deploy/${choose(['billing.json', 'k8s/billing-deployment.json'])}`, jsonManifest(bad)));
    else if (r === 2) files.push(file(`${at}/deploy/rollout.yaml`, crdWorkload(pick, bad)));
    else if (r === 3) files.push(file(`${at}/cluster/export.yaml`, listLayout(pick, bad)));
    else if (r === 4) files.push(file(`${at}/overlays/prod/patch-api.yaml`, kustomizePatch(bad)));
    else files.push(file(`.github/workflows/build-image-${i}.yml`, githubLayout(pick, bad ? choose(['unsigned', 'soft']) : null)));
  }
  writeFiles(opts.dir, files);
  const expectations: YamlExpectation[] = [];
  for (const f of files) {
    f.doc.forEach((l, i) => {
      const mk = /\s*⟦(\S+) (\S+)⟧$/.exec(l);
      if (mk) expectations.push({ file: f.path, line: i + 1, rule: mk[1]!, kind: mk[2]! });
    });
  }
  return { files: files.map((f) => f.path), expectations, hardened: files.filter((f) => !f.doc.some((l) => l.includes('⟦'))).map((f) => f.path) };
}
