import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed, TOKEN_HEAD } from './prefixed';
import { keyed } from './keyed';
import { HEX32 } from './shapes';

const TWILIO_LOAD = 'and load it from the environment or a secret manager on the server (never in a mobile or web client)';

/** Twilio and the other SMS / voice APIs: Vonage (Nexmo), Plivo, MessageBird. */
export const rules: SecretRule[] = [
  keyed({
    id: 'secret/twilio-auth-token',
    description: 'Twilio account auth token',
    providers: ['twilio'],
    kind: ['auth', 'token', 'secret'],
    value: HEX32,
    make: () => fake.hex(32),
    assign: (v) => [`TWILIO_AUTH_TOKEN=${v}`, `twilio:\n  auth_token: "${v}"`, `const twilioAuthToken = '${v}';`],
    wrong: (v) => [`TWILIO_ACCOUNT_SID=AC${v}`, `TWILIO_AUTH_TOKEN=${v.slice(0, 24)}`, `AUTH_TOKEN=${v}`],
    why: 'The auth token is the account master credential: it sends SMS and calls at your expense and reads message logs.',
    fix: `Rotate it in the Twilio Console (Account → API keys & tokens → Auth tokens → request a secondary token, then promote it), prefer API keys for apps, ${TWILIO_LOAD}.`,
  }),
  prefixed({
    id: 'secret/twilio-api-key-sid',
    description: 'Twilio API key SID',
    severity: 'medium',
    prefix: 'SK',
    body: '[0-9a-f]{32}',
    head: TOKEN_HEAD,
    tail: '(?![A-Za-z0-9_-])',
    keywords: ['\\bsk'],
    make: () => 'SK' + fake.hex(32),
    why: 'The API key SID is the user name half of a Twilio API key; its secret is usually committed next to it.',
    fix: `Delete the API key in the Twilio Console (Account → API keys & tokens), create a new one, ${TWILIO_LOAD}.`,
  }),
  keyed({
    id: 'secret/twilio-api-key-secret',
    description: 'Twilio API key secret',
    providers: ['twilio'],
    kind: ['secret'],
    value: '[A-Za-z0-9]{32}',
    make: () => fake.alnum(32),
    assign: (v) => [`TWILIO_API_SECRET=${v}`, `"twilioApiKeySecret": "${v}"`],
    wrong: (v) => [`TWILIO_API_KEY=${v}`, `TWILIO_API_SECRET=${v.slice(0, 20)}`],
    minEntropy: 3.5,
    fix: `Delete the API key in the Twilio Console (Account → API keys & tokens), create a new one, ${TWILIO_LOAD}.`,
  }),
  keyed({
    id: 'secret/vonage-api-secret',
    description: 'Vonage (Nexmo) API secret',
    providers: ['vonage', 'nexmo'],
    kind: ['secret'],
    value: '[A-Za-z0-9]{16}',
    make: () => fake.alnum(16),
    assign: (v) => [`VONAGE_API_SECRET=${v}`, `nexmo_api_secret: '${v}'`],
    wrong: (v) => [`VONAGE_API_KEY=${v}`, `NEXMO_API_SECRET=${v.slice(0, 8)}`],
    minEntropy: 3.2,
    fix: 'Rotate the secret in the Vonage API Dashboard (API settings → Add new secret, then delete the old one), and load it from the environment or a secret manager.',
  }),
  keyed({
    id: 'secret/plivo-auth-token',
    description: 'Plivo auth token',
    providers: ['plivo'],
    kind: ['token', 'secret'],
    value: '[A-Za-z0-9]{40}',
    make: () => fake.alnum(40),
    assign: (v) => [`PLIVO_AUTH_TOKEN=${v}`, `plivo:\n  auth_token: ${v}`],
    wrong: (v) => [`PLIVO_AUTH_ID=${v}`, `PLIVO_AUTH_TOKEN=${v.slice(0, 20)}`],
    minEntropy: 3.5,
    fix: 'Regenerate the auth token in the Plivo console (Account → Overview → Auth Token), and load it from the environment or a secret manager.',
  }),
  keyed({
    id: 'secret/messagebird-api-key',
    description: 'MessageBird (Bird) API access key',
    providers: ['messagebird', 'message_bird', 'message-bird'],
    kind: ['key', 'token', 'access'],
    value: '[A-Za-z0-9]{25}',
    make: () => fake.alnum(25),
    assign: (v) => [`MESSAGEBIRD_API_KEY=${v}`, `messagebird:\n  access_key: "${v}"`],
    wrong: (v) => [`MESSAGEBIRD_ORIGINATOR=${v}`, `MESSAGEBIRD_API_KEY=${v.slice(0, 12)}`],
    minEntropy: 3.5,
    fix: 'Delete the access key in the MessageBird dashboard (Developers → API access), create a new one, and load it from the environment or a secret manager.',
  }),
];
