import type { Node } from 'yaml';
import type { YamlView } from '../yaml/nodes';
import type { SourceFile } from '../text/source-file';
import { actionEvents, scriptEvents, type ActionRef, type CiEvent } from './workflow';

const CONTINUES = '`continue-on-error: true` lets the job pass when the scan fails';

/** GitHub Actions: `jobs.<id>.steps[]` with `run:` scripts and `uses:` actions; job-level `uses:` reusable workflows. */
export function readGithubWorkflow(root: unknown, y: YamlView, file: SourceFile): { events: CiEvent[]; actionRefs: ActionRef[] } {
  const events: CiEvent[] = [];
  const actionRefs: ActionRef[] = [];
  for (const job of y.entries(y.get(root, 'jobs')?.value)) {
    const jobContinues = y.isTrue(y.get(job.value, 'continue-on-error')?.value) ? CONTINUES : null;
    const reusable = y.get(job.value, 'uses');
    if (reusable?.value && y.str(reusable.value)) actionRefs.push({ job: job.key, value: y.str(reusable.value)!, node: reusable.value });
    for (const step of y.items(y.get(job.value, 'steps')?.value)) {
      const swallowed = jobContinues ?? (y.isTrue(y.get(step, 'continue-on-error')?.value) ? CONTINUES : null);
      const run = y.get(step, 'run');
      const script = run?.value ? y.str(run.value) : undefined;
      if (run?.value && script !== undefined) events.push(...scriptEvents(file, run.value, script, job.key, swallowed));
      const uses = y.get(step, 'uses');
      const action = uses?.value ? y.str(uses.value) : undefined;
      if (uses?.value && action) {
        actionRefs.push({ job: job.key, value: action, node: uses.value as Node });
        const withNode = y.get(step, 'with')?.value;
        events.push(...actionEvents(action, uses.value, (k) => y.str(y.get(withNode, k)?.value), job.key, swallowed));
      }
    }
  }
  return { events, actionRefs };
}
