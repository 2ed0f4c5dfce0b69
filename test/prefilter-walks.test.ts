import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordIndex, NaiveKeywordHits } from '../lib/secrets/prefilter';
import * as fake from '../lib/secrets/fake';

// ASCII files are walked as bytes by two walkers (one per half of the text), others as a
// string by one; both, and the naive search, must report exactly the same hits.

function hits(h: { forEach(fn: (k: number, s: number) => void): void }): string[] {
  const out: string[] = [];
  h.forEach((k, s) => out.push(`${s}:${k}`));
  return out;
}

const keywords = ['ghp_', 'hp_', 'akia', 'secret', 'sec', 'dd', 'ic', '-----begin', 'x_api', 'a'.repeat(40)];
const wordStartOnly = new Uint8Array(keywords.length);
wordStartOnly[keywords.indexOf('dd')] = 1;
wordStartOnly[keywords.indexOf('ic')] = 1;
const pieces = ['GHP_', 'hp_', 'AKIA', 'Secret', 'SEC', 'add', ' dd', 'DD_', 'public', ' ic_', 'IC', '-----BEGIN ', 'x_API', '\n', ' ', 'a'.repeat(41)];

function randomAscii(parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i++) text += fake.random() < 0.4 ? pieces[Math.floor(fake.random() * pieces.length)] : fake.alnum(1 + Math.floor(fake.random() * 6));
  return text;
}

test('the two-walker byte walk finds exactly what the string walk finds, at every text length', () => {
  const index = new KeywordIndex(keywords, wordStartOnly);
  fake.seed(11);
  for (let round = 0; round < 400; round++) {
    // Short texts put the halves' seam inside keywords; long ones cross it many ways.
    const text = randomAscii(round < 200 ? round % 20 : 40 + round);
    const bytes = Buffer.from(text, 'latin1');
    const byString = index.scan(text);
    const byBytes = index.scan(text, bytes);
    assert.deepEqual(hits(byBytes), hits(byString), JSON.stringify(text));
    assert.equal(byBytes.count, byString.count);
  }
});

test('a keyword straddling the middle of the text is found once, in order', () => {
  const index = new KeywordIndex(['secret', 'ghp_']);
  for (let pad = 0; pad < 16; pad++) {
    const text = `${'x '.repeat(pad)}ghp_ and SECRET here${' y'.repeat(16 - pad)}`;
    const found = hits(index.scan(text, Buffer.from(text, 'latin1')));
    assert.deepEqual(found, [`${text.indexOf('ghp_')}:1`, `${text.indexOf('SECRET')}:0`], text);
  }
});

test('word-start-only keywords are dropped inside words, by the automaton and the naive search alike', () => {
  const index = new KeywordIndex(keywords, wordStartOnly);
  const text = 'public static; IC_API_KEY=1; dd-agent add DD_KEY secret';
  const expected = ['15:6', '29:5', '42:5', '49:4', '49:3'];
  assert.deepEqual(hits(index.scan(text)), expected);
  assert.deepEqual(hits(index.scan(text, Buffer.from(text, 'latin1'))), expected);
  assert.deepEqual(hits(new NaiveKeywordHits(index.keywords, text, wordStartOnly)).sort(), [...expected].sort());
  // Without the flags every occurrence is reported, inside words too.
  const all = hits(new KeywordIndex(keywords).scan(text));
  assert.ok(all.includes('4:6') && all.includes('39:5'), all.join(' '));
});

test('a non-ASCII character before a word-start-only keyword does not hide it', () => {
  const index = new KeywordIndex(['dd'], new Uint8Array([1]));
  assert.deepEqual(hits(index.scan('é dd édd')), ['2:0', '6:0']);
});
