import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The CLI bundle built next to the transpiled tests. `npm test` first checks
 * that it is byte-identical to the committed dist/, so tests run the real
 * artifact.
 */
export const CLI = join(__dirname, '..', '..', 'dist', 'stowaway.cjs');

const LOCAL_VARS = execFileSync('git', ['rev-parse', '--local-env-vars'], { encoding: 'utf8' }).split('\n').filter(Boolean);

/**
 * An environment for test git processes: none of the outer repository's
 * GIT_* variables (a test may run inside a hook), no user or system config.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const v of LOCAL_VARS) delete env[v];
  delete env.GIT_INDEX_FILE;
  delete env.STOWAWAY_CONFIG;
  delete env.STOWAWAY_SKIP;
  env.GIT_CONFIG_GLOBAL = '/dev/null';
  env.GIT_CONFIG_NOSYSTEM = '1';
  env.GIT_AUTHOR_NAME = 'Test';
  env.GIT_AUTHOR_EMAIL = 'test@example.invalid';
  env.GIT_COMMITTER_NAME = 'Test';
  env.GIT_COMMITTER_EMAIL = 'test@example.invalid';
  env.NO_COLOR = '1';
  return { ...env, ...extra };
}

export function tempDir(prefix = 'stowaway-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export class TestRepo {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(opts: { bare?: boolean; dir?: string; env?: Record<string, string> } = {}) {
    this.dir = opts.dir ?? tempDir();
    this.env = cleanEnv(opts.env);
    this.git('init', '-q', '-b', 'main', ...(opts.bare ? ['--bare'] : []));
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Runs git and returns the whole result, for commands expected to fail (a hook blocking a commit). */
  tryGit(...args: string[]): SpawnSyncReturns<string> {
    return spawnSync('git', args, { cwd: this.dir, env: this.env, encoding: 'utf8' });
  }

  write(path: string, content: string | Buffer): this {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return this;
  }

  add(...paths: string[]): this {
    this.git('add', '--', ...(paths.length ? paths : ['.']));
    return this;
  }

  commit(message = 'test', ...extra: string[]): this {
    this.git('commit', '-q', '--no-verify', '-m', message, ...extra);
    return this;
  }

  /** Runs the stowaway CLI in this repository. */
  stowaway(args: string[], opts: { env?: Record<string, string>; input?: string; cwd?: string } = {}): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? this.dir, env: { ...this.env, ...opts.env }, encoding: 'utf8', input: opts.input });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Parses `--format json` output. */
export function findingsOf(r: SpawnSyncReturns<string>): Array<Record<string, any>> {
  try {
    return JSON.parse(r.stdout).findings;
  } catch {
    throw new Error(`expected JSON on stdout, got:\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}
