/**
 * A rule regex's source read into alternatives, sequences and atoms: enough
 * structure for what the engine asks of a rule (how long a match can be, what
 * every match starts with), not a validator. JavaScript syntax: `]` right after
 * `[` or `[^` closes the class; `\xHH` and `\uHHHH` are one character.
 */
export interface RegexAlternatives {
  options: RegexSequence[];
}

export interface RegexSequence {
  items: RegexItem[];
}

export interface RegexItem {
  atom: RegexAtom;
  min: number;
  max: number;
  /** A quantifier follows the atom (even `{1}`). */
  quantified: boolean;
}

export type RegexAtom =
  /** One character written literally: a plain character, an escaped metacharacter, or a case pair `[Xx]` (given lowercase). */
  | { kind: 'literal'; char: string }
  /** One character out of several: a class, `.`, `\d`, a stray `]` or `{`. */
  | { kind: 'set' }
  /** Zero width: `^`, `$`, `\b`, `\B`. */
  | { kind: 'assert'; which: string }
  | { kind: 'group'; group: 'capture' | 'noncapture' | 'named' | 'lookahead' | 'lookbehind'; negative: boolean; source: string; body: RegexAlternatives };

const SYNTAX = '.^$|?*+()[]{}';
const ESCAPED_LITERAL = '.-/_:@#=+*?()[]{}|^$\\';
const QUANTIFIER = /(?:\{(\d+)(,(\d*))?\}|[?*+])\??/y;

export function parseRegexSource(source: string): RegexAlternatives {
  let i = 0;
  const alternatives = (): RegexAlternatives => {
    const options = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return { options };
  };
  const sequence = (): RegexSequence => {
    const items: RegexItem[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = readAtom();
      QUANTIFIER.lastIndex = i;
      const q = QUANTIFIER.exec(source);
      if (!q) {
        items.push({ atom, min: 1, max: 1, quantified: false });
        continue;
      }
      i += q[0].length;
      const c = q[0][0];
      const min = c === '+' ? 1 : c !== '{' ? 0 : Number(q[1]);
      const max = c === '?' ? 1 : c !== '{' ? Infinity : q[2] === undefined ? Number(q[1]) : q[3] === '' ? Infinity : Number(q[3]);
      items.push({ atom, min, max, quantified: true });
    }
    return { items };
  };
  const readAtom = (): RegexAtom => {
    const c = source[i];
    if (c === '(') {
      const open = i;
      i++;
      let group: 'capture' | 'noncapture' | 'named' | 'lookahead' | 'lookbehind' = 'capture';
      let negative = false;
      if (source[i] === '?') {
        const behind = source[i + 1] === '<' && (source[i + 2] === '=' || source[i + 2] === '!');
        const kind = behind ? source[i + 2] : source[i + 1];
        if (kind === '=' || kind === '!') {
          group = behind ? 'lookbehind' : 'lookahead';
          negative = kind === '!';
          i += behind ? 3 : 2;
        } else if (kind === ':') {
          group = 'noncapture';
          i += 2;
        } else {
          group = 'named';
          i = source.indexOf('>', i) + 1;
        }
      }
      const body = alternatives();
      i++; // `)`
      return { kind: 'group', group, negative, source: source.slice(open, i), body };
    }
    if (c === '[') {
      const pair = source[i + 3] === ']' ? source.slice(i + 1, i + 3) : '';
      const start = i;
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      if (i - start === 4 && pair[0] !== pair[1] && isAsciiLetter(pair[0]) && pair[0].toLowerCase() === pair[1].toLowerCase()) return { kind: 'literal', char: pair[0].toLowerCase() };
      return { kind: 'set' };
    }
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i += e === 'x' ? 4 : e === 'u' ? 6 : 2;
      if (e === 'b' || e === 'B') return { kind: 'assert', which: '\\' + e };
      return ESCAPED_LITERAL.includes(e) && e !== '' ? { kind: 'literal', char: e } : { kind: 'set' };
    }
    i++;
    if (c === '^' || c === '$') return { kind: 'assert', which: c };
    return SYNTAX.includes(c) ? { kind: 'set' } : { kind: 'literal', char: c };
  };
  return alternatives();
}

const isAsciiLetter = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');

/** The longest match a source allows (Infinity with an unbounded quantifier): lookarounds and assertions count nothing. */
export function maxMatchLength(source: string): number {
  return longest(parseRegexSource(source));
}

function longest(node: RegexAlternatives): number {
  let best = 0;
  for (const seq of node.options) {
    let total = 0;
    for (const item of seq.items) {
      const len = atomLength(item.atom);
      if (len) total += len * item.max;
    }
    best = Math.max(best, total);
  }
  return best;
}

function atomLength(atom: RegexAtom): number {
  if (atom.kind === 'assert') return 0;
  if (atom.kind !== 'group') return 1;
  return atom.group === 'lookahead' || atom.group === 'lookbehind' ? 0 : longest(atom.body);
}
