import type { DockerfileCheck } from '../check';
import { argsSpan, at, finalStage } from '../check';
import { userState } from '../user-state';

const ID = 'dockerfile/missing-user';
const WHY = 'Without a USER the container runs as root (uid 0) by default, so any compromise of the app starts with root inside the container.';
const FIX = 'Add an unprivileged user at the end of the final stage: `RUN useradd --system --uid 10001 app` (Alpine: `adduser -S -u 10001 app`), then `USER 10001`; or drop privileges in the entrypoint with gosu / su-exec, or start from a non-root base such as `gcr.io/distroless/static:nonroot`.';

export const missingUser: DockerfileCheck = {
  id: ID,
  severity: 'low',
  description: 'final stage never leaves root (no USER, no gosu/su-exec/setpriv drop)',
  why: WHY,
  fix: FIX,
  check(df) {
    const stage = finalStage(df);
    if (!stage) return [];
    const state = userState(df, stage);
    if (state.windows || state.lastUser || state.dropsPrivileges || state.nonRootBase || state.unknownBase) return [];
    const ins = stage.from;
    return [at(ins, argsSpan(ins), `the final stage (FROM ${stage.image ?? ''}) never switches away from root`, `FROM ${stage.image ?? ''}`, { plainMatch: true })];
  },
  examples: {
    valid: [
      { code: 'FROM python:3.12-slim\nRUN useradd --system --uid 10001 app\nUSER 10001\nCMD ["python", "app.py"]\n' },
      { code: 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n' },
      { code: 'FROM debian:12\nRUN set -eux; apt-get update; apt-get install -y gosu; gosu nobody true\nENTRYPOINT ["docker-entrypoint.sh"]\n' },
      { code: 'FROM alpine:3.19 AS base\nUSER 10001\nFROM base\nCMD ["app"]\n' },
      { code: 'ARG BASE\nFROM ${BASE}\nCMD ["app"]\n' },
      { code: 'FROM postgres:16.3\nENV POSTGRES_PASSWORD_FILE=/run/secrets/pg\nCOPY initdb/ /docker-entrypoint-initdb.d/\n' },
      { code: 'FROM node:20 AS build\nFROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY --from=build /src/dist /usr/share/nginx/html\n' },
      { code: 'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static-debian12:nonroot@sha256:7b288f65d40d80881e36df7dec8023afb0a1ad2d268fe3aa846f55c149832a47\nCOPY --from=build /app /app\n' },
    ],
    invalid: [
      { code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n', line: 1 },
      { code: 'FROM golang:1.22 AS build\nUSER 10001\nFROM scratch\nCOPY --from=build /app /app\n', line: 3 },
    ],
  },
};
