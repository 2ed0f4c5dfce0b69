import type { Severity } from '../findings/finding';
import type { RuleInfo } from '../detectors/detector';
import type { Instruction, ParsedDockerfile, Stage } from './model';
import { readCommands, runScript, type ShellCommand } from './shell';

/** A credential the secret engine found in a piece of Dockerfile text. */
export interface SecretHit {
  ruleId: string;
  /** e.g. "GitHub personal access token (classic)". */
  description: string;
  /** Index span in the text that was searched. */
  from: number;
  to: number;
  secret: string;
}

export interface CheckContext {
  /** Repo-relative path of the Dockerfile. */
  path: string;
  /** Provider rules only: a credential-shaped value, whatever its name. */
  findSecrets(text: string): SecretHit[];
  /** Another file from the same source (index for staged scans). */
  readFile(path: string): Promise<string | null>;
}

export interface CheckFinding {
  /** File span of the offending instruction or value. */
  start: number;
  end: number;
  /** Start of the instruction, for `# stowaway:allow` on the line above it. */
  anchor: number;
  message: string;
  /** The offending value (a secret) or snippet (`USER root`, with plainMatch). */
  secret: string;
  plainMatch?: boolean;
  /** Overrides of the check's defaults when the case calls for a more precise text. */
  why?: string;
  fix?: string;
  /** For a sibling opt-in rule defined in the same check file. */
  ruleId?: string;
  severity?: Severity;
}

export interface CheckExample {
  /** Dockerfile text; a function when it must hold a generated fake credential. */
  code: string | (() => string);
  /** Other files of the build context, e.g. `{ '.dockerignore': '.git\n' }`. */
  files?: Record<string, string>;
  /** Enabled opt-in rules (`rules` config) for this example. */
  optIn?: string[];
}

export interface InvalidExample extends CheckExample {
  /** 1-based line the finding must start on. */
  line: number;
  /** Rule id when the example exercises the opt-in sibling rule. */
  ruleId?: string;
}

/**
 * One Dockerfile check, hadolint-style: id, severity and texts at the top of
 * its file, the check a fold over the parsed stages, and valid / invalid
 * examples beside it (run by test/dockerfile-checks.test.ts).
 */
export interface DockerfileCheck {
  id: string;
  severity: Severity;
  /** One line for `stowaway rules`. */
  description: string;
  why: string;
  fix: string;
  /** Opt-in sibling rules reported by this check (RuleInfo.optIn). */
  extraRules?: RuleInfo[];
  check(df: ParsedDockerfile, ctx: CheckContext): CheckFinding[] | Promise<CheckFinding[]>;
  examples: { valid: CheckExample[]; invalid: InvalidExample[] };
}

const commandCache = new WeakMap<Instruction, ShellCommand[]>();

/** The shell commands a RUN executes (exec form, `sh -c`, script heredocs included). */
export function commandsOf(ins: Instruction): ShellCommand[] {
  let cmds = commandCache.get(ins);
  if (!cmds) {
    cmds = ins.keyword === 'RUN' ? readCommands(runScript(ins)) : [];
    commandCache.set(ins, cmds);
  }
  return cmds;
}

/** File span of a shell word. */
export function wordSpan(cmd: ShellCommand, word: { from: number; to: number }): { start: number; end: number } {
  return cmd.script.span(word.from, word.to);
}

/** File span of an instruction's arguments, or of the keyword when there are none. */
export function argsSpan(ins: Instruction): { start: number; end: number } {
  const t = ins.args.text;
  const lead = t.length - t.trimStart().length;
  const trail = t.trimEnd().length;
  if (trail <= lead) return { start: ins.start, end: Math.max(ins.start + ins.keyword.length, ins.start + 1) };
  return ins.args.span(lead, trail);
}

/** The stage and the internal stages it builds on, nearest first. */
export function stageChain(stage: Stage): Stage[] {
  const out: Stage[] = [];
  for (let s: Stage | null = stage; s && !out.includes(s); s = s.base) out.push(s);
  return out;
}

/** The external image a stage ultimately starts from. */
export function rootImage(stage: Stage): { image: string | null; unresolved: boolean } {
  const chain = stageChain(stage);
  const last = chain[chain.length - 1];
  return { image: last.image, unresolved: last.imageUnresolved };
}

/** Windows base images and PowerShell / cmd shells: USER semantics differ (ContainerUser, ContainerAdministrator). */
export function isWindowsStage(stage: Stage): boolean {
  for (const s of stageChain(stage)) {
    if (s.image && /windows|nanoserver|servercore|ltsc20\d\d|(?:^|[:-])(?:1809|20h2|21h2)(?:$|-)/i.test(s.image)) return true;
    if (s.instructions.some((i) => i.keyword === 'SHELL' && /powershell|pwsh|cmd(?:\.exe)?"/i.test(i.args.text))) return true;
  }
  return false;
}

export function finalStage(df: ParsedDockerfile): Stage | null {
  return df.stages.length ? df.stages[df.stages.length - 1] : null;
}

export function textOf(df: ParsedDockerfile, span: { start: number; end: number }): string {
  return df.text.slice(span.start, span.end);
}

/** Convenience for a finding spanning [start, end) of an instruction. */
export function at(ins: Instruction, span: { start: number; end: number }, message: string, secret: string, extra: Partial<CheckFinding> = {}): CheckFinding {
  return { start: span.start, end: Math.max(span.end, span.start + 1), anchor: ins.start, message, secret, ...extra };
}

/** Index of `ins` in its stage (ONBUILD triggers included), for "later in the stage" questions. */
export function laterInStage(stage: Stage, ins: Instruction): Instruction[] {
  const k = stage.instructions.indexOf(ins);
  return k < 0 ? [] : stage.instructions.slice(k + 1);
}
