import { DockerfileParser } from 'dockerfile-ast';
import type { Instruction as AstInstruction, Heredoc, Property } from 'dockerfile-ast';
import { lastAtOrBelow } from '../text/sorted-search';
import { MappedText, MappedTextBuilder } from './mapped-text';
import type { HeredocBody, Instruction, InstructionFlag, KeyValue, ParsedDockerfile, Stage } from './model';
import { substitute } from './variables';

/**
 * dockerfile-ast behind a small model the checks can trust. It corrects three
 * quirks of the library:
 * - getArgumentsContent() keeps comment lines from inside continuations: we
 *   rebuild the arguments ourselves and drop them, as Docker does;
 * - JSON-form strings lose their spaces: we JSON.parse the arguments instead;
 * - RUN arguments include heredoc bodies: we cut them out using the heredoc
 *   delimiter lines and keep them apart, marking script bodies.
 */
export function parseDockerfile(text: string): ParsedDockerfile {
  const ast = DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter() || '\\';
  const lines = lineStarts(text);
  const off = (p: { line: number; character: number }) =>
    Math.min(text.length, (p.line < lines.length ? lines[p.line] : text.length) + p.character);

  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  const all: Instruction[] = [];
  const globalScope = new Map<string, string | null>();
  let scope = new Map<string, string | null>();
  let current: Stage | null = null;

  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword();
    const stageIndex = current ? current.index : -1;
    if (keyword === 'FROM') {
      const from = build(node, false, stageIndex + 1);
      from.scope = globalScope;
      const words = from.args.text.trim().split(/\s+/).filter(Boolean);
      const rawImage = words[0] ?? '';
      const asAt = words.findIndex((w) => w.toLowerCase() === 'as');
      const name = asAt > 0 && words[asAt + 1] ? words[asAt + 1].toLowerCase() : null;
      const resolved = substitute(rawImage, globalScope, escape);
      const image = resolved.value || null;
      const base = image ? stages.find((s) => s.name === image.toLowerCase()) ?? null : null;
      current = { index: stages.length, name, from, image, imageUnresolved: resolved.unresolved, base, instructions: [], endEnv: new Map() };
      from.stage = current.index;
      stages.push(current);
      all.push(from);
      scope = new Map(base ? base.endEnv : []);
      continue;
    }
    if (keyword === 'ONBUILD') {
      const trigger = (node as unknown as { getTriggerInstruction(): AstInstruction | null }).getTriggerInstruction?.();
      if (!trigger || trigger.getKeyword() === 'ONBUILD' || trigger.getKeyword() === 'FROM') continue;
      const t = build(trigger, true, stageIndex);
      t.start = off(node.getRange().start);
      t.line = node.getRange().start.line + 1;
      t.scope = scope;
      all.push(t);
      current?.instructions.push(t);
      continue;
    }
    const ins = build(node, false, stageIndex);
    if (!current) {
      // Before the first FROM only ARG is allowed; its defaults feed FROM lines.
      if (keyword === 'ARG') {
        for (const p of ins.pairs) globalScope.set(p.name, p.value === null ? null : substitute(p.value, globalScope, escape).value);
        ins.scope = new Map(globalScope);
        globalArgs.push(ins);
        all.push(ins);
      }
      continue;
    }
    if (keyword === 'ARG' || keyword === 'ENV') {
      scope = new Map(scope);
      for (const p of ins.pairs) {
        if (keyword === 'ARG' && p.value === null) {
          // A bare ARG re-declares a global ARG and inherits its default.
          scope.set(p.name, globalScope.has(p.name) ? globalScope.get(p.name)! : scope.get(p.name) ?? null);
        } else {
          scope.set(p.name, p.value === null ? null : substitute(p.value, scope, escape).value);
        }
      }
    }
    ins.scope = scope;
    current.instructions.push(ins);
    all.push(ins);
    if (keyword === 'ENV') current.endEnv = envOnly(scope, current);
  }
  return { text, escape, globalArgs, stages, instructions: all };

  function build(node: AstInstruction, onbuild: boolean, stage: number): Instruction {
    const range = node.getRange();
    const start = off(range.start);
    const end = off(range.end);
    const keyword = node.getKeyword();
    const flags = readFlags(node);
    const heredocLines = new Set<number>();
    const heredocs = readHeredocs(node, range.end.line, heredocLines);
    const argsRange = node.getArgumentsRange();
    let args = MappedText.empty(end);
    if (argsRange) {
      let argsStart = off(argsRange.start);
      for (const f of flags) argsStart = Math.max(argsStart, skipSpaces(text, f.end));
      args = joinContinuations(argsStart, range.end.line, heredocLines);
    }
    const json = readJson(keyword, args.text);
    const pairs = keyword === 'ENV' || keyword === 'ARG' || keyword === 'LABEL' ? readPairs(node) : [];
    for (const h of heredocs) h.isScript = isScriptHeredoc(keyword, args.text, h.name);
    return { keyword, start, end, line: range.start.line + 1, flags, args, json, heredocs, pairs, onbuild, stage, scope: new Map() };
  }

  function readFlags(node: AstInstruction): InstructionFlag[] {
    const withFlags = node as unknown as { getFlags?: () => Array<{ getName(): string; getValue(): string | null; getRange(): { start: any; end: any }; getOptions(): Array<{ getName(): string; getValue(): string | null }> }> };
    if (typeof withFlags.getFlags !== 'function') return [];
    return withFlags.getFlags().map((f) => ({
      name: f.getName().toLowerCase(),
      value: f.getValue(),
      options: new Map(f.getOptions().map((o) => [o.getName().toLowerCase(), o.getValue() ?? ''])),
      start: off(f.getRange().start),
      end: off(f.getRange().end),
    }));
  }

  function readHeredocs(node: AstInstruction, lastLine: number, heredocLines: Set<number>): HeredocBody[] {
    const withHeredocs = node as unknown as { getHeredocs?: () => Heredoc[] };
    if (typeof withHeredocs.getHeredocs !== 'function') return [];
    const out: HeredocBody[] = [];
    let nextBodyLine = -1;
    for (const h of withHeredocs.getHeredocs()) {
      const first = nextBodyLine >= 0 ? nextBodyLine : h.getStartRange().start.line + 1;
      const delimiter = h.getDelimiterRange();
      const endLine = delimiter ? delimiter.start.line : lastLine + 1; // exclusive
      if (first > lastLine + 1) break;
      for (let l = first; l <= Math.min(endLine, lastLine); l++) heredocLines.add(l);
      const bodyStart = first < lines.length ? lines[first] : text.length;
      let bodyEnd = endLine < lines.length ? lines[endLine] : text.length;
      if (bodyEnd > bodyStart && text[bodyEnd - 1] === '\n') bodyEnd--;
      if (bodyEnd > bodyStart && text[bodyEnd - 1] === '\r') bodyEnd--;
      out.push({ name: h.getName(), body: MappedText.slice(text, bodyStart, Math.max(bodyStart, bodyEnd)), isScript: false });
      nextBodyLine = endLine + 1;
    }
    return out;
  }

  /** Docker's line joining: escape + newline continues; blank and `#` lines inside a continuation are dropped. */
  function joinContinuations(argsStart: number, lastLine: number, heredocLines: Set<number>): MappedText {
    const b = new MappedTextBuilder(argsStart);
    let line = lineOf(argsStart);
    let segStart = argsStart;
    let continued = false;
    while (line <= lastLine && line < lines.length) {
      const lineEnd = endOfLine(line);
      if (heredocLines.has(line)) {
        line++;
        segStart = line < lines.length ? lines[line] : text.length;
        continue;
      }
      const seg = text.slice(segStart, lineEnd);
      if (continued && (seg.trim() === '' || seg.trimStart().startsWith('#'))) {
        line++;
        segStart = line < lines.length ? lines[line] : text.length;
        continue;
      }
      const m = continuationAt(seg);
      if (m >= 0) {
        b.appendSource(text, segStart, segStart + m);
        continued = true;
      } else {
        b.appendSource(text, segStart, lineEnd);
        if (!heredocLines.size) break;
        continued = false;
      }
      line++;
      segStart = line < lines.length ? lines[line] : text.length;
    }
    return b.build();
  }

  function continuationAt(seg: string): number {
    let i = seg.length;
    while (i > 0 && (seg[i - 1] === ' ' || seg[i - 1] === '\t')) i--;
    return i > 0 && seg[i - 1] === escape ? i - 1 : -1;
  }

  function lineOf(offset: number): number {
    return lastAtOrBelow(lines, offset);
  }

  function endOfLine(line: number): number {
    let end = line + 1 < lines.length ? lines[line + 1] : text.length;
    if (end > lines[line] && text[end - 1] === '\n') end--;
    if (end > lines[line] && text[end - 1] === '\r') end--;
    return end;
  }

  function readPairs(node: AstInstruction): KeyValue[] {
    const props = (node as unknown as { getProperties?: () => Property[] }).getProperties?.() ?? [];
    const out: KeyValue[] = [];
    for (const p of props) {
      const name = p.getName();
      if (!name) continue;
      const nameRange = p.getNameRange();
      const valueRange = p.getValueRange();
      const nameStart = off(nameRange.start);
      const nameEnd = off(nameRange.end);
      out.push({
        name,
        value: p.getValue(),
        nameStart,
        nameEnd,
        valueStart: valueRange ? off(valueRange.start) : nameEnd,
        valueEnd: valueRange ? off(valueRange.end) : nameEnd,
      });
    }
    return out;
  }
}

function envOnly(scope: ReadonlyMap<string, string | null>, stage: Stage): Map<string, string | null> {
  const names = new Set<string>();
  for (const i of stage.instructions) if (i.keyword === 'ENV') for (const p of i.pairs) names.add(p.name);
  for (const n of stage.base?.endEnv.keys() ?? []) names.add(n);
  const out = new Map<string, string | null>();
  for (const n of names) if (scope.has(n)) out.set(n, scope.get(n)!);
  return out;
}

const EXEC_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'ADD', 'COPY', 'SHELL', 'VOLUME', 'HEALTHCHECK']);

/** Exec form, decoded like Docker: a JSON array of strings, else shell form. */
function readJson(keyword: string, args: string): string[] | null {
  if (!EXEC_FORM.has(keyword)) return null;
  let s = args.trim();
  if (keyword === 'HEALTHCHECK') s = s.replace(/^CMD\s+/i, '');
  if (!s.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

const INTERPRETER = /^(?:\/(?:usr\/)?(?:local\/)?bin\/)?(?:sh|bash|ash|dash|zsh|ksh|python[0-9.]*|perl|ruby|node|php|pwsh|powershell)$/;

/** `RUN <<EOF`, `RUN <<EOF bash`, `RUN bash <<EOF`: the body is the script. */
function isScriptHeredoc(keyword: string, args: string, name: string): boolean {
  if (keyword !== 'RUN') return false;
  const at = args.search(new RegExp(`<<-?\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (at < 0) return false;
  const before = args.slice(0, at).split(/&&|\|\||;|\|/).pop()!.trim();
  if (before === '') return true;
  const words = before.split(/\s+/);
  return INTERPRETER.test(words[0]) && words.slice(1).every((w) => w.startsWith('-'));
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Line starts with the same line breaks as the parser's TextDocument (\r\n, \n, \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
