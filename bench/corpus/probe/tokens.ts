import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';

/**
 * Provider credentials for the probe, written from each provider's public
 * token format (prefix + charset + length, checksum where the format has one),
 * with the environment variable name people actually use for it. Built at run
 * time: the repository never holds one.
 */
export interface ProbeToken {
  kind: string;
  env: string;
  make: () => string;
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
const alpha = (n: number) => fake.chars(fake.UPPER + fake.LOWER, n);
const uuid = () => `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-${pick(['8', '9', 'a', 'b'])}${fake.hex(3)}-${fake.hex(12)}`;

export const TOKENS: ProbeToken[] = [
  { kind: 'github-pat', env: 'GITHUB_TOKEN', make: () => fake.checksummedToken('ghp_') },
  { kind: 'github-oauth', env: 'GH_OAUTH_TOKEN', make: () => fake.checksummedToken('gho_') },
  { kind: 'github-app-installation', env: 'GH_APP_TOKEN', make: () => fake.checksummedToken('ghs_') },
  { kind: 'github-fine-grained', env: 'GH_PAT', make: () => `github_pat_${fake.alnum(22)}_${fake.alnum(59)}` },
  { kind: 'gitlab-pat', env: 'GITLAB_TOKEN', make: () => `glpat-${fake.base64url(20)}` },
  { kind: 'gitlab-trigger', env: 'GITLAB_TRIGGER_TOKEN', make: () => `glptt-${fake.hex(40)}` },
  { kind: 'gitlab-runner-registration', env: 'RUNNER_REGISTRATION_TOKEN', make: () => `GR1348941${fake.base64url(20)}` },
  { kind: 'slack-bot', env: 'SLACK_BOT_TOKEN', make: () => `xoxb-${fake.digits(12)}-${fake.digits(13)}-${fake.alnum(24)}` },
  { kind: 'slack-app', env: 'SLACK_APP_TOKEN', make: () => `xapp-1-A${fake.upperAlnum(10)}-${fake.digits(13)}-${fake.hex(64)}` },
  { kind: 'slack-webhook', env: 'SLACK_WEBHOOK_URL', make: () => `https://hooks.slack.com/services/T${fake.upperAlnum(10)}/B${fake.upperAlnum(10)}/${fake.alnum(24)}` },
  { kind: 'stripe-live', env: 'STRIPE_SECRET_KEY', make: () => `sk_live_51${fake.alnum(int(60, 97))}` },
  { kind: 'stripe-restricted', env: 'STRIPE_RESTRICTED_KEY', make: () => `rk_live_51${fake.alnum(int(60, 97))}` },
  { kind: 'stripe-webhook', env: 'STRIPE_WEBHOOK_SECRET', make: () => `whsec_${fake.alnum(32)}` },
  { kind: 'aws-key-id', env: 'AWS_ACCESS_KEY_ID', make: () => pick(['AKIA', 'ASIA']) + fake.chars(B32.replace(/[0-1]/g, ''), 16) },
  { kind: 'aws-secret', env: 'AWS_SECRET_ACCESS_KEY', make: () => fake.base64(40) },
  { kind: 'gcp-api-key', env: 'GOOGLE_API_KEY', make: () => 'AIza' + fake.base64url(35) },
  { kind: 'openai-project', env: 'OPENAI_API_KEY', make: () => `sk-proj-${fake.base64url(74)}T3BlbkFJ${fake.base64url(74)}` },
  { kind: 'openai-svcacct', env: 'OPENAI_API_KEY', make: () => `sk-svcacct-${fake.base64url(74)}T3BlbkFJ${fake.base64url(74)}` },
  { kind: 'anthropic', env: 'ANTHROPIC_API_KEY', make: () => `sk-ant-api03-${fake.base64url(93)}AA` },
  { kind: 'huggingface', env: 'HF_TOKEN', make: () => `hf_${alpha(34)}` },
  { kind: 'groq', env: 'GROQ_API_KEY', make: () => `gsk_${fake.alnum(52)}` },
  { kind: 'xai', env: 'XAI_API_KEY', make: () => `xai-${fake.alnum(80)}` },
  { kind: 'replicate', env: 'REPLICATE_API_TOKEN', make: () => `r8_${fake.alnum(37)}` },
  { kind: 'openrouter', env: 'OPENROUTER_API_KEY', make: () => `sk-or-v1-${fake.hex(64)}` },
  { kind: 'langsmith', env: 'LANGCHAIN_API_KEY', make: () => `lsv2_pt_${fake.hex(32)}_${fake.hex(10)}` },
  { kind: 'nvidia', env: 'NVIDIA_API_KEY', make: () => `nvapi-${fake.base64url(64)}` },
  { kind: 'npm', env: 'NPM_TOKEN', make: () => fake.checksummedToken('npm_') },
  { kind: 'pypi', env: 'PYPI_TOKEN', make: () => `pypi-AgEIcHlwaS5vcmc${fake.base64url(int(70, 150))}` },
  { kind: 'sendgrid', env: 'SENDGRID_API_KEY', make: () => `SG.${fake.base64url(22)}.${fake.base64url(43)}` },
  { kind: 'twilio-api-key', env: 'TWILIO_API_KEY', make: () => `SK${fake.hex(32)}` },
  { kind: 'twilio-auth-token', env: 'TWILIO_AUTH_TOKEN', make: () => fake.hex(32) },
  { kind: 'mailgun', env: 'MAILGUN_API_KEY', make: () => `key-${fake.hex(32)}` },
  { kind: 'mailchimp', env: 'MAILCHIMP_API_KEY', make: () => `${fake.hex(32)}-us${int(1, 21)}` },
  { kind: 'brevo', env: 'BREVO_API_KEY', make: () => `xkeysib-${fake.hex(64)}-${fake.alnum(16)}` },
  { kind: 'shopify', env: 'SHOPIFY_ACCESS_TOKEN', make: () => `shpat_${fake.hex(32)}` },
  { kind: 'digitalocean', env: 'DIGITALOCEAN_TOKEN', make: () => `dop_v1_${fake.hex(64)}` },
  { kind: 'doppler', env: 'DOPPLER_TOKEN', make: () => `dp.st.prd.${fake.alnum(43)}` },
  { kind: 'vault', env: 'VAULT_TOKEN', make: () => `hvs.${fake.base64url(24)}` },
  { kind: 'terraform-cloud', env: 'TFE_TOKEN', make: () => `${fake.alnum(14)}.atlasv1.${fake.alnum(67)}` },
  { kind: 'linear', env: 'LINEAR_API_KEY', make: () => `lin_api_${fake.alnum(40)}` },
  { kind: 'postman', env: 'POSTMAN_API_KEY', make: () => `PMAK-${fake.hex(24)}-${fake.hex(34)}` },
  { kind: 'sentry-user', env: 'SENTRY_AUTH_TOKEN', make: () => `sntryu_${fake.hex(64)}` },
  { kind: 'discord-bot', env: 'DISCORD_BOT_TOKEN', make: () => `${pick(['M', 'N', 'O'])}${fake.alnum(25)}.${fake.base64url(6)}.${fake.base64url(38)}` },
  { kind: 'telegram', env: 'TELEGRAM_BOT_TOKEN', make: () => `${fake.digits(10)}:AA${fake.base64url(33)}` },
  { kind: 'atlassian', env: 'JIRA_API_TOKEN', make: () => `ATATT3xFfGF0${fake.base64url(180)}=${fake.upperHex(8)}` },
  { kind: 'newrelic-user', env: 'NEW_RELIC_API_KEY', make: () => `NRAK-${fake.upperAlnum(27)}` },
  { kind: 'newrelic-license', env: 'NEW_RELIC_LICENSE_KEY', make: () => `${fake.hex(36)}NRAL` },
  { kind: 'datadog-api', env: 'DD_API_KEY', make: () => fake.hex(32) },
  { kind: 'datadog-app', env: 'DD_APP_KEY', make: () => fake.hex(40) },
  { kind: 'rubygems', env: 'GEM_HOST_API_KEY', make: () => `rubygems_${fake.hex(48)}` },
  { kind: 'nuget', env: 'NUGET_API_KEY', make: () => `oy2${fake.lowerAlnum(43)}` },
  { kind: 'dockerhub', env: 'DOCKERHUB_TOKEN', make: () => `dckr_pat_${fake.base64url(27)}` },
  { kind: 'azure-client-secret', env: 'AZURE_CLIENT_SECRET', make: () => `${fake.alnum(3)}8Q~${fake.chars(fake.ALNUM + '_~.-', 34)}` },
  { kind: 'heroku', env: 'HEROKU_API_KEY', make: () => `HRKU-AA${fake.base64url(58)}` },
  { kind: 'grafana-sa', env: 'GRAFANA_TOKEN', make: () => `glsa_${fake.alnum(32)}_${fake.hex(8)}` },
  { kind: 'databricks', env: 'DATABRICKS_TOKEN', make: () => `dapi${fake.hex(32)}` },
  { kind: 'pulumi', env: 'PULUMI_ACCESS_TOKEN', make: () => `pul-${fake.hex(40)}` },
  { kind: 'planetscale', env: 'PLANETSCALE_SERVICE_TOKEN', make: () => `pscale_tkn_${fake.base64url(43)}` },
  { kind: 'supabase-pat', env: 'SUPABASE_ACCESS_TOKEN', make: () => `sbp_${fake.hex(40)}` },
  { kind: 'flyio', env: 'FLY_API_TOKEN', make: () => `fo1_${fake.base64url(43)}` },
  { kind: 'airtable', env: 'AIRTABLE_TOKEN', make: () => `pat${fake.alnum(14)}.${fake.hex(64)}` },
  { kind: 'notion', env: 'NOTION_TOKEN', make: () => `ntn_${fake.digits(11)}${fake.alnum(35)}` },
  { kind: 'figma', env: 'FIGMA_TOKEN', make: () => `figd_${fake.base64url(40)}` },
  { kind: 'square', env: 'SQUARE_ACCESS_TOKEN', make: () => `EAAA${fake.base64url(60)}` },
  { kind: 'easypost', env: 'EASYPOST_API_KEY', make: () => `EZAK${fake.hex(54)}` },
  { kind: 'shippo', env: 'SHIPPO_API_TOKEN', make: () => `shippo_live_${fake.hex(40)}` },
  { kind: 'contentful', env: 'CONTENTFUL_MANAGEMENT_TOKEN', make: () => `CFPAT-${fake.base64url(43)}` },
  { kind: 'hubspot', env: 'HUBSPOT_ACCESS_TOKEN', make: () => `pat-na1-${uuid()}` },
  { kind: 'dynatrace', env: 'DT_API_TOKEN', make: () => `dt0c01.${fake.upperAlnum(24)}.${fake.upperAlnum(64)}` },
  { kind: 'alibaba', env: 'ALIBABA_CLOUD_ACCESS_KEY_ID', make: () => `LTAI${fake.alnum(20)}` },
  { kind: 'tencent', env: 'TENCENTCLOUD_SECRET_ID', make: () => `AKID${fake.alnum(32)}` },
  { kind: 'age', env: 'SOPS_AGE_KEY', make: () => `AGE-SECRET-KEY-1${fake.chars(BECH32, 58)}` },
  { kind: 'mapbox', env: 'MAPBOX_SECRET_TOKEN', make: () => `sk.eyJ1Ijoi${fake.base64url(50)}.${fake.base64url(22)}` },
  { kind: 'jwt', env: 'API_JWT', make: () => fake.jwt({ sub: `svc-${fake.lowerAlnum(6)}`, role: 'service', iat: 1718000000, exp: 1918000000 }) },
  { kind: 'frameio', env: 'FRAMEIO_TOKEN', make: () => `fio-u-${fake.base64url(64)}` },
  { kind: 'typeform', env: 'TYPEFORM_TOKEN', make: () => `tfp_${fake.base64url(44)}_${fake.base64url(14)}` },
  { kind: 'launchdarkly', env: 'LAUNCHDARKLY_SDK_KEY', make: () => `sdk-${uuid()}` },
  { kind: 'clojars', env: 'CLOJARS_TOKEN', make: () => `CLOJARS_${fake.hex(60)}` },
  { kind: 'pinecone', env: 'PINECONE_API_KEY', make: () => `pcsk_${fake.alnum(5)}_${fake.alnum(63)}` },
  { kind: 'perplexity', env: 'PERPLEXITY_API_KEY', make: () => `pplx-${fake.alnum(48)}` },
  { kind: 'cloudflare', env: 'CLOUDFLARE_API_TOKEN', make: () => fake.base64url(40) },
];

export const token = (): ProbeToken => pick(TOKENS);

/** Passwords as people set them: generated, pass-phrase-ish, and human-made with a year and a symbol. */
export function password(): string {
  const s = int(0, 4);
  if (s === 0) return fake.chars(fake.ALNUM + '!#%*+-=?@^_', int(16, 28));
  if (s === 1) return fake.alnum(int(18, 32));
  if (s === 2) return `${pick(['Winter', 'Harbor', 'Maple', 'Orbit', 'Cobalt'])}${pick(['!', '#', '@', '$'])}${int(1990, 2026)}${pick(['Kx', 'zq', 'Vm', 'Rt'])}${fake.digits(2)}`;
  if (s === 3) return `${fake.alnum(6)}-${fake.alnum(6)}-${fake.alnum(6)}`;
  return fake.base64(int(24, 44)).replace(/[+/]/g, 'x');
}

export const hexSecret = (n = 64) => fake.hex(n);
export const b64Secret = (n = 44) => fake.base64(n - 1) + '=';
export { uuid };
