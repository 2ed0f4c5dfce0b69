import type { DockerfileCheck, CheckFinding, CheckContext } from '../check';
import { at } from '../check';
import type { Instruction, ParsedDockerfile } from '../model';
import { heredocCopy, holdsCredential } from '../heredoc-copies';
import { copiedPaths, copySpec, workdirs } from '../paths';
import { isSecretFile, isTemplateFile } from '../secret-files';
import * as fake from '../../secrets/fake';

const ID = 'dockerfile/secret-file-copied';
const WHY = 'COPY and ADD write the file into a layer. Deleting it later only hides it: `docker save` and every registry pull still carry the layer with the file.';
const FIX = 'Do not copy it. Mount it for the one step that needs it: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` (build with `--secret id=npmrc,src=.npmrc`), and add the file to .dockerignore.';

/** Working directory of every instruction, across stages. */
function allWorkdirs(df: ParsedDockerfile): Map<Instruction, string> {
  const out = new Map<Instruction, string>();
  for (const stage of df.stages) for (const [ins, dir] of workdirs(stage, df.escape)) out.set(ins, dir);
  return out;
}

/** `COPY <<EOF /root/.npmrc` with a credential in the body. */
function heredocFinding(ins: Instruction, df: ParsedDockerfile, cwd: string, ctx: CheckContext): CheckFinding[] {
  const copy = heredocCopy(ins, df.escape, cwd);
  const body = copy?.bodies.find((h) => holdsCredential(h.body.text, ctx.findSecrets));
  if (!copy || !body) return [];
  const what = isSecretFile(copy.dest) ? `the credentials file ${copy.dest}` : `${copy.dest} with a credential in it`;
  return [at(ins, copy.span, `${ins.keyword} <<${body.name} writes ${what} into an image layer`, copy.destText, { plainMatch: true })];
}

export const secretFileCopied: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'COPY/ADD of .env, keys, .npmrc, .netrc, credentials files into a layer',
  why: WHY,
  fix: FIX,
  check(df, ctx) {
    const out: CheckFinding[] = [];
    const dirs = allWorkdirs(df);
    for (const ins of df.instructions) {
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.heredocs.length) {
        out.push(...heredocFinding(ins, df, dirs.get(ins) ?? '/', ctx));
        continue;
      }
      const spec = copySpec(ins, df.escape);
      if (!spec || spec.fromOther) continue;
      for (const { source: src, path } of copiedPaths(spec, dirs.get(ins) ?? '/')) {
        if (/^(?:https?|git|ssh):\/\//i.test(src.text)) continue;
        if (isSecretFile(src.text)) out.push(at(ins, src, `${ins.keyword} puts the credentials file ${src.text} into an image layer`, src.text, { plainMatch: true }));
        // Renamed on the way in (`COPY prod.env .env`, `COPY deploy_key /root/.ssh/id_ed25519`); `.env.example` → `.env` copies a template.
        else if (isSecretFile(path) && !isTemplateFile(src.text)) out.push(at(ins, src, `${ins.keyword} puts ${src.text} into an image layer as the credentials file ${path}`, src.text, { plainMatch: true }));
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM node:20\nCOPY package.json package-lock.json ./\nCOPY .env.example /app/.env.example\n' },
      { code: 'FROM alpine:3.19\nCOPY --from=build /out/server.key /etc/ssl/private/\n' },
      { code: 'FROM alpine:3.19\nCOPY id_rsa.pub /root/.ssh/authorized_keys\nCOPY certs/ca.pem /usr/local/share/ca-certificates/\n' },
      { code: 'FROM node:20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' },
      { code: 'FROM node:20\nWORKDIR /app\nCOPY .env.example .env\nCOPY keys/ops.pub /home/node/.ssh/authorized_keys\n' },
      { code: 'FROM node:20\nCOPY .github/ /app/.github/\nCOPY known_hosts /root/.ssh/known_hosts\nCOPY ssh_config /etc/ssh/ssh_config.d/app.conf\n' },
      { code: 'FROM node:20\nCOPY <<EOF /root/.npmrc\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nEOF\nCOPY <<EOF /etc/app.toml\npassword_file = "/run/secrets/db"\nEOF\n' },
    ],
    invalid: [
      { code: 'FROM node:20\nCOPY .npmrc package.json ./\n', line: 2 },
      { code: 'FROM alpine:3.19\nCOPY .env /app/\n', line: 2 },
      { code: 'FROM alpine:3.19\nADD ["keys/id_rsa", "/root/.ssh/id_rsa"]\n', line: 2 },
      { code: 'FROM alpine:3.19 AS build\ncopy --chown=app \\\n     config/credentials.json /app/\nFROM alpine:3.19\n', line: 3 },
      { code: 'FROM node:20\nWORKDIR /app\nCOPY config/prod.env ./.env\n', line: 3 },
      { code: 'FROM alpine:3.19\nCOPY --chmod=600 deploy_key /root/.ssh/id_ed25519\n', line: 2 },
      { code: 'FROM alpine:3.19\nCOPY .aws/ /root/.aws/\nCOPY .ssh /root/.ssh\n', line: 3 },
      { code: () => `FROM node:20\nCOPY <<EOF /root/.npmrc\n//registry.npmjs.org/:_authToken=${fake.checksummedToken('npm_')}\nEOF\n`, line: 2 },
      { code: 'FROM python:3.12\nCOPY <<EOF /root/.pip/pip.conf\n[global]\nindex-url = https://ci:Pa55w0rdQ7@pypi.example.com/simple\nEOF\n', line: 2 },
    ],
  },
};
