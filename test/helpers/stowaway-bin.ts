import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, TestRepo, tempDir } from './git-repo';
import * as fake from '../../lib/secrets/fake';

/** A temp bin folder whose `stowaway` runs the bundle under test: what hooks find on PATH. */
export function shimBinDir(): string {
  const dir = tempDir('stowaway-bin-');
  writeFileSync(join(dir, 'stowaway'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
  return dir;
}

/** PATH with git and the shell tools but no stowaway, plus `extra` folders first. */
export function pathWith(...extra: string[]): string {
  return [...extra, ...(process.env.PATH ?? '').split(':')].join(':');
}

/**
 * A repository whose hooks find the bundle under test on PATH, with its own
 * empty XDG config home (no ~/.config/stowaway/init.sh from the machine).
 */
export function hookedRepo(opts: { dir?: string; bare?: boolean; env?: Record<string, string> } = {}): TestRepo & { bin: string } {
  const bin = shimBinDir();
  const xdg = tempDir('stowaway-xdg-');
  mkdirSync(xdg, { recursive: true });
  const repo = new TestRepo({ ...opts, env: { PATH: pathWith(bin), XDG_CONFIG_HOME: xdg, ...opts.env } }) as TestRepo & { bin: string };
  repo.bin = bin;
  return repo;
}

/** A line that holds a freshly generated (fake) GitHub token. */
export function secretLine(): string {
  return `token = "${fake.checksummedToken('ghp_')}"\n`;
}

/** An existing hook of the user's that records that it ran (and, for pre-push, its stdin). */
export const FOREIGN_HOOK = '#!/bin/sh\n# the team\'s own hook\necho "$0 ran" >> "$PWD/.hook-log"\ncat >> "$PWD/.hook-log"\nexit 0\n';
