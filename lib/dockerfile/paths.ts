import type { Instruction, Stage } from './model';
import { substitute } from './variables';

/** POSIX path normalisation for paths inside the image. */
export function normalizePath(p: string, cwd: string): string {
  let path = p.replace(/^["']|["']$/g, '');
  if (path.startsWith('~/') || path === '~') path = '/root' + path.slice(1);
  if (!path.startsWith('/')) path = (cwd.endsWith('/') ? cwd : cwd + '/') + path;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

export const basename = (p: string) => p.replace(/\/+$/, '').replace(/^.*\//, '');

/** Working directory at each instruction of a stage (WORKDIR resolved, variables substituted). */
export function workdirs(stage: Stage, escape: string): Map<Instruction, string> {
  const out = new Map<Instruction, string>();
  let cwd = '/';
  for (const ins of stage.instructions) {
    if (ins.keyword === 'WORKDIR' && !ins.onbuild) {
      const dir = substitute(ins.args.text.trim(), ins.scope, escape).value;
      if (dir) cwd = normalizePath(dir, cwd);
    }
    out.set(ins, cwd);
  }
  return out;
}

export interface CopySpec {
  sources: Array<{ text: string; start: number; end: number }>;
  dest: string;
  /** `--from=stage|image`: sources come from elsewhere, not the build context. */
  fromOther: boolean;
}

/** Sources and destination of COPY / ADD (shell or JSON form; heredoc COPY has no sources). */
export function copySpec(ins: Instruction, escape: string): CopySpec | null {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return null;
  const fromOther = ins.flags.some((f) => f.name === 'from');
  let words: Array<{ text: string; start: number; end: number }>;
  if (ins.json) {
    words = ins.json.map((t) => {
      const k = ins.args.text.indexOf(JSON.stringify(t));
      const span = k >= 0 ? ins.args.span(k, k + JSON.stringify(t).length) : { start: ins.start, end: ins.end };
      return { text: t, ...span };
    });
  } else {
    words = [];
    const re = /\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ins.args.text))) words.push({ text: m[0], ...ins.args.span(m.index, m.index + m[0].length) });
  }
  words = words.map((w) => ({ ...w, text: substitute(w.text, ins.scope, escape).value }));
  if (words.length < 2 || words.some((w) => w.text.startsWith('<<'))) return null;
  return { sources: words.slice(0, -1), dest: words[words.length - 1].text, fromOther };
}

/** Where each source lands in the image. */
export function copiedPaths(spec: CopySpec, cwd: string): Array<{ source: CopySpec['sources'][number]; path: string }> {
  const intoDir = spec.dest.endsWith('/') || spec.sources.length > 1 || spec.dest === '.';
  const dest = normalizePath(spec.dest, cwd);
  return spec.sources.map((source) => ({ source, path: intoDir ? normalizePath(basename(source.text), dest) : dest }));
}
