import type { DockerfileCheck, CheckFinding } from '../check';
import { at, laterInStage } from '../check';
import { pairSecrets } from './pair-secrets';
import { isSecretName } from '../secret-names';
import * as fake from '../../secrets/fake';

const ID = 'dockerfile/arg-secret';
const WHY = 'Build arguments are not secret: BuildKit records ARG values in the history of every later RUN (`docker history --no-trunc`), and a default value is in the Dockerfile for everyone.';
const FIX = 'Use a build secret instead: `RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci` and build with `docker build --secret id=npm_token,env=NPM_TOKEN .`';

export const argSecret: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'secret-named ARG with a default, or used by a later RUN (BuildKit writes ARG values into history)',
  why: WHY,
  fix: FIX,
  check(df, ctx) {
    const out: CheckFinding[] = [];
    const flagged = new Set<object>();
    for (const ins of df.instructions) {
      if (ins.keyword !== 'ARG') continue;
      for (const { pair, finding } of pairSecrets(ins, ctx, (p, what) => `ARG ${p.name} has ${what} as its default`)) {
        flagged.add(pair);
        out.push(finding);
      }
    }
    for (const stage of df.stages) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'ARG' || ins.onbuild) continue;
        const laterRun = laterInStage(stage, ins).find((i) => i.keyword === 'RUN' && !i.onbuild);
        if (!laterRun) continue;
        for (const pair of ins.pairs) {
          if (flagged.has(pair) || !isSecretName(pair.name)) continue;
          out.push(
            at(ins, { start: pair.nameStart, end: pair.nameEnd }, `ARG ${pair.name} is a secret build argument, and the RUN on line ${laterRun.line} records its value in the image history`, `ARG ${pair.name}`, { plainMatch: true }),
          );
        }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM node:20\nARG NODE_VERSION=20.11.1\nRUN echo $NODE_VERSION\n' },
      { code: 'FROM node:20\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci\n' },
      { code: 'ARG NPM_TOKEN\nFROM node:20\nRUN npm ci\n' },
      { code: 'FROM alpine:3.19\nARG GPG_KEYS="0x1234567890ABCDEF1234567890ABCDEF12345678"\nARG TOKEN_URL=https://example.com/token\nRUN true\n' },
      { code: 'FROM alpine:3.19\nARG DB_PASSWORD\nCOPY . /app\n' },
      { code: 'FROM alpine:3.19\nARG DB_PASSWORD=changeme\nARG API_KEY=<your-api-key>\nCOPY . /app\n' },
    ],
    invalid: [
      { code: 'FROM node:20\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc\n', line: 2 },
      // Built at run time: a literal password here would be a finding when stowaway scans itself.
      { code: () => `FROM alpine:3.19\nARG DB_PASSWORD=Pg-${fake.digits(4)}-${fake.alnum(6)}!\n`, line: 2 },
      { code: 'FROM alpine:3.19\nARG VERSION=1 \\\n    GITHUB_TOKEN\nRUN make\n', line: 3 },
      { code: () => `FROM alpine:3.19\nARG RELEASE=${fake.checksummedToken('ghp_')}\n`, line: 2 },
    ],
  },
};
