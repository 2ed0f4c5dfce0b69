// Builds the committed CLI bundle (dist/stowaway.cjs) and transpiles lib/, test/
// and bench/ into build/ for the test runner.
//   node scripts/build.mjs          write dist/ and build/
//   node scripts/build.mjs --check  also fail when the committed bundle is stale
//   node scripts/build.mjs --no-dist  leave dist/ alone (parallel work trees)
// STOWAWAY_BUILD_DIR (default build) names the transpile folder; the fresh bundle
// is also written there as stowaway.cjs, which the tests run.
import { build, transform } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const noDist = process.argv.includes('--no-dist');
const out = join(root, process.env.STOWAWAY_BUILD_DIR || 'build');
const bundlePath = join(root, 'dist/stowaway.cjs');

const result = await build({
  entryPoints: [join(root, 'lib/cli/main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  write: false,
  minifySyntax: true,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  define: { STOWAWAY_VERSION: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
  logLevel: 'warning',
});
const fresh = result.outputFiles[0].text;

if (check) {
  const committed = existsSync(bundlePath) ? readFileSync(bundlePath, 'utf8') : '';
  if (committed !== fresh) {
    console.error('dist/stowaway.cjs is stale: it differs from a fresh build of lib/.\nRun `npm run build` and commit dist/stowaway.cjs.');
    process.exit(1);
  }
} else if (!noDist) {
  mkdirSync(dirname(bundlePath), { recursive: true });
  writeFileSync(bundlePath, fresh, { mode: 0o755 });
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
writeFileSync(join(out, 'stowaway.cjs'), fresh, { mode: 0o755 });
for (const dir of ['lib', 'test', 'bench']) {
  if (!existsSync(join(root, dir))) continue;
  for (const file of walk(join(root, dir))) {
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
