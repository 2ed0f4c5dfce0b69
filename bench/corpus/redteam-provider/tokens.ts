import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';

/**
 * Provider credentials for the red-team corpus, written from each provider's
 * published token format (prefix, alphabet, length, checksum where there is
 * one). Independent of the rule examples and of bench/corpus/probe: where a
 * format has variants (old and new GitLab, Slack user/bot/config tokens) both
 * appear. `env` is the variable people use; `words` is how code names the
 * provider, for contexts that say which service a bare value is for.
 * Built at run time: the repository never holds one.
 */
export interface RtToken {
  kind: string;
  env: string;
  /** Provider name as it appears in code (client class, host, header). */
  words: string;
  make: () => string;
  /** The value identifies itself (prefix, checksum, structure): any context must find it. */
  selfEvident: boolean;
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
export const uuid = () => `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-${pick(['8', '9', 'a', 'b'])}${fake.hex(3)}-${fake.hex(12)}`;
const s = (kind: string, env: string, words: string, make: () => string): RtToken => ({ kind, env, words, make, selfEvident: true });
const c = (kind: string, env: string, words: string, make: () => string): RtToken => ({ kind, env, words, make, selfEvident: false });

export const RT_TOKENS: RtToken[] = [
  s('github-pat', 'GITHUB_TOKEN', 'github', () => fake.checksummedToken('ghp_')),
  s('github-oauth', 'GITHUB_OAUTH_TOKEN', 'github', () => fake.checksummedToken('gho_')),
  s('github-u2s', 'GH_USER_TOKEN', 'github', () => fake.checksummedToken('ghu_')),
  s('github-s2s', 'GH_INSTALLATION_TOKEN', 'github', () => fake.checksummedToken('ghs_')),
  s('github-refresh', 'GH_REFRESH_TOKEN', 'github', () => fake.checksummedToken('ghr_')),
  s('github-fine-grained', 'GH_PAT', 'github', () => `github_pat_11${fake.upperAlnum(20)}_${fake.alnum(59)}`),
  s('gitlab-pat-legacy', 'GITLAB_TOKEN', 'gitlab', () => `glpat-${fake.chars(fake.ALNUM + '-_', 20)}`),
  s('gitlab-pat-routable', 'GITLAB_TOKEN', 'gitlab', () => `glpat-${fake.base64url(27)}.01.${fake.lowerAlnum(9)}`),
  s('gitlab-deploy', 'CI_DEPLOY_PASSWORD', 'gitlab', () => `gldt-${fake.base64url(20)}`),
  s('gitlab-runner', 'RUNNER_TOKEN', 'gitlab', () => `glrt-${fake.base64url(20)}`),
  s('gitlab-trigger', 'TRIGGER_TOKEN', 'gitlab', () => `glptt-${fake.hex(40)}`),
  s('slack-bot', 'SLACK_BOT_TOKEN', 'slack', () => `xoxb-${fake.digits(int(10, 13))}-${fake.digits(13)}-${fake.alnum(24)}`),
  s('slack-user', 'SLACK_USER_TOKEN', 'slack', () => `xoxp-${fake.digits(12)}-${fake.digits(12)}-${fake.digits(13)}-${fake.hex(32)}`),
  s('slack-app', 'SLACK_APP_TOKEN', 'slack', () => `xapp-1-A${fake.upperAlnum(10)}-${fake.digits(13)}-${fake.hex(64)}`),
  s('slack-config', 'SLACK_CONFIG_TOKEN', 'slack', () => `xoxe.xoxp-1-${fake.alnum(int(140, 160))}`),
  s('slack-webhook', 'SLACK_WEBHOOK', 'slack', () => `https://hooks.slack.com/services/T${fake.upperAlnum(8)}/B${fake.upperAlnum(10)}/${fake.alnum(24)}`),
  s('discord-webhook', 'DISCORD_WEBHOOK', 'discord', () => `https://discord.com/api/webhooks/${fake.digits(18)}/${fake.base64url(68)}`),
  s('teams-webhook', 'TEAMS_WEBHOOK', 'teams', () => `https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${fake.hex(32)}/${uuid()}`),
  s('stripe-live', 'STRIPE_SECRET_KEY', 'stripe', () => `sk_live_51${fake.alnum(int(90, 97))}`),
  s('stripe-restricted', 'STRIPE_RESTRICTED_KEY', 'stripe', () => `rk_live_51${fake.alnum(int(90, 97))}`),
  s('stripe-webhook', 'STRIPE_WEBHOOK_SECRET', 'stripe', () => `whsec_${fake.alnum(32)}`),
  s('aws-key-id', 'AWS_ACCESS_KEY_ID', 'aws', () => pick(['AKIA', 'ASIA']) + fake.chars(B32, 16)),
  s('gcp-api-key', 'GOOGLE_API_KEY', 'google', () => 'AIza' + fake.base64url(35)),
  s('gcp-oauth-secret', 'GOOGLE_CLIENT_SECRET', 'google', () => `GOCSPX-${fake.base64url(28)}`),
  s('gcp-refresh', 'GOOGLE_REFRESH_TOKEN', 'google', () => `1//0${fake.base64url(int(90, 100))}`),
  s('openai-project', 'OPENAI_API_KEY', 'openai', () => `sk-proj-${fake.base64url(74)}T3BlbkFJ${fake.base64url(74)}`),
  s('openai-legacy', 'OPENAI_API_KEY', 'openai', () => `sk-${fake.alnum(20)}T3BlbkFJ${fake.alnum(20)}`),
  s('anthropic', 'ANTHROPIC_API_KEY', 'anthropic', () => `sk-ant-api03-${fake.base64url(93)}AA`),
  s('huggingface', 'HF_TOKEN', 'huggingface', () => `hf_${fake.chars(fake.UPPER + fake.LOWER, 34)}`),
  s('groq', 'GROQ_API_KEY', 'groq', () => `gsk_${fake.alnum(52)}`),
  s('replicate', 'REPLICATE_API_TOKEN', 'replicate', () => `r8_${fake.alnum(37)}`),
  s('openrouter', 'OPENROUTER_API_KEY', 'openrouter', () => `sk-or-v1-${fake.hex(64)}`),
  s('together', 'TOGETHER_API_KEY', 'together', () => `tgp_v1_${fake.base64url(43)}`),
  s('npm', 'NPM_TOKEN', 'npm', () => fake.checksummedToken('npm_')),
  s('pypi', 'PYPI_API_TOKEN', 'pypi', () => `pypi-AgEIcHlwaS5vcmc${fake.base64url(int(120, 160))}`),
  s('rubygems', 'GEM_HOST_API_KEY', 'rubygems', () => `rubygems_${fake.hex(48)}`),
  s('dockerhub', 'DOCKERHUB_TOKEN', 'docker', () => `dckr_pat_${fake.base64url(27)}`),
  s('sendgrid', 'SENDGRID_API_KEY', 'sendgrid', () => `SG.${fake.base64url(22)}.${fake.base64url(43)}`),
  s('mailgun', 'MAILGUN_API_KEY', 'mailgun', () => `key-${fake.hex(32)}`),
  s('mailchimp', 'MAILCHIMP_API_KEY', 'mailchimp', () => `${fake.hex(32)}-us${int(2, 21)}`),
  s('shopify', 'SHOPIFY_ADMIN_TOKEN', 'shopify', () => `shpat_${fake.hex(32)}`),
  s('digitalocean', 'DIGITALOCEAN_ACCESS_TOKEN', 'digitalocean', () => `dop_v1_${fake.hex(64)}`),
  s('vault', 'VAULT_TOKEN', 'vault', () => `hvs.${fake.base64url(int(24, 90))}`),
  s('doppler', 'DOPPLER_TOKEN', 'doppler', () => `dp.st.prd.${fake.alnum(43)}`),
  s('terraform-cloud', 'TFE_TOKEN', 'terraform', () => `${fake.alnum(14)}.atlasv1.${fake.chars(fake.ALNUM + '-_', 67)}`),
  s('netlify', 'NETLIFY_AUTH_TOKEN', 'netlify', () => `nfp_${fake.alnum(36)}`),
  s('vercel', 'VERCEL_TOKEN', 'vercel', () => `vcp_${fake.alnum(56)}`),
  s('flyio', 'FLY_API_TOKEN', 'fly', () => `fo1_${fake.base64url(43)}`),
  s('supabase', 'SUPABASE_ACCESS_TOKEN', 'supabase', () => `sbp_${fake.hex(40)}`),
  s('planetscale', 'PLANETSCALE_TOKEN', 'planetscale', () => `pscale_tkn_${fake.base64url(43)}`),
  s('render', 'RENDER_API_KEY', 'render', () => `rnd_${fake.alnum(32)}`),
  s('linear', 'LINEAR_API_KEY', 'linear', () => `lin_api_${fake.alnum(40)}`),
  s('postman', 'POSTMAN_API_KEY', 'postman', () => `PMAK-${fake.hex(24)}-${fake.hex(34)}`),
  s('sentry-user', 'SENTRY_AUTH_TOKEN', 'sentry', () => `sntryu_${fake.hex(64)}`),
  s('grafana-sa', 'GRAFANA_SA_TOKEN', 'grafana', () => `glsa_${fake.alnum(32)}_${fake.hex(8)}`),
  s('newrelic-user', 'NEW_RELIC_API_KEY', 'newrelic', () => `NRAK-${fake.upperAlnum(27)}`),
  s('dynatrace', 'DT_API_TOKEN', 'dynatrace', () => `dt0c01.${fake.upperAlnum(24)}.${fake.upperAlnum(64)}`),
  s('atlassian', 'JIRA_API_TOKEN', 'jira', () => `ATATT3xFfGF0${fake.base64url(int(170, 190))}=${fake.upperHex(8)}`),
  s('bitbucket-app-password', 'BITBUCKET_APP_PASSWORD', 'bitbucket', () => `ATBB${fake.alnum(24)}${fake.upperHex(8)}`),
  s('circleci', 'CIRCLE_TOKEN', 'circleci', () => `CCIPAT_${fake.alnum(22)}_${fake.hex(40)}`),
  s('buildkite', 'BUILDKITE_API_TOKEN', 'buildkite', () => `bkua_${fake.hex(40)}`),
  s('sonarqube', 'SONAR_TOKEN', 'sonar', () => `squ_${fake.hex(40)}`),
  s('databricks', 'DATABRICKS_TOKEN', 'databricks', () => `dapi${fake.hex(32)}`),
  s('pulumi', 'PULUMI_ACCESS_TOKEN', 'pulumi', () => `pul-${fake.hex(40)}`),
  s('figma', 'FIGMA_TOKEN', 'figma', () => `figd_${fake.base64url(40)}`),
  s('notion', 'NOTION_TOKEN', 'notion', () => `ntn_${fake.digits(11)}${fake.alnum(35)}`),
  s('airtable', 'AIRTABLE_PAT', 'airtable', () => `pat${fake.alnum(14)}.${fake.hex(64)}`),
  s('hubspot', 'HUBSPOT_TOKEN', 'hubspot', () => `pat-${pick(['na1', 'eu1'])}-${uuid()}`),
  s('square', 'SQUARE_ACCESS_TOKEN', 'square', () => `EAAA${fake.base64url(60)}`),
  s('shippo', 'SHIPPO_TOKEN', 'shippo', () => `shippo_live_${fake.hex(40)}`),
  s('flutterwave', 'FLW_SECRET_KEY', 'flutterwave', () => `FLWSECK-${fake.hex(32)}-X`),
  s('braintree', 'BRAINTREE_ACCESS_TOKEN', 'braintree', () => `access_token$production$${fake.lowerAlnum(16)}$${fake.hex(32)}`),
  s('plaid-access', 'PLAID_ACCESS_TOKEN', 'plaid', () => `access-production-${uuid()}`),
  s('twilio-api-key-sid', 'TWILIO_API_KEY', 'twilio', () => `SK${fake.hex(32)}`),
  s('brevo', 'BREVO_API_KEY', 'brevo', () => `xkeysib-${fake.hex(64)}-${fake.alnum(16)}`),
  s('contentful', 'CONTENTFUL_MANAGEMENT_TOKEN', 'contentful', () => `CFPAT-${fake.base64url(43)}`),
  s('launchdarkly-sdk', 'LAUNCHDARKLY_SDK_KEY', 'launchdarkly', () => `sdk-${uuid()}`),
  s('telegram', 'TELEGRAM_BOT_TOKEN', 'telegram', () => `${fake.digits(10)}:AA${fake.base64url(33)}`),
  s('age', 'SOPS_AGE_KEY', 'age', () => `AGE-SECRET-KEY-1${fake.chars(BECH32, 58).toUpperCase()}`),
  s('alibaba-id', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'alibaba', () => `LTAI5t${fake.alnum(18)}`),
  s('azure-client-secret', 'AZURE_CLIENT_SECRET', 'azure', () => `${fake.alnum(3)}8Q~${fake.chars(fake.ALNUM + '_~.-', 34)}`),
  s('mapbox-secret', 'MAPBOX_SECRET_TOKEN', 'mapbox', () => `sk.eyJ1Ijoi${fake.base64url(30)}.${fake.base64url(22)}`),
  c('okta', 'OKTA_API_TOKEN', 'okta', () => `00${fake.base64url(40)}`),
  s('jwt', 'SERVICE_JWT', 'jwt', () => fake.jwt({ sub: `svc-${fake.lowerAlnum(6)}`, scope: 'admin', iat: 1718000000, exp: 1918000000 })),
  // Bare values: only the name, host or header beside them says what they are.
  c('aws-secret', 'AWS_SECRET_ACCESS_KEY', 'aws', () => fake.base64(40)),
  c('twilio-auth', 'TWILIO_AUTH_TOKEN', 'twilio', () => fake.hex(32)),
  c('datadog-api', 'DD_API_KEY', 'datadog', () => fake.hex(32)),
  c('datadog-app', 'DD_APP_KEY', 'datadog', () => fake.hex(40)),
  c('cloudflare-token', 'CLOUDFLARE_API_TOKEN', 'cloudflare', () => fake.chars(fake.ALNUM + '-_', 40)),
  c('heroku-legacy', 'HEROKU_API_KEY', 'heroku', () => uuid()),
  c('algolia-admin', 'ALGOLIA_ADMIN_KEY', 'algolia', () => fake.hex(32)),
  c('mistral', 'MISTRAL_API_KEY', 'mistral', () => fake.alnum(32)),
  c('cohere', 'COHERE_API_KEY', 'cohere', () => fake.alnum(40)),
];

export const tokenOf = (kind: string): RtToken => RT_TOKENS.find((t) => t.kind === kind)!;
/**
 * Any token but the UUID-valued Heroku key: a bare UUID reads as an id unless its name says Heroku
 * (bench/accuracy.mjs labels `Bearer <uuid>` a negative too), so it is planted only under its name.
 */
export const anyToken = (): RtToken => pick(RT_TOKENS.filter((t) => t.kind !== 'heroku-legacy'));
export const selfEvident = (): RtToken => pick(RT_TOKENS.filter((t) => t.selfEvident));
