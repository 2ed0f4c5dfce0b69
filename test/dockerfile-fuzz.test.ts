import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fake from '../lib/secrets/fake';
import { checkDockerfile } from '../lib/dockerfile/detector';
import { parseDockerfile } from '../lib/dockerfile/parse';
import { findSecretsInFile } from '../lib/secrets/engine';
import { SourceFile } from '../lib/text/source-file';
import { defaultConfig } from '../lib/config/defaults';
import type { DetectContext } from '../lib/detectors/detector';
import { officialImageDockerfiles } from './dockerfile-official-images';
import { dockerfileChecks } from '../lib/dockerfile/checks/index';

// Thousands of generated and mutated Dockerfiles through the parser and every
// check: no exception, no hang, ranges inside the file.

const FRAGMENTS = [
  'FROM alpine:3.19', 'FROM ubuntu', 'FROM ${BASE}', 'from node:20 as build', 'FROM build', 'FROM scratch', 'ARG BASE=debian:12', 'ARG TOKEN',
  'ARG A=${B:-c}', 'ENV A=1 B="two words" C=${A}', 'ENV OLD legacy form value', 'ENV DB_PASSWORD=hunter2', 'LABEL a.b="c d" e=f',
  'RUN echo hi \\\n  # comment\n  && echo there', 'RUN ["sh", "-c", "echo   spaced | sh"]', 'RUN <<EOF\ncurl x | sh\nEOF', 'RUN cat <<A > /x && cat <<B\na\nA\nb\nB',
  'RUN curl -fsSL https://example.com/i.sh | sh', 'RUN wget -O t.tgz "$URL" && echo "$SHA *t.tgz" | sha256sum -c -', 'RUN sh -c "$(curl -s https://x/y)"',
  'RUN --mount=type=secret,id=npm cat /run/secrets/npm > ~/.npmrc', 'RUN --network=host --security=insecure make', 'COPY . .', 'COPY --from=build /a /b',
  'ADD https://example.com/a.tgz /tmp/', 'ADD --checksum=sha256:abc https://example.com/a /a', 'COPY <<EOT /etc/x\nhello\nEOT', 'USER root', 'USER 10001',
  'WORKDIR /app', 'EXPOSE 22', 'ONBUILD RUN echo on', 'ONBUILD ONBUILD RUN x', 'SHELL ["powershell", "-Command"]', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost"]',
  'RUN chmod 777 /app && sudo rm -rf /x', 'RUN if [ "$(openssl dgst -sha256 f)" = "$S" ]; then :; fi', 'CMD ["/usr/sbin/sshd", "-D"]', '# escape=`', '# syntax=docker/dockerfile:1',
  'RUN a=$(b $(c "$(d)")) `e` <(f) >(g)', 'RUN case "$x" in a) y;; esac', 'RUN ${X', 'RUN "unterminated', "RUN 'unterminated", 'RUN [\"broken json', 'ENV', 'ARG', 'FROM', 'RUN',
];
const NOISE = ['\\', '\\\n', '"', "'", '`', '$(', '${', '<<', '<<-EOF', '[', ']', '#', '\n', '\r\n', '\r', '|', '&&', ';', '=', ' ', '\t', '\u0000', '\uFFFD', '\u{1F600}', ')', '(', '{', '}'];

const pick = <T>(xs: T[]) => xs[Math.floor(fake.random() * xs.length)];

function generated(): string {
  const n = 1 + Math.floor(fake.random() * 14);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(pick(FRAGMENTS));
  return lines.join(fake.random() < 0.1 ? '\r\n' : '\n') + (fake.random() < 0.8 ? '\n' : '');
}

function mutated(text: string): string {
  let t = text;
  const edits = 1 + Math.floor(fake.random() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(fake.random() * (t.length + 1));
    const r = fake.random();
    if (r < 0.4) t = t.slice(0, at) + pick(NOISE) + t.slice(at);
    else if (r < 0.6) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(fake.random() * 20));
    else if (r < 0.75) t = t.slice(0, at);
    else if (r < 0.9) {
      const lines = t.split('\n');
      const k = Math.floor(fake.random() * lines.length);
      lines.splice(Math.floor(fake.random() * lines.length), 0, lines[k]);
      t = lines.join('\n');
    } else t = t.slice(0, at) + pick(NOISE).repeat(1 + Math.floor(fake.random() * 200)) + t.slice(at);
  }
  return t;
}

const ctx: DetectContext = {
  config: defaultConfig(),
  readFile: async (p) => (p.endsWith('.dockerignore') && fake.random() < 0.5 ? pick(['', '*\n!src', '.git\n!.git/HEAD', '[', '**']) : null),
  findSecrets: (text, path) => findSecretsInFile(new SourceFile(path, text)),
};

test('fuzz: 4,000 generated and mutated Dockerfiles through the parser and all 18 checks', async () => {
  fake.seed(0xd0c4e5);
  const seeds = [...Object.values(officialImageDockerfiles()), ...dockerfileChecks.flatMap((c) => [...c.examples.valid, ...c.examples.invalid].map((e) => (typeof e.code === 'function' ? e.code() : e.code)))];
  const started = Date.now();
  let findings = 0;
  for (let i = 0; i < 4000; i++) {
    const text = i % 3 === 0 ? generated() : mutated(i % 3 === 1 ? pick(seeds) : generated());
    const file = new SourceFile(`fuzz/${i}/Dockerfile`, text);
    let result;
    try {
      parseDockerfile(text);
      result = await checkDockerfile(file, ctx);
    } catch (err) {
      assert.fail(`case ${i} threw ${(err as Error).stack}\n--- input ---\n${JSON.stringify(text)}`);
    }
    for (const f of result) {
      assert.ok(f.line >= 1 && f.line <= file.lineCount && f.column >= 1, `case ${i}: ${f.ruleId} at ${f.line}:${f.column}\n${JSON.stringify(text)}`);
      assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column), `case ${i}: empty range for ${f.ruleId}`);
    }
    findings += result.length;
  }
  assert.ok(findings > 1000, `the corpus exercises the checks (${findings} findings)`);
  // Generous bound: a hang or a quadratic blow-up shows as minutes, normal runs take seconds.
  assert.ok(Date.now() - started < 180_000, `took ${Date.now() - started} ms`);
});

test('fuzz: long pathological lines stay fast', async () => {
  const cases = [
    'RUN ' + '$('.repeat(5000),
    'RUN ' + '"'.repeat(20001),
    'RUN echo ' + 'a\\\n'.repeat(5000),
    'ENV ' + 'A=b '.repeat(5000),
    'RUN ' + 'curl https://x | '.repeat(2000) + 'sh',
    'FROM a\n' + 'RUN x\n'.repeat(3000),
  ];
  for (const text of cases) {
    const started = Date.now();
    await checkDockerfile(new SourceFile('Dockerfile', text), ctx);
    assert.ok(Date.now() - started < 20_000, `${JSON.stringify(text.slice(0, 30))} took ${Date.now() - started} ms`);
  }
});
