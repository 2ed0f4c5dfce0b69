import type { Node } from 'yaml';
import type { DetectedFinding, Severity, Category } from '../findings/finding';
import type { RuleInfo } from '../detectors/detector';
import type { SourceFile } from '../text/source-file';

/** One problem a check found, located at a node (usually the key that causes it). */
export interface Hit {
  /** The finding's line is this node's first line, so `# stowaway:allow <id>` goes on the line above it. */
  at: Node;
  /** Exact source offsets [start, end) when narrower than `at` (a secret inside a value, a command inside a script). */
  span?: [number, number];
  /** What was found, in one line. */
  message: string;
  /** A credential: kept in `secret` and redacted by reporters. Without it the finding carries the line as a plain snippet. */
  secret?: string;
  /** Replaces the check's fix when the fix depends on what was found. */
  fix?: string;
}

export interface Example {
  yaml: string;
  /** File path the example is scanned as (CI checks depend on it). */
  path?: string;
}

export interface InvalidExample extends Example {
  /** 1-based lines where this check must report, one entry per finding. */
  lines: number[];
}

/**
 * A check is data: its id, severity and user-facing text at the top, the
 * logic in `check`, and ESLint-style valid/invalid tables beside it that one
 * test runs. Tables are thunks so credential-shaped values are generated at
 * run time and never committed.
 */
export interface YamlCheck<Subject> {
  id: string;
  severity: Severity;
  description: string;
  /** Why it matters: what an attacker or a compromised process gains. */
  why: string;
  /** The exact fix, usually a YAML snippet. */
  fix: string;
  optIn?: boolean;
  check(subject: Subject): Hit[];
  examples: { valid: () => Array<string | Example>; invalid: () => InvalidExample[] };
}

export function ruleInfoOf(category: Category, check: YamlCheck<unknown>): RuleInfo {
  return { id: check.id, category, severity: check.severity, description: check.description, ...(check.optIn ? { optIn: true } : {}) };
}

/** Turns a hit into a finding whose line is the first line of the offending key. */
export function findingOf(file: SourceFile, category: Category, check: YamlCheck<never>, hit: Hit): DetectedFinding {
  const r = hit.at.range;
  let start = hit.span ? hit.span[0] : r ? r[0] : 0;
  let end = hit.span ? hit.span[1] : r ? r[1] : start + 1;
  if (start > file.text.length) start = file.text.length;
  const line = file.position(start).line;
  // Point at the key's line only: a block value below it is context, not the location.
  const lineEnd = file.lineStart(line) + file.lineText(line).length;
  if (!hit.span || hit.secret === undefined) end = Math.min(Math.max(end, start + 1), Math.max(lineEnd, start + 1));
  const range = file.range(start, Math.max(1, end - start));
  const plain = hit.secret === undefined;
  return {
    ruleId: check.id,
    category,
    severity: check.severity,
    ...range,
    message: hit.message,
    why: check.why,
    fix: hit.fix ?? check.fix,
    secret: plain ? file.lineText(line).trim() || hit.message : hit.secret!,
    ...(plain ? { plainMatch: true } : {}),
  };
}

/** Template tag that strips the common indentation, so example YAML reads naturally inside tables. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  text = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n');
  const indents = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.match(/^ */)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return text
    .split('\n')
    .map((l) => l.slice(Math.min(cut, l.match(/^ */)![0].length)))
    .join('\n');
}
