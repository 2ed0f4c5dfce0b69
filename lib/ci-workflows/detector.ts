import type { Detector } from '../detectors/detector';
import type { DetectedFinding } from '../findings/finding';
import { YamlView } from '../yaml/nodes';
import { parseYaml } from '../yaml/parse-yaml';
import { noteSkipped } from '../yaml/skip-note';
import { findingOf, ruleInfoOf } from '../yaml/yaml-check';
import { ciChecks } from './checks/index';
import { ciFlavour, isCiWorkflowPath } from './ci-paths';
import { readGithubWorkflow } from './read-github';
import { readGitlabPipeline } from './read-gitlab';
import type { CiWorkflow } from './workflow';

/** GitHub Actions workflows and GitLab CI pipelines: image supply-chain gates. */
export const ciDetector: Detector = {
  name: 'ci',
  rules: ciChecks.map((c) => ruleInfoOf('ci', c)),
  wants: (path) => isCiWorkflowPath(path),
  detect(file, ctx) {
    const parsed = parseYaml(file.text);
    if (parsed.error) {
      noteSkipped(ctx, parsed.error);
      return [];
    }
    const flavour = ciFlavour(file.path);
    const out: DetectedFinding[] = [];
    for (const doc of parsed.docs) {
      const y = new YamlView(doc);
      const read = flavour === 'github' ? readGithubWorkflow(doc.contents, y, file) : { actionRefs: [], ...readGitlabPipeline(doc.contents, y, file) };
      const wf: CiWorkflow = { flavour, ...read, y, file, ctx };
      for (const check of ciChecks) {
        for (const hit of check.check(wf)) out.push(findingOf(file, 'ci', check, hit));
      }
    }
    return out;
  },
};
