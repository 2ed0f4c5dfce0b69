import type { Detector } from '../detectors/detector';
import type { DetectedFinding } from '../findings/finding';
import { YamlView } from '../yaml/nodes';
import { parseYaml } from '../yaml/parse-yaml';
import { noteSkipped } from '../yaml/skip-note';
import { findingOf, ruleInfoOf } from '../yaml/yaml-check';
import { k8sChecks } from './checks/index';
import { findPods } from './find-pods';
import { isTemplated, looksLikeManifest } from './looks-like-manifest';
import { isK8sPath, jsonManifestText } from './k8s-paths';

export const HELM_SKIP_REASON = 'templated (contains `{{`, e.g. a Helm chart template): not YAML until rendered; scan the output of `helm template` instead';

/** Kubernetes workloads: pod-level and container-level checks, every document of the file. */
export const k8sDetector: Detector = {
  name: 'k8s',
  rules: k8sChecks.map((c) => ruleInfoOf('k8s', c)),
  wants: isK8sPath,
  detect(file, ctx) {
    if (!looksLikeManifest(file.text)) return [];
    // Only JSON with both keys is worth a parse (and a skip note if it fails); the scan pipeline checks this before loading.
    if (!jsonManifestText(file.path, file.text)) return [];
    if (isTemplated(file.text)) {
      noteSkipped(ctx, HELM_SKIP_REASON);
      return [];
    }
    const parsed = parseYaml(file.text);
    if (parsed.error) {
      noteSkipped(ctx, parsed.error);
      return [];
    }
    const out: DetectedFinding[] = [];
    for (const doc of parsed.docs) {
      const y = new YamlView(doc);
      for (const pod of findPods(doc.contents, y, file, ctx)) {
        for (const check of k8sChecks) {
          for (const hit of check.check(pod)) out.push(findingOf(file, 'k8s', check, hit));
        }
      }
    }
    return out;
  },
};
