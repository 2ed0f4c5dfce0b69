import * as fake from '../../../lib/secrets/fake';
import { chance, int, pick, shuffle } from '../plant';
import { token } from '../dockerfiles/secrets';
import { R, neg, pos } from './doc';
import { endUser, type Layout } from './layouts';

/**
 * Red-team layouts, wave two: written after the first round of fixes and
 * measured before any fix aimed at them, so their first score is a held-out
 * one. Mixed-case keywords, tabs, `${X:-default}` in FROM / USER / ENV,
 * upper-case stage names, nested heredocs, data heredocs holding credentials,
 * ADD split over continuation lines, download URLs in ARG / ENV, the composer
 * and pip installers, ONBUILD ADD, secrets removed after a COPY heredoc.
 */
const sha = () => fake.hex(64);
const ver = () => `${int(1, 3)}.${int(0, 20)}.${int(0, 9)}`;
const host = () => pick(['releases.acme.example', 'github.com/acme/tool/releases/download/v' + ver(), 'cdn.acme-static.net/dist']);
const url = (f: string) => `https://${host()}/${f}`;
const kw = (k: string) => pick([k, k, k.toLowerCase(), k[0] + k.slice(1).toLowerCase()]);

const mixedCase: Layout = (d) => {
  d.put(`${kw('FROM')} golang:1.22.5-alpine3.20 ${pick(['AS', 'as'])} Builder`);
  d.put(`${kw('WORKDIR')}\t/src`);
  d.put(`${kw('COPY')} go.mod go.sum ./`);
  for (const v of shuffle(['piped', 'download', 'sudo', 'chmod', 'trust']).slice(0, int(2, 3))) {
    if (v === 'piped') d.put(`${kw('RUN')}\tcurl -sSfL ${url('install.sh')} | sh -s -- -b /usr/local/bin`, pos(R.piped, 'w2:mixed-case-tab-piped'));
    if (v === 'download') d.put(`${kw('RUN')} wget -q ${url('protoc.zip')}&&unzip -q protoc.zip -d /usr/local`, pos(R.download, 'w2:no-space-and-and'));
    if (v === 'sudo') d.put(`${kw('RUN')} apk add --no-cache sudo&&sudo -u nobody go env`, pos(R.sudo, 'w2:no-space-sudo'));
    if (v === 'chmod') d.put(`${kw('RUN')} mkdir -p /out/cache&&chmod 0777 /out/cache`, pos(R.writable, 'w2:no-space-chmod'));
    if (v === 'trust') d.put(`${kw('RUN')} GOINSECURE=git.acme.internal GOFLAGS=-mod=mod go mod download`, pos(R.trust, 'w2:goinsecure-assignment'));
  }
  d.put(`${kw('RUN')} go build -o /out/app ./cmd/app`);
  d.put(`${kw('USER')} 10001`);
  d.put('');
  const inherit = chance(0.5);
  if (inherit) d.put(`${kw('FROM')} Builder ${pick(['AS', 'as'])} final`, neg('w2:from-upper-case-stage'));
  else {
    d.put(`${kw('FROM')} alpine:3.20.2`);
    d.put(`${kw('COPY')} --from=Builder /out/app /usr/local/bin/app`);
    d.put(`${kw('COPY')} --from=0 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`);
    d.put(`${kw('USER')} 65534:65534`);
  }
  d.put(`${kw('ENTRYPOINT')} ["${inherit ? '/out/app' : '/usr/local/bin/app'}"]`);
};

const defaultsInVariables: Layout = (d) => {
  const v = pick(['from-default-pinned', 'from-default-untagged', 'user-default-root', 'user-default-app', 'env-default-secret']);
  if (v === 'from-default-pinned') d.put('FROM ${BASE_IMAGE:-python:3.12-slim}', neg('w2:from-default-pinned'));
  else if (v === 'from-default-untagged') d.put('FROM ${BASE_IMAGE:-python}', pos(R.unpinned, 'w2:from-default-untagged'));
  else d.put('FROM python:3.12-slim');
  d.put('WORKDIR /app');
  if (v === 'env-default-secret') d.put(`ENV DJANGO_SECRET_KEY=\${DJANGO_SECRET_KEY:-${fake.alnum(40)}}`, pos(R.env, 'w2:env-default-literal'));
  d.put('ENV PORT=${PORT:-8000} DB_PASSWORD=${DB_PASSWORD}', neg('w2:env-references'));
  d.put('COPY requirements.txt ./');
  d.put('RUN pip install --no-cache-dir -r requirements.txt');
  if (v === 'user-default-root') d.put('USER ${RUN_AS:-root}', pos(R.root, 'w2:user-default-root'));
  else if (v === 'user-default-app') d.put('USER ${APP_UID:-10001}', neg('w2:user-default-uid'));
  else endUser(d);
  d.put('CMD ["gunicorn", "app.wsgi"]');
};

const heredocData: Layout = (d) => {
  d.put('# syntax=docker/dockerfile:1');
  d.put('FROM debian:12.6-slim');
  for (const v of shuffle(['auth-conf', 'nested-sums', 'python-exec', 'removed-after-copy', 'pip-conf-ref']).slice(0, int(2, 3))) {
    d.put('');
    if (v === 'auth-conf') {
      d.put('RUN <<EOF cat > /etc/apt/auth.conf.d/acme.conf');
      d.put(`machine pkgs.acme.example login ci password ${token.password()}`, pos(R.credRun, 'w2:data-heredoc-netrc-literal'));
      d.put('EOF');
    }
    if (v === 'nested-sums') {
      d.put('RUN <<EOF');
      d.put('set -eu');
      d.put(`curl -fsSLo /tmp/tool.tgz ${url('tool.tgz')}`, neg('w2:nested-heredoc-sums'));
      d.put('sha256sum -c - <<SUMS');
      d.put(`${sha()}  /tmp/tool.tgz`);
      d.put('SUMS');
      d.put('tar -xzf /tmp/tool.tgz -C /usr/local/bin');
      d.put('EOF');
    }
    if (v === 'python-exec') {
      d.put('RUN python3 <<EOF');
      d.put('import urllib.request');
      d.put(`exec(urllib.request.urlopen("${url('bootstrap.py')}").read())`, pos(R.piped, 'w2:python-heredoc-exec-urlopen'));
      d.put('EOF');
    }
    if (v === 'removed-after-copy') {
      d.put('COPY <<EOF /root/.pip/pip.conf', pos(R.copied, 'w2:copy-heredoc-pip-conf'));
      d.put('[global]');
      d.put(`index-url = https://ci:${token.password().replace(/[^A-Za-z0-9]/g, '')}Q7@pypi.acme.example/simple`);
      d.put('EOF');
      d.put('RUN pip download -d /wheels acme-sdk');
      d.put('RUN rm /root/.pip/pip.conf', pos(R.removed, 'w2:rm-after-copy-heredoc'));
    }
    if (v === 'pip-conf-ref') {
      d.put('COPY <<EOF /etc/pip.conf', neg('w2:copy-heredoc-no-credential'));
      d.put('[global]');
      d.put('index-url = https://pypi.acme.example/simple');
      d.put('trusted-host = ');
      d.put('EOF');
    }
  }
  endUser(d);
};

const splitAdd: Layout = (d) => {
  d.put('FROM alpine:3.20.2');
  d.put(`ARG HELM_URL=${url('helm.tgz')}`);
  d.put(`ENV KUBECTL_URL=https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl`);
  for (const v of shuffle(['add-split-checksum', 'add-split', 'onbuild-add', 'arg-url-curl', 'env-url-wget', 'arch-verified', 'composer', 'get-pip']).slice(0, int(3, 5))) {
    d.put('');
    if (v === 'add-split-checksum') {
      d.put(`ADD --checksum=sha256:${sha()} \\`);
      d.put(`    ${url('tini-static')} \\`, neg('w2:add-checksum-split'));
      d.put('    /sbin/tini');
    }
    if (v === 'add-split') {
      d.put('ADD --chmod=0755 \\');
      d.put(`    ${url('dumb-init_x86_64')} \\`, pos(R.addRemote, 'w2:add-url-continued'));
      d.put('    /usr/local/bin/dumb-init');
    }
    if (v === 'onbuild-add') d.put(`ONBUILD ADD ${url('plugins.tgz')} /opt/plugins/`, pos(R.addRemote, 'w2:onbuild-add-url'));
    if (v === 'arg-url-curl') d.put('RUN curl -fsSL "${HELM_URL}" | tar -xz -C /usr/local/bin --strip-components=1', pos(R.download, 'w2:arg-url-stream'));
    if (v === 'env-url-wget') d.put('RUN wget -q $KUBECTL_URL -O /usr/local/bin/kubectl && chmod +x /usr/local/bin/kubectl', pos(R.download, 'w2:env-url-wget'));
    if (v === 'arch-verified') {
      d.put('ARG TARGETARCH');
      d.put(`RUN curl -fsSLo /tmp/yq "${'https://' + host()}/yq_linux_\${TARGETARCH}" \\`, neg('w2:targetarch-verified'));
      d.put('    && curl -fsSLo /tmp/checksums.txt "https://' + host() + '/checksums.txt" \\');
      d.put('    && grep "yq_linux_${TARGETARCH}$" /tmp/checksums.txt | sed "s#yq_linux_${TARGETARCH}#/tmp/yq#" | sha256sum -c -');
    }
    if (v === 'composer') d.put('RUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer', pos(R.piped, 'w2:composer-installer'));
    if (v === 'get-pip') d.put('RUN wget -qO- https://bootstrap.pypa.io/get-pip.py | python3 - --no-cache-dir', pos(R.piped, 'w2:get-pip'));
  }
  endUser(d, 'alpine');
};

const mountsAndPersist: Layout = (d) => {
  d.put('FROM node:20.14-alpine3.20');
  d.put('WORKDIR /app');
  for (const v of shuffle(['dst-alias', 'source-alias', 'env-file-mount', 'run-secrets-no-mount', 'tee-append', 'compose-build-secret']).slice(0, int(2, 4))) {
    if (v === 'dst-alias') d.put('RUN --mount=type=secret,id=npmrc,dst=/root/.npmrc npm ci', neg('w2:mount-dst-alias'));
    if (v === 'source-alias') d.put('RUN --mount=type=secret,source=npmrc,target=/app/.npmrc npm ci', neg('w2:mount-source-alias'));
    if (v === 'env-file-mount') d.put('RUN --mount=type=secret,id=dotenv,target=/app/.env cat /app/.env > /app/config/runtime.env', pos(R.persisted, 'w2:mount-target-copied'));
    if (v === 'run-secrets-no-mount') d.put('RUN cp /run/secrets/sentry_token /app/.sentryclirc', pos(R.persisted, 'w2:run-secrets-cp'));
    if (v === 'tee-append') d.put('RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" | tee -a /root/.npmrc >/dev/null', pos(R.persisted, 'w2:tee-append'));
    if (v === 'compose-build-secret') d.put('RUN --mount=type=secret,id=gh NODE_AUTH_TOKEN="$(cat /run/secrets/gh)" npm ci --ignore-scripts', neg('w2:mount-read-inline'));
  }
  d.put('COPY src/ ./src/');
  d.put('USER node');
  d.put('CMD ["node", "src/index.js"]');
};

const fromForms: Layout = (d) => {
  const v = pick(['docker-io-untagged', 'localhost-untagged', 'codename', 'lts', 'major-only', 'latest-registry']);
  const line: Record<string, [string, ReturnType<typeof pos>]> = {
    'docker-io-untagged': ['FROM docker.io/library/node', pos(R.unpinned, 'w2:docker-io-untagged')],
    'localhost-untagged': ['FROM localhost:5000/acme/base', pos(R.unpinned, 'w2:localhost-registry-untagged')],
    codename: ['FROM ubuntu:jammy', neg('w2:codename-tag')],
    lts: ['FROM node:lts-alpine', neg('w2:lts-tag')],
    'major-only': ['FROM python:3', neg('w2:major-tag')],
    'latest-registry': ['FROM ghcr.io/acme/base:latest', pos(R.unpinned, 'w2:registry-latest')],
  };
  d.put(line[v][0], line[v][1]);
  d.put('COPY --from=ghcr.io/acme/tools:1.4.2 /bin/acmectl /usr/local/bin/acmectl', neg('w2:copy-from-image'));
  d.put('USER root', neg('w2:root-then-drop'));
  d.put('RUN echo ok');
  d.put(pick(['ONBUILD USER root', 'ONBUILD RUN id']), neg('w2:onbuild-user'));
  d.put('USER 10001');
};

export const LAYOUTS_WAVE2: Record<string, Layout> = { mixedCase, defaultsInVariables, heredocData, splitAdd, mountsAndPersist, fromForms };
