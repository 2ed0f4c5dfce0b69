import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestRepo, findingsOf } from './helpers/git-repo';

/** Hardened except for `privileged: true`, so that rule is the only thing between the commit and the hook. */
const composeFile = (allowComment: string) => `services:
  dind:
    image: docker:27-dind
    user: "1000"
    read_only: true
    cap_drop: [ALL]
    tmpfs: [/tmp, /var/lib/docker]
${allowComment}    privileged: true
`;

test('scan --staged blocks a staged compose file with privileged: true, and an allow comment on the line above lets it through', () => {
  const repo = new TestRepo();
  try {
    repo.write('README.md', 'hello\n').add('README.md').commit('init');
    repo.write('compose.yaml', composeFile('')).add('compose.yaml');
    const blocked = repo.stowaway(['scan', '--staged', '--added-only', '--format', 'json']);
    assert.equal(blocked.status, 1, blocked.stderr);
    const found = findingsOf(blocked);
    assert.deepEqual(found.map((f) => [f.ruleId, f.file, f.line]), [['compose/privileged', 'compose.yaml', 8]]);
    assert.match(found[0].fix, /cap_drop/);

    const pretty = repo.stowaway(['scan', '--staged']);
    assert.equal(pretty.status, 1);
    assert.match(pretty.stdout + pretty.stderr, /compose\/privileged/);

    repo.write('compose.yaml', composeFile('    # stowaway:allow compose/privileged needed for dind\n')).add('compose.yaml');
    const allowed = repo.stowaway(['scan', '--staged', '--added-only', '--format', 'json']);
    assert.equal(allowed.status, 0, allowed.stdout + allowed.stderr);
    assert.deepEqual(findingsOf(allowed), []);

    // The allow names one rule: another problem on the same service still blocks.
    repo.write('compose.yaml', composeFile('    # stowaway:allow compose/privileged needed for dind\n').replace('user: "1000"', 'user: root')).add('compose.yaml');
    const other = repo.stowaway(['scan', '--staged', '--format', 'json']);
    assert.equal(other.status, 1);
    assert.deepEqual(findingsOf(other).map((f) => f.ruleId), ['compose/root-user']);
  } finally {
    repo.remove();
  }
});

test('the staged scan reads the index, not the working tree', () => {
  const repo = new TestRepo();
  try {
    repo.write('compose.yaml', composeFile('')).add('compose.yaml');
    repo.write('compose.yaml', composeFile('    # stowaway:allow compose/privileged needed for dind\n'));
    const r = repo.stowaway(['scan', '--staged', '--format', 'json']);
    assert.equal(r.status, 1);
    assert.deepEqual(findingsOf(r).map((f) => f.ruleId), ['compose/privileged']);
  } finally {
    repo.remove();
  }
});

test('a Kubernetes manifest and a workflow are checked in the same scan, with config severities', () => {
  const repo = new TestRepo();
  try {
    repo.write('k8s/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers:\n    - name: c\n      image: c\n');
    repo.write('.github/workflows/release.yml', 'on: push\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/build@v1\n      - run: docker push ghcr.io/acme/app:1\n');
    repo.write('.stowawayrc.json', JSON.stringify({ rules: { 'ci/unpinned-action': 'medium', 'k8s/writable-root-fs': 'off' } }));
    repo.add().commit('files');
    const r = repo.stowaway(['scan', '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    const ids = findingsOf(r).map((f) => `${f.file}:${f.line}:${f.ruleId}:${f.severity}`);
    assert.ok(ids.includes('k8s/pod.yaml:5:k8s/host-namespace:high'), ids.join('\n'));
    assert.ok(ids.includes('.github/workflows/release.yml:6:ci/unpinned-action:medium'), ids.join('\n'));
    assert.ok(ids.includes('.github/workflows/release.yml:7:ci/image-not-signed:medium'), ids.join('\n'));
    assert.ok(!ids.some((i) => i.includes('writable-root-fs')), ids.join('\n'));
  } finally {
    repo.remove();
  }
});
