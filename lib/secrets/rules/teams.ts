import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { URL_SLASH as S, UUID, uuid } from './shapes';

const url = () => `https://contoso.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${fake.hex(32)}/${uuid()}`;

export const rules: SecretRule[] = [
  {
    id: 'secret/microsoft-teams-webhook-url',
    description: 'Microsoft Teams incoming webhook URL',
    severity: 'medium',
    keywords: ['webhook.office.com', 'outlook.office.com'],
    regex: new RegExp(
      // Anchored on the literal host (a leading subdomain class would rescan every position).
      `((?:\\.webhook\\.office\\.com${S}webhookb2|outlook\\.office\\.com${S}webhook)${S}${UUID}(?:@|%40)${UUID}${S}IncomingWebhook${S}[a-f0-9]{32}${S}${UUID}(?:${S}[A-Za-z0-9_-]{20,60})?)`,
    ),
    secretGroup: 1,
    why: 'Anyone with the URL can post cards into the channel, including convincing phishing messages.',
    fix: 'Remove the Incoming Webhook connector from the channel (Manage channel → Connectors) or the Workflows webhook, create a new one, and read the URL from a CI secret or the environment.',
    examples: {
      match: () => [url(), `TEAMS_WEBHOOK="${url()}"`, `{"url":"${url().replace(/\//g, '\\/')}"}`, `POST /relay?to=${encodeURIComponent(url())}`],
      noMatch: () => ['https://contoso.webhook.office.com/webhookb2/<id>@<tenant>/IncomingWebhook/<hash>/<guid>', url().replace(/IncomingWebhook\/[a-f0-9]{32}/, 'IncomingWebhook/abc')],
    },
  },
];
