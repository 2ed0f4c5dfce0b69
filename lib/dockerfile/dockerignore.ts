import ignore from '@balena/dockerignore';

/**
 * Docker's `.dockerignore` semantics (via @balena/dockerignore, which follows
 * moby's fileutils matcher): which of the files a `COPY .` would send along
 * are excluded. Docker reads `<Dockerfile name>.dockerignore` next to the
 * Dockerfile first, then `.dockerignore` at the context root. The context is
 * not in the Dockerfile, so the nearest `.dockerignore` in the Dockerfile's
 * folder or any folder above it stands for the context root:
 * `svc/docker/Dockerfile.dev` is usually built with `svc/` as its context.
 */
export function dockerignoreCandidates(dockerfilePath: string): string[] {
  const slash = dockerfilePath.lastIndexOf('/');
  const dir = slash >= 0 ? dockerfilePath.slice(0, slash + 1) : '';
  const name = dockerfilePath.slice(slash + 1);
  const out = [`${dir}${name}.dockerignore`];
  const parts = dir.split('/').filter(Boolean);
  for (let k = parts.length; k >= 0; k--) out.push(`${parts.slice(0, k).map((p) => p + '/').join('')}.dockerignore`);
  return [...new Set(out)];
}

export interface IgnoreMatcher {
  ignores(path: string): boolean;
}

export function compileDockerignore(content: string): IgnoreMatcher {
  const lines = content.split(/\r?\n/).filter((l) => !l.trimStart().startsWith('#') && isValidPattern(l));
  const ig = ignore({ ignorecase: false }).add(lines);
  // The library matches parent directories and `!` exceptions the way moby does.
  return { ignores: (path: string) => ig.ignores(path) };
}

/** Docker rejects a malformed pattern (`[`) at build time; here it is skipped instead of crashing the scan. */
function isValidPattern(line: string): boolean {
  try {
    ignore({ ignorecase: false }).add(line).ignores('probe');
    return true;
  } catch {
    return false;
  }
}
