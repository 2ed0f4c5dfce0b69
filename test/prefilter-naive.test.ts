import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordIndex, NaiveKeywordHits } from '../lib/secrets/prefilter';
import * as fake from '../lib/secrets/fake';

// The hook searches small texts naively instead of building the automaton; both must agree exactly.

function hits(h: { forEach(fn: (k: number, s: number) => void): void }): string[] {
  const out: string[] = [];
  h.forEach((k, s) => out.push(`${s}:${k}`));
  return out.sort();
}

test('naive keyword search finds exactly what the automaton finds, case-insensitively, with boundaries', () => {
  const keywords = ['ghp_', 'hp_', 'akia', 'secret', 'sec', 'dd', '-----begin', 'x_api'];
  const boundary = new Uint8Array(keywords.length);
  boundary[keywords.indexOf('dd')] = 1;
  const index = new KeywordIndex(keywords);
  fake.seed(7);
  const pieces = ['GHP_', 'hp_', 'AKIA', 'Secret', 'SEC', 'add', ' dd', 'DD_', '-----BEGIN ', 'İ', 'ß', '\u212a', 'x_API', '\n', ' '];
  for (let round = 0; round < 300; round++) {
    let text = '';
    for (let i = 0; i < 40; i++) text += fake.random() < 0.4 ? pieces[Math.floor(fake.random() * pieces.length)] : fake.alnum(1 + Math.floor(fake.random() * 6));
    const a = index.scan(text);
    const b = new NaiveKeywordHits(keywords, text);
    assert.deepEqual(hits(b), hits(a), text);
    assert.deepEqual([...b.present(text, boundary)], [...a.present(text, boundary)], text);
  }
});
