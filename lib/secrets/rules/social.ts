import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';
import { keyed } from './keyed';
import { HEX32 } from './shapes';

const LOAD = 'and load it on the server from the environment or a secret manager';

/** Social and streaming platform APIs: X (Twitter), Facebook/Meta, Twitch. */
export const rules: SecretRule[] = [
  {
    id: 'secret/twitter-bearer-token',
    description: 'X (Twitter) app bearer token',
    severity: 'high',
    keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
    // Bearer tokens open with 21 fixed "A"s (zero bytes); the reported secret is the part after them,
    // so the placeholder filter's repeated-character check judges only the random part.
    regex: /(?<![A-Za-z0-9%])A{21}([A-Za-z0-9%]{80,120})(?![A-Za-z0-9%])/,
    secretGroup: 1,
    minEntropy: 3.5,
    fix: `Regenerate the bearer token in the X Developer Portal (Projects & Apps → Keys and tokens), ${LOAD}.`,
    examples: {
      match: () => ['A'.repeat(21) + fake.alnum(20) + '%3D' + fake.alnum(70), `TWITTER_BEARER_TOKEN="${'A'.repeat(21)}${fake.alnum(90)}"`],
      noMatch: () => ['A'.repeat(21) + fake.alnum(30), `${'A'.repeat(21)}${'x'.repeat(90)}`, `Bearer ${'A'.repeat(21)}<token>`],
    },
  },
  keyed({
    id: 'secret/twitter-api-secret',
    description: 'X (Twitter) API key secret / access token secret',
    // A bare 'x' woke this rule on nearly every file; X's own variable names are specific enough.
    providers: ['twitter', 'x_api', 'x_consumer', 'x_access', 'xapi'],
    kind: ['secret'],
    value: '[A-Za-z0-9]{45,50}',
    make: () => fake.alnum(50),
    assign: (v) => [`TWITTER_CONSUMER_SECRET=${v}`, `twitter:\n  access_token_secret: "${v}"`, `X_API_SECRET=${v}`],
    wrong: (v) => [`TWITTER_CONSUMER_KEY=${v.slice(0, 25)}`, `TWITTER_API_SECRET=${v.slice(0, 30)}`],
    minEntropy: 4,
    fix: `Regenerate the API key and secret (or access token and secret) in the X Developer Portal, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/facebook-access-token',
    description: 'Facebook / Meta Graph API access token',
    prefix: 'EAA',
    body: '[A-Za-z0-9]{100,400}',
    make: () => 'EAA' + fake.chars('BCGIJ', 1) + fake.alnum(160),
    minEntropy: 4,
    fix: `Invalidate it (change the app secret, or remove the app from the user's / page's settings), use the long-lived token flow server-side, ${LOAD}.`,
  }),
  keyed({
    id: 'secret/facebook-app-secret',
    description: 'Facebook / Meta app secret',
    providers: ['facebook', 'fb', 'meta'],
    kind: ['secret'],
    value: HEX32,
    make: () => fake.hex(32),
    assign: (v) => [`FACEBOOK_APP_SECRET=${v}`, `fb:\n  app_secret: "${v}"`],
    wrong: (v) => [`FACEBOOK_APP_ID=${fake.digits(15)}`, `FACEBOOK_APP_SECRET=${v.slice(0, 20)}`],
    fix: `Reset the app secret in Meta for Developers (App settings → Basic → App secret → Reset), ${LOAD}.`,
  }),
  keyed({
    id: 'secret/twitch-api-token',
    description: 'Twitch OAuth token or client secret',
    providers: ['twitch'],
    kind: ['token', 'secret'],
    value: '(?:oauth:)?[a-z0-9]{30}',
    make: () => fake.lowerAlnum(30),
    assign: (v) => [`TWITCH_CLIENT_SECRET=${v}`, `twitch_oauth_token: "oauth:${v}"`],
    wrong: (v) => [`TWITCH_CLIENT_ID=${v}`, `TWITCH_OAUTH_TOKEN=${v.slice(0, 20)}`],
    minEntropy: 3.5,
    fix: `Revoke the token (POST https://id.twitch.tv/oauth2/revoke) or generate a new client secret in the Twitch developer console, ${LOAD}.`,
  }),
];
