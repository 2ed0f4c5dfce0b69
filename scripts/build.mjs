// Builds the committed CLI bundle (dist/stowaway.mjs plus lazily loaded chunks in
// dist/chunks/) and transpiles lib/, test/ and bench/ into build/ for the tests.
//   node scripts/build.mjs            write dist/ and build/
//   node scripts/build.mjs --check    also fail when the committed bundle is stale
//   node scripts/build.mjs --no-dist  leave dist/ alone (parallel work trees)
// STOWAWAY_BUILD_DIR (default build) names the transpile folder; the fresh bundle
// is also written to its dist/ folder, which the tests run.
import { build, transform } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const noDist = process.argv.includes('--no-dist');
const out = join(root, process.env.STOWAWAY_BUILD_DIR || 'build');
const distDir = join(root, 'dist');

// ESM with code splitting: the hook path must not parse the Dockerfile parser, YAML,
// cosmiconfig or the image reader. CommonJS dependencies inside the bundle still call
// require(), and a few modules use __dirname: give every output file both.
const banner = [
  '#!/usr/bin/env node',
  "import { createRequire as __stowawayCreateRequire } from 'node:module';",
  "import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';",
  "import { dirname as __stowawayDirname } from 'node:path';",
  'const require = __stowawayCreateRequire(import.meta.url);',
  'const __filename = __stowawayFileURLToPath(import.meta.url);',
  'const __dirname = __stowawayDirname(__filename);',
].join('\n');

const result = await build({
  entryPoints: { stowaway: join(root, 'lib/cli/bin.ts') },
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir: distDir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  write: false,
  minifySyntax: true,
  legalComments: 'none',
  banner: { js: banner },
  define: { STOWAWAY_VERSION: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
  logLevel: 'warning',
});
/** Output files relative to dist/, sorted, with their text. */
const fresh = new Map(result.outputFiles.map((f) => [relative(distDir, f.path), f.text]));

function listDist(dir) {
  if (!existsSync(dir)) return [];
  const files = [];
  (function walk(d) {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(relative(dir, p));
    }
  })(dir);
  return files.sort();
}

function writeBundle(dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of fresh) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text, { mode: 0o755 });
  }
}

if (check) {
  const committed = listDist(distDir);
  const stale = committed.join('\n') !== [...fresh.keys()].sort().join('\n') || [...fresh].some(([name, text]) => readFileSync(join(distDir, name), 'utf8') !== text);
  if (stale) {
    console.error('dist/ is stale: it differs from a fresh build of lib/.\nRun `npm run build` and commit dist/.');
    process.exit(1);
  }
} else if (!noDist) {
  writeBundle(distDir);
}

// Per-file transpile (no bundling) so tests can import any module.
function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) yield p;
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeBundle(join(out, 'dist'));
for (const dir of ['lib', 'test', 'bench']) {
  if (!existsSync(join(root, dir))) continue;
  for (const file of walk(join(root, dir))) {
    if (file === join(root, 'lib/cli/bin.ts')) continue; // the bundle's ESM entry (top-level await); tests run the bundle
    const { code } = await transform(readFileSync(file, 'utf8'), {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcefile: file,
      sourcemap: 'inline',
      // import() → require(): the transpiled files have no extensions, which ESM resolution needs.
      supported: { 'dynamic-import': false },
      define: { STOWAWAY_VERSION: '"test"' },
    });
    const dest = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, code);
  }
}
