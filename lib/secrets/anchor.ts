import { parseRegexSource, type RegexItem } from './regex-source';

/**
 * Is every match of a rule's regex certain to start at one of its keywords?
 * Then in big files the engine tries the regex once at each keyword hit
 * (sticky, on the whole text) instead of scanning a window around every hit:
 * a prefix rule such as `key-[a-f0-9]{32}` costs one attempt per `key-`
 * rather than a scan of 768 characters each time.
 *
 * Read from the regex source (regex-source.ts), conservatively: after an optional leading
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
  const root = parseRegexSource(regex.source);
  // `(?<!x)ab|cd`: the lookbehind and the head belong to the first alternative only.
  if (root.options.length !== 1) return false;
  const items = root.options[0].items;
  let from = 0;
  let guarded = false;
  const first = items[0]?.atom;
  if (first?.kind === 'group' && first.group === 'lookbehind' && !items[0].quantified) {
    guarded = first.negative && /A-Za-z0-9|a-zA-Z0-9|\\w/.test(first.source);
    from++;
  }
  const boundary = items[from]?.atom;
  if (boundary?.kind === 'assert' && boundary.which === '\\b') {
    guarded = true;
    from++;
  }
  const heads = headsOf(items, from);
  if (!heads || heads.some((h) => h.text.length === 0)) return false;
  const words = keywords.map((k) => {
    const wordStart = k.startsWith('\\b');
    return { word: (wordStart ? k.slice(2) : k).toLowerCase(), wordStart };
  });
  return heads.every((head) => words.some((w) => w.word.length > 0 && head.text.startsWith(w.word) && (!w.wordStart || guarded)));
}

interface Head {
  /** The literal text a match begins with, lowercased. */
  text: string;
  /** The whole alternative is this literal, so what follows it continues the head. */
  whole: boolean;
}

/**
 * The literal text matches of items[from…] begin with, one head per way in: literal characters
 * up to the first quantified or non-literal atom, read on into a leading capture or non-capture
 * group. null where an alternative begins with nothing literal.
 */
function headsOf(items: RegexItem[], from: number): Head[] | null {
  let text = '';
  const cut = () => (text ? [{ text, whole: false }] : null);
  for (let i = from; i < items.length; i++) {
    const { atom, quantified, min } = items[i];
    if (atom.kind === 'literal' && !quantified) {
      text += atom.char.toLowerCase();
      continue;
    }
    if (atom.kind !== 'group' || (atom.group !== 'capture' && atom.group !== 'noncapture') || min === 0) {
      // A literal made optional or repeatable, a class, an assertion, a lookaround: the head ends before it.
      return cut();
    }
    const inner: Head[] = [];
    for (const option of atom.body.options) {
      const h = headsOf(option.items, 0);
      if (!h) return cut();
      inner.push(...h);
    }
    const prefixed = (hs: Head[], whole: boolean) => hs.map((h) => ({ text: text + h.text, whole: whole && h.whole }));
    // A repeated group, or one with an alternative that is not all literal: its heads end the head.
    if (quantified || !inner.every((h) => h.whole)) return prefixed(inner, false);
    const rest = headsOf(items, i + 1);
    if (!rest) return prefixed(inner, false);
    return inner.flatMap((h) => rest.map((r) => ({ text: text + h.text + r.text, whole: r.whole })));
  }
  return [{ text, whole: true }];
}
