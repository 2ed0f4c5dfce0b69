import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanIndex, type Span } from '../lib/secrets/span-index';
import { dedupeByLocation } from '../lib/findings/suppress';
import type { Finding } from '../lib/findings/finding';
import * as fake from '../lib/secrets/fake';

/** The list search the index replaced: every span that overlaps [start, end). */
const naive = (spans: Span[], start: number, end: number) => spans.filter((s) => start < s.offset + s.length && s.offset < end);

test('span index: the same overlaps as a search of the whole list, whatever the order spans come in and after removals', () => {
  fake.seed(7);
  for (let round = 0; round < 20; round++) {
    const spans: Span[] = [];
    const index = new SpanIndex<Span>();
    const gone = new Set<Span>();
    for (let i = 0; i < 300; i++) {
      // Mostly in order (as a scan makes them), some out of order, some long (a key block), some nested.
      const offset = fake.random() < 0.8 ? i * 10 + Math.floor(fake.random() * 8) : Math.floor(fake.random() * 3000);
      const span = { offset, length: fake.random() < 0.05 ? 400 : 1 + Math.floor(fake.random() * 20) };
      spans.push(span);
      index.add(span);
      if (fake.random() < 0.1) {
        const victim = spans[Math.floor(fake.random() * spans.length)];
        gone.add(victim);
        index.remove(victim);
      }
    }
    const alive = spans.filter((s) => !gone.has(s));
    for (let q = 0; q < 200; q++) {
      const start = Math.floor(fake.random() * 3100);
      const end = start + 1 + Math.floor(fake.random() * 30);
      const want = new Set(naive(alive, start, end));
      const got = index.overlapping(start, end);
      assert.equal(got.length, want.size, `[${start}, ${end})`);
      for (const s of got) assert.ok(want.has(s));
      assert.equal(index.overlaps(start, end - start), want.size > 0);
    }
  }
});

test('dedupe by location keeps one finding per secret, the most specific rule, and leaves findings on other lines, files and commits alone', () => {
  const f = (ruleId: string, file: string, line: number, column: number, endColumn: number, commit: string | null = null, endLine = line): Finding =>
    ({ ruleId, category: ruleId.startsWith('secret/') ? 'secret' : 'dockerfile', severity: 'high', file, line, column, endLine, endColumn, message: '', secret: 'x', commit }) as unknown as Finding;
  const findings = [
    f('secret/high-entropy', 'a.env', 3, 10, 40),
    f('secret/generic-assignment', 'a.env', 3, 12, 38), // overlaps: generic beats entropy, takes its place
    f('secret/github-pat', 'a.env', 3, 10, 50), // provider beats generic
    f('secret/generic-assignment', 'a.env', 4, 10, 40), // next line: kept
    f('secret/generic-assignment', 'b.env', 3, 10, 40), // other file: kept
    f('secret/generic-assignment', 'a.env', 3, 10, 40, 'c0ffee'), // other commit: kept
    f('secret/private-key', 'k.pem', 1, 1, 30, null, 20),
    f('secret/high-entropy', 'k.pem', 12, 1, 60), // inside the key block: the key wins
    f('dockerfile/env-secret', 'Dockerfile', 5, 1, 30), // not secret-like by id: kept as is
  ];
  const kept = dedupeByLocation(findings).map((x) => `${x.ruleId} ${x.file}:${x.line}${x.commit ? ` ${x.commit}` : ''}`);
  assert.deepEqual(kept, [
    'secret/github-pat a.env:3',
    'secret/generic-assignment a.env:4',
    'secret/generic-assignment b.env:3',
    'secret/generic-assignment a.env:3 c0ffee',
    'secret/private-key k.pem:1',
    'dockerfile/env-secret Dockerfile:5',
  ]);
});
