import type { DetectContext } from '../detectors/detector';

/** Invalid YAML or a Helm template is listed in stats.skipped with its reason: never a blocking error. */
export function noteSkipped(ctx: DetectContext, reason: string): void {
  ctx.skip?.(reason);
}
