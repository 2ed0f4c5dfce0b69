import { matchesGlob } from '../config/glob-match';
import type { Config } from '../config/schema';

/**
 * Which paths are Dockerfiles: `Dockerfile`, `Containerfile`, `Dockerfile.*`,
 * `Dockerfile-*`, `Dockerfile_*` (and the same for Containerfile),
 * `*.Dockerfile`, `*.dockerfile` at any depth, plus `dockerfile.files` globs
 * from the config. `Dockerfile-alpine` and `Dockerfile_ci` are as common as
 * `Dockerfile.prod` (Renovate's Dockerfile manager matches them too). Path-only
 * and cheap: the registry calls it for every blob, before the parser is loaded.
 */
const NAME = /^(?:(?:Dockerfile|Containerfile)(?:[._-].+)?|.+\.(?:Dockerfile|dockerfile))$/;

export function isDockerfilePath(path: string, config: Config): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (NAME.test(base) && !base.endsWith('.dockerignore')) return true;
  const globs = config.dockerfile?.files;
  return !!globs?.length && matchesGlob(path, globs);
}
