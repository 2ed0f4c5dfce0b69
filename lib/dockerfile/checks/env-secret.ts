import type { DockerfileCheck, CheckFinding } from '../check';
import { pairSecrets } from './pair-secrets';
import * as fake from '../../secrets/fake';

const ID = 'dockerfile/env-secret';
const WHY = 'ENV values are stored in the image config: anyone who can pull the image reads them with `docker inspect`, and every container started from it inherits them.';
const FIX = 'Rotate the credential. Pass it at run time (`docker run -e NAME` / an orchestrator secret), or for build steps use `RUN --mount=type=secret,id=NAME cmd` and read /run/secrets/NAME inside that one RUN.';

export const envSecret: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'ENV whose value is a credential, or a secret-named key with a literal value',
  why: WHY,
  fix: FIX,
  check(df, ctx) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      if (ins.keyword !== 'ENV') continue;
      for (const { finding } of pairSecrets(ins, ctx, (p, what) => `ENV ${p.name} holds ${what}: it is baked into the image config`)) out.push(finding);
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\n' },
      { code: 'FROM php:8.3\nENV GPG_KEYS 1198C0117593497A5EC5C199286AF1F9897469DC 39B641343D8C104B2B146DC3F9C39DC0B9698544\n' },
      { code: 'FROM python:3.12\nENV PYTHON_VERSION=3.12.4 PYTHON_SHA256=f6d419a6d8743ab26700801b4908d26d97e8b986e14f95de31b32de2b0e79554\n' },
      { code: 'FROM node:20\nARG NPM_TOKEN\nENV NPM_TOKEN=${NPM_TOKEN}\n' },
      { code: 'FROM node:20\nENV DB_PASSWORD=${DB_PASSWORD:-} API_KEY=${API_KEY:-changeme} SECRET_KEY=${SECRET_KEY:-$DEFAULT_KEY}\n' },
      { code: 'FROM alpine:3.19\nENV TOKEN_TTL=3600 DB_USER=app SECRET_KEY_FILE=/run/secrets/key DEBUG=false\n' },
      { code: 'FROM alpine:3.19\nENV NODE_PGP_KEY_ID=4ED778F539E3634C779C87C6D7062848A1AB005C\n' },
      { code: 'FROM alpine:3.19\nENV DB_PASSWORD=<your-password> API_KEY=changeme \\\n    GITHUB_TOKEN=REPLACE_ME SECRET_KEY=your-secret-here AUTH_TOKEN=xxxxxxxx\n' },
    ],
    invalid: [
      { code: 'FROM alpine:3.19\nENV DB_PASSWORD=hunter2\n', line: 2 },
      { code: 'FROM alpine:3.19\nENV APP=1 \\\n    STRIPE_SECRET_KEY="sk_live_not_a_real_value"\n', line: 3 },
      { code: () => `FROM alpine:3.19\nENV GH=${fake.checksummedToken('ghp_')}\n`, line: 2 },
      { code: () => `FROM alpine:3.19 AS build\nENV AWS_ACCESS_KEY_ID AKIA${fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\nFROM alpine:3.19\n`, line: 2 },
      { code: 'from alpine:3.19\nenv api_key=abc123def456\n', line: 2 },
      { code: () => `FROM alpine:3.19\nENV ADMIN_PASSWORD=Admin${fake.digits(4)}!${fake.alnum(2)}\n`, line: 2 },
      { code: () => `FROM python:3.12\nENV PORT=\${PORT:-8000} \\\n    DJANGO_SECRET_KEY=\${DJANGO_SECRET_KEY:-${fake.alnum(40)}}\n`, line: 3 },
      { code: () => `FROM alpine:3.19\nENV AWS_REGION=eu-west-1 \\\n    AWS_SECRET_ACCESS_KEY=/${fake.base64(39).replace(/\+/g, 'x')}\n`, line: 3 },
    ],
  },
};
