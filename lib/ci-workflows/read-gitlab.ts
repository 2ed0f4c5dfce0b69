import type { Node } from 'yaml';
import type { YamlView } from '../yaml/nodes';
import type { SourceFile } from '../text/source-file';
import { scriptEvents, type CiEvent } from './workflow';

/** Top-level keys of .gitlab-ci.yml that are settings, not jobs. */
const RESERVED = new Set(['stages', 'variables', 'default', 'include', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'types']);
const ALLOWED_TO_FAIL = '`allow_failure: true` lets the pipeline pass when the scan fails';
const SCRIPT_KEYS = ['before_script', 'script', 'after_script'];
const CONTAINER_SCANNING = /(^|\/)(Security|Jobs)\/Container-Scanning(\.latest)?\.gitlab-ci\.yml$/;

/** GitLab CI: every job's script lines (nested lists flattened), plus the Container-Scanning template include. */
export function readGitlabPipeline(root: unknown, y: YamlView, file: SourceFile): { events: CiEvent[] } {
  const events: CiEvent[] = [];
  const scripts = (node: unknown, depth = 0): Node[] => {
    if (depth > 4) return [];
    if (y.str(node) !== undefined) return [y.deref(node)!];
    return y.items(node).flatMap((n) => scripts(n, depth + 1));
  };
  for (const job of y.entries(root)) {
    if (RESERVED.has(job.key) || !y.isMap(job.value)) continue;
    const allowFailure = y.isTrue(y.get(job.value, 'allow_failure')?.value) ? ALLOWED_TO_FAIL : null;
    for (const key of SCRIPT_KEYS) {
      for (const line of scripts(y.get(job.value, key)?.value)) events.push(...scriptEvents(file, line, y.str(line)!, job.key, allowFailure));
    }
  }
  const include = y.get(root, 'include')?.value;
  for (const inc of y.isSeq(include) ? y.items(include) : include ? [include] : []) {
    const template = y.get(inc, 'template')?.value ?? (y.str(inc) !== undefined ? inc : null);
    const name = template ? y.str(template) : undefined;
    if (template && name && CONTAINER_SCANNING.test(name)) {
      const r = template.range ?? [0, 1];
      events.push({
        kind: 'scan',
        name: 'GitLab Container-Scanning template',
        job: 'container_scanning',
        span: [r[0], r[1]],
        node: template,
        notEnforced: "GitLab's Container-Scanning job reports vulnerabilities but does not fail the pipeline",
      });
    }
  }
  return { events };
}
