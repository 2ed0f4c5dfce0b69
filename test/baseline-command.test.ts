import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, findingsOf } from './helpers/git-repo';
import * as fake from '../lib/secrets/fake';

function setup(t: { after(fn: () => void): void }) {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  const old = fake.checksummedToken('ghp_');
  repo.write('settings.py', `DEBUG = False\nGITHUB_TOKEN = "${old}"\n`).add().commit('legacy');
  return { repo, old };
}

test('baseline records fingerprints only: no secret, no line numbers', (t) => {
  const { repo, old } = setup(t);
  const r = repo.stowaway(['baseline']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Wrote \.stowaway-baseline\.json: 1 accepted finding\(s\)/);
  assert.match(r.stdout, /\+ secret\/github-pat in settings\.py/);
  const text = readFileSync(join(repo.dir, '.stowaway-baseline.json'), 'utf8');
  assert.ok(!text.includes(old), 'the baseline must not hold the secret');
  assert.ok(!text.includes(old.slice(4, 20)), 'not even part of it');
  const parsed = JSON.parse(text);
  assert.equal(parsed.version, 1);
  assert.deepEqual(Object.keys(parsed.entries[0]).sort(), ['file', 'fingerprint', 'ruleId']);
  assert.equal(parsed.entries[0].file, 'settings.py');
  assert.doesNotMatch(text, /"line"/);
});

test('a baseline survives moved lines, and a new secret in the same file still fails', (t) => {
  const { repo, old } = setup(t);
  assert.equal(repo.stowaway(['baseline']).status, 0);
  repo.add('.stowaway-baseline.json').commit('baseline');
  assert.equal(repo.stowaway(['scan']).status, 0);

  // Lines inserted above: the known secret moves from line 2 to line 6.
  repo.write('settings.py', `import os\n\n# settings\nDEBUG = False\n\nGITHUB_TOKEN = "${old}"\n`).add().commit('moved');
  const moved = repo.stowaway(['scan']);
  assert.equal(moved.status, 0, moved.stdout);
  assert.match(moved.stdout, /1 known finding\(s\) accepted by the baseline/);

  const fresh = fake.checksummedToken('ghp_');
  repo.write('settings.py', `import os\n\n# settings\nDEBUG = False\n\nGITHUB_TOKEN = "${old}"\nBACKUP_TOKEN = "${fresh}"\n`).add().commit('new secret');
  const r = repo.stowaway(['scan', '--format', 'json']);
  assert.equal(r.status, 1);
  const f = findingsOf(r);
  assert.equal(f.length, 1);
  assert.equal(f[0].line, 7, 'only the new secret is reported');
  // The staged hook path honours it too.
  repo.write('other.txt', 'x\n').add();
  assert.equal(repo.stowaway(['scan', '--staged']).status, 0);
});

test('the same secret copied into another file is not covered by the baseline', (t) => {
  const { repo, old } = setup(t);
  repo.stowaway(['baseline']);
  repo.write('copy.py', `T = "${old}"\n`).add().commit();
  const f = findingsOf(repo.stowaway(['scan', '--format', 'json']));
  assert.deepEqual(f.map((x) => x.file), ['copy.py']);
});

test('a stale entry is reported on a full scan, and baseline --update drops it', (t) => {
  const { repo } = setup(t);
  repo.stowaway(['baseline']);
  repo.write('settings.py', 'DEBUG = False\nGITHUB_TOKEN = os.environ["GITHUB_TOKEN"]\n').add().commit('fixed');
  const r = repo.stowaway(['scan']);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /1 baseline entry matches nothing any more \(fixed or removed\):\n  secret\/github-pat in settings\.py\n  Drop it with `stowaway baseline --update`/);
  // A scan of some paths, or of staged changes, cannot tell what is stale: it says nothing.
  assert.equal(repo.stowaway(['scan', 'settings.py']).stderr, '');
  assert.equal(repo.stowaway(['scan', '--quiet']).stderr, '');

  const u = repo.stowaway(['baseline', '--update']);
  assert.equal(u.status, 0, u.stderr);
  assert.match(u.stdout, /Updated \.stowaway-baseline\.json: 0 accepted finding\(s\); 0 added, 1 stale removed\./);
  assert.match(u.stdout, /- stale, removed: secret\/github-pat in settings\.py/);
  assert.deepEqual(JSON.parse(readFileSync(join(repo.dir, '.stowaway-baseline.json'), 'utf8')).entries, []);
  assert.equal(repo.stowaway(['scan']).stderr, '');
});

test('baseline refuses to overwrite; --update accepts current findings and says which', (t) => {
  const { repo } = setup(t);
  repo.stowaway(['baseline']);
  const again = repo.stowaway(['baseline']);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /\.stowaway-baseline\.json already exists\. Refresh it with `stowaway baseline --update`/);
  repo.write('ci.yml', `token: ${fake.checksummedToken('ghp_')}\n`).add().commit();
  assert.equal(repo.stowaway(['scan']).status, 1);
  const u = repo.stowaway(['baseline', '--update']);
  assert.match(u.stdout, /1 added, 0 stale removed/);
  assert.match(u.stdout, /\+ accepted: secret\/github-pat in ci\.yml/);
  assert.equal(repo.stowaway(['scan']).status, 0);
});

test('--baseline FILE writes and reads another file; a broken baseline is exit 2', (t) => {
  const { repo } = setup(t);
  const missing = repo.stowaway(['baseline', '--baseline', 'security/accepted.json']);
  assert.equal(missing.status, 2, 'missing directory is an error');
  assert.match(missing.stderr, /cannot write security\/accepted\.json: ENOENT/);
  repo.write('security/.keep', '');
  assert.equal(repo.stowaway(['baseline', '--baseline', 'security/accepted.json']).status, 0);
  assert.equal(repo.stowaway(['scan']).status, 1, 'the default path has no baseline');
  assert.equal(repo.stowaway(['scan', '--baseline', 'security/accepted.json']).status, 0);
  repo.write('.stowaway-baseline.json', '{not json');
  const r = repo.stowaway(['scan']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\.stowaway-baseline\.json/);
});
