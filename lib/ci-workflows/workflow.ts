import { Scalar, isScalar, type Node } from 'yaml';
import type { DetectContext } from '../detectors/detector';
import type { SourceFile } from '../text/source-file';
import type { YamlView } from '../yaml/nodes';
import type { YamlCheck } from '../yaml/yaml-check';
import { ACTIONS, COMMANDS, type EventKind } from './recognisers';

/** Something a step does to an image, located at the command or the `uses:` value. */
export interface CiEvent {
  kind: EventKind;
  /** The recogniser that matched, e.g. "docker push", "aquasecurity/trivy-action". */
  name: string;
  job: string;
  /** Source offsets of the command (or `uses:` value): order in the file and finding location. */
  span: [number, number];
  node: Node;
  /** For scans: why it cannot fail the job, or null. */
  notEnforced: string | null;
}

export interface ActionRef {
  job: string;
  /** `owner/repo[/path]@ref` as written. */
  value: string;
  node: Node;
}

export interface CiWorkflow {
  flavour: 'github' | 'gitlab';
  events: CiEvent[];
  actionRefs: ActionRef[];
  y: YamlView;
  file: SourceFile;
  ctx: DetectContext;
}

export type CiCheck = YamlCheck<CiWorkflow>;

/** A script as logical lines: backslash continuations joined, each with its offset in the script. */
function logicalLines(script: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let start = 0;
  let text = '';
  let pos = 0;
  for (const physical of script.split('\n')) {
    if (!text) start = pos;
    const continued = /\\\s*$/.test(physical);
    text += (text ? ' ' : '') + (continued ? physical.replace(/\\\s*$/, '') : physical);
    pos += physical.length + 1;
    if (!continued) {
      out.push({ text, offset: start });
      text = '';
    }
  }
  if (text) out.push({ text, offset: start });
  return out;
}

/** Source offset of a position inside a scalar's value: exact for literal blocks and plain lines, approximate for folded text. */
function sourceOffset(file: SourceFile, node: Node, script: string, offset: number): [number, number] {
  const r = node.range ?? [0, 0, 0];
  const lineIdx = script.slice(0, offset).split('\n').length - 1;
  const firstLine = script.slice(offset).split('\n')[0];
  if (isScalar(node) && node.type === Scalar.BLOCK_LITERAL) {
    const line = file.position(r[0]).line + 1 + lineIdx;
    if (line <= file.lineCount) {
      const text = file.lineText(line);
      const col = Math.max(0, text.indexOf(firstLine.trim()));
      const start = file.lineStart(line) + col;
      return [start, start + Math.max(1, firstLine.trim().length)];
    }
  }
  // Folded and plain multi-line scalars join lines: fall back to a shorter probe.
  for (const n of [60, 20]) {
    const probe = firstLine.trim().slice(0, n);
    const at = probe ? file.text.indexOf(probe, r[0]) : -1;
    if (at >= 0 && at < r[1]) return [at, at + probe.length];
  }
  return [r[0], Math.max(r[0] + 1, r[1])];
}

/** Events from one shell script scalar. */
export function scriptEvents(file: SourceFile, node: Node, script: string, job: string, swallowedByJob: string | null): CiEvent[] {
  const out: CiEvent[] = [];
  for (const line of logicalLines(script)) {
    const text = line.text.slice(0, 4096);
    if (/^\s*#/.test(text)) continue;
    for (const p of COMMANDS) {
      if (!p.regex.test(text) || p.unless?.test(text)) continue;
      out.push({
        kind: p.kind,
        name: p.name,
        job,
        span: sourceOffset(file, node, script, line.offset),
        node,
        notEnforced: p.kind === 'scan' ? swallowedByJob ?? p.notEnforced?.(text) ?? null : null,
      });
    }
  }
  return out;
}

/** Events from one `uses:` step with its `with:` inputs. */
export function actionEvents(action: string, node: Node, inputs: (k: string) => string | undefined, job: string, swallowedByJob: string | null): CiEvent[] {
  const name = action.split('@')[0].trim().toLowerCase();
  const r = node.range ?? [0, 1, 1];
  return ACTIONS.filter((p) => p.uses.test(name) && (!p.when || p.when(inputs))).map((p) => ({
    kind: p.kind,
    name: p.name,
    job,
    span: [r[0], r[1]] as [number, number],
    node,
    notEnforced: p.kind === 'scan' ? swallowedByJob ?? p.notEnforced?.(inputs) ?? null : null,
  }));
}
