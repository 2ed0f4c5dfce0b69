import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceFile } from '../lib/text/source-file';

// fromBuffer takes a fast path for ASCII bytes; every other input must decode exactly as UTF-8.

test('fromBuffer: ASCII, UTF-8, invalid bytes and a BOM decode as UTF-8 would', () => {
  const cases: Array<[Buffer, string]> = [
    [Buffer.from('TOKEN=abc\n', 'utf8'), 'TOKEN=abc\n'],
    [Buffer.from('pass = "pässwörd" # 日本語\n', 'utf8'), 'pass = "pässwörd" # 日本語\n'],
    [Buffer.from([0x61, 0xff, 0x62]), 'a\ufffdb'],
    [Buffer.from([0xe9, 0x74, 0xe9]), '\ufffdt\ufffd'], // latin1 bytes are not latin1 text here
    [Buffer.from('\ufeffkey: value', 'utf8'), 'key: value'],
    [Buffer.from(''), ''],
    [Buffer.from('k=v\n'.repeat(300_000)), 'k=v\n'.repeat(300_000)], // over the latin1 size limit
  ];
  for (const [bytes, want] of cases) assert.equal(SourceFile.fromBuffer('f.txt', bytes).text, want, JSON.stringify(want));
});

test('fromBuffer: BOM-marked UTF-16 (LE and BE) decodes to its text; NUL-bearing bytes without a BOM stay as UTF-8 decodes them', () => {
  const text = '$env:TOKEN = "abc"\r\nZeile 2 ü\r\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  assert.equal(SourceFile.fromBuffer('a.ps1', le).text, text);
  assert.equal(SourceFile.fromBuffer('a.ps1', be).text, text);
  const noBom = Buffer.from(text, 'utf16le');
  assert.equal(SourceFile.fromBuffer('a.ps1', noBom).text, noBom.toString('utf8'));
  // A BOM followed by binary (NUL code units) is not text: decoded as UTF-8 like any other bytes.
  const binary = Buffer.from([0xff, 0xfe, 0, 0, 1, 0, 2, 0]);
  assert.equal(SourceFile.fromBuffer('a.bin', binary).text, binary.toString('utf8'));
});
