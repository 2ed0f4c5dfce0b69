import { matchesGlob } from '../config/glob-match';
import type { Config } from '../config/schema';

const COMPOSE_NAME = /^(compose(\.[\w.-]+)?\.ya?ml|docker-compose[\w.-]*\.ya?ml)$/i;

/** compose.yaml, compose.yml, docker-compose*.yml|yaml anywhere, plus `compose.files` globs. Path only: cheap. */
export function isComposePath(path: string, config: Config): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (COMPOSE_NAME.test(base)) return true;
  return matchesGlob(path, config.compose.files);
}
