import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI, cleanEnv } from './helpers/git-repo';

const PROJECT = join(__dirname, '..', '..');

// The project's own rule: no real-looking secret is committed, every test token is built at run
// time. A literal example password in a check's table is exactly what slips in otherwise.
test('stowaway scanning its own repository reports nothing', () => {
  const r = spawnSync(process.execPath, [CLI, 'scan', '--format', 'json', '--no-color'], { cwd: PROJECT, env: cleanEnv(), encoding: 'utf8' });
  assert.equal(r.status, 0, `findings in the project itself:\n${r.stdout}\n${r.stderr}`);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.findings, []);
  assert.ok(out.stats.files > 100, 'it really scanned the tracked files');
});
