import { matchesGlob } from '../config/glob-match';
import type { Config } from '../config/schema';
import { isComposePath } from '../compose/compose-paths';
import { isCiWorkflowPath } from '../ci-workflows/ci-paths';

/** Lock files and tool configs that are YAML but never manifests: not worth even the cheap text check. */
const NOT_MANIFEST = /(^|\/)(pnpm-lock\.yaml|\.pre-commit-config\.yaml|\.pre-commit-hooks\.yaml|\.golangci\.ya?ml|mkdocs\.ya?ml|\.stowawayrc\.ya?ml)$/;

/** Any *.yaml / *.yml that is not a compose file or CI workflow, plus `kubernetes.files` globs. Path only: cheap. */
export function isK8sPath(path: string, config: Config): boolean {
  if (matchesGlob(path, config.kubernetes.files)) return true;
  if (!/\.ya?ml$/i.test(path) || NOT_MANIFEST.test(path)) return false;
  return !isComposePath(path, config) && !isCiWorkflowPath(path);
}
