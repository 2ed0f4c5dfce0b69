import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';
import { assignmentsOf, commandName, effectiveWords } from '../shell';

const ID = 'dockerfile/trust-disabled';
const WHY = 'Turning off TLS or signature checks lets anyone on the network path (or a compromised mirror) hand your build different packages or binaries.';
const FIX = 'Remove the flag and fix the cause: install the CA (`COPY corp-ca.crt /usr/local/share/ca-certificates/ && update-ca-certificates`), import the repository key, or use the HTTPS index. Never ship `-k`, `--no-check-certificate`, `--trusted-host` or `--allow-unauthenticated`.';

/** Option patterns per command name; the value is what the option disables. */
const COMMAND_FLAGS: Array<{ cmd: RegExp; flag: RegExp; what: string }> = [
  { cmd: /^curl$/, flag: /^(?:--insecure|--proxy-insecure|-[A-Za-z]*k[A-Za-z]*)$/, what: 'curl TLS verification (-k / --insecure)' },
  { cmd: /^wget$/, flag: /^--no-check-certificate$/, what: 'wget TLS verification' },
  { cmd: /^(?:apt|apt-get|aptitude)$/, flag: /^(?:--allow-unauthenticated|--allow-insecure-repositories|--force-yes|--allow-downgrades-insecure)$/, what: 'APT signature checks' },
  { cmd: /^(?:apt|apt-get)$/, flag: /(?:AllowInsecureRepositories|AllowUnauthenticated|Verify-Peer|Verify-Host|Check-Valid-Until)\s*=\s*(?:"?(?:true|false|0|no)"?)/i, what: 'APT signature or TLS checks' },
  { cmd: /^apk$/, flag: /^--allow-untrusted$/, what: 'apk signature checks' },
  { cmd: /^(?:yum|dnf|microdnf|zypper|tdnf)$/, flag: /^(?:--nogpgcheck|--no-gpg-checks|--setopt=.*(?:gpgcheck|sslverify)=(?:0|false|no))$/i, what: 'RPM signature checks' },
  { cmd: /^rpm$/, flag: /^(?:--nosignature|--nodigest|--noverify)$/, what: 'RPM signature checks' },
  { cmd: /^dpkg$/, flag: /^--force-bad-verify$/, what: 'dpkg verification' },
  { cmd: /^pip[0-9.]*$|^python[0-9.]*$|^uv$|^pipenv$|^poetry$/, flag: /^(?:--trusted-host(?:=.*)?|--allow-insecure-host(?:=.*)?|--cert=\/dev\/null|--no-verify-ssl)$/, what: 'pip TLS verification (--trusted-host)' },
  { cmd: /^(?:npm|yarn|pnpm)$/, flag: /^(?:--strict-ssl=false|--no-strict-ssl)$/, what: 'npm TLS verification' },
  { cmd: /^(?:gem|bundle)$/, flag: /^(?:-P|--trust-policy)$/, what: 'gem signature policy' },
  { cmd: /^(?:helm|kubectl|oras|skopeo|crane|regctl|docker|podman|buildah)$/, flag: /^(?:--insecure-skip-tls-verify(?:=true)?|--insecure(?:=true)?|--tls-verify=false|--src-tls-verify=false|--dest-tls-verify=false|--insecure-registry)$/, what: 'registry TLS verification' },
  { cmd: /^(?:go)$/, flag: /^-insecure$/, what: 'go get TLS verification' },
];

/** `npm config set strict-ssl false`, `git config http.sslVerify false`, … */
const CONFIG_SETTINGS: Array<{ cmd: RegExp; re: RegExp; what: string }> = [
  // `npm set` is `npm config set`; Yarn 2+ calls it enableStrictSsl.
  { cmd: /^(?:npm|yarn|pnpm)$/, re: /\b(?:config\s+)?set\s+(?:strict-ssl|enableStrictSsl)(?:\s+|=)false\b/, what: 'npm TLS verification (strict-ssl false)' },
  { cmd: /^git$/, re: /\bhttp\.sslVerify\s+(?:false|0)\b|\bhttp\.sslverify=(?:false|0)\b/i, what: 'git TLS verification (http.sslVerify false)' },
  { cmd: /^pip[0-9.]*$/, re: /\bconfig\s+set\s+\S*trusted-host\b/, what: 'pip TLS verification (trusted-host)' },
  { cmd: /^composer$/, re: /\bconfig\b.*\b(?:secure-http|disable-tls)\s+(?:false|true)\b/, what: 'composer HTTPS enforcement' },
  { cmd: /^conda$/, re: /\bconfig\b.*\bssl_verify\s+(?:false|no|0)\b/i, what: 'conda TLS verification' },
];

/** Environment switches that turn verification off, in ENV or RUN. */
const ENV_SWITCHES: Array<{ name: RegExp; value: RegExp; what: string }> = [
  { name: /^NODE_TLS_REJECT_UNAUTHORIZED$/, value: /^0$/, what: 'Node.js TLS verification' },
  { name: /^GIT_SSL_NO_VERIFY$/, value: /^(?:1|true|yes)$/i, what: 'git TLS verification' },
  { name: /^PYTHONHTTPSVERIFY$/, value: /^0$/, what: 'Python HTTPS verification' },
  { name: /^(?:PIP_TRUSTED_HOST|UV_INSECURE_HOST)$/, value: /./, what: 'pip TLS verification' },
  { name: /^(?:NPM_CONFIG_STRICT_SSL|npm_config_strict_ssl)$/, value: /^(?:false|0)$/i, what: 'npm TLS verification' },
  { name: /^GOINSECURE$|^GONOSUMDB$|^GONOSUMCHECK$/, value: /./, what: 'Go module checksum/TLS verification' },
  { name: /^GOSUMDB$/, value: /^off$/, what: 'Go checksum database' },
  { name: /^GOFLAGS$/, value: /-insecure/, what: 'Go TLS verification' },
  { name: /^(?:CURL_INSECURE|WGET_NO_CHECK_CERTIFICATE)$/, value: /^(?:1|true)$/i, what: 'TLS verification' },
  { name: /^(?:REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|SSL_CERT_FILE)$/, value: /^(?:|\/dev\/null)$/, what: 'TLS verification (empty CA bundle)' },
];

export const trustDisabled: DockerfileCheck = {
  id: ID,
  severity: 'medium',
  description: 'curl -k, --no-check-certificate, --allow-unauthenticated, pip --trusted-host…',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      if (ins.keyword === 'ENV') {
        for (const p of ins.pairs) {
          const sw = ENV_SWITCHES.find((s) => s.name.test(p.name) && s.value.test(p.value ?? ''));
          if (sw && p.value !== null) out.push(at(ins, { start: p.nameStart, end: p.valueEnd }, `ENV ${p.name}=${p.value} disables ${sw.what}`, `${p.name}=${p.value}`, { plainMatch: true }));
        }
        continue;
      }
      if (ins.keyword !== 'RUN') continue;
      for (const cmd of commandsOf(ins)) {
        const name = commandName(cmd);
        const words = effectiveWords(cmd);
        for (const rule of COMMAND_FLAGS) {
          if (!rule.cmd.test(name)) continue;
          for (const w of words.slice(1)) {
            if (rule.flag.test(w.text)) out.push(at(ins, wordSpan(cmd, w), `RUN ${name} ${w.text} disables ${rule.what}`, `${name} ${w.text}`, { plainMatch: true }));
          }
        }
        const joined = words.map((w) => w.text).join(' ');
        for (const rule of CONFIG_SETTINGS) {
          if (rule.cmd.test(name) && rule.re.test(joined)) out.push(at(ins, cmd.script.span(cmd.from, cmd.to), `RUN disables ${rule.what}`, joined.slice(0, 80), { plainMatch: true }));
        }
        for (const a of [...assignmentsOf(cmd), ...(name === 'export' ? words.slice(1) : [])]) {
          const eq = a.text.indexOf('=');
          if (eq <= 0) continue;
          const [n, v] = [a.text.slice(0, eq), a.text.slice(eq + 1)];
          const sw = ENV_SWITCHES.find((s) => s.name.test(n) && s.value.test(v));
          if (sw) out.push(at(ins, wordSpan(cmd, a), `RUN sets ${n}=${v}, which disables ${sw.what}`, a.text, { plainMatch: true }));
        }
        for (const r of cmd.redirects) {
          if (r.target && /sources\.list/.test(r.target.text) && /\[[^\]]*trusted=yes/.test(cmd.words.map((w) => w.text).join(' '))) {
            out.push(at(ins, wordSpan(cmd, r.target), 'RUN adds an APT source marked [trusted=yes], which skips its signature checks', '[trusted=yes]', { plainMatch: true }));
          }
        }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl\n' },
      { code: 'FROM alpine:3.19\nRUN curl -fsSLO https://example.com/a.tgz && sort -k 2 list.txt && gpg -k\n' },
      { code: 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n' },
      { code: 'FROM node:20\nRUN npm set strict-ssl true && yarn config set enableStrictSsl true && uv pip install --system -r requirements.txt\n' },
    ],
    invalid: [
      { code: 'FROM alpine:3.19\nRUN curl -fsSLk https://example.com/a.tgz -o a.tgz\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN wget --no-check-certificate https://example.com/a.tgz\n', line: 2 },
      { code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --allow-unauthenticated foo\n', line: 3 },
      { code: 'FROM python:3.12\nRUN pip install --trusted-host pypi.example.com -r requirements.txt\n', line: 2 },
      { code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n', line: 2 },
      { code: 'FROM node:20\nRUN npm config set strict-ssl false\n', line: 2 },
      { code: 'FROM node:20\nRUN npm set strict-ssl false && yarn config set enableStrictSsl false\n', line: 2 },
      { code: 'FROM python:3.12\nRUN uv pip install --system --allow-insecure-host pypi.example.com -r requirements.txt\n', line: 2 },
      { code: 'FROM node:20\nRUN env NODE_TLS_REJECT_UNAUTHORIZED=0 node scripts/fetch.js\n', line: 2 },
    ],
  },
};
