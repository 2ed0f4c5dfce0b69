import type { DetectContext } from '../detectors/detector';

/**
 * A context that can record "skipped, and why" for the scan's stats (see the
 * proposal in the issue-7 report: `DetectContext.skip?(reason)`). Until the
 * pipeline provides it, a skipped YAML file simply yields no findings.
 */
export type SkipAwareContext = DetectContext & { skip?: (reason: string) => void };

export function noteSkipped(ctx: DetectContext, reason: string): void {
  (ctx as SkipAwareContext).skip?.(reason);
}
