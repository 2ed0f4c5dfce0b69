import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestRepo } from './helpers/git-repo';

// Files a YAML check cannot read are listed as skipped, with the reason, and never block the commit.

test('invalid YAML and Helm templates are listed in stats.skipped, not errors', (t) => {
  const repo = new TestRepo();
  t.after(() => repo.remove());
  repo.write('compose.yaml', 'services:\n  web:\n    image: nginx\n   bad-indent: [\n');
  repo.write('chart/templates/deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n');
  repo.add();
  for (const workers of ['0', '1']) {
    const r = repo.stowaway(['scan', '--staged', '--format', 'json'], { env: { STOWAWAY_WORKERS: workers, STOWAWAY_PARALLEL_MIN_BYTES: '0' } });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.findings, []);
    const skipped = Object.fromEntries(out.stats.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason]));
    assert.match(skipped['compose.yaml'], /not valid YAML/);
    assert.match(skipped['chart/templates/deploy.yaml'], /helm template/);
    assert.equal(out.stats.files, 2, 'the secret engine still read both files');
  }
  const pretty = repo.stowaway(['scan', '--staged']);
  assert.match(pretty.stdout, /compose\.yaml: not valid YAML/);
});
