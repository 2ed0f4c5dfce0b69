import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';
import { substitute } from '../variables';
import { findDownloads } from '../downloads';
import { commandName, type ShellCommand } from '../shell';

const ID = 'dockerfile/remote-script-piped-to-shell';
const WHY = 'Piping a download into a shell runs whatever the server returns, unchecked, as root at build time; a truncated transfer can even run half a script.';
const FIX = 'Download, verify, then run: `curl -fsSLo install.sh <url> && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh` (or verify its signature with `gpg --verify`). Better still, install a pinned package.';

const RUNS_CODE = /^(?:sh|bash|ash|dash|zsh|ksh|fish|python[0-9.]*|perl|ruby|node|php|pwsh|powershell|iex|invoke-expression|source|\.|eval)$/i;

/** Does the downloaded content end up executed: `| sh`, `sh -c "$(curl …)"`, `bash <(curl …)`, `eval "$(curl …)"`? */
export function pipedToShell(cmd: ShellCommand): boolean {
  if (cmd.pipeline.slice(cmd.pipeIndex + 1).some((c) => RUNS_CODE.test(commandName(c)))) return true;
  for (let child = cmd, p = cmd.parent; p; child = p, p = p.parent) {
    // `$(curl …)` as the command word runs what the download printed.
    if (/^(?:\$\(|`)/.test(p.words[0]?.text ?? '')) return true;
    // A statement of `bash -c "curl -o f …"` is run by the shell, its output is not.
    if (child.scriptBody) continue;
    if (RUNS_CODE.test(commandName(p)) || p.words.some((w, k) => k === 0 && /^(?:eval|source|\.)$/.test(w.text))) return true;
  }
  return false;
}

const POWERSHELL = [
  /\b(?:iex|Invoke-Expression)\b[^;\n|]*?(?:DownloadString|\biwr\b|Invoke-WebRequest|\birm\b|Invoke-RestMethod)/i,
  /(?:\biwr\b|Invoke-WebRequest|\birm\b|Invoke-RestMethod|DownloadString)[^;\n|]*\|\s*(?:iex|Invoke-Expression)\b/i,
];

/** `python3 <<EOF` / `python -c`: `exec(urlopen("https://…").read())`, `exec(requests.get(…).text)`. */
const PYTHON_EVAL = [
  /\b(?:exec|eval)\s*\(\s*(?:urllib\.request\.|urllib2\.|request\.)?urlopen\s*\(\s*(?:f?["'])?(?:https?|ftp):\/\//,
  /\b(?:exec|eval)\s*\(\s*requests\.get\s*\(\s*(?:f?["'])?(?:https?|ftp):\/\//,
];

/** `iex ((New-Object Net.WebClient).DownloadString(…))`, `iwr … | iex`: PowerShell runs what it downloaded. */
export function runsDownloadedPowerShell(text: string): boolean {
  return POWERSHELL.some((re) => re.test(text));
}

export const remoteScriptPipedToShell: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'curl/wget piped into sh, bash, python…, or `sh -c "$(curl …)"`',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const before = out.length;
      for (const cmd of commandsOf(ins)) {
        for (const d of findDownloads(cmd, (t) => substitute(t, ins.scope, df.escape).value)) {
          if (!pipedToShell(cmd)) continue;
          out.push(at(ins, wordSpan(cmd, d.url), `RUN pipes ${d.url.text} straight into a shell`, d.url.text, { plainMatch: true }));
        }
      }
      if (out.length > before) continue;
      for (const part of [ins.args, ...ins.heredocs.filter((h) => h.isScript).map((h) => h.body)]) {
        for (const [patterns, how] of [[POWERSHELL, 'Invoke-Expression'], [PYTHON_EVAL, 'Python exec()']] as const) {
          for (const re of patterns) {
            const m = re.exec(part.text);
            if (m) {
              out.push(at(ins, part.span(m.index, m.index + m[0].length), `RUN downloads a script and runs it with ${how}`, m[0], { plainMatch: true }));
              break;
            }
          }
        }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM alpine:3.19\nRUN curl -fsSLo install.sh https://example.com/install.sh \\\n && echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  install.sh" | sha256sum -c - \\\n && sh install.sh\n' },
      { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl bash\n' },
      { code: 'FROM python:3.12\nRUN python3 <<EOF\nimport json, urllib.request\nprint(json.load(urllib.request.urlopen("https://example.com/versions.json")))\nEOF\n' },
      { code: 'FROM alpine:3.19\nRUN echo "curl https://example.com/i.sh | sh is a bad idea"\n' },
      { code: 'FROM debian:12\nRUN ["/bin/bash", "-o", "pipefail", "-c", "curl -fsSLo /usr/share/keyrings/acme.gpg https://packages.example.com/acme.gpg"]\n' },
      { code: 'FROM debian:12\nRUN bash -o pipefail -c "curl -fsSL -o /tmp/t.tgz https://example.com/t.tgz && echo \\"$T_SHA256  /tmp/t.tgz\\" | sha256sum -c -"\n' },
    ],
    invalid: [
      { code: 'FROM alpine:3.19\nRUN curl -fsSL https://example.com/install.sh | sh\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN set -eux; \\\n    wget -qO- https://example.com/install.sh | sudo -E bash -\n', line: 3 },
      { code: 'FROM alpine:3.19\nRUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/example/tool/main/install.sh)"\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN ["/bin/bash", "-c", "bash <(curl -s https://example.com/setup)"]\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN ["/bin/bash", "-o", "pipefail", "-c", "curl -fsSL https://example.com/install.sh | bash"]\n', line: 2 },
      { code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN iex ((New-Object System.Net.WebClient).DownloadString(\'https://chocolatey.org/install.ps1\'))\n', line: 3 },
      { code: 'FROM python:3.12\nRUN <<EOF\nset -e\ncurl -sSL https://install.python-poetry.org | python3 -\nEOF\n', line: 4 },
      { code: 'FROM python:3.12\nRUN python3 <<EOF\nimport urllib.request\nexec(urllib.request.urlopen("https://example.com/bootstrap.py").read())\nEOF\n', line: 4 },
    ],
  },
};
