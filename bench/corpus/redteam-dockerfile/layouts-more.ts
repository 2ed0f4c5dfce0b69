import * as fake from '../../../lib/secrets/fake';
import { chance, int, pick, shuffle } from '../plant';
import { token } from '../dockerfiles/secrets';
import { R, neg, pos } from './doc';
import { endUser, type Layout } from './layouts';

/**
 * Red-team layouts, part two: BuildKit mounts, ENV / LABEL spellings, the
 * many ways to run a downloaded script, download checks the corpus does not
 * write (here-strings, cosign, minisign, checksum lists), secrets removed in
 * later layers, ONBUILD / HEALTHCHECK / SHELL, literal credentials in
 * commands, trust switches, permissions, sudo and SSH, each in its own file.
 */
const sha = () => fake.hex(64);
const ver = () => `${int(1, 3)}.${int(0, 20)}.${int(0, 9)}`;
const host = () => pick(['releases.acme.example', 'github.com/acme/agent/releases/download/v' + ver(), 'dl.acme-cdn.net/pub', 'get.acme.example']);
const url = (f: string) => `https://${host()}/${f}`;

const mounts: Layout = (d) => {
  d.put('# syntax=docker/dockerfile:1');
  d.put('FROM node:20.14-bookworm-slim AS deps');
  d.put('WORKDIR /app');
  d.put('COPY package.json package-lock.json .npmrc.template ./');
  for (const v of shuffle(['target', 'env', 'ssh', 'cache', 'flags-lines', 'persist-cp', 'persist-env', 'persist-git', 'network-host', 'security', 'network-none', 'bind']).slice(0, int(3, 6))) {
    d.gap();
    if (v === 'target') d.put('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,uid=1000,mode=0400 npm ci --omit=dev', neg('secret-mount-target'));
    if (v === 'env') d.put('RUN --mount=type=secret,id=gh_token,env=GITHUB_TOKEN,required=true npm run fetch-private', neg('secret-mount-env'));
    if (v === 'ssh') d.put('RUN --mount=type=ssh,id=default git clone --depth 1 git@github.com:acme/private-ui.git /opt/ui', neg('ssh-mount'));
    if (v === 'cache') d.put('RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked npm ci', neg('cache-mount'));
    if (v === 'bind') d.put('RUN --mount=type=bind,source=scripts,target=/scripts /scripts/prepare.sh', neg('bind-mount'));
    if (v === 'flags-lines') {
      d.put('RUN \\');
      d.put('    --mount=type=secret,id=npmrc,target=/root/.npmrc \\', neg('secret-mount-own-line'));
      d.put('    --mount=type=cache,target=/root/.npm \\');
      d.put('    npm ci && npm run build');
    }
    if (v === 'persist-cp') d.put('RUN --mount=type=secret,id=pypirc cp /run/secrets/pypirc ~/.pypirc && python -m twine check dist/*', pos(R.persisted, 'mount:cp-to-home'));
    if (v === 'persist-env') d.put('RUN --mount=type=secret,id=gh,env=GH_TOKEN printf "machine github.com login x password %s\\n" "$GH_TOKEN" > /root/.netrc', pos(R.persisted, 'mount:env-to-netrc'));
    if (v === 'persist-git') d.put('RUN --mount=type=secret,id=gh,env=GH_TOKEN git config --global url."https://x-access-token:${GH_TOKEN}@github.com/".insteadOf "https://github.com/"', pos(R.persisted, 'mount:env-git-config'));
    if (v === 'network-host') d.put('RUN --network=host npm run e2e:deps', pos(R.insecure, 'mount:network-host'));
    if (v === 'security') d.put('RUN --security=insecure --mount=type=cache,target=/root/.cache npm run test:sandbox', pos(R.insecure, 'mount:security-insecure'));
    if (v === 'network-none') d.put('RUN --network=none npm test', neg('network-none'));
  }
  d.put('');
  d.put('FROM gcr.io/distroless/nodejs20-debian12:nonroot');
  d.put('COPY --from=deps --chown=65532:65532 /app /app');
  d.put('CMD ["/app/server.js"]');
};

const envLabelForms: Layout = (d) => {
  d.put('FROM python:3.12.4-alpine3.20');
  for (const v of shuffle(['multi', 'legacy', 'legacy-weak', 'comment-inside', 'quoted-escape', 'url', 'conn', 'label-quoted', 'label-multi', 'negs', 'label-negs', 'unset-later']).slice(0, int(3, 6))) {
    d.gap();
    const pw = token.password();
    if (v === 'multi') d.put(`ENV APP_ENV=production DB_PASSWORD=${pw} LOG_LEVEL=info`, pos(R.env, 'env:multi-pair-middle'));
    if (v === 'legacy') d.put(`ENV REDIS_PASSWORD ${pw}`, pos(R.env, 'env:legacy-form'));
    if (v === 'legacy-weak') d.put(pick(['ENV MYSQL_ROOT_PASSWORD root', 'ENV POSTGRES_PASSWORD postgres']), pos(R.env, 'env:legacy-weak-password'));
    if (v === 'comment-inside') {
      d.put('ENV APP_NAME=shop \\');
      d.put('    # credentials for the staging API');
      d.put(`    SHOP_API_KEY=${fake.alnum(32)} \\`, pos(R.env, 'env:after-comment-in-continuation'));
      d.put('    APP_PORT=8000');
    }
    if (v === 'quoted-escape') d.put(`ENV SMTP_PASSWORD="${pw}\\"x" SMTP_HOST=smtp.acme.example`, pos(R.env, 'env:escaped-quote'));
    if (v === 'url') d.put(`ENV DATABASE_URL=postgres://app:${pw.replace(/[^A-Za-z0-9]/g, '')}x9@db.internal:5432/app`, pos(R.env, 'env:url-password'));
    if (v === 'conn') d.put(`ENV ConnectionStrings__Default="Server=db;Database=app;User Id=sa;Password=${pw};"`, pos(R.env, 'env:connection-string'));
    if (v === 'label-quoted') d.put(`LABEL "com.acme.deploy-token"="${token.gitlab()}"`, pos(R.label, 'label:quoted-key'));
    if (v === 'label-multi') {
      d.put('LABEL org.opencontainers.image.title="shop" \\');
      d.put('      org.opencontainers.image.source="https://github.com/acme/shop" \\');
      d.put(`      com.acme.registry.password=${pw}`, pos(R.label, 'label:continued-password'));
    }
    if (v === 'negs') {
      d.put('ENV DB_PASSWORD_FILE=/run/secrets/db_password SECRET_KEY_BASE_DUMMY=1', neg('env-describing-names'));
      d.put('ENV JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStorePassword=changeit"', neg('env-truststore-default'));
      d.put('ENV AUTH_TOKEN_HEADER=X-Auth-Token PASSWORD_HASH=argon2id', neg('env-describing-names'));
    }
    if (v === 'label-negs') d.put('LABEL org.opencontainers.image.description="Reads the API token from /run/secrets/api_token" com.acme.token-endpoint="https://auth.acme.example/token"', neg('label-describing'));
    if (v === 'unset-later') {
      d.put(`ENV NPM_TOKEN=${token.npm()}`, pos(R.env, 'env:unset-later-does-not-help'));
      d.put('RUN npm --version >/dev/null 2>&1 || true');
      d.put('RUN unset NPM_TOKEN', neg('unset-in-later-run'));
    }
  }
  d.put('WORKDIR /srv');
  if (chance(0.4)) d.contextCopy(pick(['COPY [".", "/srv/"]', 'COPY ./ ./', 'ADD . /srv']));
  else d.put('COPY app/ ./app/');
  endUser(d, 'alpine');
  d.put('CMD ["python", "-m", "app"]');
};

const pipedForms: Layout = (d) => {
  d.put('FROM debian:12.6');
  d.put('RUN apt-get update && apt-get install -y --no-install-recommends curl wget ca-certificates && rm -rf /var/lib/apt/lists/*');
  const forms: Array<[string, string]> = [
    ['bash-c-subst', `RUN bash -c "$(curl -fsSL ${url('install.sh')})"`],
    ['wget-O-dash', `RUN wget -O- ${url('setup.sh')} | sh`],
    ['wget-qO-space', `RUN wget -qO - ${url('setup.sh')} | bash -s -- -y`],
    ['sh-process-subst', `RUN sh <(curl -s ${url('bootstrap.sh')})`],
    ['bash-process-wget', `RUN bash <(wget -qO- ${url('bootstrap.sh')})`],
    ['sudo-E-bash', `RUN curl -fsSL ${url('setup_20.x')} | sudo -E bash -`],
    ['env-sh', `RUN curl -sL ${url('install')} | env INSTALL_DIR=/usr/local/bin sh`],
    ['eval', `RUN eval "$(curl -fsSL ${url('env.sh')})"`],
    ['source-subst', `RUN . <(curl -fsSL ${url('profile.sh')})`],
    ['python-c', `RUN python3 -c "$(curl -fsSL ${url('get-pip.py')})"`],
    ['tee-sh', `RUN curl -fsSL ${url('install.sh')} | tee /tmp/install.sh | sh`],
    ['no-spaces', `RUN curl -fsSL ${url('i.sh')}|sh`],
    ['if-then', `RUN if [ "$(uname -m)" = x86_64 ]; then curl -fsSL ${url('install.sh')} | bash; fi`],
    ['abs-shell', `RUN curl -fsSL ${url('install.sh')} | /bin/bash -s stable`],
  ];
  for (const [kind, line] of shuffle(forms).slice(0, int(3, 5))) {
    d.gap();
    const marks = [pos(R.piped, `piped:${kind}`)];
    if (kind === 'sudo-E-bash') marks.push(pos(R.sudo, 'piped:sudo-E-bash'));
    d.put(line, ...marks);
  }
  for (const v of shuffle(['file-then-run', 'verified-then-run', 'keyring', 'tar-stream', 'localhost']).slice(0, int(1, 3))) {
    d.gap();
    if (v === 'file-then-run') d.put(`RUN curl -fsSL ${url('install.sh')} -o /tmp/install.sh && sh /tmp/install.sh`, pos(R.download, 'download-then-run-unverified'));
    if (v === 'verified-then-run') {
      d.put(`RUN curl -fsSLo /tmp/install.sh ${url('install.sh')} \\`, neg('verified-script'));
      d.put(`    && echo "${sha()}  /tmp/install.sh" | sha256sum -c - \\`);
      d.put('    && sh /tmp/install.sh');
    }
    if (v === 'keyring') d.put(`RUN curl -fsSL ${url('apt.gpg')} | gpg --dearmor -o /usr/share/keyrings/acme.gpg`, neg('keyring-pipe'));
    if (v === 'tar-stream') d.put(`RUN curl -fsSL ${url('node_exporter.tar.gz')} | tar -xz -C /usr/local/bin --strip-components=1`, pos(R.download, 'download:stream-to-tar'));
    if (v === 'localhost') d.put('RUN curl -fsS http://localhost:8080/ready | grep -q ok || true', neg('localhost-curl'));
  }
  endUser(d);
  d.put('CMD ["bash"]');
};

const downloadChecks: Layout = (d) => {
  d.put('FROM alpine:3.20.2');
  d.put('RUN apk add --no-cache curl gnupg cosign minisign');
  d.put(`ENV HELM_SHA256=${sha()}`);
  for (const v of shuffle(['here-string', 'check-status', 'sums-grep', 'cosign', 'minisign', 'gpg', 'shasum', 'next-run', 'print-only', 'tee-sum', 'gpg-import-only', 'cosign-version']).slice(0, int(3, 5))) {
    d.gap();
    const f = pick(['helm.tgz', 'kubectl', 'tool.tar.gz', 'node.tar.xz']);
    if (v === 'here-string') {
      d.put(`RUN curl -fsSLo /tmp/${f} ${url(f)} \\`, neg('verified:here-string'));
      d.put(`    && sha256sum -c <<< "$HELM_SHA256  /tmp/${f}"`);
    }
    if (v === 'check-status') {
      d.put(`RUN wget -qO /tmp/${f} ${url(f)} && \\`, neg('verified:check-status'));
      d.put(`    echo "${sha()}  /tmp/${f}" | sha256sum --check --status`);
    }
    if (v === 'sums-grep') {
      d.put('WORKDIR /tmp');
      d.put(`RUN curl -fsSLO ${url(f)} \\`, neg('verified:sums-grep'));
      d.put(`    && curl -fsSLO ${url('SHA256SUMS')} \\`);
      d.put(`    && grep " ${f}$" SHA256SUMS | sha256sum -c - \\`);
      d.put('    && rm SHA256SUMS');
      d.put('WORKDIR /');
    }
    if (v === 'cosign') {
      d.put(`RUN curl -fsSLo /usr/local/bin/${f} ${url(f)} \\`, neg('verified:cosign'));
      d.put(`    && curl -fsSLo /tmp/${f}.bundle ${url(f + '.bundle')} \\`);
      d.put(`    && cosign verify-blob --bundle /tmp/${f}.bundle --certificate-identity-regexp 'https://github.com/acme/.*' --certificate-oidc-issuer https://token.actions.githubusercontent.com /usr/local/bin/${f}`);
    }
    if (v === 'minisign') {
      d.put(`RUN curl -fsSLo /tmp/${f} ${url(f)} && curl -fsSLo /tmp/${f}.minisig ${url(f + '.minisig')} \\`, neg('verified:minisign'));
      d.put(`    && minisign -Vm /tmp/${f} -P RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3`);
    }
    if (v === 'gpg') {
      d.put(`RUN set -eux; \\`);
      d.put(`    curl -fsSLo /tmp/${f} ${url(f)}; \\`, neg('verified:gpg'));
      d.put(`    curl -fsSLo /tmp/${f}.asc ${url(f + '.asc')}; \\`);
      d.put('    export GNUPGHOME="$(mktemp -d)"; \\');
      d.put(`    gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys ${fake.upperHex(40)}; \\`);
      d.put(`    gpg --batch --verify /tmp/${f}.asc /tmp/${f}; \\`);
      d.put('    gpgconf --kill all; rm -rf "$GNUPGHOME"');
    }
    if (v === 'shasum') d.put(`RUN curl -fsSLo /tmp/${f} ${url(f)} && echo "${sha()} */tmp/${f}" | shasum -a 256 -c`, neg('verified:shasum-star'));
    if (v === 'next-run') {
      d.put(`RUN curl -fsSLo /tmp/${f} ${url(f)}`, neg('verified:next-run'));
      d.put('# verified in its own layer so the download is cached');
      d.put(`RUN echo "$HELM_SHA256  /tmp/${f}" | sha256sum -c -`);
    }
    if (v === 'print-only') {
      d.put(`RUN curl -fsSLo /tmp/${f} ${url(f)} \\`, pos(R.download, 'unverified:sha256sum-to-file'));
      d.put(`    && sha256sum /tmp/${f} > /tmp/${f}.sha256`);
    }
    if (v === 'tee-sum') d.put(`RUN curl -fsSL ${url(f)} | tee /tmp/${f} | sha256sum`, pos(R.download, 'unverified:tee-sha256sum-print'));
    if (v === 'gpg-import-only') {
      d.put(`RUN curl -fsSLo /tmp/${f} ${url(f)} \\`, pos(R.download, 'unverified:gpg-import-no-verify'));
      d.put(`    && gpg --batch --import /etc/acme-release.asc`);
    }
    if (v === 'cosign-version') d.put(`RUN curl -fsSLo /tmp/${f} ${url(f)} && cosign version`, pos(R.download, 'unverified:cosign-version'));
  }
  endUser(d, 'alpine');
};

const secretRemoval: Layout = (d) => {
  d.put('FROM node:20.14-alpine3.20');
  d.put('WORKDIR /usr/src/app');
  for (const v of shuffle(['shred', 'rm-ssh-dir', 'relative', 'same-run', 'mount-rm', 'dest-name', 'deploy-key', 'glob-pem', 'authorized', 'fullchain', 'json-key']).slice(0, int(3, 5))) {
    d.gap();
    if (v === 'shred') {
      d.put('COPY id_ed25519 /root/.ssh/id_ed25519', pos(R.copied, 'copy:id_ed25519'));
      d.put('RUN git clone git@github.com:acme/ui-kit.git /opt/ui-kit');
      d.put('RUN shred -u /root/.ssh/id_ed25519', pos(R.removed, 'removed:shred-u'));
    }
    if (v === 'rm-ssh-dir') {
      d.put('COPY --chmod=600 ssh/id_rsa /root/.ssh/', pos(R.copied, 'copy:ssh-dir-id_rsa'));
      d.put('RUN npm ci');
      d.put('RUN rm -rf /root/.ssh', pos(R.removed, 'removed:rm-rf-dir'));
    }
    if (v === 'relative') {
      d.put('COPY .env ./', pos(R.copied, 'copy:dotenv'));
      d.put('RUN npm run build');
      d.put('RUN rm .env && echo cleaned', pos(R.removed, 'removed:relative-to-workdir'));
    }
    if (v === 'same-run') d.put('RUN echo "//npm.acme.example/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc', neg('same-run-create-remove'));
    if (v === 'mount-rm') d.put('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci && rm -f /root/.npmrc', neg('mount-then-rm'));
    if (v === 'dest-name') d.put('COPY config/prod.env ./.env', pos(R.copied, 'copy:renamed-to-dotenv'));
    if (v === 'deploy-key') d.put('COPY --chmod=600 deploy_key /root/.ssh/id_ed25519', pos(R.copied, 'copy:deploy-key-into-ssh'));
    if (v === 'glob-pem') d.put('COPY certs/*.key /etc/ssl/private/', pos(R.copied, 'copy:glob-key'));
    if (v === 'authorized') d.put('COPY keys/ops.pub /home/node/.ssh/authorized_keys', neg('authorized-keys'));
    if (v === 'fullchain') d.put('COPY certs/fullchain.pem certs/chain.pem /etc/nginx/certs/', neg('public-cert-chain'));
    if (v === 'json-key') d.put('COPY ["gcp/service-account.json", "/var/secrets/google/key.json"]', pos(R.copied, 'copy:service-account-json'));
  }
  if (chance(0.4)) d.contextCopy(pick(['COPY --chown=node:node . .', 'COPY --link . .']));
  else d.put('COPY src/ ./src/');
  d.put('USER node');
  d.put('CMD ["node", "src/index.js"]');
};

const onbuildShell: Layout = (d) => {
  d.put('FROM ruby:3.3.4-slim-bookworm');
  d.put('SHELL ["/bin/bash", "-eo", "pipefail", "-c"]');
  d.put('WORKDIR /app');
  for (const v of shuffle(['onbuild-copy', 'onbuild-piped', 'onbuild-ok', 'healthcheck', 'healthcheck-none', 'stopsignal']).slice(0, int(2, 4))) {
    d.gap();
    if (v === 'onbuild-copy') d.put('ONBUILD COPY .gem/credentials /root/.gem/credentials', pos(R.copied, 'onbuild:copy-gem-credentials'));
    if (v === 'onbuild-piped') d.put(`ONBUILD RUN curl -fsSL ${url('post-install.sh')} | bash`, pos(R.piped, 'onbuild:piped'));
    if (v === 'onbuild-ok') d.put('ONBUILD COPY Gemfile Gemfile.lock ./', neg('onbuild-copy-plain'));
    if (v === 'healthcheck') d.put('HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsSk https://127.0.0.1:3000/up || exit 1', neg('healthcheck-curl-k'));
    if (v === 'healthcheck-none') d.put('HEALTHCHECK NONE', neg('healthcheck-none'));
    if (v === 'stopsignal') d.put('STOPSIGNAL SIGQUIT', neg('stopsignal'));
  }
  d.put('RUN bundle config set --local without "development test"', neg('bundle-config-no-secret'));
  endUser(d);
  d.put('CMD ["bundle", "exec", "puma"]');
};

const credentialForms: Layout = (d) => {
  d.put('FROM python:3.12-slim');
  const pw = () => token.password();
  for (const v of shuffle(['npm-config', 'pip-index', 'git-token', 'htpasswd', 'mysqladmin', 'curl-u-quoted', 'echo-stdin', 'sshpass', 'wget-password', 'export-aws', 'negs']).slice(0, int(3, 5))) {
    d.gap();
    if (v === 'npm-config') d.put(`RUN npm config set //registry.npmjs.org/:_authToken=${token.npm()}`, pos(R.credRun, 'cred:npm-config-set'));
    if (v === 'pip-index') d.put(`RUN pip install --no-cache-dir --index-url https://ci:${pw()}@pypi.acme.example/simple/ acme-sdk`, pos(R.credRun, 'cred:pip-index-url'));
    if (v === 'git-token') d.put(`RUN git clone https://x-access-token:${token.github()}@github.com/acme/lib.git /opt/lib`, pos(R.credRun, 'cred:git-x-access-token'));
    if (v === 'htpasswd') d.put(`RUN htpasswd -bc /etc/nginx/.htpasswd admin ${pw()}`, pos(R.credRun, 'cred:htpasswd-b'));
    if (v === 'mysqladmin') d.put(`RUN mysqladmin -uroot --password=${pw()} create app`, pos(R.credRun, 'cred:password='));
    if (v === 'curl-u-quoted') {
      d.put(`RUN curl -fsS -u "deploy:${pw()}" -o /tmp/app.jar https://nexus.acme.example/repository/releases/app.jar \\`, pos(R.credRun, 'cred:curl-u-quoted', [R.download]));
      d.put(`    && echo "${sha()}  /tmp/app.jar" | sha256sum -c -`);
    }
    if (v === 'echo-stdin') d.put(`RUN echo "${pw()}" | docker login -u ci --password-stdin registry.acme.example`, pos(R.credRun, 'cred:echo-password-stdin'));
    if (v === 'sshpass') d.put(`RUN sshpass -p '${pw()}' scp deploy@build.acme.example:/artifacts/app.tgz /tmp/`, pos(R.credRun, 'cred:sshpass'));
    if (v === 'wget-password') {
      d.put(`RUN wget --user=deploy --password=${pw()} -O /tmp/app.tgz https://artifacts.acme.example/app.tgz \\`, pos(R.credRun, 'cred:wget-password', [R.download]));
      d.put(`    && echo "${sha()}  /tmp/app.tgz" | sha256sum -c -`);
    }
    if (v === 'export-aws') d.put(`RUN export AWS_SECRET_ACCESS_KEY=${token.awsSecret()} && aws s3 sync s3://acme-assets /srv/assets`, pos(R.credRun, 'cred:export-aws-secret'));
    if (v === 'negs') {
      d.put('RUN git clone https://oauth2:${CI_JOB_TOKEN}@gitlab.acme.example/acme/lib.git /opt/lib', neg('cred-variable-in-url'));
      d.put('RUN --mount=type=secret,id=db mysql -uroot -p"$(cat /run/secrets/db)" -e "select 1" || true', neg('cred-from-mount'));
      // Not a literal, but docker login stores the password in ~/.docker/config.json, which stays in the layer.
      d.put('RUN --mount=type=secret,id=reg,env=REG_PW echo "$REG_PW" | docker login -u ci --password-stdin registry.acme.example', pos(R.persisted, 'persisted:docker-login-config'));
      d.put('RUN htpasswd -bc /etc/nginx/.htpasswd admin "$ADMIN_PASSWORD" || true', neg('cred-htpasswd-variable'));
    }
  }
  endUser(d);
  d.put('CMD ["python", "-m", "app"]');
};

const trustForms: Layout = (d) => {
  const os = pick(['debian', 'fedora']);
  d.put(os === 'debian' ? 'FROM debian:12.6-slim' : 'FROM fedora:40');
  for (const v of shuffle(['curl-long', 'git-c', 'npm-flag', 'yarn-config', 'git-env', 'pip-env-legacy', 'apt-o', 'dnf-setopt', 'pip-config', 'negs']).slice(0, int(3, 5))) {
    d.gap();
    if (v === 'curl-long') d.put(`RUN curl --insecure --silent --show-error -L ${url('ca.crt')} >> /etc/ssl/certs/ca-certificates.crt`, pos(R.trust, 'trust:curl-insecure-long'));
    if (v === 'git-c') d.put('RUN git -c http.sslVerify=false clone https://git.acme.internal/acme/lib.git /opt/lib', pos(R.trust, 'trust:git-c-sslverify'));
    if (v === 'npm-flag') d.put('RUN npm install -g --strict-ssl=false @acme/cli@2.3.1', pos(R.trust, 'trust:npm-strict-ssl-flag'));
    if (v === 'yarn-config') d.put('RUN yarn config set strict-ssl false && yarn install --frozen-lockfile', pos(R.trust, 'trust:yarn-strict-ssl'));
    if (v === 'git-env') d.put('ENV GIT_SSL_NO_VERIFY=true', pos(R.trust, 'trust:git-ssl-no-verify-env'));
    if (v === 'pip-env-legacy') d.put('ENV PIP_TRUSTED_HOST pypi.acme.internal', pos(R.trust, 'trust:pip-trusted-host-legacy-env'));
    if (v === 'apt-o' && os === 'debian') d.put('RUN apt-get -o Acquire::https::Verify-Peer=false update', pos(R.trust, 'trust:apt-verify-peer'));
    if (v === 'dnf-setopt' && os === 'fedora') d.put('RUN dnf install -y --setopt=sslverify=false acme-agent && dnf clean all', pos(R.trust, 'trust:dnf-sslverify'));
    if (v === 'pip-config') d.put('RUN pip config set global.trusted-host pypi.acme.internal', pos(R.trust, 'trust:pip-config-trusted-host'));
    if (v === 'negs') {
      d.put('RUN git config --global http.sslVerify true && gpg -k || true', neg('trust-enabled'));
      d.put('ENV NODE_TLS_REJECT_UNAUTHORIZED=1 PIP_NO_CACHE_DIR=1', neg('tls-on'));
      d.put('RUN sort -k2 /etc/hosts >/dev/null && tar -xkf /dev/null 2>/dev/null || true', neg('k-flags-elsewhere'));
    }
  }
  endUser(d);
};

const permsSudoSsh: Layout = (d) => {
  d.put('FROM ubuntu:22.04');
  d.put('ARG SSH_PORT=22');
  for (const v of shuffle(['install-d', 'mkdir-m', 'find-exec', 'ugo', 'add-chmod', 'sticky', 'tmp', 'g-rw', 'if-sudo', 'tee-sudo', 'sudoers', 'expose-arg', 'expose-multi', 'expose-neg', 'sshd-cmd']).slice(0, int(4, 7))) {
    d.gap();
    if (v === 'install-d') d.put('RUN install -d -m 0777 /var/lib/uploads', pos(R.writable, 'writable:install-d-m'));
    if (v === 'mkdir-m') d.put('RUN mkdir -p -m 777 /srv/shared', pos(R.writable, 'writable:mkdir-m'));
    if (v === 'find-exec') d.put('RUN find /opt/app -type d -exec chmod 777 {} +', pos(R.writable, 'writable:find-exec-chmod'));
    if (v === 'ugo') d.put('RUN chmod ugo+rwx /opt/app/storage', pos(R.writable, 'writable:ugo+rwx'));
    if (v === 'add-chmod') d.put('ADD --chmod=0766 config/ /etc/app/', pos(R.writable, 'writable:add-chmod-0766'));
    if (v === 'sticky') d.put('RUN mkdir -p /srv/scratch && chmod 1777 /srv/scratch', neg('sticky-bit'));
    if (v === 'tmp') d.put('RUN install -d -m 0777 /tmp/build-cache', neg('tmp-777'));
    if (v === 'g-rw') d.put('RUN chmod -R g=u /opt/app && chmod 2775 /opt/app && chmod o-w /opt/app', neg('group-perms'));
    if (v === 'if-sudo') d.put('RUN if [ -f Makefile ]; then sudo make install; fi', pos(R.sudo, 'sudo:after-then'));
    if (v === 'tee-sudo') d.put('RUN echo "vm.max_map_count=262144" | sudo tee /etc/sysctl.d/99-app.conf', pos(R.sudo, 'sudo:pipe-tee'));
    if (v === 'sudoers') d.put('RUN echo "app ALL=(ALL) NOPASSWD: /usr/bin/apt-get" > /etc/sudoers.d/app && chmod 0440 /etc/sudoers.d/app', neg('sudoers-mention'));
    if (v === 'expose-arg') d.put('EXPOSE ${SSH_PORT}', pos(R.insecure, 'ssh:expose-arg'));
    if (v === 'expose-multi') d.put('EXPOSE 8080/tcp 22/tcp', pos(R.insecure, 'ssh:expose-22-tcp'));
    if (v === 'expose-neg') d.put('EXPOSE 2222 8022/tcp 9229', neg('expose-not-22'));
    if (v === 'sshd-cmd') {
      d.put('RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:8.9p1-3ubuntu0.10 && rm -rf /var/lib/apt/lists/*', pos(R.insecure, 'ssh:openssh-server-pinned'));
      d.put('ENTRYPOINT ["/usr/sbin/sshd", "-D", "-e"]', pos(R.insecure, 'ssh:sshd-entrypoint'));
    }
  }
  endUser(d);
};

export const LAYOUTS_TWO: Record<string, Layout> = { mounts, envLabelForms, pipedForms, downloadChecks, secretRemoval, onbuildShell, credentialForms, trustForms, permsSudoSsh };
