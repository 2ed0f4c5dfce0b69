import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/terraform-cloud-token',
    description: 'Terraform Cloud / Enterprise API token',
    keywords: ['.atlasv1.'],
    // <14-character id>.atlasv1.<60-70 random characters>
    token: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}',
    minEntropy: 3.5,
    why: 'The token runs plans and applies in every workspace it can reach, and reads their state files (which hold secrets).',
    fix: rotateThen(
      'app.terraform.io → User / Team / Organization settings → Tokens → Delete',
      'use dynamic credentials (OIDC) or `TF_TOKEN_app_terraform_io` from a CI secret instead of a `credentials` block in .terraformrc.',
    ),
    match: () => [`${fake.alnum(14)}.atlasv1.${fake.base64url(67)}`, `credentials "app.terraform.io" {\n  token = "${fake.alnum(14)}.atlasv1.${fake.base64url(67)}"\n}`],
    noMatch: () => ['xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `${fake.alnum(14)}.atlasv1.${fake.base64url(20)}`],
  }),
];
