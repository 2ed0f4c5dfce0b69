import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';
import { substitute } from '../variables';
import { commandDirs, downloadTarget } from '../download-targets';
import { workdirs } from '../paths';
import { feedsKeyring, findDownloads, isVerificationMaterial } from '../downloads';
import { verifiedLater } from '../verification';
import { pipedToShell, runsDownloadedPowerShell } from './remote-script-piped-to-shell';

const ID = 'dockerfile/download-unverified';
const WHY = 'A download that is never checked against a known digest or signature trusts the server, the network and the release tag: if any of them changes, your image changes without notice.';
const FIX = 'Verify before use, in the same stage: `curl -fsSLo tool.tgz <url> && echo "<sha256>  tool.tgz" | sha256sum -c -` (or `gpg --batch --verify tool.tgz.asc tool.tgz`). For a plain file, `ADD --checksum=sha256:<digest> <url> <dest>` does both.';

export const downloadUnverified: DockerfileCheck = {
  id: ID,
  severity: 'medium',
  description: 'RUN download with no checksum or signature check later in the stage',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const stage of df.stages) {
      const dirs = workdirs(stage, df.escape);
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'RUN') continue;
        const cmds = commandsOf(ins);
        const cmdDirs = commandDirs(cmds, dirs.get(ins) ?? '/');
        for (const cmd of cmds) {
          for (const d of findDownloads(cmd, (t) => substitute(t, ins.scope, df.escape).value)) {
            if (pipedToShell(cmd) || isVerificationMaterial(d.url.text) || feedsKeyring(d)) continue;
            // Reported by remote-script-piped-to-shell: the string is run, not stored.
            if (/Download(?:String|Data)\s*\(/i.test(d.url.text) && runsDownloadedPowerShell(cmd.script.text)) continue;
            const target = downloadTarget(d, cmdDirs.get(cmd) ?? '/');
            // `curl -o /dev/null URL` checks that the URL answers; nothing is kept.
            if (target === '/dev/null' || verifiedLater(stage, ins, cmd.order, target, df.escape)) continue;
            out.push(at(ins, wordSpan(cmd, d.url), `RUN downloads ${d.url.text} and nothing later in the stage verifies it`, d.url.text, { plainMatch: true }));
          }
        }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates\n' },
      { code: 'FROM debian:12\nENV GOSU_VERSION 1.17\nRUN set -eux; \\\n  wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64"; \\\n  wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64.asc"; \\\n  export GNUPGHOME="$(mktemp -d)"; \\\n  gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \\\n  gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu\n' },
      { code: 'FROM alpine:3.19\nRUN wget -O app.tgz https://example.com/app.tgz\nRUN echo "$APP_SHA256 *app.tgz" | sha256sum -c -\n' },
      { code: 'FROM alpine:3.19\nRUN curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg\n' },
      { code: 'FROM fedora:40\nRUN curl -fsSLO https://example.com/pkg.rpm && rpm -K pkg.rpm && rpm -i pkg.rpm\n' },
      { code: 'FROM alpine:3.19\nRUN curl -fsSLO https://example.com/tool.tgz && [ "$(openssl dgst -sha512 -r tool.tgz | cut -d" " -f1)" = "$TOOL_SHA512" ]\n' },
      { code: 'FROM debian:12\nRUN curl -fsSLO https://example.com/SHA256SUMS && curl -fsSLO https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz && sha256sum -c --ignore-missing SHA256SUMS\n' },
      { code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))\nRUN Invoke-WebRequest -Uri https://example.com/node.zip -OutFile node.zip; `\n    if ((Get-FileHash node.zip -Algorithm sha256).Hash -ne $env:NODE_SHA256) { exit 1 }\n" },
      { code: 'FROM alpine:3.19\nRUN curl -fsS -o /dev/null -w "%{http_code}" https://example.com/health || true\n' },
      { code: 'FROM alpine:3.19\nRUN curl -fsSL https://example.com/tool.tgz > /tmp/tool.tgz && echo "$TOOL_SHA256  /tmp/tool.tgz" | sha256sum -c -\n' },
      { code: 'FROM alpine:3.19\nRUN curl -fsSLo /tmp/yq https://example.com/yq_linux_amd64 \\\n && curl -fsSLo /tmp/checksums.txt https://example.com/checksums.txt \\\n && grep "yq_linux_amd64$" /tmp/checksums.txt | sed "s#yq_linux_amd64#/tmp/yq#" | sha256sum -c -\n' },
      { code: 'FROM debian:12\nWORKDIR /tmp\nRUN wget -O go.tgz.asc "$GO_URL.asc" && wget -O go.tgz "$GO_URL" && gpg --batch --verify go.tgz.asc go.tgz\nRUN curl -fsSL -o /tmp/t.tgz https://example.com/t.tgz\nRUN echo "$T_SHA256  t.tgz" | sha256sum -c -\n' },
    ],
    invalid: [
      { code: 'FROM alpine:3.19\nRUN wget https://example.com/tool.tar.gz && tar -xzf tool.tar.gz\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN curl -fsSLo tool.tgz https://example.com/tool.tgz \\\n && sha256sum tool.tgz\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN echo "sha256sum -c" && curl -fsSLO https://example.com/tool.tgz\n', line: 2 },
      { code: 'FROM alpine:3.19 AS a\nRUN curl -fsSLO https://example.com/tool.tgz\nFROM alpine:3.19\nRUN echo x | sha256sum -c -\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN wget -O /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt\nRUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz\nRUN echo "$TOOL_SHA256  /tmp/tool.tgz" | sha256sum -c -\n', line: 2 },
      { code: 'FROM alpine:3.19\nWORKDIR /src\nRUN cd /tmp && wget https://example.com/tool.tar.gz && tar -xzf tool.tar.gz\nRUN curl -fsSLo tool.tar.gz https://example.com/tool.tar.gz && echo "$TOOL_SHA256 *tool.tar.gz" | sha256sum -c -\n', line: 3 },
      { code: 'FROM debian:12\nRUN curl -fsSL -o /tmp/agent.deb https://example.com/agent.deb \\\n && curl -fsSL -o /tmp/go.tgz https://go.dev/dl/go.tgz \\\n && echo "$GO_SHA256  /tmp/go.tgz" | sha256sum -c -\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN gpg --batch --import key.asc\nRUN curl -fsSLO https://example.com/tool.tgz # sha256sum -c\n', line: 3 },
      // The grep picks kubectl's line out of SHA256SUMS: the check vouches for kubectl, not for tool.tgz.
      { code: 'FROM alpine:3.19\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz\nWORKDIR /tmp\nRUN curl -fsSLO https://example.com/kubectl && curl -fsSLO https://example.com/SHA256SUMS && grep " kubectl$" SHA256SUMS | sha256sum -c -\n', line: 2 },
      // tool.tgz.bundle is a different file: the cosign check vouches for /usr/local/bin/tool only.
      { code: 'FROM alpine:3.19\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz\nRUN curl -fsSLo /usr/local/bin/tool https://example.com/tool && curl -fsSLo /tmp/tool.tgz.bundle https://example.com/tool.bundle && cosign verify-blob --bundle /tmp/tool.tgz.bundle /usr/local/bin/tool\n', line: 2 },
      // A stream into tar is used before any later check could run.
      { code: 'FROM alpine:3.19\nARG HELM_URL=https://get.example.com/helm.tgz\nRUN curl -fsSL "${HELM_URL}" | tar -xz -C /usr/local/bin\nRUN curl -fsSLO https://get.example.com/SHA256SUMS && sha256sum -c --ignore-missing SHA256SUMS\n', line: 3 },
      // The sums check spells /tmp/yq inside its sed expression: it vouches for yq, not for kubectl.
      { code: 'FROM alpine:3.19\nENV KUBECTL_URL=https://dl.example.com/kubectl\nRUN wget -q $KUBECTL_URL -O /usr/local/bin/kubectl\nRUN curl -fsSLo /tmp/yq https://example.com/yq_linux_amd64 \\\n && curl -fsSLo /tmp/checksums.txt https://example.com/checksums.txt \\\n && grep "yq_linux_amd64$" /tmp/checksums.txt | sed "s#yq_linux_amd64#/tmp/yq#" | sha256sum -c -\n', line: 3 },
      // The Get-FileHash check names node.zip only: it does not vouch for tool.zip.
      { code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Invoke-WebRequest -Uri https://example.com/tool.zip -OutFile C:\\tool.zip; `\n    Expand-Archive C:\\tool.zip -DestinationPath C:\\tool\nRUN Invoke-WebRequest -Uri https://example.com/node.zip -OutFile node.zip; `\n    if ((Get-FileHash node.zip -Algorithm sha256).Hash -ne $env:NODE_SHA256) { exit 1 }\n", line: 4 },
      { code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN (New-Object System.Net.WebClient).DownloadFile('https://example.com/agent.msi', 'C:\\agent.msi'); `\n    Start-Process msiexec.exe -Wait -ArgumentList '/i C:\\agent.msi /qn'\nRUN Invoke-WebRequest -Uri https://example.com/other.zip -OutFile C:\\other.zip\nRUN if ((Get-FileHash C:\\other.zip).Hash -ne $env:OTHER_SHA256) { exit 1 }\n", line: 3 },
    ],
  },
};
