import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { URL_SLASH as S } from './shapes';
import { prefixed } from './prefixed';
import { shannonEntropy } from '../entropy';

/** The random last path segment carries the secret; placeholders like XXXX… have none. */
const randomTail = (url: string) => shannonEntropy(url.split(/\/|%2F/i).pop() ?? '') >= 3;

const REVOKE = 'Revoke it (https://api.slack.com/apps → your app → OAuth & Permissions → Revoke, or auth.revoke)';
const LOAD = 'and load the new token from the environment or a secret manager instead of the source';
const team = () => 'T' + fake.upperAlnum(10);
const ids = () => `${fake.digits(12)}-${fake.digits(13)}`;

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/slack-bot-token',
    description: 'Slack bot token',
    prefix: 'xoxb-',
    body: '[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{24,34}',
    make: () => `xoxb-${ids()}-${fake.alnum(24)}`,
    fix: `${REVOKE}, reinstall the app to get a new bot token, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/slack-user-token',
    description: 'Slack user token',
    prefix: 'xoxp-',
    body: '[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{32}',
    make: () => `xoxp-${ids()}-${fake.digits(13)}-${fake.hex(32)}`,
    why: 'A user token acts as the person who installed the app: it can read their messages and DMs.',
    fix: `${REVOKE}, re-authorize, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/slack-app-token',
    description: 'Slack app-level token (Socket Mode)',
    prefix: 'xapp-',
    body: '[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64}',
    make: () => `xapp-1-A${fake.upperAlnum(10)}-${fake.digits(13)}-${fake.hex(64)}`,
    fix: `Revoke the app-level token (app settings → Basic Information → App-Level Tokens), generate a new one, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/slack-config-access-token',
    description: 'Slack configuration / rotating access token (xoxe.xoxb, xoxe.xoxp)',
    prefix: 'xoxe.xox',
    body: '[bp]-[0-9]-[A-Za-z0-9]{140,200}',
    make: () => `xoxe.xoxp-1-${fake.alnum(160)}`,
    keywords: ['xoxe.xox'],
    fix: `Revoke it with tooling.tokens.rotate / auth.revoke and regenerate it from https://api.slack.com/apps, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/slack-config-refresh-token',
    description: 'Slack configuration refresh token',
    prefix: 'xoxe-',
    body: '[0-9]-[A-Za-z0-9]{140,200}',
    make: () => `xoxe-1-${fake.alnum(150)}`,
    fix: `Regenerate the configuration tokens at https://api.slack.com/apps (Your App Configuration Tokens), ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/slack-legacy-token',
    description: 'Slack legacy workspace / refresh / bot token (xoxa, xoxr, xoxs, xoxo)',
    prefix: 'xox',
    body: '[aros]-(?:[0-9]-)?[0-9A-Za-z]{8,14}(?:-[0-9A-Za-z]{8,64}){1,4}',
    make: () => `xoxa-2-${fake.digits(12)}-${fake.digits(12)}-${fake.hex(32)}`,
    keywords: ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
    fix: `${REVOKE}, migrate the integration to a granular bot token, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/slack-session-token',
    description: 'Slack browser session token or cookie (xoxc, xoxd)',
    prefix: 'xox',
    body: '[cd]-[0-9A-Za-z%/+=-]{40,300}',
    make: () => `xoxc-${fake.digits(12)}-${fake.digits(13)}-${fake.digits(13)}-${fake.hex(64)}`,
    keywords: ['xoxc-', 'xoxd-'],
    why: 'A session token or d cookie is a logged-in Slack browser session: full access as that user.',
    fix: 'Sign the user out of all sessions (Slack profile → Sign out of all other sessions, or an admin session reset), and never store browser session values in files.',
  }),
  {
    id: 'secret/slack-webhook-url',
    description: 'Slack incoming webhook URL',
    severity: 'medium',
    keywords: ['hooks.slack.com'],
    regex: new RegExp(`(hooks\\.slack\\.com${S}services${S}T[A-Z0-9]{8,12}${S}B[A-Z0-9]{8,12}${S}[A-Za-z0-9]{24})(?![A-Za-z0-9])`),
    secretGroup: 1,
    validate: randomTail,
    why: 'Anyone with the webhook URL can post messages (phishing links included) into the channel.',
    fix: 'Remove the webhook (app settings → Incoming Webhooks → Remove, or delete the legacy integration), create a new one, and read the URL from a CI secret or the environment.',
    examples: {
      match: () => [
        `https://hooks.slack.com/services/${team()}/B${fake.upperAlnum(10)}/${fake.alnum(24)}`,
        `SLACK_WEBHOOK="https://hooks.slack.com/services/${team()}/B${fake.upperAlnum(10)}/${fake.alnum(24)}"`,
        `{"webhook":"https:\\/\\/hooks.slack.com\\/services\\/${team()}\\/B${fake.upperAlnum(10)}\\/${fake.alnum(24)}"}`,
        `GET /notify?target=https%3A%2F%2Fhooks.slack.com%2Fservices%2F${team()}%2FB${fake.upperAlnum(10)}%2F${fake.alnum(24)} 200`,
      ],
      noMatch: () => ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', `https://hooks.slack.com/services/${team()}/B${fake.upperAlnum(10)}/${fake.alnum(12)}`],
    },
  },
  {
    id: 'secret/slack-workflow-webhook-url',
    description: 'Slack Workflow Builder webhook / trigger URL',
    severity: 'medium',
    keywords: ['hooks.slack.com'],
    regex: new RegExp(`(hooks\\.slack\\.com${S}(?:workflows|triggers)${S}T[A-Z0-9]{8,12}${S}A[A-Z0-9]{8,12}${S}[0-9]{12,20}${S}[a-f0-9]{32})(?![A-Za-z0-9])`),
    secretGroup: 1,
    validate: randomTail,
    why: 'Anyone with the URL can start the workflow with their own inputs.',
    fix: 'Delete or regenerate the workflow\'s webhook trigger in Workflow Builder, and read the URL from a CI secret or the environment.',
    examples: {
      match: () => [`https://hooks.slack.com/workflows/${team()}/A${fake.upperAlnum(10)}/${fake.digits(18)}/${fake.hex(32)}`, `url: https://hooks.slack.com/triggers/${team()}/A${fake.upperAlnum(10)}/${fake.digits(16)}/${fake.hex(32)}`],
      noMatch: () => [`https://hooks.slack.com/workflows/${team()}/A${fake.upperAlnum(10)}/123/${fake.hex(32)}`, 'https://hooks.slack.com/workflows/T000/A000/0/xxxx'],
    },
  },
];
