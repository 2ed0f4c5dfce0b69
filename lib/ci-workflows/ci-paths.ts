/** GitHub Actions workflows (`.github/workflows/*.yml|yaml`) and `.gitlab-ci.yml`. Path only: cheap. */
export function isCiWorkflowPath(path: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || /(^|\/)\.gitlab-ci\.ya?ml$/i.test(path);
}

export function ciFlavour(path: string): 'github' | 'gitlab' {
  return /\.gitlab-ci\.ya?ml$/i.test(path) ? 'gitlab' : 'github';
}
