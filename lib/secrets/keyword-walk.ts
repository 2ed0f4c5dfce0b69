import { KEYWORD_WALK_MODULE } from './keyword-walk-module';
import { isAsciiAlnum } from '../text/ascii';

/**
 * The keyword prefilter's walk in WebAssembly (keyword-walk.wat): the same
 * automaton table and the same hits as KeywordIndex's JavaScript loop, ~2x
 * faster on the speed corpus. The text is cut into an even number of pieces
 * and two walkers run over a pair of pieces at once: a lone walker waits on
 * every table load, two keep two loads in flight. Each piece is walked from
 * the start state beginning `lead` characters early (the longest keyword),
 * so a keyword across a piece boundary is found, by the later piece only.
 *
 * Pieces are copied into the module's memory with `encodeInto`, which also
 * tells whether the text is ASCII; any other text gets null and the caller
 * walks it in JavaScript (offsets would otherwise be bytes, not characters).
 * The memory is fixed (~1.3 MB with the built-in catalogue) whatever the file size.
 */
export class KeywordWalk {
  private readonly exports: WalkExports;
  private readonly bytes: Uint8Array;
  private readonly words: Int32Array;
  private readonly regA: number;
  private readonly regB: number;
  private readonly outA: number;
  private readonly outB: number;

  private constructor(
    table: Uint16Array,
    guard: Uint8Array,
    firstOutput: number,
    private readonly lead: number,
    private readonly piece: number,
  ) {
    const region = piece + lead;
    const guardAt = table.byteLength;
    const alnumAt = guardAt + guard.length;
    const regA = align8(alnumAt + 256);
    const regB = align8(regA + region);
    const outA = align8(regB + region);
    const outB = outA + region * 8;
    const end = outB + region * 8;
    const instance = new WebAssembly.Instance(compiled(), {});
    this.exports = instance.exports as unknown as WalkExports;
    const memory = this.exports.memory;
    memory.grow(Math.ceil(end / 65536) - memory.buffer.byteLength / 65536);
    // The memory never grows again, so these views stay valid.
    this.bytes = new Uint8Array(memory.buffer);
    this.words = new Int32Array(memory.buffer);
    new Uint16Array(memory.buffer, 0, table.length).set(table);
    this.bytes.set(guard, guardAt);
    for (let c = 0; c < 256; c++) this.bytes[alnumAt + c] = isAsciiAlnum(c) ? 1 : 0;
    this.exports.guardAt.value = guardAt;
    this.exports.alnumAt.value = alnumAt;
    this.exports.firstOutput.value = firstOutput;
    this.regA = regA;
    this.regB = regB;
    this.outA = outA;
    this.outB = outB;
  }

  /**
   * A walker for KeywordIndex's table, or null where WebAssembly is missing.
   * `lead` is the longest keyword's length; `piece` (characters) exists for tests.
   */
  static create(table: Uint16Array, guard: Uint8Array, firstOutput: number, lead: number, piece = PIECE): KeywordWalk | null {
    if (typeof WebAssembly !== 'object' || process.env.STOWAWAY_NO_WASM) return null;
    return new KeywordWalk(table, guard, firstOutput, Math.max(1, lead), piece);
  }

  /**
   * Hits packed as end * span + state in text order, as KeywordIndex.scan
   * records them; null when the text is not ASCII.
   */
  walk(text: string, span: number): { hits: Float64Array; count: number } | null {
    const { lead, bytes, words, regA, regB, outA, outB } = this;
    const len = text.length;
    const pieces = 2 * Math.ceil(len / (2 * this.piece));
    const size = Math.ceil(len / pieces) || 0;
    let hits = new Float64Array(Math.max(256, len >> 7));
    let n = 0;
    for (let p = 0; p < pieces; p += 2) {
      const startA = p * size;
      const startB = Math.min(len, startA + size);
      const endB = Math.min(len, startB + size);
      const fromA = Math.max(0, startA - lead);
      const fromB = Math.max(0, startB - lead);
      const lenA = this.copy(text, fromA, startB, regA);
      const lenB = startB < endB ? this.copy(text, fromB, endB, regB) : 0;
      if (lenA < 0 || lenB < 0) return null;
      const walkLen = Math.max(lenA, lenB);
      if (lenA < walkLen) bytes.fill(0, regA + lenA, regA + walkLen);
      if (lenB < walkLen) bytes.fill(0, regB + lenB, regB + walkLen);
      const na = this.exports.walk2(regA, startA - fromA, outA, regB, startB - fromB, outB, walkLen);
      const nb = this.exports.hitsB.value;
      if (n + na + nb > hits.length) hits = grown(hits, n, n + na + nb);
      for (let k = 0, w = outA >> 2; k < na; k++, w += 2) hits[n++] = (fromA + words[w]) * span + words[w + 1];
      for (let k = 0, w = outB >> 2; k < nb; k++, w += 2) hits[n++] = (fromB + words[w]) * span + words[w + 1];
    }
    return { hits, count: n };
  }

  /** Copies text[from, to) into the region at `at`; its length, or -1 when it is not ASCII. */
  private copy(text: string, from: number, to: number, at: number): number {
    const want = to - from;
    // encodeInto stops where the region is full: every character read into exactly `want` bytes means one byte each.
    const { read } = encoder.encodeInto(text.substring(from, to), this.bytes.subarray(at, at + want));
    return read === want ? want : -1;
  }
}

/** Characters per piece: the two pieces walked at once, with their lead-ins and hit buffers, are ~600 KB. */
const PIECE = 32 * 1024;

// The project's lib setting has no DOM, where TypeScript declares WebAssembly: the little used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
};
interface WasmGlobal {
  value: number;
}

interface WalkExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  guardAt: WasmGlobal;
  alnumAt: WasmGlobal;
  firstOutput: WasmGlobal;
  hitsB: WasmGlobal;
  walk2(regA: number, leadA: number, outA: number, regB: number, leadB: number, outB: number, len: number): number;
}

const encoder = new TextEncoder();
let module: object | null = null;

/** Compiled once per thread (a few hundred bytes: synchronous compilation is fine). */
function compiled(): object {
  return (module ??= new WebAssembly.Module(KEYWORD_WALK_MODULE));
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

function grown(hits: Float64Array<ArrayBuffer>, n: number, need: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(Math.max(need, hits.length * 2));
  out.set(hits.subarray(0, n));
  return out;
}
