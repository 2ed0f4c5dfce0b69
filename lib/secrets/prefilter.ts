/**
 * Keyword prefilter: one pass over a file finds every occurrence of every rule
 * keyword (ASCII case-insensitive), so only rules whose keywords occur run
 * their regexes, and in big files only near the hits.
 *
 * Aho-Corasick over a dense transition table. Characters that occur in no
 * keyword share one class, which keeps the table small enough for the L1/L2
 * cache; states with output are numbered last so the hot loop tests a hit
 * with one comparison. Works on the decoded string directly: no lowercased
 * copy of the file is made.
 */
export class KeywordIndex {
  /** The keywords, lowercased, in id order. */
  readonly keywords: string[];
  private readonly table: Int32Array;
  private readonly classOf: Uint8Array;
  private readonly firstOutput: number;
  /** Keyword ids ending in a state, indexed by state * classes. */
  private readonly outputs: Map<number, number[]>;

  constructor(keywords: string[]) {
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
    const order = [...Array(n).keys()];
    const plain = order.filter((s) => out[s].length === 0);
    const hitting = order.filter((s) => out[s].length > 0);
    const id = new Int32Array(n);
    [...plain, ...hitting].forEach((s, i) => (id[s] = i));
    const table = new Int32Array(n * classes);
    const outputs = new Map<number, number[]>();
    for (let s = 0; s < n; s++) {
      for (let c = 0; c < classes; c++) table[id[s] * classes + c] = id[next[s][c]] * classes;
      if (out[s].length) outputs.set(id[s] * classes, out[s]);
    }
    this.table = table;
    this.classOf = classOf;
    this.firstOutput = plain.length * classes;
    this.outputs = outputs;
    // Start state is 0 only if it has no output (an empty keyword list keeps it so).
    if (id[0] !== 0) throw new Error('prefilter: start state must not match');
  }

  /**
   * Calls `onHit(keywordId, start)` for every occurrence of every keyword in
   * text[from, to), in order of end position.
   */
  scan(text: string, onHit: (keywordId: number, start: number) => void, from = 0, to = text.length): void {
    const { table, classOf, firstOutput, outputs, keywords } = this;
    let s = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      s = table[s + (c < 128 ? classOf[c] : 0)];
      if (s >= firstOutput) {
        for (const k of outputs.get(s)!) onHit(k, i + 1 - keywords[k].length);
      }
    }
  }

  /** Which keywords occur at all (a set of ids). */
  present(text: string): Set<number> {
    const seen = new Set<number>();
    this.scan(text, (k) => seen.add(k));
    return seen;
  }
}
