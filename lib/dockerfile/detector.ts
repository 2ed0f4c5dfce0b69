import type { Detector, DetectContext, RuleInfo } from '../detectors/detector';
import type { DetectedFinding } from '../findings/finding';
import { isAllowedInline } from '../findings/inline-allow';
import type { SourceFile } from '../text/source-file';
import type { CheckContext, CheckFinding, DockerfileCheck, SecretHit } from './check';
import { dockerfileChecks } from './checks/index';
import { isDockerfilePath } from './file-names';
import { parseDockerfile } from './parse';

/** Rules that judge any high-entropy string, not a credential format: values are judged by name instead. */
const NOT_CREDENTIAL_SHAPED = /generic|entropy/;

/** The secret engine on a piece of Dockerfile text, provider rules only, with index spans. */
export function secretHitsIn(ctx: Pick<DetectContext, 'findSecrets'>, text: string, path: string): SecretHit[] {
  if (!text || !/[A-Za-z0-9]{8}/.test(text)) return [];
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const out: SecretHit[] = [];
  for (const d of ctx.findSecrets(text, path)) {
    if (NOT_CREDENTIAL_SHAPED.test(d.ruleId)) continue;
    const from = (starts[d.line - 1] ?? 0) + d.column - 1;
    const to = d.endLine === d.line ? from + (d.endColumn - d.column) : from + d.secret.length;
    out.push({ ruleId: d.ruleId, description: d.message.replace(/ found$/, ''), from, to, secret: d.secret });
  }
  return out;
}

export const dockerfileRules: RuleInfo[] = dockerfileChecks.flatMap((c) => [
  { id: c.id, category: 'dockerfile' as const, severity: c.severity, description: c.description },
  ...(c.extraRules ?? []),
]);

/** Runs every check on one Dockerfile; findings suppressed by `# stowaway:allow <id>` above their instruction are dropped. */
export async function checkDockerfile(file: SourceFile, ctx: DetectContext, checks: DockerfileCheck[] = dockerfileChecks): Promise<DetectedFinding[]> {
  const df = parseDockerfile(file.text);
  const checkCtx: CheckContext = {
    path: file.path,
    findSecrets: (text) => secretHitsIn(ctx, text, file.path),
    readFile: (p) => ctx.readFile(p),
  };
  const out: DetectedFinding[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    const found: CheckFinding[] = await check.check(df, checkCtx);
    for (const f of found) {
      const ruleId = f.ruleId ?? check.id;
      const key = `${ruleId}:${f.start}:${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const range = file.range(f.start, Math.max(1, f.end - f.start));
      const anchorLine = file.position(f.anchor).line;
      // The pipeline looks at the finding's own line and the one above it; a
      // finding on a continuation line is suppressed by the comment above its instruction.
      if (anchorLine !== range.line && (isAllowedInline(file, anchorLine, ruleId) || isAllowedInline(file, range.line, ruleId, anchorLine))) continue;
      out.push({
        ruleId,
        category: 'dockerfile',
        severity: f.severity ?? check.severity,
        ...range,
        message: f.message,
        why: f.why ?? check.why,
        fix: f.fix ?? check.fix,
        secret: f.secret,
        ...(f.plainMatch ? { plainMatch: true } : {}),
      });
    }
  }
  return out;
}

export const dockerfileDetector: Detector = {
  name: 'dockerfile',
  rules: dockerfileRules,
  wants: isDockerfilePath,
  detect: checkDockerfile,
};
