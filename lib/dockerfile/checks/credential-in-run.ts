import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf } from '../check';
import type { Instruction } from '../model';
import { isNonSecretValue, isSecretName } from '../secret-names';
import { assignmentsOf, commandName, effectiveWords, type ShellCommand, type ShellWord } from '../shell';
import * as fake from '../../secrets/fake';

const ID = 'dockerfile/credential-in-run';
const WHY = 'The RUN line is stored in the image history (`docker history --no-trunc`) and in the Dockerfile in git, so a literal credential in it is readable by everyone with either.';
const FIX = 'Rotate the credential. Pass it as a build secret and read it inside the RUN: `RUN --mount=type=secret,id=registry_password docker login -u ci --password-stdin < /run/secrets/registry_password` (build with `--secret id=registry_password,env=REGISTRY_PASSWORD`).';

/** A value typed into the Dockerfile, not taken from a variable, a secret mount or stdin. */
function isLiteral(v: string): boolean {
  const t = v.trim();
  if (t.length < 3 || t === '-' || t.startsWith('-') || /^<[^>]*>$/.test(t) || /^\*+$/.test(t)) return false;
  if (/\$\{?[A-Za-z_]|\$\(|`/.test(t) || t.startsWith('/run/secrets/') || t.startsWith('@')) return false;
  return true;
}

const PASSWORD_OPTIONS = new Set(['--password', '--passwd', '--token', '--api-key', '--apikey', '--access-token', '--auth-token', '--client-secret', '--secret-key', '--registry-password']);
const LOGIN_TOOLS = /^(?:docker|podman|buildah|helm|skopeo|oras|nerdctl|crane|regctl)$/;

interface Literal {
  word: ShellWord;
  value: string;
  what: string;
}

function literalsIn(cmd: ShellCommand): Literal[] {
  const out: Literal[] = [];
  const words = effectiveWords(cmd);
  const name = commandName(cmd);
  const isLogin = LOGIN_TOOLS.test(name) && words.some((w) => w.text === 'login');
  words.forEach((w, k) => {
    const next = words[k + 1];
    const [opt, eq] = w.text.includes('=') ? [w.text.slice(0, w.text.indexOf('=')), w.text.slice(w.text.indexOf('=') + 1)] : [w.text, null];
    if (PASSWORD_OPTIONS.has(opt) || (isLogin && opt === '-p')) {
      const value = eq ?? next?.text;
      const word = eq !== null ? w : next;
      if (word && value && isLiteral(value)) out.push({ word, value, what: `a literal ${opt} value` });
    }
    if (name === 'curl' && (w.text === '-u' || w.text === '--user') && next && /^[^:]+:(.+)$/.test(next.text)) {
      const pass = next.text.slice(next.text.indexOf(':') + 1);
      if (isLiteral(pass)) out.push({ word: next, value: pass, what: 'a literal password in curl --user' });
    }
    if (/^(?:mysql|mysqladmin|mysqldump|mariadb)$/.test(name) && /^-p[^\s]{3,}$/.test(w.text) && isLiteral(w.text.slice(2))) out.push({ word: w, value: w.text.slice(2), what: 'a literal MySQL password' });
    if (name === 'sshpass' && w.text === '-p' && next && isLiteral(next.text)) out.push({ word: next, value: next.text, what: 'a literal sshpass password' });
    const url = /\b[a-z][a-z0-9+.-]*:\/\/([^\s:@/'"]+):([^\s@/'"]+)@/i.exec(w.text);
    if (url) {
      const [user, pass] = [url[1], url[2]];
      const value = /^x-oauth-basic$/i.test(pass) ? user : pass;
      if (isLiteral(value) && !/^(?:anonymous|guest|x-oauth-basic)$/i.test(value)) out.push({ word: w, value, what: 'a password in a URL' });
    }
    const auth = /Authorization:\s*(?:Bearer|Basic|token|Token)\s+([^\s"']{8,})/i.exec(w.text);
    if (auth && isLiteral(auth[1])) out.push({ word: w, value: auth[1], what: 'a literal Authorization header' });
  });
  for (const a of assignmentsOf(cmd)) {
    const eq = a.text.indexOf('=');
    const nameOf = a.text.slice(0, eq);
    const value = a.text.slice(eq + 1);
    if (isSecretName(nameOf) && !isNonSecretValue(value) && isLiteral(value)) out.push({ word: a, value, what: `a literal ${nameOf}` });
  }
  if (name === 'export' || name === 'declare' || name === 'typeset') {
    for (const w of words.slice(1)) {
      const eq = w.text.indexOf('=');
      if (eq <= 0) continue;
      const value = w.text.slice(eq + 1);
      if (isSecretName(w.text.slice(0, eq)) && !isNonSecretValue(value) && isLiteral(value)) out.push({ word: w, value, what: `a literal ${w.text.slice(0, eq)}` });
    }
  }
  out.push(...configCredentials(name, words));
  // `echo "pw" | docker login --password-stdin`: the literal is only moved to stdin.
  if (isLogin && words.some((w) => w.text === '--password-stdin') && cmd.pipeIndex > 0) {
    const feeder = cmd.pipeline[cmd.pipeIndex - 1];
    if (['echo', 'printf'].includes(commandName(feeder))) {
      for (const w of effectiveWords(feeder).slice(1)) if (!w.text.includes('%') && isLiteral(w.text)) out.push({ word: w, value: w.text, what: 'a literal password piped to --password-stdin' });
    }
  }
  // `htpasswd -b[c] FILE USER PASSWORD`, `htpasswd -nb USER PASSWORD`: the last argument is the password.
  if (name === 'htpasswd' && words.some((w) => /^-[A-Za-z]*b[A-Za-z]*$/.test(w.text))) {
    const positional = words.slice(1).filter((w) => !w.text.startsWith('-'));
    const pass = positional[positional.length - 1];
    if (positional.length >= 2 && isLiteral(pass.text)) out.push({ word: pass, value: pass.text, what: 'a literal htpasswd password' });
  }
  if (name === 'chpasswd' && cmd.pipeIndex > 0) {
    const feeder = cmd.pipeline[cmd.pipeIndex - 1];
    for (const w of feeder.words.slice(1)) {
      const m = /^[a-z_][a-z0-9_-]*:(.+)$/i.exec(w.text);
      if (m && isLiteral(m[1]) && ['echo', 'printf'].includes(commandName(feeder))) out.push({ word: w, value: m[1], what: 'a literal account password (chpasswd)' });
    }
  }
  return out;
}

const CONFIG_TOOLS = /^(?:npm|yarn|pnpm|pip[0-9.]*|poetry|composer|bundle|gem|git|aws|gcloud|az|conda|cargo|nuget|dotnet)$/;
/** Composer / Poetry keys whose value is a login: `http-basic.HOST USER PASSWORD`, `github-oauth.HOST TOKEN`. */
const AUTH_KEY = /^(?:http-basic|github-oauth|gitlab-oauth|gitlab-token|bitbucket-oauth|bearer|pypi-token)\./;

/**
 * `<tool> config [set] KEY VALUE` storing a credential: a secret-named key
 * (`npmAuthToken`, `//host/:_authToken`, `aws_secret_access_key`), a Composer or
 * Poetry auth key, or a Bundler gem-source host with `user:password`.
 */
function configCredentials(name: string, words: ShellWord[]): Literal[] {
  if (!CONFIG_TOOLS.test(name)) return [];
  const at = words.findIndex((w) => w.text === 'config' || w.text === 'configure');
  if (at < 0) return [];
  const positional = words.slice(at + 1).filter((w) => !w.text.startsWith('-') && !['set', 'add'].includes(w.text));
  if (!positional.length) return [];
  const key = positional[0].text;
  const eq = key.indexOf('=');
  const [keyName, inline] = eq > 0 ? [key.slice(0, eq), key.slice(eq + 1)] : [key, null];
  const valueWord = inline !== null ? positional[0] : positional[positional.length - 1];
  const value = inline ?? (positional.length >= 2 ? valueWord.text : '');
  if (!value || !isLiteral(value) || isNonSecretValue(value)) return [];
  const lastSegment = keyName.split(/[.:/]/).filter(Boolean).pop() ?? keyName;
  if (AUTH_KEY.test(keyName) && positional.length >= 2) return [{ word: valueWord, value, what: `a literal credential in ${name} config ${keyName}` }];
  if (isSecretName(lastSegment)) return [{ word: valueWord, value, what: `a literal ${lastSegment} in ${name} config` }];
  // Bundler: `bundle config set --global gems.example.com user:password`.
  if (name === 'bundle' && /\./.test(keyName) && /^[^:\s]+:(.{3,})$/.test(value)) return [{ word: valueWord, value: value.slice(value.indexOf(':') + 1), what: 'a literal gem source password in bundle config' }];
  return [];
}

/** File span of `value` inside the word, or the word. */
function spanIn(cmd: ShellCommand, word: ShellWord, value: string): { start: number; end: number } {
  const raw = cmd.script.text.slice(word.from, word.to);
  const k = raw.indexOf(value);
  return k >= 0 ? cmd.script.span(word.from + k, word.from + k + value.length) : cmd.script.span(word.from, word.to);
}

function credentialsInRun(ins: Instruction, ctx: Parameters<DockerfileCheck['check']>[1]): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const text of [ins.args, ...ins.heredocs.map((h) => h.body)]) {
    for (const hit of ctx.findSecrets(text.text)) {
      out.push(at(ins, text.span(hit.from, hit.to), `RUN contains a ${hit.description}`, hit.secret));
    }
  }
  for (const cmd of commandsOf(ins)) {
    for (const lit of literalsIn(cmd)) {
      const span = spanIn(cmd, lit.word, lit.value);
      if (out.some((f) => f.start < span.end && span.start < f.end)) continue;
      out.push(at(ins, span, `RUN contains ${lit.what}`, lit.value));
    }
  }
  return out;
}

export const credentialInRun: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'literal credentials in RUN (docker login -p, https://user:token@ clone)',
  why: WHY,
  fix: FIX,
  check(df, ctx) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) if (ins.keyword === 'RUN') out.push(...credentialsInRun(ins, ctx));
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM docker:24\nRUN --mount=type=secret,id=pw docker login -u ci --password-stdin registry.example.com < /run/secrets/pw\n' },
      { code: 'FROM alpine:3.19\nARG GITHUB_TOKEN\nRUN git clone https://${GITHUB_TOKEN}@github.com/example/app.git\n' },
      { code: 'FROM alpine:3.19\nRUN echo "use --password <your-password> to log in"\n' },
      { code: 'FROM alpine:3.19\nRUN curl -fsSL https://example.com/install.tar.gz -o /tmp/i.tgz && echo "PASSWORD_FILE=/run/secrets/pw" >> /etc/app.env\n' },
      { code: 'FROM golang:1.22\nARG GITHUB_TOKEN\nRUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/" && git config --global user.signingkey 3AA5C34371567BD2\n' },
      { code: 'FROM node:20\nRUN yarn config set npmRegistryServer https://npm.example.com && npm config set //npm.example.com/:_authToken "${NPM_TOKEN}" && aws configure set region eu-west-1 && bundle config set --local without "development test"\n' },
      { code: 'FROM nginx:1.27\nRUN --mount=type=secret,id=pw htpasswd -bc /etc/nginx/.htpasswd admin "$(cat /run/secrets/pw)" && aws ecr get-login-password | docker login -u AWS --password-stdin 1.dkr.ecr.example.com\n' },
    ],
    invalid: [
      // Built at run time where a secret rule reads the same line (registry-login, chpasswd, htpasswd, password-stdin-literal): this repository scans itself clean.
      { code: () => `FROM docker:24\nRUN docker login -u ci -p Sup3r${fake.alnum(8)}9 registry.example.com\n`, line: 2 },
      { code: 'FROM alpine:3.19\nRUN apk add git \\\n && git clone https://deploy:glpat-abcdefgh12345678@gitlab.example.com/app.git\n', line: 3 },
      { code: () => `FROM alpine:3.19\nRUN ["sh", "-c", "curl -H 'Authorization: token ${fake.checksummedToken('ghp_')}' https://api.github.com/user"]\n`, line: 2 },
      { code: 'FROM postgres:16\nRUN PGPASSWORD=hunter22 psql -h db -U app -c "select 1"\n', line: 2 },
      { code: () => `FROM ubuntu:22.04\nRUN echo "root:toor${fake.digits(6)}" | chpasswd\n`, line: 2 },
      { code: () => `FROM docker:24\nRUN echo "Sup3r${fake.alnum(8)}9" | docker login -u ci --password-stdin registry.example.com\n`, line: 2 },
      { code: 'FROM php:8.3-cli\nRUN composer config --global http-basic.repo.example.com deploy Sup3rS3cret\n', line: 2 },
      { code: 'FROM ruby:3.3\nRUN bundle config set --global gems.example.com deploy:Sup3rS3cret\n', line: 2 },
      // Built at run time: the generic secret rule reads `DB_PASSWORD=<literal>` too, and this repository scans itself clean.
      { code: () => `FROM php:8.3-cli\nRUN env DB_PASSWORD=Pw${fake.alnum(10)}7 php artisan migrate --force\n`, line: 2 },
      { code: () => `FROM node:20\nRUN npm config set //npm.example.com/:_authToken ${fake.hex(20)}\n`, line: 2 },
      { code: () => `FROM nginx:1.27\nRUN apt-get update && apt-get install -y apache2-utils \\\n && htpasswd -bc /etc/nginx/.htpasswd admin Adm1n${fake.alnum(6)}99\n`, line: 3 },
    ],
  },
};
