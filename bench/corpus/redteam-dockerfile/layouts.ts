import * as fake from '../../../lib/secrets/fake';
import { chance, int, pick, shuffle } from '../plant';
import { token } from '../dockerfiles/secrets';
import { Doc, R, neg, pos } from './doc';

/**
 * Red-team layouts, part one: syntax the accuracy corpus does not write
 * (shebang heredocs, COPY heredocs, Windows backtick files with PowerShell,
 * exec form for every instruction, continuations with blank lines and
 * commented-out commands, ARG-built FROM lines, multi-stage USER handling,
 * ADD flag combinations). Each writes one whole, otherwise clean Dockerfile.
 */
export type Layout = (d: Doc) => void;

const sha = () => fake.hex(64);
const ver = () => `${int(1, 3)}.${int(0, 20)}.${int(0, 9)}`;
const host = () => pick(['releases.acme.example', 'github.com/acme/cli/releases/download/v' + ver(), 'dl.acme-cdn.net/pub', 'objects.githubusercontent.com/acme']);

/** A clean unprivileged ending for the final stage. */
export function endUser(d: Doc, os: 'alpine' | 'debian' = 'debian'): void {
  d.gap();
  const uid = pick(['10001', '1000', '65532']);
  if (chance(0.5)) {
    d.put(os === 'alpine' ? `RUN addgroup -S -g ${uid} app && adduser -S -D -u ${uid} -G app app` : `RUN groupadd -g ${uid} app && useradd -r -u ${uid} -g app -s /usr/sbin/nologin app`);
    d.put(pick(['USER app', 'USER app:app', `USER ${uid}:${uid}`]));
  } else d.put(pick([`USER ${uid}`, `USER ${uid}:${uid}`, 'USER nobody', 'USER nobody:nogroup']));
}

const heredocScript: Layout = (d) => {
  d.put(pick(['# syntax=docker/dockerfile:1.7', '# syntax=docker/dockerfile:1', '# syntax = docker/dockerfile:1.6']));
  d.put('FROM python:3.12-slim-bookworm AS build');
  d.put('WORKDIR /src');
  const delim = pick(['EOF', 'BASH', 'SETUP']);
  d.put(pick([`RUN <<${delim}`, `RUN <<${delim} bash`, `RUN bash <<'${delim}'`]));
  d.put(pick(['#!/usr/bin/env bash', '#!/bin/bash']));
  d.put('set -euo pipefail');
  d.put('');
  d.put('# system packages');
  d.put('apt-get update');
  d.put('apt-get install -y --no-install-recommends curl ca-certificates');
  for (const v of shuffle(['piped', 'download', 'verified', 'cred', 'sudo', 'trust', 'comment']).slice(0, int(2, 4))) {
    if (v === 'piped') d.put('curl -sSL https://install.python-poetry.org | python3 -', pos(R.piped, 'heredoc-shebang:poetry'));
    if (v === 'download') {
      d.put(`curl -fsSLo /tmp/grpc.tgz https://${host()}/grpc-health-probe.tgz`, pos(R.download, 'heredoc-shebang:curl-o'));
      d.put('tar -xzf /tmp/grpc.tgz -C /usr/local/bin');
    }
    if (v === 'verified') {
      d.put(`curl -fsSLo /tmp/uv.tgz "https://${host()}/uv-x86_64.tar.gz"`, neg('heredoc-verified-download'));
      d.put(`echo "${sha()}  /tmp/uv.tgz" | sha256sum --check --strict -`);
      d.put('tar -xzf /tmp/uv.tgz -C /usr/local/bin');
    }
    if (v === 'cred') d.put(`export PIP_INDEX_URL=https://ci:${token.password()}@pypi.acme.example/simple`, pos(R.credRun, 'heredoc-shebang:url-password'));
    if (v === 'sudo') d.put('sudo -H pip install --no-cache-dir pipx', pos(R.sudo, 'heredoc-shebang:sudo-H'));
    if (v === 'trust') d.put('pip install --no-cache-dir --trusted-host=pypi.acme.internal -r requirements.txt', pos(R.trust, 'heredoc-shebang:trusted-host='));
    if (v === 'comment') d.put('# curl -fsSL https://get.acme.example | sh   (old installer, kept for reference)', neg('heredoc-comment-mention'));
  }
  d.put('rm -rf /var/lib/apt/lists/*');
  d.put(delim);
  d.gap();
  // Data heredocs: COPY writes the body as a file.
  if (chance(0.5)) {
    d.put('COPY <<EOF /root/.npmrc', pos(R.copied, 'copy-heredoc:npmrc'));
    d.put(`//registry.npmjs.org/:_authToken=${token.npm()}`);
    d.put('EOF');
  }
  d.put(pick(['COPY <<EOF /etc/app/settings.toml', 'COPY <<-EOF /etc/app/settings.toml']), neg('copy-heredoc-config'));
  d.put('[server]');
  d.put('port = 8080');
  d.put('password_file = "/run/secrets/db_password"');
  d.put('EOF');
  if (chance(0.6)) {
    const keep = chance(0.5);
    d.put('RUN --mount=type=secret,id=netrc_pw <<EOF');
    d.put('set -e');
    d.put(`printf 'machine pkgs.acme.example login ci password %s\\n' "$(cat /run/secrets/netrc_pw)" > /root/.netrc`, ...(keep ? [pos(R.persisted, 'heredoc:mount-to-netrc')] : [neg('heredoc-mount-written-and-removed')]));
    d.put('pip download --no-deps -d /wheels acme-internal');
    if (!keep) d.put('rm -f /root/.netrc');
    d.put('EOF');
  }
  d.put('');
  d.put('FROM python:3.12-slim-bookworm');
  d.put('COPY --from=build /usr/local /usr/local');
  d.put(pick(['COPY --chmod=755 <<EOF /usr/local/bin/entrypoint.sh', 'COPY --chmod=0755 <<"EOF" /usr/local/bin/entrypoint.sh']), neg('copy-heredoc-chmod-755'));
  d.put('#!/bin/sh');
  d.put('exec python -m app "$@"');
  d.put('EOF');
  endUser(d);
  d.put('ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]');
};

const windowsBacktick: Layout = (d) => {
  d.crlf = chance(0.7);
  d.bom = chance(0.2);
  d.put('# escape=`');
  d.put('');
  d.put(`FROM mcr.microsoft.com/${pick(['windows/servercore:ltsc2022', 'dotnet/framework/runtime:4.8-windowsservercore-ltsc2022', 'windows/nanoserver:ltsc2022'])}`);
  d.put(`SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]`);
  d.put('ENV chocolateyVersion=1.4.0 `');
  d.put('    NODE_VERSION=20.14.0');
  for (const v of shuffle(['iwr', 'iex', 'verified', 'env', 'webclient', 'pipe-iex']).slice(0, int(2, 4))) {
    d.gap();
    if (v === 'iwr') {
      d.put(`RUN Invoke-WebRequest -Uri https://${host()}/tool-win-x64.zip -OutFile C:\\tool.zip; \``, pos(R.download, 'windows:invoke-webrequest'));
      d.put('    Expand-Archive C:\\tool.zip -DestinationPath C:\\tool; `');
      d.put('    Remove-Item C:\\tool.zip -Force');
    }
    if (v === 'iex') {
      d.put('RUN Set-ExecutionPolicy Bypass -Scope Process -Force; `');
      d.put("    iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))", pos(R.piped, 'windows:iex-downloadstring'));
    }
    if (v === 'pipe-iex') d.put('RUN Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression', pos(R.piped, 'windows:irm-pipe-iex'));
    if (v === 'verified') {
      d.put(`ENV NODE_SHA256=${sha()}`, neg('windows-digest-env'));
      d.put('RUN Invoke-WebRequest -Uri "https://nodejs.org/dist/v$env:NODE_VERSION/node-v$env:NODE_VERSION-win-x64.zip" -OutFile node.zip; `', neg('windows-verified-download'));
      d.put("    if ((Get-FileHash node.zip -Algorithm sha256).Hash -ne $env:NODE_SHA256) { Write-Error 'checksum mismatch'; exit 1 }; `");
      d.put('    Expand-Archive node.zip -DestinationPath C:\\; `');
      d.put('    Remove-Item -Force node.zip');
    }
    if (v === 'env') d.put(pick([`ENV SA_PASSWORD="${token.password()}"`, `ENV SA_PASSWORD ${token.password()}`]), pos(R.env, 'windows:sa-password'));
    if (v === 'webclient') {
      d.put(`RUN (New-Object System.Net.WebClient).DownloadFile('https://${host()}/agent.msi', 'C:\\agent.msi'); \``, pos(R.download, 'windows:webclient-downloadfile'));
      d.put("    Start-Process msiexec.exe -Wait -ArgumentList '/i C:\\agent.msi /qn'");
    }
  }
  d.put('WORKDIR C:\\app');
  d.put('COPY bin/Release/publish/ .');
  d.put(pick(['USER ContainerUser', 'USER ContainerAdministrator']), neg('windows-user'));
  d.put('ENTRYPOINT ["C:\\\\app\\\\App.exe"]');
};

const execFormEverywhere: Layout = (d) => {
  d.put('FROM debian:12.6-slim');
  d.put('SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
  d.put('RUN ["apt-get", "update"]');
  for (const v of shuffle(['apt-unauth', 'sudo', 'sh-c-piped', 'add', 'copy', 'sshd', 'chmod', 'curl', 'shell-piped', 'wget-nocheck']).slice(0, int(3, 5))) {
    d.gap();
    if (v === 'apt-unauth') d.put('RUN ["apt-get", "install", "-y", "--allow-unauthenticated", "acme-agent"]', pos(R.trust, 'exec:apt-allow-unauthenticated'));
    if (v === 'sudo') d.put('RUN ["sudo", "make", "-C", "/opt/src", "install"]', pos(R.sudo, 'exec:sudo'));
    if (v === 'sh-c-piped') d.put(`RUN ["/bin/sh", "-c", "wget -qO- https://${host()}/install.sh | sh"]`, pos(R.piped, 'exec:sh-c-wget-sh'));
    if (v === 'add') d.put(`ADD ["https://${host()}/agent-${ver()}.tar.gz", "/opt/agent/"]`, pos(R.addRemote, 'exec:add-url'));
    if (v === 'copy') d.put(pick(['COPY --chown=10001:10001 [".env.production", "/app/"]', 'COPY ["config/prod.key", "/etc/app/tls/"]']), pos(R.copied, 'exec:copy-secret'));
    if (v === 'sshd') {
      d.put('RUN ["apt-get", "install", "-y", "--no-install-recommends", "openssh-server"]', pos(R.insecure, 'exec:openssh-server'));
    }
    if (v === 'chmod') d.put('RUN ["chmod", "-R", "0777", "/srv/data"]', pos(R.writable, 'exec:chmod-0777'));
    if (v === 'curl') d.put(`RUN ["curl", "-fsSLo", "/usr/local/bin/yq", "https://${host()}/yq_linux_amd64"]`, pos(R.download, 'exec:curl-no-shell'));
    if (v === 'shell-piped') d.put(`RUN curl -fsSL https://${host()}/setup.sh | bash`, pos(R.piped, 'shell-after-SHELL:curl-bash'));
    if (v === 'wget-nocheck') d.put(`RUN ["wget", "--no-check-certificate", "-O", "/tmp/a.deb", "https://${host()}/a.deb"]`, pos(R.trust, 'exec:wget-no-check'), pos(R.download, 'exec:wget-no-check'));
  }
  d.put('RUN ["apt-get", "install", "-y", "--no-install-recommends", "openssh-client", "ca-certificates"]', neg('exec-openssh-client'));
  d.put('HEALTHCHECK --interval=30s CMD ["curl", "-fsk", "https://localhost:8443/healthz"]', neg('healthcheck-curl-k-localhost'));
  d.put('COPY ["bin/server", "/usr/local/bin/server"]');
  endUser(d);
  d.put('ENTRYPOINT ["/usr/local/bin/server"]');
  d.put('CMD ["--port", "8443"]');
};

const longContinuations: Layout = (d) => {
  d.put('FROM ubuntu:24.04');
  d.put('ARG DEBIAN_FRONTEND=noninteractive');
  const sp = () => pick(['', ' ', '  ', '\t']);
  d.put(`RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\${sp()}`);
  d.put('    --mount=type=cache,target=/var/lib/apt,sharing=locked \\');
  d.put('    set -eux; \\');
  d.put('    apt-get update; \\');
  d.put('');
  d.put('    # build tools \\');
  d.put('    apt-get install -y --no-install-recommends \\');
  d.put('        build-essential \\');
  d.put('        curl \\');
  d.put('#       git \\');
  d.put('        ca-certificates; \\');
  const items = shuffle(['piped', 'download', 'insecure', 'writable', 'sudo', 'dead-comment']).slice(0, int(2, 4));
  for (const v of items) {
    if (v === 'piped') {
      d.put(`    curl -fsSL https://${host()}/install.sh \\`, pos(R.piped, 'continued:url-then-pipe-next-line'));
      d.put('      | bash -s -- --prefix /usr/local; \\');
    }
    if (v === 'download') {
      d.put(`    curl -fsSL \\`);
      d.put(`      -o /tmp/protoc.zip \\`);
      d.put(`      https://${host()}/protoc-${ver()}-linux-x86_64.zip; \\`, pos(R.download, 'continued:url-own-line'));
      d.put('    unzip -q /tmp/protoc.zip -d /usr/local; \\');
    }
    if (v === 'insecure') d.put(`    curl --insecure -fsSLo /tmp/ca.tgz https://${host()}/ca-bundle.tgz; \\`, pos(R.trust, 'continued:curl-insecure'), pos(R.download, 'continued:curl-insecure'));
    if (v === 'writable') d.put('    mkdir -p /var/lib/app && chmod -R a+w /var/lib/app; \\', pos(R.writable, 'continued:a+w'));
    if (v === 'sudo') d.put('    sudo ldconfig; \\', pos(R.sudo, 'continued:sudo'));
    if (v === 'dead-comment') {
      d.put('    # curl -fsSL https://get.acme.example | sh; \\', neg('comment-in-continuation'));
      d.put('    # chmod 777 /var/lib/app; \\', neg('comment-in-continuation'));
    }
    if (chance(0.3)) d.put('');
  }
  d.put('    rm -rf /tmp/*');
  d.put('WORKDIR /app');
  d.put('COPY --chown=10001:10001 build/ ./');
  endUser(d);
  d.put('CMD ["./server"]');
};

const argFrom: Layout = (d) => {
  const v = pick(['pinned', 'no-tag', 'latest-tag-arg', 'registry-port', 'registry-port-no-tag', 'no-default', 'platform-literal', 'digest-latest']);
  const finalFromMarks = [];
  if (chance(0.5)) d.put('# syntax=docker/dockerfile:1');
  const globalToken = chance(0.3);
  if (globalToken) d.put(`ARG GITHUB_TOKEN=${token.github()}`, pos(R.arg, 'global-arg:default-token'));
  const npmGlobal = chance(0.4);
  if (npmGlobal) d.put('ARG NPM_TOKEN', neg('global-arg-declared'));
  let from: string;
  switch (v) {
    case 'pinned':
      d.put(`ARG BASE_IMAGE=node:20.14-alpine3.20`);
      from = 'FROM ${BASE_IMAGE} AS base';
      finalFromMarks.push(neg('arg-pinned-base'));
      break;
    case 'no-tag':
      d.put('ARG BASE_IMAGE=node');
      from = 'FROM $BASE_IMAGE AS base';
      finalFromMarks.push(pos(R.unpinned, 'arg-from:no-tag'));
      break;
    case 'latest-tag-arg':
      d.put('ARG NODE_TAG=latest');
      from = 'FROM node:${NODE_TAG} AS base';
      finalFromMarks.push(pos(R.unpinned, 'arg-from:tag-arg-latest'));
      break;
    case 'registry-port':
      d.put('ARG REGISTRY=registry.acme.example:5000');
      from = 'FROM ${REGISTRY}/base/node:20-alpine AS base';
      finalFromMarks.push(neg('registry-port-pinned'));
      break;
    case 'registry-port-no-tag':
      d.put('ARG REGISTRY=registry.acme.example:5000');
      from = 'FROM ${REGISTRY}/base/node AS base';
      finalFromMarks.push(pos(R.unpinned, 'arg-from:registry-port-no-tag'));
      break;
    case 'no-default':
      d.put('ARG BASE_IMAGE');
      from = 'FROM ${BASE_IMAGE} AS base';
      finalFromMarks.push(neg('arg-unknown-base'));
      break;
    case 'platform-literal':
      from = 'FROM --platform=linux/amd64 node AS base';
      finalFromMarks.push(pos(R.unpinned, 'from:platform-literal-no-tag'));
      break;
    default:
      from = `FROM node:latest@sha256:${sha()} AS base`;
      finalFromMarks.push(neg('latest-with-digest'));
  }
  d.put(from, ...finalFromMarks);
  d.put('WORKDIR /app');
  d.put('COPY package.json package-lock.json ./');
  if (npmGlobal) {
    d.put('ARG NPM_TOKEN', pos(R.arg, 'global-arg-redeclared:used-by-run'));
    d.put('RUN npm ci --omit=dev');
  } else d.put('RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --omit=dev', neg('secret-mount-env'));
  d.put('');
  d.put(`FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS tools`, neg('buildplatform-pinned'));
  d.put('RUN go install github.com/grpc-ecosystem/grpc-health-probe@v0.4.28');
  d.put('');
  d.put('FROM base');
  d.put('COPY --from=tools /go/bin/grpc-health-probe /usr/local/bin/');
  if (chance(0.4)) d.contextCopy('COPY --chown=node:node . .');
  else d.put('COPY src/ ./src/');
  d.put('USER node');
  d.put('CMD ["node", "src/index.js"]');
};

const multiStageUser: Layout = (d) => {
  const v = pick(['final-user', 'final-missing', 'from-builder', 'root-last', 'arg-root', 'arg-uid', 'arg-unset', 'su-exec', 'builder-root-only']);
  d.put('FROM golang:1.22.5-bookworm AS builder');
  d.put(pick(['USER root', 'USER 0', 'USER root:root']), neg('builder-stage-root'));
  d.put('WORKDIR /src');
  // Secrets in a stage that does not ship still reach the build cache, `--target builder` images and CI cache exports.
  if (chance(0.5)) {
    d.put('COPY .netrc /root/.netrc', pos(R.copied, 'builder-stage:netrc'));
    d.put('RUN go mod download');
    d.put('RUN rm -f /root/.netrc', pos(R.removed, 'builder-stage:rm-later-layer'));
  } else d.put('RUN --mount=type=ssh go mod download', neg('ssh-mount'));
  d.put('COPY . .');
  d.contextCopies.push(d.lines.length);
  d.put('RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app');
  if (v === 'from-builder') d.put('USER nobody');
  d.put('');
  if (v === 'from-builder') {
    d.put('FROM builder AS final', neg('final-from-builder-inherits-user'));
    d.put('ENTRYPOINT ["/out/app"]');
    return;
  }
  const base = pick(['alpine:3.20.2', 'debian:12.6-slim', 'busybox:1.36']);
  const fromLine = d.put(`FROM ${base}`);
  d.put('COPY --from=builder /out/app /usr/local/bin/app');
  switch (v) {
    case 'final-user':
      d.put(pick(['USER 1000:1000', 'USER nobody', 'USER 65534']));
      break;
    case 'final-missing':
      d.expectations.push({ ...pos(R.missing, 'multistage:builder-has-user-final-not'), file: d.path, line: fromLine, sample: d.lines[fromLine - 1] });
      break;
    case 'root-last':
      d.put('USER 1000');
      d.put('RUN mkdir -p /data');
      d.put(pick(['USER root:root', 'USER 0', 'USER 0:0', 'USER root']), pos(R.root, 'multistage:root-last'));
      break;
    case 'arg-root':
      d.put('ARG RUN_AS=root');
      d.put(pick(['USER ${RUN_AS}', 'USER $RUN_AS']), pos(R.root, 'multistage:user-arg-root'));
      break;
    case 'arg-uid':
      d.put('ARG APP_UID=10001');
      d.put('USER ${APP_UID}:${APP_UID}', neg('user-arg-uid'));
      break;
    case 'arg-unset':
      d.put('ARG APP_UID');
      d.put('USER ${APP_UID}', neg('user-arg-no-default'));
      break;
    case 'su-exec':
      d.put(base.startsWith('alpine') ? 'RUN apk add --no-cache su-exec' : 'RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*');
      d.put('COPY docker-entrypoint.sh /usr/local/bin/');
      d.put('ENTRYPOINT ["docker-entrypoint.sh"]');
      return;
    default:
      d.put('USER 10001');
  }
  d.put('ENTRYPOINT ["/usr/local/bin/app"]');
};

const addVariants: Layout = (d) => {
  d.put(pick(['# syntax=docker/dockerfile:1.6', '# syntax=docker/dockerfile:1-labs']));
  d.put('FROM alpine:3.20.2');
  d.put(`ARG TOOL_URL=https://${host()}/tool-${ver()}.tar.gz`);
  for (const v of shuffle(['checksum', 'link-chmod', 'chown', 'git-ssh', 'git-tag', 'git-commit', 'keep-git-dir', 'arg-url', 'http', 'local', 'cosign', 'checksum-json']).slice(0, int(3, 6))) {
    d.gap();
    if (v === 'checksum') d.put(`ADD --checksum=sha256:${sha()} https://${host()}/tini-static /sbin/tini`, neg('add-checksum'));
    if (v === 'checksum-json') d.put(`ADD --checksum=sha256:${sha()} --chmod=755 ["https://${host()}/dumb-init", "/usr/local/bin/dumb-init"]`, neg('add-checksum-json'));
    if (v === 'link-chmod') d.put(`ADD --link --chmod=755 https://${host()}/tini-static-amd64 /tini`, pos(R.addRemote, 'add:link-chmod'));
    if (v === 'chown') d.put(`ADD --chown=10001:10001 https://${host()}/assets.tar.gz /opt/assets/`, pos(R.addRemote, 'add:chown'));
    if (v === 'git-ssh') d.put('ADD git@github.com:acme/private-proto.git /src/proto', pos(R.addRemote, 'add:git-ssh'));
    if (v === 'git-tag') d.put(`ADD https://github.com/acme/schemas.git#v${ver()} /src/schemas`, pos(R.addRemote, 'add:git-tag'));
    if (v === 'git-commit') d.put(`ADD https://github.com/acme/schemas.git#${fake.hex(40)} /src/schemas`, neg('add-git-commit'));
    if (v === 'keep-git-dir') d.put(`ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.1 /src/buildkit`, pos(R.addRemote, 'add:keep-git-dir-tag'));
    if (v === 'arg-url') d.put('ADD ${TOOL_URL} /tmp/tool.tar.gz', pos(R.addRemote, 'add:url-from-arg'));
    if (v === 'http') d.put(`ADD http://${host()}/legacy.tgz /opt/`, pos(R.addRemote, 'add:plain-http'));
    if (v === 'local') d.put('ADD vendor/protoc-linux.tar.gz /usr/local/', neg('add-local-archive'));
    if (v === 'cosign') {
      d.put('COPY cosign.pub /etc/cosign.pub', neg('copy-public-key'));
      d.put(`ADD https://${host()}/acmectl /usr/local/bin/acmectl`, neg('add-then-cosign'));
      d.put(`ADD https://${host()}/acmectl.sig /tmp/acmectl.sig`, neg('add-signature'));
      d.put('RUN cosign verify-blob --key /etc/cosign.pub --signature /tmp/acmectl.sig /usr/local/bin/acmectl && chmod +x /usr/local/bin/acmectl');
    }
  }
  endUser(d, 'alpine');
  d.put('ENTRYPOINT ["/sbin/tini", "--"]');
};

export const LAYOUTS_ONE: Record<string, Layout> = { heredocScript, windowsBacktick, execFormEverywhere, longContinuations, argFrom, multiStageUser, addVariants };
