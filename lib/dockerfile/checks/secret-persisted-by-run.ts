import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';
import type { Instruction } from '../model';
import { basename, normalizePath } from '../paths';
import { isSecretName } from '../secret-names';
import { commandName, effectiveWords, type ShellCommand, type ShellWord } from '../shell';

const ID = 'dockerfile/secret-persisted-by-run';
const WHY = 'A build secret mounted with `--mount=type=secret` never reaches a layer, unless the RUN copies it into a file that stays. Then it ships with the image like any other file.';
const FIX = 'Read the secret where it is mounted and do not write it anywhere: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`. If a tool insists on a file, write it, use it and `rm` it within the same RUN.';

/** Where a RUN can read secrets from: mounted secret paths and env names, secret-named variables. */
function secretSources(ins: Instruction): { paths: string[]; vars: Set<string> } {
  const paths = ['/run/secrets/'];
  const vars = new Set<string>();
  for (const f of ins.flags) {
    if (f.name !== 'mount' || f.options.get('type') !== 'secret') continue;
    const target = f.options.get('target') ?? f.options.get('dst') ?? f.options.get('destination');
    if (target) paths.push(target);
    const env = f.options.get('env');
    if (env) vars.add(env);
  }
  for (const [name] of ins.scope) if (isSecretName(name)) vars.add(name);
  return { paths, vars };
}

function mentionsSecret(text: string, src: { paths: string[]; vars: Set<string> }): string | null {
  for (const p of src.paths) if (text.includes(p)) return p;
  const re = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (src.vars.has(m[1]) || isSecretName(m[1])) return '$' + m[1];
  return null;
}

/** Tools that store what they are given in a config file under $HOME. */
function configWrite(cmd: ShellCommand): string | null {
  const w = effectiveWords(cmd).map((x) => x.text);
  const name = commandName(cmd);
  if ((name === 'npm' || name === 'yarn' || name === 'pnpm') && w[1] === 'config' && w[2] === 'set') return '~/.npmrc';
  if (name === 'git' && w[1] === 'config') return '~/.gitconfig';
  if (name === 'pip' && w[1] === 'config' && w[2] === 'set') return '~/.config/pip/pip.conf';
  if (name === 'poetry' && w[1] === 'config') return '~/.config/pypoetry/auth.toml';
  if (name === 'composer' && w[1] === 'config') return '~/.composer/auth.json';
  if (name === 'bundle' && w[1] === 'config') return '~/.bundle/config';
  if (/^(?:docker|podman|helm|buildah)$/.test(name) && w.includes('login')) return '~/.docker/config.json';
  return null;
}

export const secretPersistedByRun: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'RUN writing a mounted secret or secret ARG into a file that stays',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const src = secretSources(ins);
      const cmds = commandsOf(ins);
      const dataHeredocs = ins.heredocs.filter((h) => !h.isScript).map((h) => h.body.text).join('\n');
      const removedLater = (cmd: ShellCommand, path: string) =>
        cmds.some((c) => c.order > cmd.order && ['rm', 'shred', 'unlink'].includes(commandName(c)) && c.words.some((w) => !w.text.startsWith('-') && (normalizePath(w.text, '/') === normalizePath(path, '/') || basename(w.text) === basename(path))));
      const report = (cmd: ShellCommand, word: ShellWord | null, path: string, via: string) => {
        if (removedLater(cmd, path)) return;
        const span = word ? wordSpan(cmd, word) : cmd.script.span(cmd.from, cmd.to);
        out.push(at(ins, span, `RUN writes ${via} into ${path}, which stays in the layer`, path, { plainMatch: true }));
      };
      for (const cmd of cmds) {
        const pipeText = cmd.pipeline.slice(0, cmd.pipeIndex + 1).map((c) => c.words.map((w) => w.text).join(' ')).join(' | ');
        const withHeredoc = cmd.redirects.some((r) => r.op.startsWith('<<')) ? pipeText + '\n' + dataHeredocs : pipeText;
        for (const r of cmd.redirects) {
          if ((r.op !== '>' && r.op !== '>>' && r.op !== '&>' && r.op !== '>|') || !r.target || /^\/dev\//.test(r.target.text) || /^&/.test(r.target.text)) continue;
          const via = mentionsSecret(withHeredoc, src);
          if (via) report(cmd, r.target, r.target.text, via.startsWith('$') ? `the secret variable ${via}` : `the mounted secret ${via}`);
        }
        const name = commandName(cmd);
        const words = effectiveWords(cmd).slice(1).filter((w) => !w.text.startsWith('-'));
        if ((name === 'cp' || name === 'install' || name === 'mv') && words.length >= 2) {
          const via = mentionsSecret(words.slice(0, -1).map((w) => w.text).join(' '), src);
          if (via && name !== 'mv') report(cmd, words[words.length - 1], words[words.length - 1].text, `the mounted secret ${via}`);
        }
        if (name === 'tee' && cmd.pipeIndex > 0) {
          const via = mentionsSecret(pipeText, src);
          if (via) for (const w of words) report(cmd, w, w.text, `the secret ${via}`);
        }
        const config = configWrite(cmd);
        if (config) {
          const own = effectiveWords(cmd).map((w) => w.text).join(' ');
          const piped = cmd.pipeline.slice(0, cmd.pipeIndex).map((c) => c.words.map((w) => w.text).join(' ')).join(' ');
          const via = mentionsSecret(own, src) ?? (/--password-stdin/.test(own) ? mentionsSecret(piped, src) : null);
          if (via) report(cmd, null, config, `the secret ${via}`);
        }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM node:20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' },
      { code: 'FROM node:20\nRUN --mount=type=secret,id=npm cp /run/secrets/npm /root/.npmrc && npm ci && rm -f /root/.npmrc\n' },
      { code: 'FROM alpine:3.19\nRUN echo "$APP_VERSION" > /etc/app-version\n' },
      { code: 'FROM alpine:3.19\nRUN --mount=type=secret,id=token TOKEN=$(cat /run/secrets/token) ./fetch.sh > /dev/null\n' },
    ],
    invalid: [
      { code: 'FROM node:20\nRUN --mount=type=secret,id=npm \\\n    cat /run/secrets/npm > /root/.npmrc && npm ci\n', line: 3 },
      { code: 'FROM node:20\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" >> ~/.npmrc\n', line: 3 },
      { code: 'FROM alpine:3.19\nARG GITHUB_TOKEN\nRUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"\n', line: 3 },
      { code: 'FROM alpine:3.19\nRUN --mount=type=secret,id=key cp /run/secrets/key /app/key.pem\n', line: 2 },
      { code: 'FROM node:20\nARG NPM_TOKEN\nRUN cat <<EOF > /root/.npmrc\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nEOF\n', line: 3 },
    ],
  },
};
