import { spawn } from 'node:child_process';

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim() || 'no message'}`);
  }
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number | null;
}

/**
 * Spawns git with the caller's environment untouched: inside a hook git sets
 * GIT_INDEX_FILE and GIT_DIR, and dropping them reads the wrong index.
 */
export function runGit(args: string[], cwd: string, input?: string | Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    // No input: stdin is /dev/null. An empty pipe's end raced git's exit (EPIPE), and Node
    // formatting that error's stack cost a hook ~4 ms.
    const child = spawn('git', args, { cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code }));
    if (child.stdin) {
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

/** Like runGit but rejects with GitError on a non-zero exit. */
export async function execGit(args: string[], cwd: string, input?: string | Buffer): Promise<Buffer> {
  const r = await runGit(args, cwd, input);
  if (r.code !== 0) throw new GitError(args, r.code, r.stderr);
  return r.stdout;
}

export async function execGitText(args: string[], cwd: string): Promise<string> {
  return (await execGit(args, cwd)).toString('utf8').replace(/\n$/, '');
}
