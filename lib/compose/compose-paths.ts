import { matchesGlob } from '../config/glob-match';
import type { Config } from '../config/schema';

// Per-environment files passed with `-f` are named after the tool too: `compose-dev.yml`,
// `prod.compose.yaml`. A file so named with no `services:` map yields nothing.
const COMPOSE_NAME = /^(compose([.-][\w.-]+)?\.ya?ml|docker-compose[\w.-]*\.ya?ml|[\w.-]+\.compose\.ya?ml)$/i;

/** compose.yaml, compose[.-]*.yml, *.compose.yml, docker-compose*.yml|yaml anywhere, plus `compose.files` globs. Path only: cheap. */
export function isComposePath(path: string, config: Config): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (COMPOSE_NAME.test(base)) return true;
  return matchesGlob(path, config.compose.files);
}
