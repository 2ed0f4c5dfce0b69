import type { DockerfileCheck } from '../check';
import { argsSpan, at, finalStage } from '../check';
import { isRootUser, userState } from '../user-state';

const ID = 'dockerfile/root-user';
const WHY = 'A container running as root turns any bug in the app into root inside the container, one kernel or runtime flaw away from root on the host, with write access to everything in the image.';
const FIX = 'Create an unprivileged user and switch to it at the end: `RUN useradd --system --uid 10001 app` (Alpine: `adduser -S -u 10001 app`), then `USER 10001`. Switch to root only for the steps that need it, and back.';

export const rootUser: DockerfileCheck = {
  id: ID,
  severity: 'medium',
  description: "final stage's last USER is root / 0",
  why: WHY,
  fix: FIX,
  check(df) {
    const stage = finalStage(df);
    if (!stage) return [];
    const state = userState(df, stage);
    if (state.windows || !state.lastUser || !isRootUser(state.lastUser.user) || state.dropsPrivileges) return [];
    const { ins, user } = state.lastUser;
    return [at(ins, argsSpan(ins), `the final stage runs as ${user} (USER ${user} is its last USER)`, `USER ${user}`, { plainMatch: true })];
  },
  examples: {
    valid: [
      { code: 'FROM node:20\nUSER root\nRUN apt-get update && apt-get install -y git\nUSER node\n' },
      { code: 'FROM alpine:3.19 AS build\nUSER root\nFROM alpine:3.19\nRUN adduser -S -u 10001 app\nUSER 10001\n' },
      { code: 'FROM debian:12\nUSER root\nRUN apt-get install -y gosu\nENTRYPOINT ["gosu", "app", "/app/run"]\n' },
      { code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n' },
    ],
    invalid: [
      { code: 'FROM node:20\nUSER node\nRUN npm ci\nUSER root\nCMD ["node", "server.js"]\n', line: 4 },
      { code: 'FROM alpine:3.19\nuser 0:0\n', line: 2 },
      { code: 'FROM alpine:3.19 AS base\nUSER root\nFROM base\nCMD ["sh"]\n', line: 2 },
    ],
  },
};
