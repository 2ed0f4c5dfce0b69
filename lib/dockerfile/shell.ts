import { MappedText } from './mapped-text';

/**
 * A small, forgiving reader of the shell commands in a RUN: enough to tell a
 * command word from text inside quotes (`echo "sha256sum -c"` verifies
 * nothing), follow pipelines, redirects, `$(…)`, `<(…)` and `sh -c "…"`.
 * Never throws; unterminated quotes run to the end.
 */
export interface ShellWord {
  /** Quotes and escapes removed. */
  text: string;
  /** Index span in the script text. */
  from: number;
  to: number;
  /** Any part of the word was quoted. */
  quoted: boolean;
}

export interface Redirect {
  op: string;
  target: ShellWord | null;
}

export interface ShellCommand {
  /** Leading `NAME=value` assignments. */
  assignments: ShellWord[];
  /** Command name and arguments (assignments and redirects excluded). */
  words: ShellWord[];
  redirects: Redirect[];
  /** The commands of the same pipeline (`a | b | c`), this one included. */
  pipeline: ShellCommand[];
  /** Position in the pipeline. */
  pipeIndex: number;
  /** The script this command came from (nested scripts have their own). */
  script: MappedText;
  /** The command inside whose `$(…)`, `<(…)` or `sh -c` string this one runs. */
  parent: ShellCommand | null;
  /** A statement of the parent's `sh -c` string: the shell runs it, it does not consume its output. */
  scriptBody: boolean;
  /** Sequence number in reading order across the whole RUN. */
  order: number;
  /** Index span in `script`. */
  from: number;
  to: number;
}

const MAX_DEPTH = 6;
const SHELLS = /^(?:\/(?:usr\/)?(?:local\/)?bin\/)?(?:sh|bash|ash|dash|zsh|ksh|su|runuser)$/;

export function readCommands(script: MappedText): ShellCommand[] {
  const out: ShellCommand[] = [];
  readInto(script, null, 0, out);
  return out;
}

function readInto(script: MappedText, parent: ShellCommand | null, depth: number, out: ShellCommand[], scriptBody = false): void {
  if (depth > MAX_DEPTH) return;
  const s = script.text;
  const n = s.length;
  let i = 0;
  let pipeline: ShellCommand[] = [];
  let cmd = newCommand();
  const nested: Array<{ text: string; from: number; to: number; owner: ShellCommand }> = [];

  function newCommand(): ShellCommand {
    return { assignments: [], words: [], redirects: [], pipeline: [], pipeIndex: 0, script, parent, scriptBody, order: 0, from: -1, to: -1 };
  }
  function endCommand(): void {
    if (cmd.words.length || cmd.assignments.length || cmd.redirects.length) {
      cmd.pipeIndex = pipeline.length;
      cmd.pipeline = pipeline;
      pipeline.push(cmd);
      cmd.order = out.length;
      out.push(cmd);
      let body: ShellWord | undefined;
      if (cmd.words.length >= 3 && SHELLS.test(cmd.words[0].text)) {
        const c = cmd.words.findIndex((w, k) => k > 0 && /^-[a-z]*c[a-z]*$/.test(w.text));
        body = c > 0 ? cmd.words[c + 1] : undefined;
      }
      // Substitutions inside an `sh -c` string are read with the string itself.
      for (const x of nested.splice(0)) if (!body || x.from < body.from || x.to > body.to) readInto(script.derive(x.text, x.from, x.to), x.owner, depth + 1, out);
      if (body) readInto(script.derive(body.text, body.from + (body.quoted ? 1 : 0), body.to), cmd, depth + 1, out, true);
    }
    cmd = newCommand();
  }
  function endPipeline(): void {
    endCommand();
    pipeline = [];
  }

  let pendingRedirect: Redirect | null = null;
  while (i < n) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\n' || c === ';' || c === '&' || c === '(' || c === ')' || c === '{' || c === '}') {
      if (c === '&' && s[i + 1] === '>') {
        pendingRedirect = { op: s[i + 2] === '>' ? '&>>' : '&>', target: null };
        i += pendingRedirect.op.length;
        continue;
      }
      if (c === '{' || c === '}') {
        // A brace is a group only as a word of its own.
        const next = s[i + 1];
        if (next !== undefined && !/[\s;]/.test(next) && c === '{') {
          /* part of a word such as {a,b}: fall through to word reading */
        } else {
          endPipeline();
          i++;
          continue;
        }
      } else {
        endPipeline();
        i += c === '&' && s[i + 1] === '&' ? 2 : c === ';' && s[i + 1] === ';' ? 2 : 1;
        continue;
      }
    }
    if (c === '|') {
      if (s[i + 1] === '|') {
        endPipeline();
        i += 2;
      } else {
        endCommand();
        i += s[i + 1] === '&' ? 2 : 1;
      }
      continue;
    }
    if (c === '#' ) {
      while (i < n && s[i] !== '\n') i++;
      continue;
    }
    const redirect = /^(?:[0-9]*(?:>>|>\||>&|<<<|<<-|<<|<>|<&|>|<))/.exec(s.slice(i, i + 6));
    if (redirect && !(s[i] === '<' && s[i + 1] === '(') && !(s[i] === '>' && s[i + 1] === '(')) {
      pendingRedirect = { op: redirect[0].replace(/^[0-9]+/, ''), target: null };
      cmd.redirects.push(pendingRedirect);
      if (cmd.from < 0) cmd.from = i;
      i += redirect[0].length;
      continue;
    }
    // A word.
    const from = i;
    let text = '';
    let quoted = false;
    while (i < n) {
      const ch = s[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ';' || ch === '|' || (ch === '&' && s[i + 1] !== '>') || ch === ')') break;
      if (ch === '&') break;
      if ((ch === '>' || ch === '<') && s[i + 1] !== '(') break;
      if (ch === '(' && !(i > from && (s[i - 1] === '<' || s[i - 1] === '>' || s[i - 1] === '$'))) {
        if (i === from) break;
      }
      if (ch === '\\') {
        text += s[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (ch === "'") {
        quoted = true;
        const end = s.indexOf("'", i + 1);
        const stop = end < 0 ? n : end;
        text += s.slice(i + 1, stop);
        i = stop + 1;
        continue;
      }
      if (ch === '"') {
        quoted = true;
        i++;
        while (i < n && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < n) {
            text += s[i + 1];
            i += 2;
          } else if (s[i] === '$' && s[i + 1] === '(') {
            const end = matchParen(s, i + 1);
            nested.push({ text: s.slice(i + 2, end), from: i + 2, to: end, owner: cmd });
            text += s.slice(i, Math.min(n, end + 1));
            i = end + 1;
          } else if (s[i] === '`') {
            const end = s.indexOf('`', i + 1);
            const stop = end < 0 ? n : end;
            nested.push({ text: s.slice(i + 1, stop), from: i + 1, to: stop, owner: cmd });
            text += s.slice(i, Math.min(n, stop + 1));
            i = stop + 1;
          } else text += s[i++];
        }
        i++;
        continue;
      }
      if ((ch === '$' || ch === '<' || ch === '>') && s[i + 1] === '(') {
        const end = matchParen(s, i + 1);
        nested.push({ text: s.slice(i + 2, end), from: i + 2, to: end, owner: cmd });
        text += s.slice(i, Math.min(n, end + 1));
        i = end + 1;
        continue;
      }
      if (ch === '`') {
        const end = s.indexOf('`', i + 1);
        const stop = end < 0 ? n : end;
        nested.push({ text: s.slice(i + 1, stop), from: i + 1, to: stop, owner: cmd });
        text += s.slice(i, Math.min(n, stop + 1));
        i = stop + 1;
        continue;
      }
      text += ch;
      i++;
    }
    if (i === from) {
      i++;
      continue;
    }
    const word: ShellWord = { text, from, to: i, quoted };
    if (cmd.from < 0) cmd.from = from;
    cmd.to = i;
    if (pendingRedirect) {
      pendingRedirect.target = word;
      if (!cmd.redirects.includes(pendingRedirect)) cmd.redirects.push(pendingRedirect);
      pendingRedirect = null;
    } else if (!cmd.words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) cmd.assignments.push(word);
    else cmd.words.push(word);
  }
  endPipeline();
}

/** Index of the `)` matching the `(` at `open`, or the end of text. Quotes are skipped. */
function matchParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) return s.length;
      i = end;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return s.length;
}

/** Command name without a path: `/usr/bin/curl` → `curl`. */
export function commandName(cmd: ShellCommand): string {
  const first = effectiveWords(cmd)[0];
  return first ? first.text.replace(/^.*\//, '') : '';
}

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'time', 'nice', 'nohup', 'command', 'xargs', 'then', 'do', 'else', 'if', 'while', 'until', '!', 'eval']);

/** Words after wrappers such as `sudo -E`, `env X=1`, `xargs -r`, `if`, `then`. */
export function effectiveWords(cmd: ShellCommand): ShellWord[] {
  const w = cmd.words;
  let k = 0;
  while (k < w.length) {
    const name = w[k].text.replace(/^.*\//, '');
    if (!WRAPPERS.has(name)) break;
    k++;
    while (k < w.length && (w[k].text.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[k].text))) {
      // `sudo -u user`: skip the option's argument too.
      if ((name === 'sudo' && /^-[ugCDhprt]$/.test(w[k].text)) || (name === 'xargs' && /^-[IdEnLPs]$/.test(w[k].text))) k++;
      k++;
    }
  }
  return w.slice(k);
}

/** Variables a command sets for itself: `X=1 cmd` and `env X=1 cmd` (also after sudo / exec). */
export function assignmentsOf(cmd: ShellCommand): ShellWord[] {
  const first = effectiveWords(cmd)[0];
  const lead = first ? cmd.words.slice(0, cmd.words.indexOf(first)) : cmd.words;
  return [...cmd.assignments, ...lead.filter((w) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.text))];
}

/** Every script a RUN executes: its arguments (exec form joined) plus script heredoc bodies. */
export function runScript(ins: { args: MappedText; json: string[] | null; heredocs: Array<{ body: MappedText; isScript: boolean }> }): MappedText {
  let main = ins.args;
  if (ins.json) {
    // Exec form: each element is one word; quote them so the reader keeps them whole.
    main = ins.args.derive(ins.json.map(shellQuote).join(' '), 0, ins.args.text.length);
    const script = SHELLS.test(ins.json[0]) ? scriptIndex(ins.json) : -1;
    if (script > 0) {
      const at = Math.max(0, ins.args.text.indexOf(JSON.stringify(ins.json[script]).slice(0, 12)));
      main = ins.args.derive(ins.json.slice(script).join(' '), at + 1, ins.args.text.length);
    }
  }
  const parts = [main, ...ins.heredocs.filter((h) => h.isScript).map((h) => h.body)];
  return MappedText.join(parts, '\n', main.offsetAt(main.text.length));
}

/**
 * Index of the script in `["bash", "-o", "pipefail", "-c", "script"]`: shell
 * options (`-e`, `-o pipefail`, `-eux`) may come before `-c`; -1 when there is no `-c`.
 */
function scriptIndex(argv: string[]): number {
  for (let k = 1; k < argv.length - 1; k++) {
    const a = argv[k];
    if (/^-[A-Za-z]*c[A-Za-z]*$/.test(a)) return k + 1;
    if (a === '-o' || a === '+o' || a === '-O' || a === '+O') k++;
    else if (!/^[-+][A-Za-z]+$/.test(a)) return -1;
  }
  return -1;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
