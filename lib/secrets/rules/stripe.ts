import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed, TOKEN_HEAD } from './prefixed';

const ROLL = 'Roll the key in the Stripe Dashboard (Developers → API keys → Roll key, with an expiry for the old one)';
const LOAD = 'then load it on the server from the environment or a secret manager; never ship secret or restricted keys to clients';

/**
 * Decision on test-mode keys: reported, at low severity. They cannot move money, but they expose
 * test-mode customer data and webhooks, and a committed test key shows where the live one will go.
 */
export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/stripe-secret-key',
    description: 'Stripe live secret key',
    prefix: 'sk_live_',
    body: '[0-9A-Za-z]{24,247}',
    make: () => `sk_live_${fake.alnum(99)}`,
    minEntropy: 3.5,
    why: 'A live secret key can charge cards, issue refunds and payouts, and read every customer record.',
    fix: `${ROLL}, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/stripe-restricted-key',
    description: 'Stripe live restricted key',
    prefix: 'rk_live_',
    body: '[0-9A-Za-z]{24,247}',
    make: () => `rk_live_${fake.alnum(99)}`,
    minEntropy: 3.5,
    fix: `${ROLL} (or delete the restricted key), ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/stripe-test-key',
    description: 'Stripe test-mode secret or restricted key',
    severity: 'low',
    prefix: '',
    head: TOKEN_HEAD,
    body: '[sr]k_test_[0-9A-Za-z]{24,247}',
    make: () => `sk_test_${fake.alnum(99)}`,
    keywords: ['sk_test_', 'rk_test_'],
    minEntropy: 3.5,
    why: 'Test keys cannot move money but read and change all test-mode data and webhooks; committing one suggests the live key will follow the same path.',
    fix: `${ROLL} in test mode, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/stripe-webhook-secret',
    description: 'Stripe webhook signing secret',
    severity: 'medium',
    prefix: 'whsec_',
    body: '[0-9A-Za-z+/]{32,64}={0,2}',
    tail: '(?![0-9A-Za-z+/=])',
    make: () => `whsec_${fake.alnum(32)}`,
    minEntropy: 3.5,
    why: 'With the signing secret anyone can forge webhook events your endpoint will trust (e.g. fake payment_succeeded).',
    fix: 'Roll the endpoint\'s signing secret (Developers → Webhooks → endpoint → Roll secret), and load it from the environment or a secret manager.',
  }),
];
