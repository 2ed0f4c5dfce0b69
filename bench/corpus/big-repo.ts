import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fake from '../../lib/secrets/fake';
import { int, pick } from './plant';

/** Bump when the generated content changes, so cached copies are rebuilt. */
export const BIG_REPO_VERSION = 1;

const MiB = 1024 * 1024;

/** Deterministic pseudo-random bytes, fast enough for tens of MiB (hash chain). */
function bytes(label: string, n: number): Buffer {
  const out = Buffer.allocUnsafe(n);
  let off = 0;
  let i = 0;
  while (off < n) off += createHash('sha512').update(`${label}:${i++}`).digest().copy(out, off);
  return out;
}
const b64 = (label: string, n: number) => bytes(label, Math.ceil((n * 3) / 4)).toString('base64').slice(0, n);
const hexOf = (label: string, n: number) => bytes(label, Math.ceil(n / 2)).toString('hex').slice(0, n);

const WORDS = ['user', 'order', 'invoice', 'cart', 'session', 'report', 'queue', 'worker', 'cache', 'metrics', 'billing', 'account', 'profile', 'upload', 'search', 'index', 'render', 'state', 'props', 'config', 'client', 'server', 'request', 'response', 'handler', 'token', 'key', 'value', 'items', 'result'];
const w = () => pick(WORDS);
const W = () => w()[0].toUpperCase() + w().slice(1);

function codeLines(count: number): string[] {
  const templates = [
    () => `import { ${W()}${W()} } from './${w()}/${w()}';`,
    () => `export function ${w()}${W()}(${w()}: ${W()}, ${w()}?: number): ${W()} | undefined {`,
    () => `  const ${w()}${W()} = await this.${w()}.${w()}${W()}(${w()}.id, { retries: ${int(0, 9)} });`,
    () => `  if (!${w()} || ${w()}.length === 0) return ${pick(['null', 'undefined', '[]', '{}', 'false'])};`,
    () => `  for (const ${w()} of ${w()}s) ${w()}.${w()}(${w()}, '${w()}-${w()}');`,
    () => `  return ${w()}.map((x) => x.${w()}${W()}).filter(Boolean);`,
    () => `}`,
    () => `// ${W()} ${w()} ${w()} the ${w()} before ${w()}ing the ${w()}; see #${int(100, 9999)}.`,
    () => `def ${w()}_${w()}(${w()}, ${w()}=None):`,
    () => `    ${w()} = ${w()}.get("${w()}_${w()}", ${int(0, 999)})`,
    () => `func (s *${W()}Service) ${W()}${W()}(ctx context.Context, id string) (*${W()}, error) {`,
    () => `\tif err := s.${w()}.${W()}(ctx, id); err != nil {`,
    () => `    logger.info("${w()} ${w()} %s in %dms", ${w()}.id, elapsed)`,
    () => `  it('${w()}s the ${w()} when ${w()} is ${w()}', async () => { expect(await ${w()}()).toEqual(${int(0, 99)}); });`,
  ];
  return Array.from({ length: count }, () => pick(templates)());
}

export interface BigRepoStats {
  files: number;
  bytes: number;
  planted: number;
}

/**
 * A ~`targetMiB` synthetic repository: source files, lock files, minified
 * bundles, large logs and binaries, with a few dozen planted credentials,
 * for the full-scan speed benchmark.
 */
export function generateBigRepo(dir: string, targetMiB = 100): BigRepoStats {
  fake.seed(0xb16);
  const pool = codeLines(4000);
  let files = 0;
  let total = 0;
  let planted = 0;
  const write = (path: string, content: string | Buffer) => {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    files++;
    total += content.length;
  };
  const secret = () => {
    planted++;
    return pick([
      () => `const token = "${fake.checksummedToken('ghp_')}";`,
      () => `AWS_ACCESS_KEY_ID=AKIA${fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
      () => `  stripeKey: 'sk_live_${fake.alnum(32)}',`,
      () => `SLACK_TOKEN=xoxb-${fake.digits(11)}-${fake.digits(13)}-${fake.alnum(24)}`,
      () => `db_password = "${fake.alnum(20)}"`,
    ])();
  };
  const budget = targetMiB * MiB;
  const share = { code: 0.34, lock: 0.15, minified: 0.16, logs: 0.24, binary: 0.11 };

  // Source files: 2–20 KiB each, in a two-level tree.
  let bytesSoFar = 0;
  for (let i = 0; bytesSoFar < budget * share.code; i++) {
    const n = int(40, 500);
    const lines: string[] = [];
    for (let j = 0; j < n; j++) lines.push(pool[int(0, pool.length - 1)]);
    if (i % 97 === 0) lines.splice(int(0, lines.length), 0, secret());
    const text = lines.join('\n') + '\n';
    write(`src/${w()}-${i % 40}/${w()}${i}.${pick(['ts', 'js', 'py', 'go'])}`, text);
    bytesSoFar += text.length;
  }
  // Lock files full of integrity hashes.
  for (let i = 0; i < 10; i++) {
    const entries: string[] = [];
    let size = 0;
    for (let j = 0; size < (budget * share.lock) / 10; j++) {
      const e = `    "node_modules/${w()}-${j}": {\n      "version": "${int(1, 9)}.${int(0, 20)}.${int(0, 9)}",\n      "resolved": "https://registry.npmjs.org/${w()}-${j}/-/${w()}-${j}-1.0.0.tgz",\n      "integrity": "sha512-${b64(`lock${i}.${j}`, 86)}==",\n      "dev": true\n    }`;
      entries.push(e);
      size += e.length;
    }
    write(`${i ? `packages/p${i}/` : ''}package-lock.json`, `{\n  "name": "p${i}",\n  "lockfileVersion": 3,\n  "packages": {\n${entries.join(',\n')}\n  }\n}\n`);
  }
  // Minified bundles: long lines, one single-line 2 MiB file.
  for (let i = 0; i < 8; i++) {
    const parts: string[] = [];
    let size = 0;
    for (let j = 0; size < (budget * share.minified) / 8; j++) {
      const p = pick([
        `function ${fake.lowerAlnum(2)}(e,t,n){return e[t]=n,${int(0, 99)}}`,
        `var ${fake.lowerAlnum(2)}="${b64(`min${i}.${j}`, int(20, 80))}";`,
        `{id:"${hexOf(`id${i}.${j}`, 32)}",apiKey:e.apiKey,token:t.token}`,
        `e.exports=function(e){return e&&e.__esModule?e:{default:e}};`,
      ]);
      parts.push(p);
      size += p.length;
    }
    const text = i === 0 ? parts.join('') : parts.join(i % 2 ? '\n' : ';');
    write(`public/assets/chunk-${hexOf(`chunk${i}`, 8)}.min.js`, text + '\n');
  }
  // Large logs (each under the default 10 MiB maxFileSize).
  for (let i = 0; i < 4; i++) {
    const lines: string[] = [];
    let size = 0;
    for (let j = 0; size < (budget * share.logs) / 4; j++) {
      const l = `2024-0${(i % 9) + 1}-${String((j % 28) + 1).padStart(2, '0')}T12:${String(j % 60).padStart(2, '0')}:00.${String(j % 1000).padStart(3, '0')}Z ${pick(['INFO', 'WARN', 'DEBUG', 'ERROR'])} [${w()}-${int(1, 9)}] request_id=${hexOf(`log${i}.${j}`, 32)} ${w()} ${w()} took ${int(1, 900)}ms status=${pick(['200', '201', '404', '500'])}`;
      lines.push(j === 5000 ? secret() : l);
      size += l.length + 1;
    }
    write(`logs/app-${i}.log`, lines.join('\n') + '\n');
  }
  // Binaries: a NUL in the first bytes, so they are skipped as binary.
  for (let i = 0; i < 22; i++) {
    const b = bytes(`bin${i}`, Math.round((budget * share.binary) / 22));
    b[0] = 0x89;
    b[1] = 0;
    write(`assets/images/img-${i}.${pick(['png', 'jpg', 'woff2', 'wasm'])}`, b);
  }
  return { files, bytes: total, planted };
}
