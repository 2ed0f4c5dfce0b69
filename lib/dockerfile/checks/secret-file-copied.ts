import type { DockerfileCheck, CheckFinding } from '../check';
import { at } from '../check';
import { copySpec } from '../paths';
import { isSecretFile } from '../secret-files';

const ID = 'dockerfile/secret-file-copied';
const WHY = 'COPY and ADD write the file into a layer. Deleting it later only hides it: `docker save` and every registry pull still carry the layer with the file.';
const FIX = 'Do not copy it. Mount it for the one step that needs it: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` (build with `--secret id=npmrc,src=.npmrc`), and add the file to .dockerignore.';

export const secretFileCopied: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'COPY/ADD of .env, keys, .npmrc, .netrc, credentials files into a layer',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      const spec = copySpec(ins, df.escape);
      if (!spec || spec.fromOther) continue;
      for (const src of spec.sources) {
        if (/^(?:https?|git|ssh):\/\//i.test(src.text) || !isSecretFile(src.text)) continue;
        out.push(at(ins, src, `${ins.keyword} puts the credentials file ${src.text} into an image layer`, src.text, { plainMatch: true }));
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
    ],
    invalid: [
      { code: 'FROM node:20\nCOPY .npmrc package.json ./\n', line: 2 },
      { code: 'FROM alpine:3.19\nCOPY .env /app/\n', line: 2 },
      { code: 'FROM alpine:3.19\nADD ["keys/id_rsa", "/root/.ssh/id_rsa"]\n', line: 2 },
      { code: 'FROM alpine:3.19 AS build\ncopy --chown=app \\\n     config/credentials.json /app/\nFROM alpine:3.19\n', line: 3 },
    ],
  },
};
