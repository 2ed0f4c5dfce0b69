import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { YamlDocument } from './parse-yaml';

/** A key/value pair as read through aliases and `<<` merge keys. */
export interface Entry {
  key: string;
  keyNode: Node;
  /** Alias-resolved value node; null for `key:` with nothing after it. */
  value: Node | null;
}

/** Aliases and merges nest at most this deep: enough for real files, and a bound for hostile ones. */
const MAX_DEPTH = 8;

/**
 * Navigation over the `yaml` node tree that keeps source ranges (toJS would
 * lose them, and would expand alias bombs).
 */
export class YamlView {
  constructor(readonly doc: YamlDocument) {}

  deref(node: unknown, depth = 0): Node | null {
    let n = node as Node | null | undefined;
    for (let i = 0; n && isAlias(n) && i < MAX_DEPTH; i++) {
      try {
        n = n.resolve(this.doc) ?? null;
      } catch {
        return null;
      }
    }
    if (!n || isAlias(n) || depth > MAX_DEPTH) return null;
    return n;
  }

  /** The pairs of a mapping, in source order, followed by those merged in with `<<`. */
  entries(node: unknown, depth = 0): Entry[] {
    const map = this.deref(node);
    if (!map || !isMap(map) || depth > MAX_DEPTH) return [];
    const own: Entry[] = [];
    const merged: Entry[] = [];
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      if (!keyNode || !isScalar(keyNode)) continue;
      // With merge keys on, the parser gives `<<` a symbol value.
      const key = typeof keyNode.value === 'symbol' ? '<<' : String(keyNode.value);
      if (key === '<<') {
        const src = this.deref(pair.value);
        const sources = src && isSeq(src) ? src.items : [src];
        for (const s of sources) merged.push(...this.entries(s, depth + 1));
        continue;
      }
      own.push({ key, keyNode, value: this.deref(pair.value) });
    }
    // Keys written in the map itself win over merged ones.
    const seen = new Set(own.map((e) => e.key));
    return own.concat(merged.filter((e) => !seen.has(e.key)));
  }

  get(node: unknown, key: string): Entry | undefined {
    return this.entries(node).find((e) => e.key === key);
  }

  /** Follows a path of keys; undefined when any step is missing. */
  at(node: unknown, ...keys: string[]): Entry | undefined {
    let entry: Entry | undefined;
    let cur: unknown = node;
    for (const k of keys) {
      entry = this.get(cur, k);
      if (!entry) return undefined;
      cur = entry.value;
    }
    return entry;
  }

  items(node: unknown): Node[] {
    const seq = this.deref(node);
    if (!seq || !isSeq(seq)) return [];
    const out: Node[] = [];
    for (const item of seq.items) {
      const n = this.deref(item);
      if (n) out.push(n);
    }
    return out;
  }

  isMap(node: unknown): boolean {
    const n = this.deref(node);
    return !!n && isMap(n);
  }

  isSeq(node: unknown): boolean {
    const n = this.deref(node);
    return !!n && isSeq(n);
  }

  /** A scalar's value as a string (numbers and booleans too); undefined for collections and null. */
  str(node: unknown): string | undefined {
    const n = this.deref(node);
    if (!n || !isScalar(n) || n.value === null || n.value === undefined) return undefined;
    return String(n.value);
  }

  /** `true`, or the string "true" (compose and Kubernetes accept both). */
  isTrue(node: unknown): boolean {
    const s = this.str(node);
    return s !== undefined && s.toLowerCase() === 'true';
  }

  isFalse(node: unknown): boolean {
    const s = this.str(node);
    return s !== undefined && s.toLowerCase() === 'false';
  }
}

/** Source offsets [start, end) of a node, when the parser kept them. */
export function spanOf(node: Node | null | undefined): [number, number] | null {
  const r = node?.range;
  if (!r) return null;
  return [r[0], r[1]];
}
