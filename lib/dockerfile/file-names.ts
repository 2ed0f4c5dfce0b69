import { matchesGlob } from '../config/glob-match';
import type { Config } from '../config/schema';

/**
 * Which paths are Dockerfiles: `Dockerfile`, `Containerfile`, `Dockerfile.*`,
 * `Containerfile.*`, `*.Dockerfile`, `*.dockerfile` at any depth, plus
 * `dockerfile.files` globs from the config. Path-only and cheap: the registry
 * calls it for every blob, before the parser is loaded.
 */
const NAME = /^(?:(?:Dockerfile|Containerfile)(?:\..+)?|.+\.(?:Dockerfile|dockerfile))$/;

export function isDockerfilePath(path: string, config: Config): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (NAME.test(base) && !base.endsWith('.dockerignore')) return true;
  const globs = config.dockerfile?.files;
  return !!globs?.length && matchesGlob(path, globs);
}
