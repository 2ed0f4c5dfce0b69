import * as fake from '../../../lib/secrets/fake';
import { int, pick, shuffle } from '../plant';
import { token } from '../dockerfiles/secrets';
import { R, neg, pos } from './doc';
import { endUser, type Layout } from './layouts';

/**
 * Red-team layouts, wave three: written after the wave-2 fixes and scored
 * once before any fix aimed at them. Package-manager `config set` with
 * literal credentials, `env X=… cmd`, credential directories copied whole,
 * user:group spellings, chmod spellings, installers run through `su -c` and
 * `runuser`, trust switches of newer tools, FROM built from two ARGs.
 */
const sha = () => fake.hex(64);
const ver = () => `${int(1, 3)}.${int(0, 20)}.${int(0, 9)}`;
const url = (f: string) => `https://${pick(['dl.acme.example', 'github.com/acme/x/releases/download/v' + ver(), 'files.acme-cdn.net'])}/${f}`;

const configSetCredentials: Layout = (d) => {
  d.put('FROM php:8.3.9-cli-bookworm');
  for (const v of shuffle(['composer', 'bundle', 'yarn-berry', 'aws-configure', 'env-wrapper', 'pip-config-url', 'netrc-echo', 'negs']).slice(0, int(3, 5))) {
    const pw = token.password();
    if (v === 'composer') d.put(`RUN composer config --global http-basic.repo.acme.example deploy ${pw}`, pos(R.credRun, 'w3:composer-http-basic'));
    if (v === 'bundle') d.put(`RUN bundle config set --global gems.acme.example deploy:${pw}`, pos(R.credRun, 'w3:bundle-config-user-pass'));
    if (v === 'yarn-berry') d.put(`RUN yarn config set npmAuthToken ${token.npm()}`, pos(R.credRun, 'w3:yarn-npmAuthToken'));
    if (v === 'aws-configure') d.put(`RUN aws configure set aws_secret_access_key ${token.awsSecret()}`, pos(R.credRun, 'w3:aws-configure-set'));
    if (v === 'env-wrapper') d.put(`RUN env DB_PASSWORD=${pw} php artisan migrate --force`, pos(R.credRun, 'w3:env-wrapper-assignment'));
    if (v === 'pip-config-url') d.put(`RUN pip config set global.index-url https://ci:${pw.replace(/[^A-Za-z0-9]/g, '')}Z9@pypi.acme-internal.net/simple`, pos(R.credRun, 'w3:pip-config-url-password'));
    if (v === 'netrc-echo') d.put(`RUN echo "machine git.acme-internal.net login ci password ${pw}" > /root/.netrc && git clone https://git.acme-internal.net/acme/lib.git /opt/lib`, pos(R.credRun, 'w3:echo-netrc-literal'));
    if (v === 'negs') {
      d.put('RUN --mount=type=secret,id=composer_auth,env=COMPOSER_AUTH composer install --no-dev --no-scripts', neg('w3:composer-auth-mount'));
      d.put('RUN yarn config set npmRegistryServer https://npm.acme.example', neg('w3:yarn-registry'));
      d.put('RUN aws configure set region eu-west-1', neg('w3:aws-region'));
    }
  }
  endUser(d);
};

const credentialDirs: Layout = (d) => {
  d.put('FROM python:3.12.4-slim');
  d.put('WORKDIR /app');
  for (const v of shuffle(['aws-dir', 'ssh-dir', 'kube-dir', 'docker-dir', 'gnupg', 'negs']).slice(0, int(2, 4))) {
    if (v === 'aws-dir') d.put('COPY .aws/ /root/.aws/', pos(R.copied, 'w3:copy-aws-dir'));
    if (v === 'ssh-dir') d.put(pick(['COPY .ssh /root/.ssh', 'COPY --chown=10001:10001 .ssh/ /home/app/.ssh/']), pos(R.copied, 'w3:copy-ssh-dir'));
    if (v === 'kube-dir') d.put('COPY .kube/ /root/.kube/', pos(R.copied, 'w3:copy-kube-dir'));
    if (v === 'docker-dir') d.put('COPY .docker/ /root/.docker/', pos(R.copied, 'w3:copy-docker-dir'));
    if (v === 'gnupg') d.put('COPY .gnupg/ /root/.gnupg/', pos(R.copied, 'w3:copy-gnupg-dir'));
    if (v === 'negs') {
      d.put('COPY .github/ /app/.github/', neg('w3:copy-dot-dir'));
      d.put('COPY config/ssh_config /etc/ssh/ssh_config.d/acme.conf', neg('w3:ssh-client-config'));
      d.put('COPY known_hosts /root/.ssh/known_hosts', neg('w3:known-hosts'));
    }
  }
  d.put('COPY src/ ./src/');
  endUser(d);
};

const userAndModes: Layout = (d) => {
  d.put('FROM alpine:3.20.2 AS base');
  d.put('RUN adduser -S -D -u 10001 app');
  for (const v of shuffle(['0777-long', '0776', '757', 'a=rwx', 'negs']).slice(0, int(2, 3))) {
    if (v === '0777-long') d.put('RUN chmod --recursive 0777 /srv/app', pos(R.writable, 'w3:chmod-recursive-long'));
    if (v === '0776') d.put('RUN chmod 0776 /srv/app/config.yml', pos(R.writable, 'w3:chmod-0776'));
    if (v === '757') d.put('RUN chmod 757 /srv/app/bin', pos(R.writable, 'w3:chmod-757'));
    if (v === 'a=rwx') d.put('RUN chmod -R a=rwX /srv/app/data', pos(R.writable, 'w3:chmod-a=rwX'));
    if (v === 'negs') d.put('RUN chmod 770 /srv/app && chmod -R u+rwX,go-rwx /srv/app/secrets && chmod 4755 /usr/local/bin/ping-helper', neg('w3:chmod-safe'));
  }
  const v = pick(['root-group-user', 'zero-uid-group', 'root-named-group', 'final-from-base-missing', 'scratch-user']);
  if (v === 'final-from-base-missing') {
    d.put('');
    d.put('FROM base AS final', pos(R.missing, 'w3:final-from-internal-stage-without-user'));
    d.put('CMD ["/srv/app/bin/app"]');
    return;
  }
  if (v === 'scratch-user') {
    d.put('');
    d.put('FROM scratch', neg('w3:scratch-with-user'));
    d.put('COPY --from=base /etc/passwd /etc/passwd');
    d.put('USER 65534:65534');
    return;
  }
  if (v === 'root-group-user') d.put('USER 10001:0', neg('w3:uid-with-root-group'));
  if (v === 'zero-uid-group') d.put('USER 0:10001', pos(R.root, 'w3:uid-zero-other-group'));
  if (v === 'root-named-group') d.put('USER root:nogroup', pos(R.root, 'w3:root-other-group'));
  d.put('CMD ["/srv/app/bin/app"]');
};

const installersAndUsers: Layout = (d) => {
  d.put('FROM debian:12.6-slim');
  d.put('RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*');
  d.put('RUN useradd -m app');
  const forms: Array<[string, string]> = [
    ['su-c', `RUN su -c "curl -fsSL ${url('install.sh')} | sh" app`],
    ['runuser', `RUN runuser -u app -- sh -c "$(curl -fsSL ${url('install.sh')})"`],
    ['bash-c-nested', `RUN bash -c 'curl -fsSL ${url('setup')} | bash -s -- --yes'`],
    ['zsh', `RUN curl -fsSL ${url('install.zsh')} | zsh`],
    ['perl', `RUN curl -fsSL ${url('cpanm')} | perl - App::cpanminus`],
  ];
  for (const [kind, line] of shuffle(forms).slice(0, int(2, 3))) d.put(line, pos(R.piped, `w3:${kind}`));
  for (const v of shuffle(['tee-bin', 'remote-name-all', 'negs']).slice(0, int(1, 2))) {
    if (v === 'tee-bin') d.put(`RUN curl -fsSL ${url('jq-linux64')} | tee /usr/local/bin/jq >/dev/null && chmod +x /usr/local/bin/jq`, pos(R.download, 'w3:curl-tee-binary'));
    if (v === 'remote-name-all') {
      d.put('WORKDIR /tmp');
      d.put(`RUN curl -fsSL --remote-name-all ${url('a.tgz')} \\`, neg('w3:remote-name-all-verified'));
      d.put(`    ${url('SHA256SUMS')} \\`);
      d.put('    && sha256sum -c --ignore-missing SHA256SUMS');
      d.put('WORKDIR /');
    }
    if (v === 'negs') d.put(`RUN curl -fsSL ${url('index.json')} -o /dev/null || true`, neg('w3:download-to-dev-null'));
  }
  d.put('USER app');
};

const trustNewTools: Layout = (d) => {
  d.put('FROM python:3.12.4-slim');
  for (const v of shuffle(['uv-insecure', 'npm-set', 'yarn-berry-ssl', 'pip3-eq', 'pip-env-space', 'negs']).slice(0, int(2, 4))) {
    if (v === 'uv-insecure') d.put('RUN uv pip install --system --allow-insecure-host pypi.acme.internal -r requirements.txt', pos(R.trust, 'w3:uv-allow-insecure-host'));
    if (v === 'npm-set') d.put('RUN npm set strict-ssl false && npm ci', pos(R.trust, 'w3:npm-set-strict-ssl'));
    if (v === 'yarn-berry-ssl') d.put('RUN yarn config set enableStrictSsl false', pos(R.trust, 'w3:yarn-enableStrictSsl'));
    if (v === 'pip3-eq') d.put('RUN python3 -m pip install --trusted-host=pypi.acme.internal acme-sdk==2.1.0', pos(R.trust, 'w3:python-m-pip-trusted-host'));
    if (v === 'pip-env-space') d.put('ENV PIP_TRUSTED_HOST="pypi.acme.internal files.acme.internal"', pos(R.trust, 'w3:pip-trusted-host-env-quoted'));
    if (v === 'negs') {
      d.put('RUN uv pip install --system --index-url https://pypi.acme.internal/simple -r requirements.txt', neg('w3:uv-https-index'));
      d.put('RUN yarn config set enableStrictSsl true || true', neg('w3:yarn-strict-on'));
    }
  }
  d.put('ARG REGISTRY=ghcr.io/acme');
  endUser(d);
};

const fromTwoArgs: Layout = (d) => {
  const v = pick(['tag-latest', 'tag-pinned', 'tag-unset', 'digest']);
  d.put('ARG IMAGE=node');
  if (v === 'tag-latest') d.put('ARG TAG=latest');
  if (v === 'tag-pinned') d.put('ARG TAG=20.14-alpine3.20');
  if (v === 'tag-unset') d.put('ARG TAG');
  if (v === 'digest') d.put(`ARG DIGEST=sha256:${sha()}`);
  const from = v === 'digest' ? 'FROM ${IMAGE}:20-alpine@${DIGEST}' : 'FROM ${IMAGE}:${TAG}';
  d.put(from, v === 'tag-latest' ? pos(R.unpinned, 'w3:from-two-args-latest') : neg(`w3:from-two-args-${v}`));
  d.put('WORKDIR /app');
  d.put('COPY package.json ./');
  d.put('USER node');
};

export const LAYOUTS_WAVE3: Record<string, Layout> = { configSetCredentials, credentialDirs, userAndModes, installersAndUsers, trustNewTools, fromTwoArgs };
