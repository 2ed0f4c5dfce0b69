import { chance, pick } from '../plant';
import { namedSecret, token } from './secrets';
import { R, install, pos, type StageCtx } from './stage';
import { cmd, hexDigits, type Cmd } from './writer';

/**
 * Real problems, each written into a stage with the rule id and line a
 * finding must have. Several variants per rule, in the syntaxes the held-out
 * set uses (continued ENV, heredocs, JSON form, lowercase keywords).
 */
export interface Problem {
  kind: string;
  /** Needs RUN (not in distroless / scratch stages). */
  shell: boolean;
  emit(c: StageCtx): void;
}

const host = () => pick(['example.com', 'downloads.example.org', 'github.com/acme/tool/releases/download/v1.4.2', 'releases.hashicorp.com/terraform/1.8.5', 'dl.example.net/pub', 'storage.googleapis.com/acme-builds']);
const artifact = () => pick(['tool.tar.gz', 'app-linux-amd64.tgz', 'cli_1.4.2_linux_amd64.zip', 'agent.deb', 'installer.bin', 'jdk.tar.gz', 'node_exporter.tar.gz']);
const url = (file = artifact()) => `https://${host()}/${file}`;

/** `curl -o` / `wget -O` of a URL into a file, in the ways people write it. */
function fetchTo(u: string, out: string): string {
  return pick([
    `curl -fsSL -o ${out} ${u}`,
    `curl -fsSLo ${out} "${u}"`,
    `wget -q -O ${out} ${u}`,
    `wget -O ${out} "${u}"`,
    `curl --retry 3 -sSL ${u} -o ${out}`,
    `curl -fL --output ${out} ${u}`,
  ]);
}

const unpack = (f: string) => (f.endsWith('.zip') ? `unzip -q ${f} -d /opt/tool` : f.endsWith('.deb') ? `dpkg -i ${f}` : f.endsWith('.bin') ? `chmod +x ${f} && ${f} --prefix=/opt/tool` : `tar -xzf ${f} -C /usr/local`);

const envProblem: Problem = {
  kind: 'env-secret',
  shell: false,
  emit(c) {
    const s = namedSecret();
    const others = [
      { key: 'APP_ENV', value: 'production' },
      { key: 'PORT', value: String(pick([3000, 8080, 8000, 9000])) },
      { key: 'LOG_LEVEL', value: 'info' },
      { key: 'TZ', value: 'UTC' },
    ];
    const mark = pos(R.env, `env-secret:${s.kind}`);
    const pairs = [...others.slice(0, pick([0, 1, 2, 3])).map((p) => ({ ...p })), { key: s.key, value: s.value, marks: [mark], quote: chance(0.3) }];
    if (chance(0.4)) pairs.push({ key: 'NODE_OPTIONS', value: '--max-old-space-size=512' });
    c.w.pairs('ENV', pairs);
  },
};

const argProblem: Problem = {
  kind: 'arg-secret',
  shell: true,
  emit(c) {
    const variant = pick(['default', 'used-by-run', 'used-by-run', 'global-default']);
    if (variant === 'default' || variant === 'global-default') {
      const s = namedSecret();
      c.w.pairs('ARG', [{ key: s.key, value: s.value, marks: [pos(R.arg, `arg-secret:default-${s.kind}`)] }]);
      return;
    }
    const key = pick(['NPM_TOKEN', 'GITHUB_TOKEN', 'PIP_INDEX_PASSWORD', 'COMPOSER_AUTH_TOKEN', 'SENTRY_AUTH_TOKEN', 'DB_PASSWORD']);
    c.w.pairs('ARG', [{ key, value: null, marks: [pos(R.arg, 'arg-secret:used-by-run')] }]);
    const use: Record<string, string> = {
      NPM_TOKEN: 'NPM_TOKEN=$NPM_TOKEN npm ci --omit=dev',
      GITHUB_TOKEN: 'GOPRIVATE=github.com/acme go mod download',
      PIP_INDEX_PASSWORD: 'pip install --no-cache-dir -r requirements.txt',
      COMPOSER_AUTH_TOKEN: 'composer install --no-dev --no-scripts',
      SENTRY_AUTH_TOKEN: 'npm run build && npx sentry-cli sourcemaps upload ./dist',
      DB_PASSWORD: './scripts/migrate.sh',
    };
    c.w.run([cmd(use[key])]);
  },
};

const labelProblem: Problem = {
  kind: 'label-secret',
  shell: false,
  emit(c) {
    const v = pick([() => ({ key: 'deploy.token', value: token.github() }), () => ({ key: 'com.acme.registry.password', value: token.password() }), () => ({ key: 'ci.npm-token', value: token.npm() }), () => ({ key: 'io.acme.slack', value: token.slack() })])();
    c.w.pairs('LABEL', [
      { key: 'org.opencontainers.image.source', value: 'https://github.com/acme/app' },
      { key: v.key, value: v.value, marks: [pos(R.label, 'label-secret')], quote: chance(0.5) },
      ...(chance(0.5) ? [{ key: 'maintainer', value: 'platform@acme.example' }] : []),
    ]);
  },
};

const SECRET_FILES = [
  { src: '.npmrc', dest: './' },
  { src: '.env', dest: '/app/.env' },
  { src: '.env.production', dest: './' },
  { src: 'id_rsa', dest: '/root/.ssh/id_rsa' },
  { src: 'deploy/id_ed25519', dest: '/root/.ssh/' },
  { src: 'credentials.json', dest: '/app/' },
  { src: 'config/service-account.json', dest: '/secrets/' },
  { src: '.netrc', dest: '/root/.netrc' },
  { src: '.pypirc', dest: '/root/' },
  { src: 'certs/server.key', dest: '/etc/ssl/private/' },
  { src: '.aws/credentials', dest: '/root/.aws/credentials' },
  { src: '.docker/config.json', dest: '/root/.docker/config.json' },
];

const copiedProblem: Problem = {
  kind: 'secret-file-copied',
  shell: false,
  emit(c) {
    const f = pick(SECRET_FILES);
    const form = pick(['plain', 'chown', 'json', 'add', 'with-others']);
    const m = [pos(R.copied, `secret-file-copied:${f.src.replace(/^.*\//, '')}`)];
    if (form === 'json') c.w.copy(`["${f.src}", "${f.dest}"]`, m);
    else if (form === 'chown') c.w.copy(`--chown=app:app ${f.src} ${f.dest}`, m);
    else if (form === 'add') c.w.copy(`${f.src} ${f.dest}`, m, 'ADD');
    else if (form === 'with-others') c.w.copy(`package.json ${f.src} ./`, m);
    else c.w.copy(`${f.src} ${f.dest}`, m);
  },
};

const removedProblem: Problem = {
  kind: 'secret-removed-in-later-layer',
  shell: true,
  emit(c) {
    const v = pick([
      { src: '.npmrc', dest: './.npmrc', use: 'npm ci', rm: 'rm -f .npmrc' },
      { src: '.npmrc', dest: '/root/.npmrc', use: 'npm ci --omit=dev', rm: 'rm /root/.npmrc' },
      { src: 'id_rsa', dest: '/root/.ssh/id_rsa', use: 'git clone git@github.com:acme/private-lib.git /src/lib', rm: 'rm -rf /root/.ssh' },
      { src: '.netrc', dest: '/root/.netrc', use: 'pip install --no-cache-dir -r requirements.txt', rm: 'rm -f /root/.netrc' },
      { src: 'auth.json', dest: '/root/.composer/auth.json', use: 'composer install --no-dev', rm: 'rm /root/.composer/auth.json' },
    ]);
    // auth.json is only a credentials file by where it lands (~/.composer/auth.json); secret-file-copied judges the destination too.
    const copiedRule = [pos(R.copied, /auth\.json$/.test(v.src) ? 'secret-file-copied:auth.json-by-destination' : `secret-file-copied:${v.src}`)];
    c.w.copy(`${v.src} ${v.dest}`, copiedRule);
    c.w.run([cmd(v.use)]);
    const tail = chance(0.5) ? [cmd('echo done')] : [];
    c.w.run([...tail, cmd(v.rm, pos(R.removed, 'secret-removed-in-later-layer'))]);
  },
};

const persistedProblem: Problem = {
  kind: 'secret-persisted-by-run',
  shell: true,
  emit(c) {
    const v = pick(['mount-cat', 'mount-cp', 'arg-echo', 'arg-config']);
    if (v === 'mount-cat') {
      c.w.run([cmd('cat /run/secrets/npmrc > /root/.npmrc', pos(R.persisted, 'secret-persisted:mount-redirect')), cmd('npm ci')], { flags: ['--mount=type=secret,id=npmrc'] });
    } else if (v === 'mount-cp') {
      c.w.run([cmd('cp /run/secrets/tls_key /etc/app/tls.key', pos(R.persisted, 'secret-persisted:mount-cp')), cmd('chmod 600 /etc/app/tls.key')], { flags: ['--mount=type=secret,id=tls_key'] });
    } else if (v === 'arg-echo') {
      c.w.pairs('ARG', [{ key: 'NPM_TOKEN', value: null, marks: [pos(R.arg, 'arg-secret:used-by-run')] }]);
      c.w.run([cmd('echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc', pos(R.persisted, 'secret-persisted:arg-redirect')), cmd('npm ci')]);
    } else {
      c.w.pairs('ARG', [{ key: 'GITHUB_TOKEN', value: null, marks: [pos(R.arg, 'arg-secret:used-by-run')] }]);
      c.w.run([cmd('git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"', pos(R.persisted, 'secret-persisted:git-config')), cmd('go mod download')]);
    }
  },
};

const credRunProblem: Problem = {
  kind: 'credential-in-run',
  shell: true,
  emit(c) {
    const v = pick(['docker-login', 'git-url', 'pgpassword', 'mysql', 'chpasswd', 'auth-header', 'npm-token-env', 'curl-user']);
    const m = (k: string, related?: string[]) => pos(R.credRun, `credential-in-run:${k}`, related);
    const cmds: Cmd[] = [];
    switch (v) {
      case 'docker-login':
        cmds.push(cmd(`docker login -u ci -p ${token.password()} registry.acme.example`, m(v)));
        break;
      case 'git-url':
        cmds.push(cmd(`git clone --depth 1 https://${pick(['deploy', 'ci-bot', 'oauth2'])}:${pick([token.gitlab, token.github, token.password])()}@${pick(['gitlab.acme.example', 'github.com'])}/acme/private-lib.git /src/lib`, m(v)));
        break;
      case 'pgpassword':
        cmds.push(cmd(`PGPASSWORD=${token.password()} psql -h db -U app -f /docker-entrypoint-initdb.d/schema.sql`, m(v)));
        break;
      case 'mysql':
        cmds.push(cmd(`mysql -uroot -p${token.password()} -e "CREATE DATABASE app"`, m(v)));
        break;
      case 'chpasswd':
        cmds.push(cmd(`echo "${pick(['root', 'app', 'admin'])}:${token.password()}" | chpasswd`, m(v)));
        break;
      case 'auth-header':
        cmds.push(cmd(`curl -fsSL -H "Authorization: Bearer ${token.github()}" https://api.github.com/repos/acme/app/tarball/v1.2.0 -o /tmp/src.tgz`, m(v), pos(R.download, 'download-unverified:with-auth-header')));
        break;
      case 'npm-token-env':
        cmds.push(cmd(`NPM_TOKEN=${token.npm()} npm ci`, m(v)));
        break;
      case 'curl-user':
        cmds.push(cmd(`curl -fsS -u admin:${token.password()} -o /tmp/artifact.jar https://nexus.acme.example/repository/releases/app.jar`, m(v), pos(R.download, 'download-unverified:with-credentials')));
        break;
    }
    if (chance(0.5)) cmds.unshift(cmd(pick(['echo "building"', 'mkdir -p /src', 'cd /tmp'])));
    c.w.run(cmds);
  },
};

const addRemoteProblem: Problem = {
  kind: 'add-remote-unverified',
  shell: false,
  emit(c) {
    const v = pick(['plain', 'git', 'json', 'chmod', 'lookalike-sha256sum']);
    const m = pos(R.addRemote, `add-remote-unverified:${v}`);
    if (v === 'plain') c.w.copy(`${url()} /tmp/`, [m], 'ADD');
    else if (v === 'git') c.w.copy(`${pick(['--keep-git-dir=true ', ''])}https://github.com/acme/${pick(['lib', 'proto', 'assets'])}.git#${pick(['main', 'v2.1.0', 'release'])} /src/dep`, [m], 'ADD');
    else if (v === 'json') c.w.copy(`["${url()}", "/opt/"]`, [m], 'ADD');
    else if (v === 'chmod') c.w.copy(`--chmod=755 ${url('tini')} /usr/local/bin/tini`, [m], 'ADD');
    else {
      c.w.copy(`${url('tool')} /usr/local/bin/tool`, [m], 'ADD');
      if (c.shell) c.w.run([cmd('sha256sum /usr/local/bin/tool'), cmd('chmod +x /usr/local/bin/tool')]);
    }
  },
};

const pipedProblem: Problem = {
  kind: 'remote-script-piped-to-shell',
  shell: true,
  emit(c) {
    const m = (k: string) => pos(R.piped, `piped-to-shell:${k}`);
    const v = pick(['curl-sh', 'wget-bash', 'sh-c', 'poetry', 'nodesource', 'sudo-bash', 'bash-s', 'rustup']);
    switch (v) {
      case 'curl-sh':
        c.w.run([...install(c.os, ['curl']).slice(0, chance(0.5) ? 0 : 9), cmd('curl -fsSL https://get.acme.example/install.sh | sh', m(v))]);
        break;
      case 'wget-bash':
        c.w.run([cmd('wget -qO- https://raw.githubusercontent.com/acme/tool/main/install.sh | bash', m(v))]);
        break;
      case 'sh-c':
        c.w.run([cmd('sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"', m(v))]);
        break;
      case 'poetry':
        c.w.run([cmd('curl -sSL https://install.python-poetry.org | python3 -', m(v)), cmd('poetry --version')]);
        break;
      case 'nodesource':
        c.w.run([cmd('curl -fsSL https://deb.nodesource.com/setup_20.x | bash -', m(v)), cmd('apt-get install -y nodejs')]);
        break;
      case 'sudo-bash':
        c.w.run([cmd('curl -fsSL https://get.docker.com | sudo sh', m(v), pos(R.sudo, 'sudo-in-run:piped'))]);
        break;
      case 'bash-s':
        c.w.run([cmd('curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s -- -b /usr/local/bin v1.59.1', m(v))]);
        break;
      case 'rustup':
        c.w.run([cmd("curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y", m(v))]);
        break;
    }
  },
};

const downloadProblem: Problem = {
  kind: 'download-unverified',
  shell: true,
  emit(c) {
    const v = pick(['plain', 'plain', 'sha256sum-no-c', 'curl-pipe-sha256sum', 'echo-sha-no-c', 'wget-bare', 'url-variable', 'md5-print']);
    const m = pos(R.download, `download-unverified:${v}`);
    const f = artifact();
    const out = `/tmp/${f}`;
    switch (v) {
      case 'plain':
        c.w.run([cmd(fetchTo(url(f), out), m), cmd(unpack(out)), cmd(`rm ${out}`)]);
        break;
      case 'sha256sum-no-c':
        c.w.run([cmd(fetchTo(url(f), out), m), cmd(`sha256sum ${out}`), cmd(unpack(out))]);
        break;
      case 'curl-pipe-sha256sum':
        c.w.run([cmd(`curl -fsSL ${url(f)} | sha256sum`, m), cmd(`curl -fsSLo ${out} ${url(f)}`, m), cmd(unpack(out))]);
        break;
      case 'echo-sha-no-c':
        c.w.run([cmd(fetchTo(url(f), out), m), cmd(`echo "${hexDigits(64)}  ${out}" | sha256sum`), cmd(unpack(out))]);
        break;
      case 'wget-bare':
        c.w.run([cmd(`cd /tmp`), cmd(`wget ${url(f)}`, m), cmd(unpack(f))]);
        break;
      case 'url-variable':
        c.w.pairs('ENV', [{ key: 'TOOL_VERSION', value: '1.4.2' }, { key: 'TOOL_URL', value: `https://${host()}/tool-1.4.2.tgz` }]);
        c.w.run([cmd(`curl -fsSL "$TOOL_URL" -o /tmp/tool.tgz`, m), cmd('tar -xzf /tmp/tool.tgz -C /usr/local/bin')]);
        break;
      case 'md5-print':
        c.w.run([cmd(fetchTo(url(f), out), m), cmd(`md5sum ${out} > ${out}.md5`), cmd(unpack(out))]);
        break;
    }
  },
};

const trustProblem: Problem = {
  kind: 'trust-disabled',
  shell: true,
  emit(c) {
    const v = pick(['curl-k', 'wget-no-check', 'pip-trusted', 'apt-unauth', 'node-tls-env', 'npm-strict-ssl', 'git-sslverify', 'apk-untrusted', 'goinsecure']);
    const m = (rel?: string[]) => pos(R.trust, `trust-disabled:${v}`, rel);
    switch (v) {
      case 'curl-k':
        c.w.run([cmd(`curl -fsSLk -o /tmp/tool.tgz ${url('tool.tgz')}`, m(), pos(R.download, 'download-unverified:curl-k')), cmd('tar -xzf /tmp/tool.tgz -C /usr/local/bin')]);
        break;
      case 'wget-no-check':
        c.w.run([cmd(`wget --no-check-certificate -O /tmp/tool.tgz ${url('tool.tgz')}`, m(), pos(R.download, 'download-unverified:wget-no-check')), cmd('tar -xzf /tmp/tool.tgz -C /opt')]);
        break;
      case 'pip-trusted':
        c.w.run([cmd('pip install --no-cache-dir --trusted-host pypi.acme.internal --index-url http://pypi.acme.internal/simple -r requirements.txt', m())]);
        break;
      case 'apt-unauth':
        c.w.run([cmd('apt-get update'), cmd('apt-get install -y --allow-unauthenticated acme-agent', m())]);
        break;
      case 'node-tls-env':
        c.w.pairs('ENV', [{ key: 'NODE_ENV', value: 'production' }, { key: 'NODE_TLS_REJECT_UNAUTHORIZED', value: '0', marks: [m()] }]);
        break;
      case 'npm-strict-ssl':
        c.w.run([cmd('npm config set strict-ssl false', m()), cmd('npm ci')]);
        break;
      case 'git-sslverify':
        c.w.run([cmd('git config --global http.sslVerify false', m()), cmd('git clone https://git.acme.internal/acme/lib.git /src/lib')]);
        break;
      case 'apk-untrusted':
        c.w.run([cmd('apk add --no-cache --allow-untrusted /tmp/acme-agent.apk', m())]);
        break;
      case 'goinsecure':
        c.w.pairs('ENV', [{ key: 'GOPRIVATE', value: 'git.acme.internal' }, { key: 'GOINSECURE', value: 'git.acme.internal', marks: [m()] }]);
        break;
    }
  },
};

const sudoProblem: Problem = {
  kind: 'sudo-in-run',
  shell: true,
  emit(c) {
    const pm = c.os === 'alpine' ? 'apk add --no-cache git' : 'apt-get install -y git';
    c.w.run([cmd(pick([`sudo ${pm}`, 'sudo -u app make install', 'sudo chown -R app:app /app', 'sudo -E npm install -g pnpm']), pos(R.sudo, 'sudo-in-run'))]);
  },
};

const writableProblem: Problem = {
  kind: 'world-writable',
  shell: false,
  emit(c) {
    const v = pick(['777', 'a+rwx', 'o+w', 'copy-chmod', '0777', '666']);
    const m = pos(R.writable, `world-writable:${v}`);
    if (v === 'copy-chmod') {
      c.w.copy(`--chmod=${pick(['777', '0666', 'a+rw'])} config/ /etc/app/`, [m]);
      return;
    }
    if (!c.shell) {
      c.w.copy(`--chmod=0777 scripts/ /app/scripts/`, [m]);
      return;
    }
    const dir = pick(['/app', '/data', '/var/www/html', '/opt/app/logs', `${c.workdir}/storage`]);
    c.w.run([cmd(`mkdir -p ${dir}`), cmd(`chmod ${v === '777' ? '-R 777' : v} ${dir}`, m)]);
  },
};

const insecureProblem: Problem = {
  kind: 'insecure-build-flags',
  shell: true,
  emit(c) {
    const v = pick(['network-host', 'security-insecure', 'sshd', 'expose-22']);
    const m = pos(R.insecure, `insecure-build-flags:${v}`);
    if (v === 'network-host') c.w.run([cmd(pick(['pip install --no-cache-dir -r requirements.txt', 'npm ci', 'go mod download', 'make deps']))], { flags: ['--network=host'], flagMarks: [m] });
    else if (v === 'security-insecure') c.w.run([cmd('make test')], { flags: ['--security=insecure'], flagMarks: [m] });
    else if (v === 'sshd') {
      if (c.os === 'alpine') c.w.run([cmd('apk add --no-cache openssh-server', m)], { form: 'line' });
      else c.w.run([cmd('apt-get update'), cmd('apt-get install -y --no-install-recommends openssh-server', m), cmd('rm -rf /var/lib/apt/lists/*')]);
    } else c.w.instr('EXPOSE', pick(['22', '8080 22', '22/tcp']), [m]);
  },
};

export const PROBLEMS: Problem[] = [
  envProblem,
  argProblem,
  labelProblem,
  copiedProblem,
  removedProblem,
  persistedProblem,
  credRunProblem,
  addRemoteProblem,
  pipedProblem,
  downloadProblem,
  trustProblem,
  sudoProblem,
  writableProblem,
  insecureProblem,
];
