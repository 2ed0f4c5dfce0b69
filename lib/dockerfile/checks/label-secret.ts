import type { DockerfileCheck, CheckFinding } from '../check';
import { pairSecrets } from './pair-secrets';
import * as fake from '../../secrets/fake';

const ID = 'dockerfile/label-secret';
const WHY = 'Labels are image metadata: registries, `docker inspect` and every scanner show them to anyone who can see the image.';
const FIX = 'Rotate the credential and remove it from the LABEL. Labels are for public metadata (source URL, version, licence); pass credentials at run time or with `RUN --mount=type=secret,id=…` at build time.';

export const labelSecret: DockerfileCheck = {
  id: ID,
  severity: 'high',
  description: 'LABEL carrying a credential',
  why: WHY,
  fix: FIX,
  check(df, ctx) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      if (ins.keyword !== 'LABEL') continue;
      for (const { finding } of pairSecrets(ins, ctx, (p, what) => `LABEL ${p.name} carries ${what}`)) out.push(finding);
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM alpine:3.19\nLABEL org.opencontainers.image.source="https://github.com/example/app" maintainer="team@example.com"\n' },
      { code: 'FROM alpine:3.19\nLABEL org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567\n' },
      { code: 'FROM alpine:3.19\nLABEL com.example.gpg-key-id="0x1234ABCD"\n' },
    ],
    invalid: [
      { code: () => `FROM alpine:3.19\nLABEL deploy.token="${fake.checksummedToken('ghp_')}"\n`, line: 2 },
      { code: 'FROM alpine:3.19\nLABEL version=1 \\\n      registry.password=s3cr3tvalue\n', line: 3 },
    ],
  },
};
