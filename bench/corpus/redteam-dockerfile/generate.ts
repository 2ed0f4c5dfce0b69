import * as fake from '../../../lib/secrets/fake';
import { chance, pick, shuffle } from '../plant';
import { writeFiles, type WritableFile } from '../write-repo';
import { R, pos } from '../dockerfiles/stage';
import type { Expectation } from '../dockerfiles/writer';
import { Doc, PlainFile } from './doc';
import { LAYOUTS_ONE, type Layout } from './layouts';
import { LAYOUTS_TWO } from './layouts-more';
import { LAYOUTS_WAVE2 } from './layouts-wave2';
import { LAYOUTS_WAVE3 } from './layouts-wave3';

export interface RedteamDockerfileManifest {
  seed: number;
  files: string[];
  expectations: Expectation[];
}

/** Each wave was written after the fixes for the one before it: its first score is a held-out one. */
export const WAVES: Record<'wave1' | 'wave2' | 'wave3' | 'all', Record<string, Layout>> = {
  wave1: { ...LAYOUTS_ONE, ...LAYOUTS_TWO },
  wave2: LAYOUTS_WAVE2,
  wave3: LAYOUTS_WAVE3,
  all: { ...LAYOUTS_ONE, ...LAYOUTS_TWO, ...LAYOUTS_WAVE2, ...LAYOUTS_WAVE3 },
};

/**
 * .dockerignore files that keep .git, .env, id_rsa, *.key and *.pem out of the
 * context, in shapes the accuracy corpus does not write: CRLF, comments, `/`
 * and `./` prefixes, trailing slashes, `**`, allow-lists with `!` exceptions.
 */
const GOOD_IGNORES = [
  '# VCS\r\n.git/\r\n\r\n# local config\r\n.env\r\n.env.*\r\n!.env.example\r\n\r\n# keys\r\n*.key\r\n*.pem\r\nid_*\r\n',
  '/.git\n/.env*\n./id_rsa*\n/*.key\n/*.pem\n/node_modules\n',
  '**\n!src/**\n!package.json\n!package-lock.json\n!.env.example\n',
  '**/.git\n**/.env\n**/.env.*\n**/*.key\n**/*.pem\n**/id_rsa\n**/id_ed25519\n',
  '.git\n.gitignore\n.env*\n!.env.template\n*.pem\n!ca.pem\n*.key\nid_rsa*\nid_ed25519*\nDockerfile*\n',
  '*\n!/src\n!/cmd\n!go.mod\n!go.sum\n',
];

/** Each misses at least one of .git, .env, keys; the comments say otherwise. */
const LEAKY_IGNORES = [
  '# secrets\n# .env\n.git\nnode_modules\n',
  '.git\n.env\n*.key\n# keys are needed by the test stage\n!*.key\n*.pem\nid_rsa\n',
  '**/.env\n**/node_modules\n',
  '.git/\n.env.local\n*.pem\n',
  'node_modules\r\ndist\r\n.git\r\n',
];

function dockerfileName(layout: string): { name: string; subdir: string } {
  if (layout === 'windowsBacktick') return { name: pick(['Dockerfile', 'Dockerfile.windows']), subdir: '' };
  const r = fake.random();
  if (r < 0.3) return { name: 'Dockerfile', subdir: '' };
  if (r < 0.42) return { name: 'Containerfile', subdir: '' };
  if (r < 0.54) return { name: `${pick(['api', 'worker', 'web'])}.Dockerfile`, subdir: '' };
  if (r < 0.68) return { name: 'Dockerfile.prod', subdir: '' };
  if (r < 0.85) return { name: 'Dockerfile.dev', subdir: 'docker/' };
  return { name: pick(['Dockerfile-alpine', 'Dockerfile_ci']), subdir: '' };
}

/**
 * Writes `files` red-team Dockerfiles (every layout at least once when
 * `files` allows) with their .dockerignore files, and returns every planted
 * problem and hard negative with its file and line.
 */
export function generateRedteamDockerfiles(opts: { seed: number; dir: string; files?: number; layouts?: keyof typeof WAVES }): RedteamDockerfileManifest {
  fake.seed(opts.seed * 104729 + 4243);
  const LAYOUTS = WAVES[opts.layouts ?? 'all'];
  const count = opts.files ?? 36;
  const names: string[] = [];
  while (names.length < count) names.push(...shuffle(Object.keys(LAYOUTS)));
  const out: WritableFile[] = [];
  const expectations: Expectation[] = [];
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const layout = names[i];
    const context = `${pick(['', 'services/', 'apps/', 'deploy/'])}${layout.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}-${i}/`;
    const { name, subdir } = dockerfileName(layout);
    const d = new Doc(`${context}${subdir}${name}`);
    LAYOUTS[layout](d);
    if (layout !== 'windowsBacktick' && chance(0.15)) d.crlf = true;
    // The build context is the service folder, also for docker/Dockerfile.dev (`docker build -f docker/Dockerfile.dev .`).
    let ignore: string | null = chance(0.8) ? pick(GOOD_IGNORES) : null;
    if (d.contextCopies.length) {
      ignore = pick(GOOD_IGNORES);
      if (chance(0.3)) {
        ignore = chance(0.4) ? null : pick(LEAKY_IGNORES);
        for (const line of d.contextCopies) d.expectations.push({ ...pos(R.context, ignore === null ? 'context-leak:no-dockerignore' : 'context-leak:leaky-dockerignore'), file: d.path, line, sample: d.lines[line - 1] });
      }
    }
    if (ignore !== null) {
      const where = subdir ? pick([context, `${context}${subdir}${name}.`]) : pick([context, context, `${context}${name}.`]);
      out.push(new PlainFile(`${where}.dockerignore`.replace(/\.\.dockerignore$/, '.dockerignore'), ignore));
    }
    out.push(d);
    files.push(d.path);
    expectations.push(...d.expectations);
  }
  writeFiles(opts.dir, out);
  return { seed: opts.seed, files, expectations };
}
