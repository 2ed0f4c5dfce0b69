import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChange } from './file-change';

/** The line each husky hook file gets; husky runs these files with `sh -e` and node_modules/.bin on PATH. */
export const HUSKY_LINES: Record<'pre-commit' | 'pre-merge-commit' | 'pre-push', string> = {
  'pre-commit': 'stowaway hook pre-commit',
  // husky 9 wires .husky/_/pre-merge-commit too; a clean merge runs it instead of pre-commit.
  'pre-merge-commit': 'stowaway hook pre-merge-commit',
  'pre-push': 'stowaway hook pre-push "$@"',
};

/** Appended to a file that lacked a final newline, so uninstall knows to take the newline back. */
const NEWLINE_NOTE = '  # stowaway: newline added before this line';

const modeOf = (path: string) => statSync(path).mode & 0o777;

const mentions = (text: string, hook: string) => new RegExp(`^[^#\\n]*\\bstowaway(\\.cjs)?["']?\\s+hook\\s+${hook}\\b`, 'm').test(text);

/** Appends `stowaway hook …` to .husky/pre-commit, .husky/pre-merge-commit and .husky/pre-push, once. */
export function planHuskyInstall(huskyDir: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const [hook, line] of Object.entries(HUSKY_LINES)) {
    const path = join(huskyDir, hook);
    if (!existsSync(path)) {
      changes.push({ kind: 'write', path, content: `${line}\n`, mode: 0o755, why: 'new husky hook' });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    if (mentions(text, hook)) {
      changes.push({ kind: 'keep', path, why: `already runs stowaway hook ${hook}` });
      continue;
    }
    const appended = text === '' || text.endsWith('\n') ? `${text}${line}\n` : `${text}\n${line}${NEWLINE_NOTE}\n`;
    changes.push({ kind: 'write', path, content: appended, mode: modeOf(path), why: `appended \`${line}\`` });
  }
  return changes;
}

/** Takes back exactly what planHuskyInstall added; a file stowaway created is removed. */
export function planHuskyUninstall(huskyDir: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const [hook, line] of Object.entries(HUSKY_LINES)) {
    const path = join(huskyDir, hook);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const eol = '\n';
    if (text === `${line}${eol}`) {
      changes.push({ kind: 'remove', path, why: 'husky hook stowaway created' });
      continue;
    }
    let restored: string | null = null;
    if (text.endsWith(`${eol}${line}${NEWLINE_NOTE}${eol}`)) restored = text.slice(0, -`${eol}${line}${NEWLINE_NOTE}${eol}`.length);
    else if (text.endsWith(`${line}${eol}`)) restored = text.slice(0, -`${line}${eol}`.length);
    else if (text.includes(`${line}${eol}`)) restored = text.replace(`${line}${eol}`, '');
    if (restored !== null) changes.push({ kind: 'write', path, content: restored, mode: modeOf(path), why: `removed \`${line}\`` });
  }
  return changes;
}
