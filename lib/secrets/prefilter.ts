import { KeywordWalk } from './keyword-walk';
import { isAsciiAlnum } from '../text/ascii';

/**
 * Keyword prefilter: one pass over a file finds every occurrence of every rule
 * keyword (ASCII case-insensitive), so only rules whose keywords occur run
 * their regexes, and in big files only near the hits.
 *
 * Aho-Corasick over a dense transition table indexed by state and ASCII
 * code (~600 KB for the built-in catalogue; the states a text visits are few
 * and stay cached); states with output are numbered last so the hot loop
 * tests a hit with one comparison. Works on the decoded string directly: no lowercased
 * copy of the file is made.
 */
export class KeywordIndex {
  /** The keywords, lowercased, in id order. */
  readonly keywords: string[];
  private readonly table: Uint16Array | Int32Array;
  private readonly firstOutput: number;
  /** Keyword ids ending in a state. */
  private readonly outputs: Map<number, number[]>;
  /**
   * Per hit state (minus firstOutput): the keyword length when every keyword
   * ending there is word-start-only and equally long, so the loop can check
   * the character before it; else 0.
   */
  private readonly guard: Uint8Array;
  /** The same walk in WebAssembly, for ASCII texts (null: JavaScript only). */
  private readonly wasm: KeywordWalk | null;

  /**
   * `wordStartOnly[id]` = 1: a hit of that keyword with an ASCII letter or
   * digit just before it is useless to every caller (the engine's `\b`
   * keywords, like two-letter provider abbreviations, that trigger nothing
   * else), so scan() drops it instead of recording it; on the speed corpus
   * that is about 40% of all hits. `walk` is for tests: no WebAssembly, or
   * its pieces this many characters long.
   */
  constructor(keywords: string[], wordStartOnly?: Uint8Array, walk: { wasm?: boolean; piece?: number } = {}) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    const classOf = new Uint8Array(128);
    let classes = 1;
    for (const k of this.keywords) {
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (c >= 128) throw new Error(`prefilter keyword "${k}" must be ASCII`);
        if (!classOf[c]) classOf[c] = classes++;
      }
    }
    for (let c = 65; c <= 90; c++) if (classOf[c + 32]) classOf[c] = classOf[c + 32];
    if (classes > 255) throw new Error('too many distinct keyword characters');

    // Trie.
    const next: Int32Array[] = [new Int32Array(classes).fill(-1)];
    const out: number[][] = [[]];
    this.keywords.forEach((k, id) => {
      if (!k) return;
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = classOf[k.charCodeAt(i)];
        if (next[s][c] < 0) {
          next[s][c] = next.length;
          next.push(new Int32Array(classes).fill(-1));
          out.push([]);
        }
        s = next[s][c];
      }
      out[s].push(id);
    });

    // Failure links, breadth first, folded into a full transition function.
    const fail = new Int32Array(next.length);
    const queue: number[] = [];
    for (let c = 0; c < classes; c++) {
      const t = next[0][c];
      if (t <= 0 || c === 0) next[0][c] = 0;
      else queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (let c = 0; c < classes; c++) {
        const t = next[s][c];
        if (t < 0 || c === 0) next[s][c] = next[fail[s]][c];
        else {
          fail[t] = next[fail[s]][c];
          out[t] = out[t].concat(out[fail[t]]);
          queue.push(t);
        }
      }
    }

    // Renumber: states without output first, so `state >= firstOutput` means a hit.
    const n = next.length;
    // Breadth-first: the root and the shallow states, where a walk over ordinary text spends
    // nearly all its time, sit together at the front of the table and stay cached.
    const order = [0, ...queue];
    const plain = order.filter((s) => out[s].length === 0);
    const hitting = order.filter((s) => out[s].length > 0);
    const id = new Int32Array(n);
    [...plain, ...hitting].forEach((s, i) => (id[s] = i));
    // The table is indexed by state << 7 | character code directly: a class lookup per character
    // is one more dependent load in a loop that is all latency (~28% slower). Non-ASCII characters
    // take column 0, whose character (NUL) is in no keyword either. 16-bit state numbers keep it
    // about as small as the class-compressed table was (~600 KB for the built-in catalogue).
    const table = n <= 0x10000 ? new Uint16Array(n * 128) : new Int32Array(n * 128);
    const outputs = new Map<number, number[]>();
    for (let s = 0; s < n; s++) {
      for (let c = 0; c < 128; c++) table[(id[s] << 7) | c] = id[next[s][classOf[c]]];
      if (out[s].length) outputs.set(id[s], out[s]);
    }
    this.table = table;
    this.firstOutput = plain.length;
    this.outputs = outputs;
    const guard = new Uint8Array(hitting.length);
    for (const [state, ids] of outputs) {
      const len = this.keywords[ids[0]].length;
      const guarded = len < 256 && ids.every((k) => wordStartOnly?.[k] && this.keywords[k].length === len);
      guard[state - plain.length] = guarded ? len : 0;
    }
    this.guard = guard;
    // Start state is 0 only if it has no output (an empty keyword list keeps it so).
    if (id[0] !== 0) throw new Error('prefilter: start state must not match');
    if (n > STATE_SPAN) throw new Error('prefilter: too many keyword states');
    const longest = this.keywords.reduce((m, k) => Math.max(m, k.length), 0);
    this.wasm = table instanceof Uint16Array && walk.wasm !== false ? KeywordWalk.create(table, guard, plain.length, longest, walk.piece) : null;
  }

  /**
   * Every occurrence of every keyword in `text`, in order of end position,
   * except hits of `wordStartOnly` keywords with a letter or digit just before them.
   * Hits are packed as end * STATE_SPAN + state into one Float64Array held in a
   * local: with separate end and state arrays, or through an object's fields,
   * recording cost more than the walk itself. ASCII texts are walked in
   * WebAssembly (keyword-walk.ts), two walkers at once; the same two ideas in
   * JavaScript were 1.3-1.6x faster in a tight loop but not in a real scan,
   * where the cold loop's JIT warm-up ate the gain.
   */
  scan(text: string): KeywordHits {
    const fast = this.wasm?.walk(text, STATE_SPAN);
    return fast ? new KeywordHits(this, fast.hits, fast.count) : this.scanInJs(text);
  }

  /** scan() in JavaScript: texts that are not ASCII, and where WebAssembly is missing. */
  scanInJs(text: string): KeywordHits {
    const { table, firstOutput, guard } = this;
    let hits = new Float64Array(256);
    let n = 0;
    let s = 0;
    for (let i = 0, len = text.length; i < len; i++) {
      const c = text.charCodeAt(i);
      s = c < 128 ? table[(s << 7) | c] : table[s << 7];
      if (s >= firstOutput) {
        const g = guard[s - firstOutput];
        if (g === 0 || i < g || !isAsciiAlnum(text.charCodeAt(i - g))) {
          if (n === hits.length) hits = grown(hits, n);
          hits[n++] = (i + 1) * STATE_SPAN + s;
        }
      }
    }
    return new KeywordHits(this, hits, n);
  }

  /** Keyword ids that end in `state` (a hit state). */
  keywordsOf(state: number): number[] {
    return this.outputs.get(state)!;
  }
}

/** Hits are packed as end offset * STATE_SPAN + automaton state (exact in a double: ends < 2^31). */
const STATE_SPAN = 0x200000;

/** A copy of `hits` twice as long. */
function grown(hits: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(hits.length * 2);
  out.set(hits.subarray(0, n));
  return out;
}

/** What the engine needs from one keyword scan, whichever way it was made. */
export interface KeywordOccurrences {
  forEach(fn: (keywordId: number, start: number) => void): void;
  present(text?: string, boundary?: Uint8Array): Uint8Array;
}

/** The hits of one scan: `count` entries of (end offset, automaton state); a state may stand for several keywords. */
export class KeywordHits implements KeywordOccurrences {
  constructor(
    private readonly index: KeywordIndex,
    /** end offset * STATE_SPAN + state, in order of end offset. */
    private readonly hits: Float64Array,
    readonly count: number,
  ) {}

  /** Calls `fn(keywordId, start)` for every keyword occurrence. */
  forEach(fn: (keywordId: number, start: number) => void): void {
    const { hits, index } = this;
    const kw = index.keywords;
    let lastState = -1;
    let ids: number[] = [];
    for (let h = 0; h < this.count; h++) {
      const end = Math.floor(hits[h] / STATE_SPAN);
      const state = hits[h] - end * STATE_SPAN;
      if (state !== lastState) {
        lastState = state;
        ids = index.keywordsOf(state);
      }
      for (let j = 0; j < ids.length; j++) fn(ids[j], end - kw[ids[j]].length);
    }
  }

  /**
   * Which keywords occur at all. Keywords flagged in `boundary` count only
   * where `text` has no ASCII letter or digit just before them.
   */
  present(text?: string, boundary?: Uint8Array): Uint8Array {
    const kw = this.index.keywords;
    const seen = new Uint8Array(kw.length);
    const done = new Set<number>();
    for (let h = 0; h < this.count; h++) {
      const end = Math.floor(this.hits[h] / STATE_SPAN);
      const st = this.hits[h] - end * STATE_SPAN;
      if (done.has(st)) continue;
      let pending = false;
      for (const id of this.index.keywordsOf(st)) {
        if (seen[id]) continue;
        if (boundary && boundary[id] && text) {
          const before = end - kw[id].length - 1;
          if (before >= 0 && isAsciiAlnum(text.charCodeAt(before))) {
            pending = true;
            continue;
          }
        }
        seen[id] = 1;
      }
      if (!pending) done.add(st);
    }
    return seen;
  }
}

/**
 * The same answers as KeywordIndex for a small text, by one `indexOf` per
 * keyword on a lowercased copy. Building the automaton costs ~10 ms, more
 * than a typical commit's added lines take to search this way, so the hook
 * path uses this and big scans switch to the automaton (see KeywordScanner).
 */
export class NaiveKeywordHits implements KeywordOccurrences {
  /** Flat [keywordId, start, …] in order of keyword, then position. */
  private readonly found: number[] = [];
  private readonly keywordCount: number;

  constructor(keywords: string[], text: string, wordStartOnly?: Uint8Array) {
    this.keywordCount = keywords.length;
    // ASCII-only lowercasing, like the automaton: keeps every offset where it was.
    const lower = text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
    for (let id = 0; id < keywords.length; id++) {
      const k = keywords[id];
      for (let at = lower.indexOf(k); at !== -1; at = lower.indexOf(k, at + 1)) {
        if (wordStartOnly?.[id] && at > 0 && isAsciiAlnum(text.charCodeAt(at - 1))) continue;
        this.found.push(id, at);
      }
    }
  }

  forEach(fn: (keywordId: number, start: number) => void): void {
    // Callers that build windows want hits in text order.
    const order: number[] = [];
    for (let i = 0; i < this.found.length; i += 2) order.push(i);
    order.sort((a, b) => this.found[a + 1] - this.found[b + 1]);
    for (const i of order) fn(this.found[i], this.found[i + 1]);
  }

  present(text?: string, boundary?: Uint8Array): Uint8Array {
    const seen = new Uint8Array(this.keywordCount);
    for (let i = 0; i < this.found.length; i += 2) {
      const id = this.found[i];
      const start = this.found[i + 1];
      if (boundary && boundary[id] && text && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) continue;
      seen[id] = 1;
    }
    return seen;
  }
}

/** Texts up to this many characters are searched naively until the automaton exists. */
const NAIVE_MAX_TEXT = 16 * 1024;
/** After this many characters searched naively, the automaton is worth building. */
const NAIVE_BUDGET = 256 * 1024;

/** Picks the naive search for the first few small texts, the automaton for everything else. */
export class KeywordScanner {
  private index: KeywordIndex | null = null;
  private naiveChars = 0;

  constructor(
    readonly keywords: string[],
    private readonly wordStartOnly?: Uint8Array,
  ) {}

  scan(text: string): KeywordOccurrences {
    if (!this.index && text.length <= NAIVE_MAX_TEXT && this.naiveChars + text.length <= NAIVE_BUDGET) {
      this.naiveChars += text.length;
      return new NaiveKeywordHits(this.keywords, text, this.wordStartOnly);
    }
    this.index ??= new KeywordIndex(this.keywords, this.wordStartOnly);
    return this.index.scan(text);
  }
}
