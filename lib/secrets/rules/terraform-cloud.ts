import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { shannonEntropy } from '../entropy';
import { isPlaceholderWord, isTemplateReference, looksFake, prefixedRule, rotateThen } from './token-kit';

/** Attributes that hold a credential in Terraform provider blocks (cloudflare, datadog, linode, github, vault, …). */
const PROVIDER_CREDENTIAL = 'api_token|token|api_key|app_key|secret_key|access_token|auth_token|client_secret|password|private_key';

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
  {
    id: 'secret/terraform-provider-credential',
    description: 'Credential written into a Terraform provider block',
    severity: 'high',
    keywords: ['provider "'],
    // The block's attributes up to its first nested block or its end; the value a quoted literal (not `${var.x}`).
    regex: new RegExp(`\\bprovider[ \\t]{1,4}"[A-Za-z0-9_-]{1,64}"[ \\t]{0,4}\\{[^{}]{0,600}?\\b(?:${PROVIDER_CREDENTIAL})[ \\t]{0,8}=[ \\t]{0,8}"([^"\\s$]{16,256})"`),
    secretGroup: 1,
    // A provider's own token format has its own rule; here the block is the context, so a value only
    // has to look generated: no placeholder, no template, some entropy. Identifier-like words stay in.
    validate: (v) => !isPlaceholderWord(v) && !isTemplateReference(v) && !looksFake(v) && shannonEntropy(v) >= 3.2,
    why: 'Terraform configuration is committed and shared; a credential in a provider block works for anyone who reads the repository.',
    fix: rotateThen(
      "the provider's console",
      'leave the attribute out and let the provider read its environment variable (e.g. `CLOUDFLARE_API_TOKEN`, `DD_API_KEY`), or pass `var.x` from a secret store or a CI secret.',
    ),
    examples: {
      match: () => [
        `provider "cloudflare" {\n  api_token = "${fake.base64url(40)}"\n}`,
        `provider "datadog" {\n  api_key = "${fake.hex(32)}"\n  app_key = "${fake.hex(40)}"\n  api_url = "https://api.datadoghq.eu/"\n}`,
        `provider "linode" {\n  # production account\n  token = "${fake.alnum(30)}"\n}`,
      ],
      noMatch: () => [
        'provider "cloudflare" {\n  api_token = var.cloudflare_api_token\n}',
        'provider "vault" {\n  token = "${var.vault_token}"\n}',
        'provider "aws" {\n  region  = "us-east-1"\n  profile = "production-admin"\n}',
        'provider "cloudflare" {\n  api_token = "your-cloudflare-api-token-here"\n}',
        `provider "github" {\n  owner = "acme"\n  app_auth {\n    id = "123"\n  }\n}\nresource "x" "y" {\n  token = "${fake.alnum(30)}"\n}`,
      ],
    },
  },
];
