import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/package-root';

/** A file shipped in the package's templates/ folder. */
export function readTemplate(name: string): string {
  return readFileSync(join(packageRoot(), 'templates', name), 'utf8');
}

/** The POSIX sh wrapper written into git hook folders (hooks/stowaway-hook.sh). */
export function hookWrapper(): string {
  return readFileSync(join(packageRoot(), 'hooks', 'stowaway-hook.sh'), 'utf8').replace(/\r\n/g, '\n');
}

/** The line in every wrapper stowaway writes: what uninstall looks for. */
export const WRAPPER_MARKER = '# stowaway-managed hook';

export const isStowawayWrapper = (text: string) => text.includes(WRAPPER_MARKER);
