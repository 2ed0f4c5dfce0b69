import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Planted } from './plant';

/** What a corpus generator writes: a path and the file's text. */
export interface WritableFile {
  readonly path: string;
  text(): string;
  /** The file's bytes, when they are not the UTF-8 of `text()` (a UTF-16 file). */
  bytes?(): Buffer;
}

/** The first file of each path: templates drawn twice into one folder would otherwise overwrite each other. */
export function uniqueByPath<F extends WritableFile>(files: F[]): F[] {
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.path) && seen.add(f.path));
}

export function writeFiles(dir: string, files: WritableFile[]): void {
  for (const f of files) {
    const abs = join(dir, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.bytes ? f.bytes() : f.text());
  }
}

/**
 * git init + commit with no user or system config, and none of an outer hook's GIT_* variables.
 * `force` adds files a generated .gitignore would leave out (credential files are planted there on purpose).
 */
export function commitAll(dir: string, { force = false, message = 'corpus' } = {}): void {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !/^GIT_(CONFIG|AUTHOR|COMMITTER)/.test(k)) delete env[k];
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  // Files are committed byte for byte (the provider red team writes CRLF and BOM files on purpose).
  git('-c', 'core.autocrlf=false', 'add', '-A', ...(force ? ['-f'] : []));
  git('commit', '-q', '--no-verify', '-m', message);
}

/** What a labelled corpus generator returns: its seed, how many files it wrote, and what they plant. */
export interface CorpusManifest {
  seed: number;
  files: number;
  planted: Planted[];
}

/** Writes the first file of each path, commits them (hook-proof), and returns what they plant. */
export function writeCorpus(seed: number, dir: string, files: (WritableFile & { planted: Planted[] })[], message: string): CorpusManifest {
  const unique = uniqueByPath(files);
  writeFiles(dir, unique);
  commitAll(dir, { force: true, message });
  return { seed, files: unique.length, planted: unique.flatMap((f) => f.planted) };
}
