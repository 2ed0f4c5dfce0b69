import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fake from '../../../lib/secrets/fake';
import { int, pick, type Planted } from '../plant';
import { TEMPLATES as FIRST, type Doc } from './files';
import { FIFTH_TEMPLATES, FOURTH_TEMPLATES, MORE_TEMPLATES, SIXTH_TEMPLATES, THIRD_TEMPLATES } from './files-more';

const TEMPLATES = { ...FIRST, ...MORE_TEMPLATES, ...THIRD_TEMPLATES, ...FOURTH_TEMPLATES, ...FIFTH_TEMPLATES, ...SIXTH_TEMPLATES };

export interface RedteamManifest {
  seed: number;
  files: number;
  planted: Planted[];
}

/**
 * One red-team repository: every template once under a random root, and a
 * random handful again under service folders, so each seed draws new values,
 * key names and paths. Independent of bench/corpus/probe: its own templates,
 * its own value shapes, its own seed stream.
 */
export function generateRedteam(seed: number, dir: string): RedteamManifest {
  fake.seed(seed * 7919 + 17);
  const docs: Doc[] = [];
  const root = pick(['', 'backend/', 'apps/orders/']);
  for (const make of Object.values(TEMPLATES)) docs.push(...make(root));
  const names = Object.keys(TEMPLATES);
  for (let i = 0; i < int(6, 12); i++) docs.push(...TEMPLATES[pick(names)](`services/${pick(['ledger', 'notify', 'catalog', 'identity'])}-${i}/`));
  const seen = new Set<string>();
  const unique = docs.filter((d) => !seen.has(d.fb.path) && seen.add(d.fb.path));
  for (const d of unique) {
    const abs = join(dir, d.fb.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, d.fb.text());
  }
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'redteam', GIT_AUTHOR_EMAIL: 'redteam@example.invalid', GIT_COMMITTER_NAME: 'redteam', GIT_COMMITTER_EMAIL: 'redteam@example.invalid' };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !/^GIT_(CONFIG|AUTHOR|COMMITTER)/.test(k)) delete env[k];
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A', '-f');
  git('commit', '-q', '--no-verify', '-m', 'redteam');
  return { seed, files: unique.length, planted: unique.flatMap((d) => d.fb.planted) };
}
