/**
 * Is every match of a rule's regex certain to start at one of its keywords?
 * Then in big files the engine tries the regex once at each keyword hit
 * (sticky, on the whole text) instead of scanning a window around every hit:
 * a prefix rule such as `key-[a-f0-9]{32}` costs one attempt per `key-`
 * rather than a scan of 768 characters each time.
 *
 * Read from the regex source, conservatively: after an optional leading
 * lookbehind and `\b`, every alternative of the leading group (or the regex
 * itself) must begin with literal characters (`\.`, `[Xx]` case pairs count)
 * of which some keyword is a prefix. Anything this does not understand answers
 * false, and the rule keeps its windows.
 *
 * A word-start-only keyword (`\bdd`) is recorded only with no ASCII letter or
 * digit before it; a rule anchored on one must itself refuse such a match (a
 * lookbehind excluding letters and digits, or `\b` before a word character),
 * or a match after `add…` found by a window today would be lost.
 */
export function keywordAnchored(regex: RegExp, keywords: string[]): boolean {
  let src = regex.source;
  // `(?<!x)ab|cd`: the lookbehind and the head belong to the first alternative only.
  if (splitAlternatives(src)?.length !== 1) return false;
  let guarded = false;
  if (src.startsWith('(?<!') || src.startsWith('(?<=')) {
    const close = groupEnd(src, 0);
    if (close < 0) return false;
    const look = src.slice(0, close + 1);
    guarded = src.startsWith('(?<!') && /A-Za-z0-9|a-zA-Z0-9|\\w/.test(look);
    src = src.slice(close + 1);
  }
  if (src.startsWith('\\b')) {
    guarded = true;
    src = src.slice(2);
  }
  const heads = leadingLiterals(src);
  if (!heads) return false;
  const words = keywords.map((k) => {
    const boundary = k.startsWith('\\b');
    return { word: (boundary ? k.slice(2) : k).toLowerCase(), boundary };
  });
  return heads.every((head) => words.some((w) => w.word.length > 0 && head.startsWith(w.word) && (!w.boundary || guarded)));
}

/** The lowercased literal text each alternative begins with; null when an alternative has none. */
function leadingLiterals(src: string): string[] | null {
  const heads = heads_(src);
  return heads && heads.every((h) => h.text.length > 0) ? heads.map((h) => h.text) : null;
}

interface Head {
  text: string;
  /** The whole alternative is this literal, so what follows it continues the head. */
  whole: boolean;
}

function heads_(src: string): Head[] | null {
  // A leading group: its alternatives begin the heads; when they are all plain literals, what follows extends them.
  if (src.startsWith('(')) {
    const close = groupEnd(src, 0);
    if (close < 0) return null;
    let inner = src.slice(1, close);
    if (inner.startsWith('?:')) inner = inner.slice(2);
    else if (inner.startsWith('?')) return null; // lookahead, named group: not understood
    const rest = src.slice(close + 1);
    if (/^(?:[?*]|\{0[,}])/.test(rest)) return null;
    const alternatives = splitAlternatives(inner);
    if (!alternatives) return null;
    const heads: Head[] = [];
    for (const alt of alternatives) {
      const h = heads_(alt);
      if (!h) return null;
      heads.push(...h);
    }
    if (!heads.every((h) => h.whole) || /^[+{]/.test(rest)) return heads.map((h) => ({ text: h.text, whole: false }));
    const more = heads_(rest);
    if (!more) return heads.map((h) => ({ text: h.text, whole: false }));
    return heads.flatMap((h) => more.map((m) => ({ text: h.text + m.text, whole: m.whole })));
  }
  if (src === '') return [{ text: '', whole: true }];
  // No top-level `|` here: keywordAnchored refuses one in the regex, and group contents arrive split.
  const { text, end } = literalPrefix(src);
  if (end === src.length) return [{ text, whole: true }];
  if (src[end] === '(') {
    // Literal, then a group: read on into it.
    const more = heads_(src.slice(end));
    if (more) return more.map((m) => ({ text: text + m.text, whole: m.whole }));
  }
  return [{ text, whole: false }];
}

/** Literal characters at the start of `src`, lowercased, up to the first non-literal or optional atom. */
function literalPrefix(src: string): { text: string; end: number } {
  let out = '';
  let i = 0;
  while (i < src.length) {
    let ch = '';
    let next = i;
    const c = src[i];
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (ESCAPED_LITERAL.includes(e)) {
        ch = e;
        next = i + 2;
      }
    } else if (c === '[') {
      // A case pair: [Xx] or [xX].
      const a = src[i + 1] ?? '';
      const b = src[i + 2] ?? '';
      if (src[i + 3] === ']' && a !== b && isAsciiLetter(a) && a.toLowerCase() === b.toLowerCase()) {
        ch = a;
        next = i + 4;
      }
    } else if (!SYNTAX.includes(c)) {
      ch = c;
      next = i + 1;
    }
    if (ch === '') break;
    // An atom made optional or repeatable by a quantifier: stop before it (`{1,` and `+` keep one, but stop anyway).
    if (QUANTIFIER.includes(src[next] ?? '-')) break;
    out += ch.toLowerCase();
    i = next;
  }
  return { text: out, end: i };
}

const ESCAPED_LITERAL = '.-/_:@#=+*?()[]{}|^$\\';
const SYNTAX = '.^$|?*+()[]{}';
const QUANTIFIER = '?*+{';
const isAsciiLetter = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');

/** The last index of the escape (`\\x`) or character class (`[…]`) starting at `i`: its parentheses and bars are literal. */
function escapeOrClassEnd(src: string, i: number): number {
  if (src[i] === '\\') return i + 1;
  i++;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i;
}

/** Index of the `)` closing the group opened at `open`, skipping escapes and classes; -1 if none. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' || c === '[') i = escapeOrClassEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `src` split at its top-level `|`; null when parentheses do not balance. */
function splitAlternatives(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' || c === '[') i = escapeOrClassEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return null;
    } else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(src.slice(from));
  return out;
}
