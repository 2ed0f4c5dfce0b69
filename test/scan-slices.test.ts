import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fake from '../lib/secrets/fake';
import { secretRules } from '../lib/secrets/rules/index';
import { findSecretsInFile } from '../lib/secrets/engine';
import { defaultConfig } from '../lib/config/defaults';
import { isAllowedInline } from '../lib/findings/inline-allow';
import { SourceFile } from '../lib/text/source-file';
import { BlobDetector } from '../lib/scan/detect-blob';
import { SLICE_ABOVE_BYTES, slicesOf } from '../lib/scan/slices';
import { TestRepo, findingsOf } from './helpers/git-repo';

// Big files are scanned a slice at a time (lib/scan/slices.ts). The slices must cover every line
// once, and the findings must be the ones a whole-file scan reports, including blocks that cross a cut.

const enc = new TextEncoder();

function logFiller(lines: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    out.push(`2026-11-27T13:${String(i % 60).padStart(2, '0')}:00.${String(i % 1000).padStart(3, '0')}Z INFO request id=${fake.hex(16)} path=/api/v1/items/${i} status=200 ms=${i % 97} ü`);
  }
  return out;
}

test('slicesOf: own regions cover the file once, cut after a newline, and know their line numbers', () => {
  fake.seed(3);
  const text = logFiller(60_000).join('\n') + '\nlast line without newline';
  const buf = enc.encode(text);
  assert.ok(buf.length > SLICE_ABOVE_BYTES);
  const slices = slicesOf(buf);
  assert.ok(slices.length >= 3, `${slices.length} slices`);
  let own = 0;
  for (const s of slices) {
    // Each slice's own part starts where the previous one ended, with context lines before it.
    assert.ok(s.start <= own && s.end > own);
    assert.ok(s.start === 0 || buf[s.start - 1] === 0x0a, 'a slice starts at a line start');
    assert.ok(s.end === buf.length || buf[s.end - 1] === 0x0a, 'a slice ends after a newline');
    // firstLine is the file line at s.start; ownLine the one at `own`.
    const before = new TextDecoder().decode(buf.subarray(0, s.start)).split('\n').length;
    const ownLine = new TextDecoder().decode(buf.subarray(0, own)).split('\n').length;
    assert.equal(s.firstLine, before);
    assert.equal(s.ownLine, ownLine);
    own = s.end;
  }
  assert.equal(own, buf.length);
});

test('a big file scanned in slices reports what the whole-file scan reports', async () => {
  fake.seed(11);
  const lines = logFiller(40_000);
  // Planted credentials: every rule's own true examples that apply to any path, spread over the file,
  // and a few right at the slice cuts (multi-line private keys among them).
  const examples: string[] = [];
  for (const r of secretRules) if (!r.paths) examples.push(...r.examples.match());
  const buf0 = enc.encode(lines.join('\n'));
  const cuts = slicesOf(buf0).slice(1).map((s) => s.ownLine);
  let at = 0;
  const plant = (line: number, text: string) => lines.splice(line, 0, ...text.split('\n'));
  for (const [i, ex] of examples.entries()) {
    at = (at + 97 + i * 13) % lines.length;
    plant(at, ex);
  }
  for (const cut of cuts) plant(cut - 1, `// stowaway:allow-next-line\napi_token = "${fake.alnum(32)}"`);
  // A private key laid over the first cut of the final text: its lines replace as many filler lines, starting
  // five before the cut, so the cut (about a megabyte in) moves by a line or two at most and stays inside it.
  const pem = secretRules.find((r) => r.id === 'secret/private-key')!.examples.match()[0].split('\n');
  const firstCut = slicesOf(enc.encode(lines.join('\n')))[1].ownLine;
  lines.splice(firstCut - 1 - 5, pem.length, ...pem);
  const text = lines.join('\n');
  const buf = Buffer.from(text, 'utf8');
  assert.ok(buf.length > SLICE_ABOVE_BYTES);
  const config = defaultConfig();

  const whole = new SourceFile('logs/app.log', text);
  const expected = findSecretsInFile(whole, config).filter((d) => !isAllowedInline(whole, d.line, d.ruleId));
  const detector = new BlobDetector(config, async () => null, () => {});
  const sliced = await detector.detect('logs/app.log', buf);

  const key = (d: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }) => `${d.ruleId} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
  assert.ok(expected.length > 300, `expected many findings, got ${expected.length}`);
  assert.ok(expected.some((d) => d.ruleId === 'secret/private-key'), 'private keys found');
  assert.deepEqual(sliced.map(key).sort(), expected.map(key).sort());
  // The case slicing could get wrong: a key block that starts before a cut and ends after it.
  const pemStart = firstCut - 5;
  const finalCuts = slicesOf(buf).slice(1).map((s) => s.ownLine);
  assert.ok(finalCuts.some((c) => pemStart < c && c < pemStart + pem.length), `the key (lines ${pemStart}+${pem.length}) spans a cut (${finalCuts.join(', ')})`);
  assert.ok(sliced.some((d) => d.ruleId === 'secret/private-key' && d.line === pemStart), 'and is reported');
});

test('CLI: a secret added near the end of a big staged log is reported on its file line, CRLF and multi-byte text included', () => {
  fake.seed(21);
  const repo = new TestRepo();
  const lines = logFiller(45_000).map((l) => `${l} naïve café`);
  repo.write('logs/app.log', lines.join('\r\n') + '\r\n').add().commit('log');
  const token = fake.checksummedToken('ghp_');
  const at = lines.length - 5; // 0-based index where the new line goes
  lines.splice(at, 0, `GITHUB_TOKEN=${token}`);
  const text = lines.join('\r\n') + '\r\n';
  assert.ok(Buffer.byteLength(text) > 2 * SLICE_ABOVE_BYTES, 'big enough for several slices');
  repo.write('logs/app.log', text).add();
  const r = repo.stowaway(['scan', '--staged', '--added-only', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const f = findingsOf(r);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].file, 'logs/app.log');
  assert.equal(f[0].line, at + 1);
  assert.equal(f[0].column, 'GITHUB_TOKEN='.length + 1);
  repo.remove();
});
