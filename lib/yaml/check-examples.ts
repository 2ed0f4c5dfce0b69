import { defaultConfig } from '../config/defaults';
import type { Detector, DetectContext } from '../detectors/detector';
import type { DetectedFinding } from '../findings/finding';
import { findSecretsInFile } from '../secrets/engine';
import { SourceFile } from '../text/source-file';
import type { Example, YamlCheck } from './yaml-check';

/** A context like the pipeline's, for running a detector on examples and fixtures. */
export function exampleContext(skips: string[] = []): DetectContext & { skip(reason: string): void } {
  return {
    config: defaultConfig(),
    readFile: async () => null,
    findSecrets: (text, path) => findSecretsInFile(new SourceFile(path, text)),
    skip: (reason) => skips.push(reason),
  };
}

export async function detectIn(detector: Detector, path: string, text: string, skips: string[] = []): Promise<DetectedFinding[]> {
  return detector.detect(new SourceFile(path, text), exampleContext(skips));
}

/**
 * Runs a check's valid/invalid tables through its whole detector and returns
 * what disagrees (empty when the check meets its own specification).
 */
export async function checkExamples(detector: Detector, check: YamlCheck<never>, defaultPath: string): Promise<string[]> {
  const problems: string[] = [];
  const valid = check.examples.valid().map((e): Example => (typeof e === 'string' ? { yaml: e } : e));
  const invalid = check.examples.invalid();
  if (valid.length < 1 || invalid.length < 1) problems.push(`${check.id}: needs valid and invalid examples`);
  for (const ex of valid) {
    const path = ex.path ?? defaultPath;
    const found = (await detectIn(detector, path, ex.yaml)).filter((f) => f.ruleId === check.id);
    if (found.length) problems.push(`${check.id} fired on a valid example (${path}) at line ${found.map((f) => f.line).join(', ')}:\n${ex.yaml}`);
  }
  for (const ex of invalid) {
    const path = ex.path ?? defaultPath;
    const lines = (await detectIn(detector, path, ex.yaml)).filter((f) => f.ruleId === check.id).map((f) => f.line).sort((a, b) => a - b);
    if (lines.join(',') !== [...ex.lines].sort((a, b) => a - b).join(',')) problems.push(`${check.id} on an invalid example (${path}): expected lines [${ex.lines}], got [${lines}]:\n${ex.yaml}`);
  }
  return problems;
}
