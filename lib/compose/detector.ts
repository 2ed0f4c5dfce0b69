import { isScalar } from 'yaml';
import type { Detector } from '../detectors/detector';
import type { DetectedFinding } from '../findings/finding';
import { YamlView } from '../yaml/nodes';
import { parseYaml } from '../yaml/parse-yaml';
import { noteSkipped } from '../yaml/skip-note';
import { findingOf, ruleInfoOf } from '../yaml/yaml-check';
import { composeChecks } from './checks/index';
import { isComposePath } from './compose-paths';

/** Compose files: every check on every service, one finding per service and problem. */
export const composeDetector: Detector = {
  name: 'compose',
  rules: composeChecks.map((c) => ruleInfoOf('compose', c)),
  wants: isComposePath,
  detect(file, ctx) {
    const parsed = parseYaml(file.text);
    if (parsed.error) {
      noteSkipped(ctx, parsed.error);
      return [];
    }
    const out: DetectedFinding[] = [];
    for (const doc of parsed.docs) {
      const y = new YamlView(doc);
      const services = y.get(doc.contents, 'services');
      if (!services) continue;
      for (const s of y.entries(services.value)) {
        if (!s.value || !y.isMap(s.value) || !isScalar(s.keyNode)) continue;
        const service = { name: s.key, keyNode: s.keyNode, node: s.value, y, file, ctx };
        for (const check of composeChecks) {
          for (const hit of check.check(service)) out.push(findingOf(file, 'compose', check, hit));
        }
      }
    }
    return out;
  },
};
