export interface RawDiffEntry {
  srcMode: string;
  dstMode: string;
  srcOid: string;
  dstOid: string;
  /** A, C, D, M, R, T, U, X */
  status: string;
  path: string;
  /** Source path of a rename or copy. */
  fromPath?: string;
}

/** Parses `git diff-index/diff-tree --raw -z` output. */
export function parseRawDiff(out: Buffer): RawDiffEntry[] {
  const fields = out.toString('utf8').split('\0');
  const entries: RawDiffEntry[] = [];
  let i = 0;
  while (i < fields.length) {
    const head = fields[i];
    if (!head.startsWith(':')) {
      i++;
      continue;
    }
    const [srcMode, dstMode, srcOid, dstOid, statusField] = head.slice(1).split(' ');
    const status = statusField[0];
    if (status === 'R' || status === 'C') {
      entries.push({ srcMode, dstMode, srcOid, dstOid, status, fromPath: fields[i + 1], path: fields[i + 2] });
      i += 3;
    } else {
      entries.push({ srcMode, dstMode, srcOid, dstOid, status, path: fields[i + 1] });
      i += 2;
    }
  }
  return entries;
}
