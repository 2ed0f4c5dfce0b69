import type { DockerfileCheck, CheckFinding } from '../check';
import { at } from '../check';
import { copiedPaths, copySpec, workdirs } from '../paths';
import { verifiedLater } from '../verification';

const ID = 'dockerfile/add-remote-unverified';
const WHY = 'ADD fetches the URL at build time and trusts whatever comes back: a compromised or changed server, or a moved tag, silently changes your image.';
const FIX = 'Pin the content: `ADD --checksum=sha256:<digest> <url> <dest>` (for git sources, pin a full commit: `ADD https://github.com/org/repo.git#<40-hex commit> /src`), or download in a RUN and verify with `sha256sum -c` or `gpg --verify` before use.';

const REMOTE = /^(?:https?|ftp):\/\/|^git@[^:]+:|^git:\/\/|^ssh:\/\//i;
const GIT = /\.git(?:[#?]|$)|^git@|^git:\/\//i;
const PINNED_COMMIT = /[#?&](?:ref=)?[0-9a-f]{40}(?:$|[:&])/i;

export const addRemoteUnverified: DockerfileCheck = {
  id: ID,
  severity: 'medium',
  description: 'ADD of an http(s) or git URL without `--checksum`',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const stage of df.stages) {
      const dirs = workdirs(stage, df.escape);
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'ADD') continue;
        if (ins.flags.some((f) => f.name === 'checksum' && f.value)) continue;
        const spec = copySpec(ins, df.escape);
        if (!spec) continue;
        for (const src of spec.sources) {
          if (!REMOTE.test(src.text)) continue;
          if (GIT.test(src.text) && PINNED_COMMIT.test(src.text)) continue;
          const target = copiedPaths({ ...spec, sources: [src] }, dirs.get(ins) ?? '/')[0]?.path ?? 'unknown';
          if (verifiedLater(stage, ins, -1, target, df.escape)) continue;
          out.push(at(ins, src, `ADD downloads ${src.text} without verifying it`, src.text, { plainMatch: true }));
        }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM alpine:3.19\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/\n' },
      { code: 'FROM alpine:3.19\nADD https://example.com/tool.tar.gz /tmp/tool.tar.gz\nRUN echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/tool.tar.gz" | sha256sum -c -\n' },
      { code: 'FROM alpine:3.19\nWORKDIR /tmp\nADD https://example.com/tool.tar.gz ./\nRUN echo "$TOOL_SHA256  tool.tar.gz" | sha256sum -c -\n' },
      { code: 'FROM alpine:3.19\nADD https://github.com/example/app.git#0123456789abcdef0123456789abcdef01234567 /src\n' },
      { code: 'FROM alpine:3.19\nADD app.tar.gz /opt/\n' },
    ],
    invalid: [
      { code: 'FROM alpine:3.19\nADD https://example.com/tool.tar.gz /tmp/\n', line: 2 },
      { code: 'FROM alpine:3.19\nADD --chown=app \\\n    https://github.com/example/app.git#main /src\n', line: 3 },
      { code: 'FROM alpine:3.19\nADD https://example.com/tool /usr/local/bin/tool\nRUN sha256sum /usr/local/bin/tool\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN echo x | sha256sum -c -\nADD ["https://example.com/a b.tgz", "/tmp/"]\n', line: 3 },
      { code: 'FROM alpine:3.19\nADD --chmod=0755 \\\n    https://example.com/dumb-init \\\n    /usr/local/bin/dumb-init\nRUN curl -fsSLo /tmp/yq https://example.com/yq && grep " yq$" SHA256SUMS | sed "s# yq# /tmp/yq#" | sha256sum -c -\n', line: 3 },
      { code: 'FROM alpine:3.19\nADD https://example.com/tool.tar.gz /tmp/\nRUN curl -fsSLo /tmp/b.tgz https://example.com/b.tgz && echo "$B_SHA256  /tmp/b.tgz" | sha256sum -c -\n', line: 2 },
    ],
  },
};
