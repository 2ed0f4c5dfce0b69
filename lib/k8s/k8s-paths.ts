import { matchesGlob } from '../config/glob-match';
import type { Config } from '../config/schema';
import { isComposePath } from '../compose/compose-paths';
import { isCiWorkflowPath } from '../ci-workflows/ci-paths';

/** Lock files and tool configs that are YAML but never manifests: not worth even the cheap text check. */
const NOT_MANIFEST = /(^|\/)(pnpm-lock\.yaml|\.pre-commit-config\.yaml|\.pre-commit-hooks\.yaml|\.golangci\.ya?ml|mkdocs\.ya?ml|\.stowawayrc\.ya?ml)$/;

/** JSON that is never a manifest: package manifests, lock files, editor and compiler configs. */
const NOT_MANIFEST_JSON = /(^|\/)(package(-lock)?\.json|composer\.(json|lock)|[\w.-]*lock\.json|tsconfig[\w.-]*\.json|\.vscode\/[^/]+\.json)$/i;

/**
 * Any *.yaml / *.yml that is not a compose file or CI workflow, any *.json (kubectl, kube-linter and
 * checkov read JSON manifests; the detector's text check drops the rest), plus `kubernetes.files` globs. Path only: cheap.
 */
export function isK8sPath(path: string, config: Config): boolean {
  if (matchesGlob(path, config.kubernetes.files)) return true;
  if (/\.json$/i.test(path)) return !NOT_MANIFEST_JSON.test(path);
  if (!/\.ya?ml$/i.test(path) || NOT_MANIFEST.test(path)) return false;
  return !isComposePath(path, config) && !isCiWorkflowPath(path);
}

/**
 * Any JSON file may be a manifest (kubectl reads JSON); one that does not name both `"apiVersion"` and
 * `"kind"` is not, and is dropped before the detector (and its YAML parser) loads.
 */
export function jsonManifestText(path: string, text: string): boolean {
  return !/\.json$/i.test(path) || (text.includes('"apiVersion"') && text.includes('"kind"'));
}
