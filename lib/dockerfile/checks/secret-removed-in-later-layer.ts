import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';
import type { Instruction } from '../model';
import { heredocCopy, holdsCredential } from '../heredoc-copies';
import { basename, copiedPaths, copySpec, normalizePath, workdirs } from '../paths';
import { isSecretFile } from '../secret-files';
import { commandName, effectiveWords } from '../shell';

const ID = 'dockerfile/secret-removed-in-later-layer';
const WHY = 'Each instruction is its own layer. `RUN rm` adds a layer that hides the file, but the earlier layer still holds it and anyone with the image can extract it (`docker save`, `dive`).';
const FIX = 'Never put the file in a layer: use `RUN --mount=type=secret,id=NAME,target=PATH cmd` for the step that needs it, or create, use and delete it inside one RUN. Rotate the credential if this image was pushed.';

interface Placed {
  path: string;
  by: Instruction;
}

export const secretRemovedInLaterLayer: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'RUN rm of a secret file an earlier layer copied or wrote: the earlier layer still has it',
  why: WHY,
  fix: FIX,
  check(df, ctx) {
    const out: CheckFinding[] = [];
    for (const stage of df.stages) {
      const cwd = workdirs(stage, df.escape);
      const placed: Placed[] = [];
      for (const ins of stage.instructions) {
        if (ins.onbuild) continue;
        const here = cwd.get(ins) ?? '/';
        const fromHeredoc = heredocCopy(ins, df.escape, here);
        if (fromHeredoc) {
          if (isSecretFile(fromHeredoc.dest) || fromHeredoc.bodies.some((h) => holdsCredential(h.body.text, ctx.findSecrets))) placed.push({ path: fromHeredoc.dest, by: ins });
          continue;
        }
        const spec = copySpec(ins, df.escape);
        if (spec) {
          for (const c of copiedPaths(spec, here)) if (isSecretFile(c.source.text) || isSecretFile(c.path)) placed.push({ path: c.path, by: ins });
          continue;
        }
        if (ins.keyword !== 'RUN') continue;
        const written: Placed[] = [];
        for (const cmd of commandsOf(ins)) {
          const name = commandName(cmd);
          const words = effectiveWords(cmd).slice(1).filter((w) => !w.text.startsWith('-'));
          if (name === 'rm' || name === 'unlink' || (name === 'shred' && cmd.words.some((w) => /^-[a-z]*u/.test(w.text)))) {
            for (const w of words) {
              const target = normalizePath(w.text, here);
              const hit = placed.find((p) => p.path === target || p.path.startsWith(target + '/') || (/[*?]/.test(w.text) && basename(p.path) === basename(target)));
              if (hit && hit.by !== ins) {
                out.push(at(ins, wordSpan(cmd, w), `RUN removes ${w.text}, but the ${hit.by.keyword} on line ${hit.by.line} already stored it in an earlier layer`, `rm ${w.text}`, { plainMatch: true }));
              }
            }
          }
          for (const r of cmd.redirects) if ((r.op === '>' || r.op === '>>') && r.target && isSecretFile(r.target.text)) written.push({ path: normalizePath(r.target.text, here), by: ins });
          if (name === 'tee' || name === 'cp' || name === 'install') {
            const targets = name === 'tee' ? words : words.slice(-1);
            for (const w of targets) if (isSecretFile(w.text)) written.push({ path: normalizePath(w.text, here), by: ins });
          }
        }
        placed.push(...written);
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM node:20\nRUN echo "$NPMRC" > /root/.npmrc && npm ci && rm /root/.npmrc\n' },
      { code: 'FROM alpine:3.19\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n' },
      { code: 'FROM node:20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' },
      { code: 'FROM python:3.12\nCOPY <<EOF /etc/pip.conf\n[global]\nindex-url = https://pypi.example.com/simple\nEOF\nRUN rm /etc/pip.conf\n' },
    ],
    invalid: [
      { code: 'FROM node:20\nWORKDIR /app\nCOPY .npmrc ./\nRUN npm ci\nRUN rm -f .npmrc\n', line: 5 },
      { code: 'FROM alpine:3.19\nCOPY id_rsa /root/.ssh/id_rsa\nRUN git clone git@github.com:example/private.git \\\n && rm -rf /root/.ssh\n', line: 4 },
      { code: 'FROM alpine:3.19\nRUN echo "$TOKEN" > /root/.netrc\nRUN rm /root/.netrc\n', line: 3 },
      { code: 'FROM php:8.3-cli\nCOPY auth.json /root/.composer/auth.json\nRUN composer install --no-dev\nRUN rm /root/.composer/auth.json\n', line: 4 },
      { code: 'FROM python:3.12\nCOPY <<EOF /root/.pip/pip.conf\n[global]\nindex-url = https://ci:Pa55w0rdQ7@pypi.example.com/simple\nEOF\nRUN pip download -d /wheels app\nRUN rm /root/.pip/pip.conf\n', line: 7 },
    ],
  },
};
