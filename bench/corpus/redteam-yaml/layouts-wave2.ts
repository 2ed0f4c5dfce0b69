// Wave 2, written after the wave-1 fixes: spellings inside files the checks already read —
// socket paths of other runtimes, CAP_-prefixed capabilities, pod-level securityContext that the
// containers inherit (or override), `--- # comment` separators and `...` end markers, GitLab
// hidden jobs with `extends:` and anchors, GitHub scans that `continue-on-error`, `docker buildx
// build --push` in a matrix `run:` block.
type Doc = string[];
type Pick = () => number;

const HARD = (ind: string): Doc => [`${ind}securityContext:`, `${ind}  allowPrivilegeEscalation: false`, `${ind}  readOnlyRootFilesystem: true`, `${ind}  capabilities:`, `${ind}    drop: ["ALL"]`];

// The CRI-O and containerd sockets give the same control of the node as docker.sock
// (checkov's CKV_K8S_27 names docker.sock only; a careful reviewer treats all runtimes alike).
export function k8sSocket(pick: Pick, bad: boolean): Doc {
  const path = ['/var/run/crio/crio.sock', '/run/containerd/containerd.sock', '/var/run/docker.sock'][Math.floor(pick() * 3)]!;
  return ['--- # node agent', 'apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: node-agent', 'spec:', '  template:', '    spec:', '      securityContext:', '        runAsNonRoot: true', '        runAsUser: 65534', '      containers:', '        - name: agent', '          image: registry.acme.io/agent:2.0.0', ...HARD('          '),
    '          volumeMounts:', '            - {name: rt, mountPath: /host/rt.sock, readOnly: true}', '      volumes:', '        - name: rt', '          hostPath:', bad ? `            path: ${path} ⟦k8s/docker-socket runtime-socket⟧` : '            path: /var/log/pods', '            type: ' + (bad ? 'Socket' : 'Directory'), '...'];
}

// Pod-level runAsUser: 0 is inherited by every container that does not set its own; a container
// that sets runAsUser: 10001 and runAsNonRoot: true overrides it (hard negative when all do).
export function k8sInherit(bad: boolean): Doc {
  return ['# worker pool', 'apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: reindex', 'spec:', '  template:', '    spec:', '      restartPolicy: Never', '      securityContext:',
    bad ? '        runAsUser: 0 ⟦k8s/run-as-root pod-level-uid-0⟧' : '        runAsUser: 0', '      containers:', '        - name: reindex', '          image: registry.acme.io/reindex:1.0.0', ...HARD('          '), ...(bad ? [] : ['            runAsUser: 10001', '            runAsNonRoot: true'])];
}

// `CAP_SYS_ADMIN` (the libcap spelling) and `ALL` are what kube-linter / checkov flag as added capabilities.
export function k8sCaps(pick: Pick, bad: boolean): Doc {
  const cap = ['CAP_SYS_ADMIN', 'ALL', 'SYS_PTRACE'][Math.floor(pick() * 3)]!;
  return ['apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: db', 'spec:', '  serviceName: db', '  template:', '    spec:', '      securityContext: {runAsNonRoot: true, runAsUser: 999}', '      containers:', '        - name: db', '          image: registry.acme.io/db:16.1', ...HARD('          '),
    bad ? `              add: ["${cap}"] ⟦k8s/capabilities added-cap⟧` : '              add: ["NET_BIND_SERVICE"]'];
}

// Compose: host namespaces other than the network, the socket bound read-only from /run, CAP_-prefixed caps.
export function composeSpellings(pick: Pick, bad: boolean): Doc {
  const which = Math.floor(pick() * 3);
  const base = ['services:', '  app:', '    image: ghcr.io/acme/app:4.0.0', '    user: "10001:10001"', '    read_only: true', '    cap_drop: [ALL]'];
  if (!bad) return [...base, '    ipc: shareable', '    volumes:', '      - /srv/app/run:/run/app:ro'];
  if (which === 0) return [...base, `    ${pick() < 0.5 ? 'pid' : 'ipc'}: "host" ⟦compose/host-namespace pid-ipc-host⟧`];
  if (which === 1) return [...base, '    volumes:', '      - /run/docker.sock:/var/run/docker.sock:ro ⟦compose/docker-socket run-sock-ro⟧'];
  return [...base, '    cap_add:', '      - CAP_SYS_ADMIN ⟦compose/cap-add cap-prefixed⟧'];
}

// GitLab: the scan lives in a hidden job (`.trivy`) that a real job extends, or in an anchor merged into it.
// `--exit-code 0` there is as unenforced as in the job itself; the finding belongs where the command is written.
export function gitlabExtends(pick: Pick, bad: boolean): Doc {
  const anchor = pick() < 0.5;
  const cmd = `    - trivy image --exit-code ${bad ? '0' : '1'} --severity HIGH,CRITICAL "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"${bad ? ' ⟦ci/scan-not-enforced hidden-job⟧' : ''}`;
  const head = ['stages: [build, test]', '', 'build:', '  stage: build', '  image: docker:24.0.7', '  script:', '    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .', '    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"', '    - cosign sign --yes "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"', ''];
  if (anchor) return [...head, '.scan: &scan', '  image: aquasec/trivy:0.48.1', '  script:', cmd, '', 'container-scan:', '  <<: *scan', '  stage: test'];
  return [...head, '.trivy:', '  image: aquasec/trivy:0.48.1', '  script:', cmd, '', 'container-scan:', '  extends: .trivy', '  stage: test'];
}

// GitHub: `docker buildx build --push` in a matrix run block, the scan step set to continue-on-error.
export function githubBuildx(pick: Pick, bad: boolean): Doc {
  const soft = bad && pick() < 0.5;
  return ['name: images', 'on: {push: {branches: [main]}}', 'permissions: {contents: read, packages: write, id-token: write}', 'jobs:', '  images:', '    runs-on: ubuntu-latest', '    strategy:', '      matrix:', '        svc: [api, web]', '    steps:', '      - uses: actions/checkout@v4', '      - run: |',
    // A command continued over lines is reported at its first line.
    `          docker buildx build \\${bad && !soft ? ' ⟦ci/image-not-signed buildx-push⟧' : ''}`, '            --platform linux/amd64,linux/arm64 \\', '            --push -t ghcr.io/acme/${{ matrix.svc }}:${{ github.sha }} ./${{ matrix.svc }}',
    `      - uses: aquasecurity/trivy-action@d43c1f16c00cfd3978dde6c07f4bbcf9eb6993ca # 0.16.1${soft ? ' ⟦ci/scan-not-enforced continue-on-error⟧' : ''}`, ...(soft ? ['        continue-on-error: true'] : []), '        with:', '          image-ref: ghcr.io/acme/${{ matrix.svc }}:${{ github.sha }}', "          exit-code: '1'",
    ...(bad && !soft ? [] : ['      - uses: sigstore/cosign-installer@9614fae9e5c5eddabb09f90a270fcb487c9f7149 # v3.3.0', '      - run: cosign sign --yes ghcr.io/acme/${{ matrix.svc }}:${{ github.sha }}'])];
}
