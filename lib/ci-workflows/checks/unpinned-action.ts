import { yaml, type Hit } from '../../yaml/yaml-check';
import type { CiCheck } from '../workflow';

/** GitHub's own actions are held to GitHub's account security; everything else is a third party. */
const FIRST_PARTY = /^(actions|github)\//i;

export const unpinnedAction: CiCheck = {
  id: 'ci/unpinned-action',
  severity: 'low',
  optIn: true,
  description: 'third-party action referenced by a tag or branch instead of a commit sha',
  why: 'A tag can be moved: whoever controls the action\'s repository (or steals its maintainer\'s token, as in the tj-actions/changed-files compromise) can point it at code that reads your secrets and your registry credentials on the next run.',
  fix: 'Pin the action to the full commit sha of the release and keep the tag as a comment (Dependabot and Renovate update both):\n  - uses: docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83 # v6.18.0',
  check(wf): Hit[] {
    const hits: Hit[] = [];
    for (const ref of wf.actionRefs) {
      const v = ref.value.trim();
      if (v.startsWith('./') || v.startsWith('.\\')) continue;
      if (v.startsWith('docker://')) {
        if (!/@sha256:[0-9a-f]{64}$/i.test(v)) hits.push({ at: ref.node, message: `Job "${ref.job}" runs container ${v} by tag, not by digest` });
        continue;
      }
      if (FIRST_PARTY.test(v)) continue;
      const at = v.lastIndexOf('@');
      const version = at >= 0 ? v.slice(at + 1) : '';
      if (/^[0-9a-f]{40}$/i.test(version)) continue;
      hits.push({ at: ref.node, message: `Job "${ref.job}" uses ${v}, pinned by ${version ? `tag or branch "${version}"` : 'nothing'} rather than a commit sha` });
    }
    return hits;
  },
  examples: {
    valid: () => [
      yaml`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435 # v3.11.1
              - uses: ./.github/actions/local
              - uses: docker://alpine@sha256:${'a'.repeat(64)}
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          on: push
          jobs:
            build:
              runs-on: ubuntu-latest
              steps:
                - uses: tj-actions/changed-files@v45
                - uses: docker://alpine:3.20
            shared:
              uses: acme/workflows/.github/workflows/build.yml@main
        `,
        lines: [6, 7, 9],
      },
    ],
  },
};
