import type { Config } from './schema';

type Micromatch = typeof import('micromatch');

let micromatch: Micromatch | null = null;

/** Every glob list in a config; most repositories configure none. */
function configGlobs(config: Config): string[] {
  return [...config.ignore, ...config.allowlist.paths, ...config.dockerfile.files, ...config.compose.files, ...config.kubernetes.files];
}

/**
 * Loads micromatch, only when the config has globs: a plain pre-commit hook
 * must not pay for parsing it. Call before any `matchesGlob` (each scan, each
 * worker thread, does).
 */
export async function loadGlobMatcher(config: Config): Promise<void> {
  if (micromatch || configGlobs(config).length === 0) return;
  const mod = (await import('micromatch')) as Micromatch & { default?: Micromatch };
  micromatch = mod.default ?? mod;
}

/** Does `path` match one of `globs` (micromatch, dotfiles included)? */
export function matchesGlob(path: string, globs: string[]): boolean {
  if (globs.length === 0) return false;
  if (!micromatch) throw new Error('internal: glob matcher used before loadGlobMatcher()');
  return micromatch.isMatch(path, globs, { dot: true });
}

/** A reusable matcher for one glob list, or null when the list is empty. */
export function globMatcher(globs: string[]): ((path: string) => boolean) | null {
  if (globs.length === 0) return null;
  if (!micromatch) throw new Error('internal: glob matcher used before loadGlobMatcher()');
  return micromatch.matcher(globs.length === 1 ? globs[0] : `{${globs.join(',')}}`, { dot: true });
}
