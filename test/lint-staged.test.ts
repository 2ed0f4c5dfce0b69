import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hookedRepo, secretLine } from './helpers/stowaway-bin';

const LINT_STAGED = join(__dirname, '..', '..', 'node_modules', 'lint-staged', 'bin', 'lint-staged.js');

function lintStaged(repo: ReturnType<typeof hookedRepo>) {
  return spawnSync(process.execPath, [LINT_STAGED], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
}

test('lint-staged: `stowaway files` gets the absolute paths it passes, glob characters included', (t) => {
  const repo = hookedRepo();
  t.after(() => repo.remove());
  repo.write('package.json', JSON.stringify({ name: 'demo', private: true, 'lint-staged': { '*': 'stowaway files' } }, null, 2) + '\n');
  repo.write('README.md', 'hi\n').add().commit('initial');

  // Next.js-style route folders: [id] and (group) are glob syntax, and must be read literally.
  repo.write('app/(shop)/[id]/page.js', `export const a = 1;\n${secretLine()}`).add('app/(shop)/[id]/page.js');
  const blocked = lintStaged(repo);
  assert.notEqual(blocked.status, 0, blocked.stdout + blocked.stderr);
  const out = blocked.stdout + blocked.stderr;
  assert.match(out, /stowaway files/);
  assert.match(out, /secret\/github-pat/);
  assert.match(out, /app\/\(shop\)\/\[id\]\/page\.js:2/);

  repo.write('app/(shop)/[id]/page.js', 'export const a = 1;\n').add('app/(shop)/[id]/page.js');
  repo.write('lib/*star*.js', 'export const b = 2;\n').add('lib/*star*.js');
  const clean = lintStaged(repo);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
});
