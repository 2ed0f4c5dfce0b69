#!/usr/bin/env node
// Files with thousands of findings (a generated fixture, a dump of credentials, a README repeating
// one line, a JSON export on one line): the scan's time must grow with the file, not with its square. Writes one file per
// shape and size to a temp dir, runs `stowaway scan FILE` on each and prints the time per 1,000
// lines; a time per line that climbs with the size is quadratic work.
//   node bench/many-findings.mjs [--sizes 2000,8000,32000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, cleanEnv, requireBuilt, timed } from './common.mjs';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '2000,8000,32000' } } });
const fake = requireBuilt('lib/secrets/fake.js');
fake.seed(1);
const SHAPES = [
  // One generic finding per line.
  { name: 'password lines (YAML)', file: 'fixture.yaml', line: () => `  password: ${fake.alnum(12)}, # x\n` },
  // Base64 values the decoding pass reads and takes back or replaces.
  { name: 'base64 tokens (YAML)', file: 'tokens.yaml', line: () => `  token: ${Buffer.from(fake.alnum(24)).toString('base64')}\n` },
  // Names in a TypeScript block of a Markdown file: no finding, but a keyword hit per line.
  { name: 'typed names (Markdown ts block)', file: 'README.md', line: () => '  password: IDataType, // x\n', head: '```ts\n' },
  // A JSON export on one long line (as `json.dumps` writes it): every value on the same line.
  { name: 'one JSON line', file: 'export.json', line: (i, n) => `${i ? ', ' : '['}{"password": "${fake.alnum(14)}!", "api_key": "${fake.alnum(32)}"}${i === n - 1 ? ']' : ''}` },
];
const dir = mkdtempSync(join(tmpdir(), 'stowaway-many-'));
const env = cleanEnv();
const results = [];
try {
  for (const shape of SHAPES) {
    const row = [];
    for (const n of values.sizes.split(',').map(Number)) {
      const path = join(dir, shape.file);
      let text = shape.head ?? '';
      for (let i = 0; i < n; i++) text += shape.line(i, n);
      writeFileSync(path, text);
      const r = await timed(process.execPath, [CLI, 'scan', path, '--format', 'json'], { cwd: dir, env, keepStdout: true });
      if (r.code !== 0 && r.code !== 1) throw new Error(`scan exited ${r.code}: ${r.stderr}`);
      const findings = JSON.parse(r.stdout).findings.length;
      row.push(`${n} ${shape.file.endsWith('.json') ? 'values' : 'lines'} ${(r.ms / 1000).toFixed(2)} s (${(r.ms / (n / 1000)).toFixed(0)} ms per 1,000, ${findings} findings)`);
    }
    console.log(`${shape.name}:\n  ${row.join('\n  ')}`);
    results.push(`${shape.name}: ${row[row.length - 1]}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`RESULT many-findings: ${results.join('; ')}`);
