import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** One planned change to a file: planning never writes, so `--dry-run` shows exactly what `apply` does. */
export type FileChange =
  | { kind: 'write'; path: string; content: string; mode: number; why: string }
  | { kind: 'move'; from: string; to: string; why: string }
  | { kind: 'remove'; path: string; why: string }
  | { kind: 'keep'; path: string; why: string };

/** Applies changes in the order planned: a foreign hook moves aside before the wrapper takes its name. */
export function applyChanges(changes: FileChange[]): void {
  for (const c of changes) {
    if (c.kind === 'move') renameSync(c.from, c.to);
    else if (c.kind === 'remove') rmSync(c.path, { force: true });
    else if (c.kind === 'write') {
      mkdirSync(dirname(c.path), { recursive: true });
      writeFileSync(c.path, c.content, { mode: c.mode });
      chmodSync(c.path, c.mode); // writeFileSync's mode only applies to new files
    }
  }
}

export function describeChanges(changes: FileChange[], base: string, dryRun: boolean): string {
  const show = (p: string) => {
    const r = relative(base, p);
    return r.startsWith('..') ? p : r;
  };
  const verb = (done: string, would: string) => (dryRun ? would : done).padEnd(dryRun ? 12 : 9);
  return changes
    .map((c) => {
      switch (c.kind) {
        case 'write':
          return `  ${verb('wrote', 'would write')} ${show(c.path)}  (${c.why})`;
        case 'move':
          return `  ${verb('moved', 'would move')} ${show(c.from)} -> ${show(c.to)}  (${c.why})`;
        case 'remove':
          return `  ${verb('removed', 'would remove')} ${show(c.path)}  (${c.why})`;
        case 'keep':
          return `  ${'unchanged'.padEnd(dryRun ? 12 : 9)} ${show(c.path)}  (${c.why})`;
      }
    })
    .join('\n');
}

export const hasEffect = (changes: FileChange[]) => changes.some((c) => c.kind !== 'keep');
