import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed, TOKEN_HEAD } from './prefixed';
import { keyed } from './keyed';
import { UUID, uuid } from './shapes';

const SERVER = 'and load it on the server from the environment or a secret manager; payment credentials never belong in client code or the repository';

/** Payment providers other than Stripe: Square, Braintree/PayPal, Adyen, Plaid, Flutterwave, Razorpay, Shippo, EasyPost, GoCardless. */
const braintreeToken = () => `access_token$production$${fake.lowerAlnum(16)}$${fake.hex(32)}`;

/** Braintree's token, also percent-encoded (`$` as `%24`) as it appears in a form body or a logged URL. */
function braintree(): SecretRule {
  const base = prefixed({
    id: 'secret/braintree-access-token',
    description: 'Braintree / PayPal production access token',
    prefix: 'access_token$production$',
    body: '[0-9a-z]{16}\\$[0-9a-f]{32}',
    make: braintreeToken,
    keywords: ['access_token$production$'],
    fix: `Revoke the access token in the Braintree Control Panel (Settings → API → API Keys / grant), ${SERVER}.`,
  });
  return {
    ...base,
    keywords: ['access_token$production$', 'access_token%24production%24'],
    regex: new RegExp(`${TOKEN_HEAD}(access_token(?:\\$|%24)production(?:\\$|%24)[0-9a-z]{16}(?:\\$|%24)[0-9a-f]{32})(?![A-Za-z0-9_-])`),
    examples: { ...base.examples, match: () => [...base.examples.match(), `token=${encodeURIComponent(braintreeToken())}&env=prod`] },
  };
}

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/duffel-live-token',
    description: 'Duffel live access token',
    prefix: 'duffel_live_',
    body: '[A-Za-z0-9_=-]{43}',
    make: () => 'duffel_live_' + fake.base64url(43),
    minEntropy: 3.5,
    why: 'A live Duffel token books and cancels real flights and stays, charged to your balance.',
    fix: `Delete the token in the Duffel dashboard (Developers → Access tokens), create a new one, ${SERVER}.`,
    noMatch: () => [`duffel_test_${fake.base64url(43)}`],
  }),
  prefixed({
    id: 'secret/square-access-token',
    description: 'Square production access token',
    prefix: 'EAAA',
    body: '[A-Za-z0-9_-]{60}',
    make: () => 'EAAA' + fake.base64url(60),
    minEntropy: 4,
    fix: `Revoke it in the Square Developer Dashboard (Credentials → Replace, or revoke the OAuth authorization), ${SERVER}.`,
  }),
  prefixed({
    id: 'secret/square-legacy-access-token',
    description: 'Square access token (legacy sq0atp- format)',
    prefix: 'sq0atp-',
    body: '[0-9A-Za-z_-]{22}',
    make: () => 'sq0atp-' + fake.base64url(22),
    fix: `Replace the token in the Square Developer Dashboard (Credentials), ${SERVER}.`,
  }),
  prefixed({
    id: 'secret/square-oauth-secret',
    description: 'Square OAuth application secret',
    prefix: 'sq0csp-',
    body: '[0-9A-Za-z_-]{43}',
    make: () => 'sq0csp-' + fake.base64url(43),
    fix: `Replace the application secret in the Square Developer Dashboard (OAuth), ${SERVER}.`,
  }),
  braintree(),
  keyed({
    id: 'secret/paypal-client-secret',
    description: 'PayPal REST API client secret',
    providers: ['paypal'],
    kind: ['secret'],
    value: 'E[A-Za-z0-9_-]{79}',
    make: () => 'E' + fake.base64url(79),
    assign: (v) => [`PAYPAL_CLIENT_SECRET=${v}`, `paypal:\n  client_secret: "${v}"`],
    wrong: (v) => [`PAYPAL_CLIENT_ID=${v}`, `PAYPAL_CLIENT_SECRET=${v.slice(0, 40)}`],
    minEntropy: 4,
    fix: `Generate a new secret for the REST app in the PayPal Developer Dashboard (Apps & Credentials → Secret key → Generate, then disable the old one), ${SERVER}.`,
  }),
  {
    id: 'secret/adyen-api-key',
    description: 'Adyen API key',
    severity: 'high',
    keywords: ['aqe'],
    // Three dash-separated parts: AQE… base64, a base64 hash, and a short credential suffix.
    regex: /(?<![A-Za-z0-9+/])(AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{40,50}={0,2})-/,
    secretGroup: 1,
    minEntropy: 4,
    fix: `Generate a new API key for the API credential in the Adyen Customer Area (Developers → API credentials), then revoke the old one, ${SERVER}.`,
    examples: {
      match: () => [`AQE${fake.base64(110)}==-${fake.base64(43)}=-${fake.alnum(16)}`, `ADYEN_API_KEY="AQE${fake.base64(90)}==-${fake.base64(43)}=-${fake.alnum(16)}"`],
      noMatch: () => [`AQE${fake.base64(20)}==-${fake.base64(43)}=-x`, 'ADYEN_API_KEY=AQE...'],
    },
  },
  {
    id: 'secret/plaid-access-token',
    description: 'Plaid access token',
    severity: 'high',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    regex: new RegExp(`${TOKEN_HEAD}(access-(?:production|development|sandbox)-${UUID})(?![A-Za-z0-9_-])`),
    secretGroup: 1,
    fix: `Invalidate it (/item/access_token/invalidate or remove the Item), ${SERVER}.`,
    examples: {
      match: () => [`access-production-${uuid()}`, `PLAID_ACCESS_TOKEN=access-sandbox-${uuid()}`],
      noMatch: () => [`access-production-${fake.hex(32)}`, 'access-production-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    },
  },
  keyed({
    id: 'secret/plaid-secret',
    description: 'Plaid API secret',
    providers: ['plaid'],
    kind: ['secret'],
    value: '[a-f0-9]{30}',
    make: () => fake.hex(30),
    assign: (v) => [`PLAID_SECRET=${v}`, `plaid:\n  secret: "${v}"`],
    wrong: (v) => [`PLAID_CLIENT_ID=${v}`, `PLAID_SECRET=${v.slice(0, 20)}`],
    fix: `Rotate the secret in the Plaid Dashboard (Developers → Keys → Rotate secret), ${SERVER}.`,
  }),
  prefixed({
    id: 'secret/flutterwave-secret-key',
    description: 'Flutterwave live secret key',
    prefix: 'FLWSECK-',
    body: '[a-f0-9]{32}-X',
    tail: '(?![A-Za-z0-9_-])',
    make: () => `FLWSECK-${fake.hex(32)}-X`,
    fix: `Regenerate the API keys in the Flutterwave dashboard (Settings → API keys), ${SERVER}.`,
  }),
  prefixed({
    id: 'secret/flutterwave-test-key',
    description: 'Flutterwave test secret or encryption key',
    severity: 'low',
    prefix: 'FLWSECK_TEST',
    body: '(?:-[a-f0-9]{32}-X|[a-f0-9]{12})',
    make: () => (fake.random() < 0.5 ? `FLWSECK_TEST-${fake.hex(32)}-X` : `FLWSECK_TEST${fake.hex(12)}`),
    fix: `Regenerate the test keys in the Flutterwave dashboard (Settings → API keys), ${SERVER}.`,
  }),
  keyed({
    id: 'secret/razorpay-key-secret',
    description: 'Razorpay API key secret',
    providers: ['razorpay', 'rzp'],
    kind: ['secret'],
    value: '[A-Za-z0-9]{24}',
    make: () => fake.alnum(24),
    assign: (v) => [`RAZORPAY_KEY_SECRET=${v}`, `razorpay:\n  key_secret: "${v}"`],
    wrong: (v) => [`RAZORPAY_KEY_ID=rzp_live_${v.slice(0, 14)}`, `RAZORPAY_KEY_SECRET=${v.slice(0, 12)}`],
    minEntropy: 3.5,
    fix: `Regenerate the API key in the Razorpay Dashboard (Account & Settings → API Keys), ${SERVER}.`,
  }),
  prefixed({
    id: 'secret/shippo-api-token',
    description: 'Shippo live API token',
    prefix: 'shippo_live_',
    body: '[a-f0-9]{40}',
    make: () => 'shippo_live_' + fake.hex(40),
    fix: `Regenerate the token in Shippo (Settings → API), ${SERVER}.`,
  }),
  prefixed({
    id: 'secret/easypost-api-key',
    description: 'EasyPost production API key',
    prefix: 'EZAK',
    body: '[A-Za-z0-9]{54}',
    make: () => 'EZAK' + fake.alnum(54),
    minEntropy: 4,
    fix: `Disable the key and create a new one in EasyPost (Account → API Keys), ${SERVER}.`,
  }),
  keyed({
    id: 'secret/gocardless-access-token',
    description: 'GoCardless live access token',
    providers: ['gocardless'],
    value: 'live_[A-Za-z0-9_=-]{40}',
    make: () => 'live_' + fake.base64url(40),
    assign: (v) => [`GOCARDLESS_ACCESS_TOKEN=${v}`, `gocardless_token: "${v}"`],
    wrong: (v) => [`GOCARDLESS_ACCESS_TOKEN=${v.slice(0, 20)}`, `GOCARDLESS_ENV=live_${'x'.repeat(40)}`],
    minEntropy: 4,
    fix: `Revoke the access token in the GoCardless dashboard (Developers → Access tokens), ${SERVER}.`,
  }),
];
