import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fake from '../../../lib/secrets/fake';
import { chance, int, pick, type Planted } from '../plant';
import type { RtDoc } from './doc';
import { bigFile, bigOneLiners, BUILDERS, expand } from './files';

export interface RedteamManifest {
  seed: number;
  files: number;
  planted: Planted[];
}

/**
 * One red-team repository: every file builder once, a random set of them
 * again in other service folders, and one or two files just over 64 KiB.
 * A share of files is written with CRLF line ends, a UTF-8 BOM or no final
 * newline, as editors on other systems leave them.
 */
export function generateRedteamProvider(seed: number, dir: string): RedteamManifest {
  fake.seed(seed * 7919 + 101);
  const docs: RtDoc[] = [];
  const names = Object.keys(BUILDERS);
  for (const n of names) docs.push(...expand(BUILDERS[n](pick(['', 'services/api/', 'apps/web/']))));
  for (let i = 0; i < int(6, 12); i++) docs.push(...expand(BUILDERS[pick(names)](`services/${pick(['billing', 'search', 'notify', 'auth'])}-${i}/`)));
  for (let i = 0; i < int(1, 2); i++) docs.push(bigFile(`services/archive-${i}/`));
  docs.push(...bigOneLiners(pick(['', 'apps/web/', 'services/api/'])));
  const seen = new Set<string>();
  const unique = docs.filter((d) => !seen.has(d.path) && seen.add(d.path));
  for (const d of unique) {
    if (chance(0.2)) d.encoding.crlf = true;
    if (chance(0.1)) d.encoding.bom = true;
    if (chance(0.2)) d.encoding.noFinalNewline = true;
    const abs = join(dir, d.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, d.text());
  }
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'rt', GIT_AUTHOR_EMAIL: 'rt@example.invalid', GIT_COMMITTER_NAME: 'rt', GIT_COMMITTER_EMAIL: 'rt@example.invalid' };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !/^GIT_(CONFIG|AUTHOR|COMMITTER)/.test(k)) delete env[k];
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('-c', 'core.autocrlf=false', 'add', '-A', '-f');
  git('commit', '-q', '--no-verify', '-m', 'redteam');
  return { seed, files: unique.length, planted: unique.flatMap((d) => d.planted) };
}
