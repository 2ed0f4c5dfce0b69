import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordIndex } from '../lib/secrets/prefilter';
import * as fake from '../lib/secrets/fake';

// The WebAssembly walk (two walkers over pieces of the text) must return exactly the hits of the
// JavaScript walk: same keywords, same offsets, same order, word-start-only keywords dropped alike.
// Small pieces put keywords, and the characters word-start-only keywords look back at, on piece edges.

const keywords = ['ghp_', 'hp_', 'akia', 'secret', 'sec', 'dd', 'ic', '-----begin', 'x_api', 'token'];
const wordStartOnly = new Uint8Array(keywords.length);
wordStartOnly[keywords.indexOf('dd')] = 1;
wordStartOnly[keywords.indexOf('ic')] = 1;

/** The raw hits (end offset and automaton state, packed), which KeywordHits keeps private. */
function packed(h: object): number[] {
  const { hits, count } = h as unknown as { hits: Float64Array; count: number };
  return [...hits.subarray(0, count)];
}

function starts(index: KeywordIndex, text: string): string[] {
  const out: string[] = [];
  index.scan(text).forEach((k, s) => out.push(`${s}:${index.keywords[k]}`));
  return out;
}

function randomText(length: number): string {
  const parts = ['GHP_', 'hp_', 'AKIA', 'Secret', 'add', ' dd', 'DD_', 'public', ' ic_', '-----BEGIN ', 'x_API', 'token', '\n', '\t', '='];
  let text = '';
  while (text.length < length) text += fake.random() < 0.5 ? parts[Math.floor(fake.random() * parts.length)] : fake.alnum(1 + Math.floor(fake.random() * 5));
  return text.slice(0, length);
}

test('the WebAssembly walk returns the JavaScript walk hits for every piece size', () => {
  fake.seed(5);
  for (const piece of [1, 2, 3, 7, 10, 11, 64, undefined]) {
    const index = new KeywordIndex(keywords, wordStartOnly, { piece });
    for (let round = 0; round < 30; round++) {
      const text = randomText(Math.floor(fake.random() * 3000));
      const js = index.scanInJs(text);
      const wasm = index.scan(text);
      assert.deepEqual(packed(wasm), packed(js), `piece ${piece}, round ${round}, ${text.length} characters`);
    }
  }
});

test('a keyword across a piece edge is found once, where it starts', () => {
  const index = new KeywordIndex(keywords, wordStartOnly, { piece: 8 });
  // 16 characters: two pieces of 8; "secret" spans characters 5-10.
  const text = 'aaaa secret aaaa';
  assert.deepEqual(starts(index, text), ['5:sec', '5:secret']);
  assert.deepEqual(packed(index.scan(text)), packed(index.scanInJs(text)));
});

test('a word-start-only keyword at a piece start looks back into the previous piece', () => {
  const index = new KeywordIndex(keywords, wordStartOnly, { piece: 4 });
  // Pieces of 4: "dd" starts the second piece (offset 4) after "a", inside a word: dropped; at 13 it follows a space.
  const text = 'xxxadd_x yyy dd_yyyy';
  assert.equal(text.indexOf('dd'), 4);
  assert.deepEqual(starts(index, text), ['13:dd']);
  assert.deepEqual(starts(index, 'dd at the very start'), ['0:dd']);
});

test('texts that are not ASCII are walked in JavaScript, with character offsets', () => {
  const index = new KeywordIndex(keywords, wordStartOnly, { piece: 8 });
  fake.seed(9);
  const ascii = randomText(400);
  for (const text of [`${ascii}é token`, `é${ascii}`, `${ascii.slice(0, 15)}€${ascii.slice(15)}`, `${ascii}\u{1F511} secret`, `${ascii.slice(0, 7)}\ud800${ascii.slice(7)}`]) {
    const js = index.scanInJs(text);
    assert.deepEqual(packed(index.scan(text)), packed(js));
    assert.ok(js.count > 10);
  }
  const last = `${ascii}é token`;
  assert.ok(starts(index, last).at(-1)!.startsWith(`${last.length - 5}:token`));
});

test('empty and one-character texts, and the JavaScript-only index, agree', () => {
  const index = new KeywordIndex(keywords, wordStartOnly);
  const plain = new KeywordIndex(keywords, wordStartOnly, { wasm: false });
  for (const text of ['', 'x', 'ic', 'secret']) assert.deepEqual(starts(index, text), starts(plain, text));
  fake.seed(3);
  const text = randomText(200_000);
  assert.deepEqual(packed(index.scan(text)), packed(plain.scan(text)));
});

test('STOWAWAY_NO_WASM keeps the keyword pass in JavaScript, with the same hits', () => {
  fake.seed(4);
  const text = randomText(5000);
  const withWasm = new KeywordIndex(keywords, wordStartOnly);
  process.env.STOWAWAY_NO_WASM = '1';
  try {
    const without = new KeywordIndex(keywords, wordStartOnly);
    assert.equal((without as unknown as { wasm: unknown }).wasm, null);
    assert.notEqual((withWasm as unknown as { wasm: unknown }).wasm, null);
    assert.deepEqual(packed(without.scan(text)), packed(withWasm.scan(text)));
  } finally {
    delete process.env.STOWAWAY_NO_WASM;
  }
});
