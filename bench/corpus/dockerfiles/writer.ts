import { chance, int, pick } from '../plant';

/**
 * Writes one Dockerfile line by line and records, for every planted problem
 * and hard negative, the line the finding must start on (or must not).
 * Formatting varies per file (Style), so the same content lands on different
 * lines and in different syntaxes from seed to seed.
 */

/** What is planted on a line: a problem a rule must report, or a look-alike none may. */
export interface Mark {
  type: 'pos' | 'neg';
  /** Rule id that must report this line (positives only). */
  rule?: string;
  /** Bucket for the breakdown, e.g. `env-secret:provider-token`, `neg:gpg-keys`. */
  kind: string;
  /** Other rule ids that may defensibly report the same line (counted apart, neither hit nor false positive). */
  related?: string[];
}

export interface Expectation extends Mark {
  file: string;
  line: number;
  sample: string;
}

export interface Style {
  /** `# escape=\`` files continue lines with a backtick. */
  escape: '\\' | '`';
  lowercase: boolean;
  /** Comments and blank lines between instructions. */
  chatty: boolean;
  /** Preferred RUN layout; individual RUNs still vary. */
  runForm: RunForm;
  indent: string;
}

export type RunForm = 'line' | 'cont' | 'set' | 'heredoc' | 'json';

export function randomStyle(): Style {
  return {
    escape: chance(0.15) ? '`' : '\\',
    lowercase: chance(0.12),
    chatty: chance(0.6),
    runForm: pick<RunForm>(['cont', 'cont', 'set', 'heredoc', 'line', 'json']),
    indent: pick(['    ', '  ', '\t', '    ']),
  };
}

/** A shell command of a RUN (one line in every layout), with what is planted on it. */
export interface Cmd {
  text: string;
  marks?: Mark[];
}

export const cmd = (text: string, ...marks: Mark[]): Cmd => ({ text, marks });

export interface Pair {
  key: string;
  value: string | null;
  marks?: Mark[];
  /** Quote the value (always when it has spaces). */
  quote?: boolean;
}

const COMMENTS = ['# install build dependencies', '# keep the image small', '# see docs/build.md', '# runtime image', '# hadolint ignore=DL3018', '# cache dependencies first', '# syntax is BuildKit', '# TODO: pin versions'];

export class DockerfileWriter {
  readonly lines: string[] = [];
  readonly expectations: Expectation[] = [];
  /** Lines of `COPY .` style instructions (context-leak candidates). */
  readonly wholeContextCopies: number[] = [];
  private heredocCount = 0;

  constructor(
    readonly path: string,
    readonly style: Style,
  ) {
    if (style.escape === '`') this.lines.push('# escape=`');
    else if (chance(0.35)) this.lines.push(pick(['# syntax=docker/dockerfile:1', '# syntax=docker/dockerfile:1.7', '# check=error=true']));
    if (chance(0.2)) this.lines.push(pick(['# Build with: docker build -t app .', '# Dockerfile for the service']));
  }

  get cont(): string {
    return ' ' + this.style.escape;
  }

  kw(k: string): string {
    return this.style.lowercase ? k.toLowerCase() : k;
  }

  /** Appends one line; marks apply to it. Returns its 1-based number. */
  line(text: string, marks: Mark[] = []): number {
    this.lines.push(text);
    const n = this.lines.length;
    for (const m of marks) this.expectations.push({ ...m, file: this.path, line: n, sample: text.trim().slice(0, 120) });
    return n;
  }

  /** Optional comment or blank line between instructions. */
  gap(): void {
    if (!this.style.chatty) return;
    if (chance(0.3)) this.lines.push('');
    if (chance(0.15)) this.lines.push(pick(COMMENTS));
  }

  instr(keyword: string, args: string, marks: Mark[] = []): number {
    this.gap();
    return this.line(`${this.kw(keyword)} ${args}`, marks);
  }

  from(image: string, opts: { as?: string; platform?: boolean; marks?: Mark[] } = {}): number {
    this.gap();
    if (this.lines.length && chance(0.5)) this.lines.push('');
    const as = opts.as ? ` ${this.style.lowercase ? 'as' : pick(['AS', 'AS', 'as'])} ${opts.as}` : '';
    const platform = opts.platform ? '--platform=$BUILDPLATFORM ' : '';
    return this.line(`${this.kw('FROM')} ${platform}${image}${as}`, opts.marks ?? []);
  }

  /** COPY / ADD; `.` sources are remembered for context-leak. */
  copy(args: string, marks: Mark[] = [], keyword = 'COPY'): number {
    const n = this.instr(keyword, args, marks);
    const words = args.replace(/--\S+\s+/g, '').trim().split(/\s+/);
    if (!/--from[= ]/.test(args) && words.length >= 2 && words.slice(0, -1).some((w) => /^(?:\.|\.\/)$/.test(w))) this.wholeContextCopies.push(n);
    return n;
  }

  /** ENV / ARG / LABEL with one or more pairs, on one line or continued over several. */
  pairs(keyword: 'ENV' | 'ARG' | 'LABEL', pairs: Pair[]): void {
    this.gap();
    const render = (p: Pair) => {
      if (p.value === null) return p.key;
      const quote = p.quote || /\s/.test(p.value) || p.value === '';
      return `${p.key}=${quote ? `"${p.value}"` : p.value}`;
    };
    // Legacy `ENV KEY value` form (official images still use it): one pair, value may hold spaces.
    if (keyword === 'ENV' && pairs.length === 1 && pairs[0].value && chance(0.3)) {
      this.line(`${this.kw('ENV')} ${pairs[0].key} ${pairs[0].value}`, pairs[0].marks);
      return;
    }
    if (keyword === 'ARG' || pairs.length === 1 || chance(0.3)) {
      if (keyword === 'ARG' && pairs.length > 1 && chance(0.6)) {
        for (const p of pairs) this.line(`${this.kw('ARG')} ${render(p)}`, p.marks);
        return;
      }
      if (pairs.length <= 3) {
        const n = this.line(`${this.kw(keyword)} ${pairs.map(render).join(' ')}`);
        for (const p of pairs) for (const m of p.marks ?? []) this.expectations.push({ ...m, file: this.path, line: n, sample: render(p).slice(0, 120) });
        return;
      }
    }
    const first = chance(0.5);
    if (first) {
      pairs.forEach((p, k) => this.line(`${k ? this.style.indent : this.kw(keyword) + ' '}${render(p)}${k < pairs.length - 1 ? this.cont : ''}`, p.marks));
    } else {
      this.line(`${this.kw(keyword)}${this.cont}`);
      pairs.forEach((p, k) => this.line(`${this.style.indent}${render(p)}${k < pairs.length - 1 ? this.cont : ''}`, p.marks));
    }
  }

  /**
   * A RUN in one of five layouts: one line joined by `&&`, continued lines,
   * `set -eux;` continued lines, a heredoc script, or exec (JSON) form.
   * Flags (`--mount=…`) go on the first line or on their own line.
   */
  run(cmds: Cmd[], opts: { flags?: string[]; flagMarks?: Mark[]; form?: RunForm } = {}): void {
    this.gap();
    let form = opts.form ?? (chance(0.6) ? this.style.runForm : pick<RunForm>(['line', 'cont', 'set', 'heredoc', 'json']));
    const joined = cmds.map((c) => c.text).join(' && ');
    if (form === 'line' && (joined.length > 140 || cmds.length > 3)) form = 'cont';
    if (form === 'json' && (joined.length > 160 || cmds.length > 3)) form = 'cont';
    if (form === 'heredoc' && cmds.length < 2) form = 'line';
    const flags = opts.flags?.length ? opts.flags.join(' ') + ' ' : '';
    const RUN = this.kw('RUN');
    const put = (text: string, c?: Cmd) => this.line(text, c?.marks);
    let flagLine = 0;
    switch (form) {
      case 'line': {
        flagLine = this.line(`${RUN} ${flags}${joined}`);
        for (const c of cmds) for (const m of c.marks ?? []) this.expectations.push({ ...m, file: this.path, line: flagLine, sample: c.text.slice(0, 120) });
        break;
      }
      case 'json': {
        const shell = pick([['/bin/sh', '-c'], ['sh', '-c'], ['/bin/bash', '-o', 'pipefail', '-c'], ['bash', '-c']]);
        flagLine = this.line(`${RUN} ${flags}${JSON.stringify([...shell, joined]).replace(/","/g, pick(['", "', '","']))}`);
        for (const c of cmds) for (const m of c.marks ?? []) this.expectations.push({ ...m, file: this.path, line: flagLine, sample: c.text.slice(0, 120) });
        break;
      }
      case 'heredoc': {
        const name = pick(['EOF', 'EOT', 'SCRIPT', 'EOF']) + (this.heredocCount++ ? '' : '');
        const opener = pick([`<<${name}`, `<<${name}`, `<<'${name}'`, `bash <<${name}`, `<<-${name}`]);
        flagLine = this.line(`${RUN} ${flags}${opener}`);
        const tab = opener.includes('<<-') ? '\t' : '';
        if (chance(0.7)) this.line(`${tab}set -${pick(['e', 'eux', 'ex', 'eu'])}`);
        for (const c of cmds) put(tab + c.text, c);
        this.line(`${tab}${name}`);
        break;
      }
      case 'set':
      case 'cont': {
        const ownFlagLine = !!flags && chance(0.5);
        let first = true;
        if (ownFlagLine) {
          flagLine = this.line(`${RUN} ${flags.trim()}${this.cont}`);
          first = false;
        }
        const lead = form === 'set' ? 'set -eux; ' : '';
        if (form === 'set' && !first) {
          this.line(`${this.style.indent}set -eux;${this.cont}`);
        } else if (form === 'set') {
          flagLine = this.line(`${RUN} ${flags}set -eux;${this.cont}`);
          first = false;
        }
        cmds.forEach((c, k) => {
          const last = k === cmds.length - 1;
          const tail = last ? '' : form === 'set' ? `;${this.cont}` : this.cont;
          let text: string;
          if (first) {
            text = `${RUN} ${flags}${lead}${c.text}${tail}`;
            flagLine = this.lines.length + 1;
            first = false;
          } else if (form === 'set') text = `${this.style.indent}${c.text}${tail}`;
          else text = `${this.style.indent}&& ${c.text}${tail}`;
          put(text, c);
          // Docker drops comment lines inside a continuation.
          if (!last && this.style.chatty && chance(0.08)) this.line(`${this.style.indent}# ${pick(['clean up', 'verify', 'build', 'fetch sources'])}`);
        });
        break;
      }
    }
    for (const m of opts.flagMarks ?? []) this.expectations.push({ ...m, file: this.path, line: flagLine, sample: flags.trim().slice(0, 120) });
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

/** `n` hex digits, lower case. */
export function hexDigits(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)];
  return s;
}
