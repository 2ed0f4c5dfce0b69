#!/usr/bin/env node
// ReDoS: runs every secret rule's regex over 1 MiB of adversarial input —
// long runs of its own character classes after its keyword, near-miss copies
// of its own examples, keyword-dense lines — and prints the slowest rule.
// Goal: 50 ms for the slowest rule (the test suite fails at 1 s).
//   node bench/redos.mjs [--top N]
import { parseArgs } from 'node:util';
import { fmtMs, requireBuilt } from './common.mjs';

const { values } = parseArgs({ options: { top: { type: 'string', default: '8' } } });
const { secretRules } = requireBuilt('lib/secrets/rules/index.js');
const MiB = 1024 * 1024;

/** Characters of each positive character class in a regex source (\w, \d, \s, ranges, escapes). */
function classes(source) {
  const out = [];
  const re = /\[(\^?)((?:\\.|[^\]\\])*)\]/g;
  let m;
  while ((m = re.exec(source))) {
    if (m[1]) continue;
    let chars = '';
    const body = m[2];
    for (let i = 0; i < body.length; i++) {
      let c = body[i];
      if (c === '\\') {
        const e = body[++i];
        if (e === 'w') chars += 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
        else if (e === 'd') chars += '0123456789';
        else if (e === 's') chars += ' \t';
        else if (e === 'n' || e === 'r') chars += '\n';
        else chars += e;
        continue;
      }
      if (body[i + 1] === '-' && i + 2 < body.length && body[i + 2] !== '\\') {
        for (let x = c.charCodeAt(0); x <= body.charCodeAt(i + 2); x++) chars += String.fromCharCode(x);
        i += 2;
        continue;
      }
      chars += c;
    }
    if (chars) out.push(chars);
  }
  if (/\\w/.test(source)) out.push('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_');
  return out.sort((a, b) => b.length - a.length);
}

function fill(unit, size = MiB) {
  if (!unit) unit = 'a';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
const run = (charset, n) => Array.from({ length: n }, () => charset[Math.floor(rnd() * charset.length)]).join('');

function adversarialInputs(rule) {
  const kw = rule.keywords[0] ?? '';
  const cls = classes(rule.regex.source);
  const inputs = [];
  for (const c of cls.slice(0, 3)) {
    inputs.push(['keyword + 1 MiB run of one class', kw + fill(run(c, 65536), MiB)]);
    inputs.push(['keyword-separated runs', fill(`${kw}=${run(c, 200)} `)]);
  }
  let examples = [];
  try {
    examples = rule.examples.match();
  } catch {}
  for (const ex of examples.slice(0, 2)) {
    inputs.push(['near-miss example (last char dropped) repeated', fill(ex.slice(0, -1))]);
    inputs.push(['example truncated to half, no separators', fill(ex.slice(0, Math.max(1, ex.length >> 1)))]);
  }
  inputs.push(['keyword-dense lines', fill(`${kw}: ${kw}=${kw}"${kw}'\n`)]);
  inputs.push(['whitespace and quotes', fill(`${kw} = "   '\t  `)]);
  return inputs;
}

const results = [];
const started = performance.now();
for (const rule of secretRules) {
  const re = new RegExp(rule.regex.source, rule.regex.flags.includes('g') ? rule.regex.flags : rule.regex.flags + 'g');
  let worst = { ms: 0, input: '' };
  for (const [name, text] of adversarialInputs(rule)) {
    re.lastIndex = 0;
    const t = performance.now();
    let m;
    let guard = 0;
    while ((m = re.exec(text)) && guard++ < 1e6) if (m[0].length === 0) re.lastIndex++;
    const ms = performance.now() - t;
    if (ms > worst.ms) worst = { ms, input: name };
  }
  results.push({ id: rule.id, ...worst });
}
results.sort((a, b) => b.ms - a.ms);
console.log(`ReDoS: ${secretRules.length} rules, each on 1 MiB adversarial inputs (${fmtMs(performance.now() - started)} in all)`);
for (const r of results.slice(0, Number(values.top))) console.log(`  ${fmtMs(r.ms).padStart(8)}  ${r.id.padEnd(44)} ${r.input}`);
const slow = results.filter((r) => r.ms > 50);
if (slow.length) console.log(`  ${slow.length} rule(s) over the 50 ms goal: ${slow.map((r) => r.id).join(', ')}`);
console.log(`RESULT redos: slowest rule ${results[0]?.id} ${fmtMs(results[0]?.ms ?? 0)} on 1 MiB (goal 50 ms; ${slow.length} over goal)`);
