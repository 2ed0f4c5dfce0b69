import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fake from '../../../lib/secrets/fake';
import { int, pick, type Planted } from '../plant';
import { expand, TEMPLATES } from './files';

export interface ProbeManifest {
  seed: number;
  files: number;
  planted: Planted[];
}

/**
 * One probe repository: every ecosystem template once at the root of an app
 * directory, and a random half of them again in a second service, so paths
 * vary (monorepo or not) and each seed draws new tokens.
 */
export function generateProbe(seed: number, dir: string): ProbeManifest {
  fake.seed(seed * 104729 + 3);
  const builders = [];
  const prefix = pick(['', 'services/api/', 'apps/web/']);
  for (const make of Object.values(TEMPLATES)) builders.push(...expand(make(prefix)));
  const names = Object.keys(TEMPLATES);
  for (let i = 0; i < int(8, 16); i++) builders.push(...expand(TEMPLATES[pick(names)](`services/${pick(['billing', 'worker', 'auth', 'search'])}-${i}/`)));
  const seen = new Set<string>();
  const unique = builders.filter((b) => !seen.has(b.path) && seen.add(b.path));
  for (const fb of unique) {
    const abs = join(dir, fb.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, fb.text());
  }
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'probe', GIT_AUTHOR_EMAIL: 'probe@example.invalid', GIT_COMMITTER_NAME: 'probe', GIT_COMMITTER_EMAIL: 'probe@example.invalid' };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !/^GIT_(CONFIG|AUTHOR|COMMITTER)/.test(k)) delete env[k];
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A', '-f');
  git('commit', '-q', '--no-verify', '-m', 'probe');
  return { seed, files: unique.length, planted: unique.flatMap((b) => b.planted) };
}
