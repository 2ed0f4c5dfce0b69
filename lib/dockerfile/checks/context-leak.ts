import type { DockerfileCheck, CheckFinding } from '../check';
import { at } from '../check';
import { compileDockerignore, dockerignoreCandidates } from '../dockerignore';
import { copySpec } from '../paths';

const ID = 'dockerfile/context-leak';
const WHY = '`COPY .` sends the whole build context into a layer: without a .dockerignore that excludes them, .env files, private keys and the .git directory (with its history) ship with the image.';
const FIX = 'Add a .dockerignore next to the Dockerfile that excludes at least `.git`, `.env*`, `**/*.pem`, `**/*.key` and `**/id_rsa*` (one pattern per line), or copy only what the build needs (`COPY package.json src/ ./`).';

/** Files a context must not send, probed against the .dockerignore with Docker's semantics. */
const PROBES: Array<{ path: string; label: string }> = [
  { path: '.git/HEAD', label: '.git' },
  { path: '.env', label: '.env' },
  { path: 'id_rsa', label: 'private keys (id_rsa)' },
  { path: 'server.key', label: 'private keys (*.key)' },
  { path: 'server.pem', label: 'certificates and keys (*.pem)' },
];

const WHOLE_CONTEXT = /^(?:\.|\.\/|\*|\.\/\*|\/)$/;

export const contextLeak: DockerfileCheck = {
  id: ID,
  severity: 'medium',
  description: '`COPY .` while .dockerignore is missing or does not exclude .env, keys, .git',
  why: WHY,
  fix: FIX,
  async check(df, ctx) {
    const copies = df.instructions.filter((ins) => {
      const spec = copySpec(ins, df.escape);
      return spec && !spec.fromOther && spec.sources.some((s) => WHOLE_CONTEXT.test(s.text));
    });
    if (!copies.length) return [];
    let ignoreFile: string | null = null;
    let content: string | null = null;
    for (const candidate of dockerignoreCandidates(ctx.path)) {
      content = await ctx.readFile(candidate);
      if (content !== null) {
        ignoreFile = candidate;
        break;
      }
    }
    let problem: string;
    if (content === null) {
      problem = 'there is no .dockerignore';
    } else {
      const matcher = compileDockerignore(content);
      const missing = [...new Set(PROBES.filter((p) => !matcher.ignores(p.path)).map((p) => p.label))];
      if (!missing.length) return [];
      problem = `${ignoreFile} does not exclude ${missing.join(', ')}`;
    }
    const out: CheckFinding[] = [];
    for (const ins of copies) {
      const spec = copySpec(ins, df.escape)!;
      const src = spec.sources.find((s) => WHOLE_CONTEXT.test(s.text))!;
      out.push(at(ins, src, `${ins.keyword} ${src.text} copies the whole build context and ${problem}`, `${ins.keyword} ${src.text}`, { plainMatch: true }));
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM node:20\nCOPY . .\n', files: { '.dockerignore': '.git\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\nnode_modules\n' } },
      { code: 'FROM node:20\nCOPY . .\n', files: { '.dockerignore': '# allow-list style\n*\n!src\n!package.json\n' } },
      { code: 'FROM node:20\nCOPY package.json src/ ./\n' },
      { code: 'FROM node:20 AS build\nFROM nginx:1.25\nCOPY --from=build . /usr/share/nginx/html\n' },
    ],
    invalid: [
      { code: 'FROM node:20\nWORKDIR /app\nCOPY . .\n', line: 3 },
      { code: 'FROM node:20\nCOPY . /app\n', files: { '.dockerignore': 'node_modules\n.git\n' }, line: 2 },
      { code: 'FROM node:20\nADD ./ /app/\n', files: { '.dockerignore': '.git\n.env\n*.pem\n*.key\nid_rsa\n!.env\n' }, line: 2 },
    ],
  },
};
