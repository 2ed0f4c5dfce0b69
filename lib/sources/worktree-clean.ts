import { runGit } from '../git/exec-git';

/**
 * Which tracked files can be read from the work tree instead of through
 * `git cat-file`: those git itself says are unchanged since they were staged
 * and that git writes to disk byte for byte.
 *
 * A full scan spends most of git's time inflating zlib objects that are
 * already on disk, uncompressed, in the work tree (`git grep` reads clean
 * files from disk for the same reason). Reading them directly gives the same
 * bytes only when nothing converts them on checkout, so a path qualifies when:
 * - `git diff-files` does not list it (git compares stat data and, for
 *   racily clean entries, content);
 * - its index entry is a plain cached entry (`ls-files -v` tag `H`): not
 *   skip-worktree (sparse checkouts) and not assume-unchanged, where
 *   diff-files never looks at the disk;
 * - no attribute converts it (`text`, `eol`, `filter` such as git-lfs,
 *   `ident`, `working-tree-encoding`) and `core.autocrlf` is off.
 * Anything else, and any path that cannot be read as a regular file when its
 * turn comes, is read from the object database as before.
 */
export async function readableFromWorktree(root: string, candidates: string[]): Promise<Set<string>> {
  const none = new Set<string>();
  if (candidates.length === 0) return none;
  const [autocrlf, dirty, attrs] = await Promise.all([
    runGit(['config', '--get', 'core.autocrlf'], root),
    runGit(['diff-files', '--name-only', '-z'], root),
    runGit(['check-attr', '-z', '--stdin', ...CONVERTING_ATTRIBUTES], root, candidates.join('\0') + '\0'),
  ]);
  const crlf = autocrlf.stdout.toString('utf8').trim().toLowerCase();
  if (crlf && crlf !== 'false') return none;
  // A failure of either listing means we cannot tell: read everything through git.
  if (dirty.code !== 0 || attrs.code !== 0) return none;

  const converted = new Set<string>();
  const fields = attrs.stdout.toString('utf8').split('\0');
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const value = fields[i + 2];
    // `-text` (unset) turns conversion off; only set or valued attributes convert.
    if (value !== 'unspecified' && value !== 'unset') converted.add(fields[i]);
  }
  const changed = new Set(dirty.stdout.toString('utf8').split('\0'));
  const ok = new Set<string>();
  for (const p of candidates) if (!changed.has(p) && !converted.has(p)) ok.add(p);
  return ok;
}

const CONVERTING_ATTRIBUTES = ['text', 'eol', 'crlf', 'filter', 'ident', 'working-tree-encoding'];
