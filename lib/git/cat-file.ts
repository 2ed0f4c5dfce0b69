import { spawn } from 'node:child_process';
import { GitError } from './exec-git';

export interface BlobRequest {
  oid: string;
}

export interface BlobResult<T extends BlobRequest> {
  request: T;
  size: number;
  /** null when the object is missing or larger than `maxSize` (its bytes are discarded unread). */
  content: Buffer | null;
  missing: boolean;
}

/**
 * Reads many blobs through one `git cat-file --batch` process, in request
 * order, as a stream: memory holds one blob at a time, and blobs over
 * `maxSize` are skipped without being buffered.
 */
export async function* readBlobs<T extends BlobRequest>(
  cwd: string,
  requests: T[],
  maxSize: number,
): AsyncGenerator<BlobResult<T>> {
  if (requests.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.on('error', () => {});
  child.stdin.end(requests.map((r) => r.oid + '\n').join(''));

  let index = 0;
  let buf: Buffer = Buffer.alloc(0);
  // State for the blob being read.
  let need = -1; // bytes of content + trailing LF still to read, -1 while reading a header
  let keep = false;
  let size = 0;
  let parts: Buffer[] = [];

  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      let pos = 0;
      while (pos < buf.length) {
        if (need < 0) {
          const nl = buf.indexOf(10, pos);
          if (nl < 0) break;
          const header = buf.toString('latin1', pos, nl);
          pos = nl + 1;
          const request = requests[index];
          if (header.endsWith(' missing')) {
            index++;
            yield { request, size: 0, content: null, missing: true };
            continue;
          }
          const sp = header.lastIndexOf(' ');
          size = Number(header.slice(sp + 1));
          keep = size <= maxSize;
          need = size + 1;
          parts = [];
        }
        const take = Math.min(need, buf.length - pos);
        if (keep && take > 0) parts.push(buf.subarray(pos, pos + take));
        pos += take;
        need -= take;
        if (need === 0) {
          need = -1;
          const request = requests[index++];
          let content: Buffer | null = null;
          if (keep) {
            // One copy out of the shared chunks (so they can be freed), cut to the blob's size
            // (the last part also holds git's trailing LF).
            content = Buffer.concat(parts, size);
          }
          parts = [];
          yield { request, size, content, missing: false };
        }
      }
      buf = pos < buf.length ? buf.subarray(pos) : Buffer.alloc(0);
    }
  } finally {
    if (index < requests.length) child.kill();
  }
  const code = await exited;
  if (index < requests.length && code !== 0) throw new GitError(['cat-file', '--batch'], code, stderr);
}
