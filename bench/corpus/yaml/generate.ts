// Seeded compose / Kubernetes / CI-workflow corpus: realistic files (anchors and
// merge keys, multi-document Helm output, CronJobs, GitLab CI) with planted
// problems labelled (file, line, rule id) beside hardened files that must stay silent.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mulberry32 } from '../../../lib/secrets/fake';

export interface YamlExpectation { file: string; line: number; rule: string; kind: string }
export interface YamlManifest { files: string[]; expectations: YamlExpectation[]; hardened: string[] }

const rng = mulberry32;

/** Lines with optional plant markers `⟦rule kind⟧` at the end; the marker is removed and recorded. */
type Doc = string[];

const HARD_CONTAINER = (ind: string): Doc => [
  `${ind}securityContext:`,
  `${ind}  allowPrivilegeEscalation: false`,
  `${ind}  readOnlyRootFilesystem: true`,
  `${ind}  runAsNonRoot: true`,
  `${ind}  capabilities:`,
  `${ind}    drop: ["ALL"]`,
];

function container(name: string, ind: string, problem: string | null): Doc {
  const out: Doc = [`${ind}- name: ${name}`, `${ind}  image: ghcr.io/acme/${name}:1.4.2`];
  const sc = HARD_CONTAINER(ind + '  ');
  if (problem === 'privileged') sc.splice(1, 0, `${ind}    privileged: true ⟦k8s/privileged container-privileged⟧`);
  if (problem === 'ape') sc[1] = `${ind}    allowPrivilegeEscalation: true ⟦k8s/allow-privilege-escalation explicit-true⟧`;
  if (problem === 'rofs') sc[2] = `${ind}    readOnlyRootFilesystem: false ⟦k8s/writable-root-fs explicit-false⟧`;
  if (problem === 'root') sc[3] = `${ind}    runAsUser: 0 ⟦k8s/run-as-root container-uid-0⟧`;
  if (problem === 'capadd') sc.push(`${ind}      add: ["SYS_ADMIN"] ⟦k8s/capabilities add-sys-admin⟧`);
  out.push(...sc);
  out.push(`${ind}  resources:`, `${ind}    limits: {cpu: 500m, memory: 256Mi}`);
  return out;
}

const POD_SC = (ind: string): Doc => [`${ind}securityContext:`, `${ind}  runAsNonRoot: true`, `${ind}  runAsUser: 10001`, `${ind}  seccompProfile:`, `${ind}    type: RuntimeDefault`];

function podSpec(ind: string, problem: string | null, pick: () => number): Doc {
  const out: Doc = [];
  if (problem === 'hostnet') out.push(`${ind}hostNetwork: true ⟦k8s/host-namespace hostNetwork⟧`);
  if (problem === 'hostpid') out.push(`${ind}hostPID: true ⟦k8s/host-namespace hostPID⟧`);
  out.push(...POD_SC(ind));
  if (pick() < 0.5) {
    out.push(`${ind}initContainers:`);
    out.push(...container('migrate', ind + '  ', problem === 'init-privileged' ? 'privileged' : null));
  }
  out.push(`${ind}containers:`);
  const cp = ['privileged', 'ape', 'rofs', 'root', 'capadd'].includes(problem ?? '') ? problem : null;
  out.push(...container('app', ind + '  ', cp));
  if (problem === 'socket') {
    out.push(`${ind}volumes:`, `${ind}  - name: docker`, `${ind}    hostPath:`, `${ind}      path: /var/run/docker.sock ⟦k8s/docker-socket hostPath⟧`);
  }
  return out;
}

function workload(kind: string, name: string, problem: string | null, pick: () => number): Doc {
  const head: Doc = [kind === 'CronJob' ? 'apiVersion: batch/v1' : kind === 'Job' ? 'apiVersion: batch/v1' : kind === 'Pod' ? 'apiVersion: v1' : 'apiVersion: apps/v1', `kind: ${kind}`, 'metadata:', `  name: ${name}`, '  labels:', `    app.kubernetes.io/name: ${name}`, 'spec:'];
  if (kind === 'Pod') return [...head, ...podSpec('  ', problem, pick)];
  if (kind === 'CronJob') return [...head, '  schedule: "*/15 * * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: OnFailure', ...podSpec('          ', problem, pick)];
  if (kind === 'Job') return [...head, '  backoffLimit: 2', '  template:', '    spec:', '      restartPolicy: Never', ...podSpec('      ', problem, pick)];
  const sel = kind === 'DaemonSet' ? [] : ['  replicas: 2'];
  const sts = kind === 'StatefulSet' ? [`  serviceName: ${name}`] : [];
  return [...head, ...sel, ...sts, '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${name}`, '  template:', '    metadata:', '      labels:', `        app.kubernetes.io/name: ${name}`, '    spec:', ...podSpec('      ', problem, pick)];
}

const NOISE: Doc[] = [
  ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: shop', '  labels:', '    pod-security.kubernetes.io/enforce: restricted'],
  ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: shop-config', 'data:', '  LOG_LEVEL: info', '  PASSWORD_MIN_LENGTH: "12"'],
  ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: shop', 'spec:', '  selector:', '    app.kubernetes.io/name: shop', '  ports:', '    - port: 80', '      targetPort: 8080'],
];

function composeFile(pick: () => number, problem: string | null): Doc {
  const out: Doc = ['x-hardened: &hardened', '  read_only: true', '  user: "10001:10001"', '  cap_drop: [ALL]', '  security_opt:', '    - no-new-privileges:true', '  tmpfs: [/tmp]', '', 'services:'];
  out.push('  api:', '    <<: *hardened', '    image: ghcr.io/acme/api:2.3.1', '    env_file: .env.api', '    secrets:', '      - db_password', '    ports:', '      - target: 8080', '        published: 8080', '        protocol: tcp');
  if (problem === 'privileged') out.push('    privileged: true ⟦compose/privileged explicit⟧');
  if (problem === 'socket') out.push('    volumes:', '      - /var/run/docker.sock:/var/run/docker.sock ⟦compose/docker-socket short-volume⟧');
  if (problem === 'socket-long') out.push('    volumes:', '      - type: bind', '        source: /var/run/docker.sock ⟦compose/docker-socket long-volume⟧', '        target: /var/run/docker.sock');
  if (problem === 'capadd') out.push('    cap_add:', '      - SYS_ADMIN ⟦compose/cap-add sys-admin⟧');
  if (problem === 'hostnet') out.push('    network_mode: host ⟦compose/host-namespace network-host⟧');
  if (problem === 'root') out.push('    user: root ⟦compose/root-user override-root⟧');
  out.push('    deploy:', '      resources:', '        limits: {cpus: "0.5", memory: 256M}');
  out.push('  worker:', '    <<: *hardened', '    image: ghcr.io/acme/worker:2.3.1', '    profiles: [jobs]', '    command: ["worker", "--queue", "default"]');
  if (pick() < 0.5) out.push('    volumes:', '      - ./data:/data:ro');
  out.push('', 'secrets:', '  db_password:', '    file: ./secrets/db_password.txt');
  return out;
}

function githubWorkflow(problem: string | null, pick: () => number): Doc {
  const out: Doc = ['name: release', 'on:', '  push:', '    tags: ["v*"]', 'permissions:', '  contents: read', '  packages: write', '  id-token: write', 'jobs:', '  image:', '    runs-on: ubuntu-latest', '    steps:',
    '      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bc11b # v4.1.1',
    '      - uses: docker/login-action@343f7c4344506bcbf9b4de18042ae17996df046d # v3.0.0',
    '        with:', '          registry: ghcr.io', '          username: ${{ github.actor }}', '          password: ${{ secrets.GITHUB_TOKEN }}'];
  const pushLine = problem === 'unsigned' ? ' ⟦ci/image-not-signed build-push-action⟧' : problem === 'unscanned' ? ' ⟦ci/image-not-scanned build-push-action⟧' : '';
  out.push('      - id: build', `        uses: docker/build-push-action@4a13e500e55cf31b7a5d59a38ab2040ab0f42f56 # v5.1.0${pushLine}`, '        with:', '          push: true', '          tags: ghcr.io/acme/api:${{ github.ref_name }}');
  if (problem !== 'unscanned') {
    // The finding names the scan step, so it points at its `uses:` line.
    out.push(`      - uses: aquasecurity/trivy-action@d43c1f16c00cfd3978dde6c07f4bbcf9eb6993ca # 0.16.1${problem === 'soft-scan' ? ' ⟦ci/scan-not-enforced trivy-exit-0⟧' : ''}`, '        with:', '          image-ref: ghcr.io/acme/api:${{ github.ref_name }}');
    out.push(problem === 'soft-scan' ? "          exit-code: '0'" : "          exit-code: '1'", "          severity: CRITICAL,HIGH");
  }
  if (problem !== 'unsigned') out.push('      - uses: sigstore/cosign-installer@9614fae9e5c5eddabb09f90a270fcb487c9f7149 # v3.3.0', '      - run: cosign sign --yes ghcr.io/acme/api@${{ steps.build.outputs.digest }}');
  if (problem === 'unpinned') out.push('      - uses: some-org/notify-action@main');
  void pick;
  return out;
}

function gitlabCi(problem: string | null): Doc {
  const out: Doc = ['stages: [build, scan, sign]', '', 'build-image:', '  stage: build', '  image: docker:24.0.7', '  services: ["docker:24.0.7-dind"]', '  script:', '    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG" .',
    `    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"${problem === 'unsigned' ? ' ⟦ci/image-not-signed docker-push⟧' : problem === 'unscanned' ? ' ⟦ci/image-not-scanned docker-push⟧' : ''}`];
  if (problem !== 'unscanned') out.push('', 'scan-image:', '  stage: scan', '  image: aquasec/trivy:0.48.1', '  script:', `    - trivy image --exit-code ${problem === 'soft-scan' ? '0' : '1'} --severity HIGH,CRITICAL "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"${problem === 'soft-scan' ? ' ⟦ci/scan-not-enforced trivy-exit-0⟧' : ''}`);
  if (problem !== 'unsigned') out.push('', 'sign-image:', '  stage: sign', '  image: bitnami/cosign:2.2.2', '  script:', '    - cosign sign --yes "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"');
  return out;
}

function write(dir: string, file: string, doc: Doc, m: YamlManifest): void {
  const lines: string[] = [];
  doc.forEach((l, i) => {
    const mk = /\s*⟦(\S+) (\S+)⟧$/.exec(l);
    if (mk) m.expectations.push({ file, line: i + 1, rule: mk[1]!, kind: mk[2]! });
    lines.push(mk ? l.slice(0, mk.index) : l);
  });
  const p = join(dir, file);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, lines.join('\n') + '\n');
  m.files.push(file);
  if (!doc.some((l) => l.includes('⟦'))) m.hardened.push(file);
}

const K8S_PROBLEMS = [null, null, 'privileged', 'ape', 'rofs', 'root', 'capadd', 'hostnet', 'hostpid', 'socket', 'init-privileged'];
const KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'];
const COMPOSE_PROBLEMS = [null, 'privileged', 'socket', 'socket-long', 'capadd', 'hostnet', 'root'];
const CI_PROBLEMS = [null, null, 'unsigned', 'unscanned', 'soft-scan', 'unpinned'];

export function generateYamlCorpus(opts: { seed: number; dir: string; files: number }): YamlManifest {
  const pick = rng(opts.seed);
  const choose = <T>(xs: T[]): T => xs[Math.floor(pick() * xs.length)]!;
  const m: YamlManifest = { files: [], expectations: [], hardened: [] };
  for (let i = 0; i < opts.files; i++) {
    const r = pick();
    if (r < 0.5) {
      // Helm-rendered: several documents, `# Source:` headers, non-workloads mixed in.
      const doc: Doc = [];
      const n = 1 + Math.floor(pick() * 3);
      for (let d = 0; d < n; d++) {
        if (doc.length) doc.push('---');
        if (pick() < 0.4) doc.push('# Source: shop/templates/other.yaml', ...choose(NOISE), '---');
        doc.push(`# Source: shop/templates/workload-${d}.yaml`, ...workload(choose(KINDS), `shop-${i}-${d}`, choose(K8S_PROBLEMS), pick));
      }
      write(opts.dir, `deploy/k8s/app-${i}.yaml`, doc, m);
    } else if (r < 0.75) {
      write(opts.dir, `svc-${i}/docker-compose.yml`, composeFile(pick, choose(COMPOSE_PROBLEMS)), m);
    } else if (r < 0.9) {
      write(opts.dir, `.github/workflows/release-${i}.yml`, githubWorkflow(choose(CI_PROBLEMS), pick), m);
    } else {
      write(opts.dir, `gl-${i}/.gitlab-ci.yml`, gitlabCi(choose([null, 'unsigned', 'unscanned', 'soft-scan'])), m);
    }
  }
  return m;
}
