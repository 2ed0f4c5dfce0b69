import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordIndex, NaiveKeywordHits } from '../lib/secrets/prefilter';
import * as fake from '../lib/secrets/fake';

// Word-start-only keywords (two-letter provider words like `dd`, `ic`) are dropped by the walk
// itself when a letter or digit precedes them; the automaton and the naive search must agree.

function hits(h: { forEach(fn: (k: number, s: number) => void): void }): string[] {
  const out: string[] = [];
  h.forEach((k, s) => out.push(`${s}:${k}`));
  return out;
}

const keywords = ['ghp_', 'hp_', 'akia', 'secret', 'sec', 'dd', 'ic', '-----begin', 'x_api'];
const wordStartOnly = new Uint8Array(keywords.length);
wordStartOnly[keywords.indexOf('dd')] = 1;
wordStartOnly[keywords.indexOf('ic')] = 1;

test('word-start-only keywords are dropped inside words, by the automaton and the naive search alike', () => {
  const index = new KeywordIndex(keywords, wordStartOnly);
  const text = 'public static; IC_API_KEY=1; dd-agent add DD_KEY secret';
  const expected = ['15:6', '29:5', '42:5', '49:4', '49:3'];
  assert.deepEqual(hits(index.scan(text)), expected);
  assert.deepEqual(hits(new NaiveKeywordHits(index.keywords, text, wordStartOnly)).sort(), [...expected].sort());
  // Without the flags every occurrence is reported, inside words too.
  const all = hits(new KeywordIndex(keywords).scan(text));
  assert.ok(all.includes('4:6') && all.includes('39:5'), all.join(' '));
});

test('a non-ASCII character before a word-start-only keyword does not hide it', () => {
  const index = new KeywordIndex(['dd'], new Uint8Array([1]));
  assert.deepEqual(hits(index.scan('é dd édd')), ['2:0', '6:0']);
});

test('many hits (past the hit array growing) come back complete and in order', () => {
  const index = new KeywordIndex(keywords, wordStartOnly);
  const pieces = ['GHP_', 'hp_', 'AKIA', 'Secret', 'add', ' dd', 'DD_', 'public', ' ic_', '-----BEGIN ', 'x_API', '\n', 'é'];
  fake.seed(11);
  for (let round = 0; round < 20; round++) {
    let text = '';
    for (let i = 0; i < 2000; i++) text += fake.random() < 0.5 ? pieces[Math.floor(fake.random() * pieces.length)] : fake.alnum(1 + Math.floor(fake.random() * 4));
    const byAutomaton = hits(index.scan(text));
    assert.ok(byAutomaton.length > 600, `${byAutomaton.length} hits`);
    assert.deepEqual([...byAutomaton].sort(), hits(new NaiveKeywordHits(index.keywords, text, wordStartOnly)).sort());
    const ends = byAutomaton.map((h) => {
      const [start, k] = h.split(':').map(Number);
      return start + index.keywords[k].length;
    });
    assert.deepEqual(ends, [...ends].sort((a, b) => a - b), 'hits in order of end');
  }
});
