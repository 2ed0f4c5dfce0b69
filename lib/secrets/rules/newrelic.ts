import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';

const KEYS_UI = 'Delete the key in New Relic (API keys UI: one.newrelic.com → API keys), create a new one';
const LOAD = 'and load it from the environment or a secret manager';

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/newrelic-user-api-key',
    description: 'New Relic user API key',
    prefix: 'NRAK-',
    body: '[A-Z0-9]{27}',
    make: () => 'NRAK-' + fake.upperAlnum(27),
    fix: `${KEYS_UI}, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/newrelic-admin-api-key',
    description: 'New Relic admin API key (legacy)',
    prefix: 'NRAA-',
    body: '[a-f0-9]{27}',
    make: () => 'NRAA-' + fake.hex(27),
    fix: `${KEYS_UI}, migrate to user API keys, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/newrelic-insights-insert-key',
    description: 'New Relic Insights insert key',
    prefix: 'NRII-',
    body: '[A-Za-z0-9_-]{32}',
    make: () => 'NRII-' + fake.base64url(32),
    fix: `${KEYS_UI} (Insights insert keys), ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/newrelic-insights-query-key',
    description: 'New Relic Insights query key',
    severity: 'medium',
    prefix: 'NRIQ-',
    body: '[A-Za-z0-9_-]{32}',
    make: () => 'NRIQ-' + fake.base64url(32),
    fix: `${KEYS_UI} (Insights query keys), ${LOAD}.`,
  }),
  {
    id: 'secret/newrelic-license-key',
    description: 'New Relic ingest license key',
    severity: 'high',
    keywords: ['nral'],
    regex: /(?<![A-Za-z0-9_-])([a-f0-9]{36}NRAL)(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    minEntropy: 3,
    why: 'A license key sends data into your account and identifies it; leaked keys are abused to flood or poison telemetry.',
    fix: `${KEYS_UI} (ingest - license), update agents, ${LOAD} (NEW_RELIC_LICENSE_KEY).`,
    examples: {
      match: () => [`${fake.hex(36)}NRAL`, `NEW_RELIC_LICENSE_KEY=${fake.hex(36)}NRAL`],
      noMatch: () => [`${fake.hex(30)}NRAL`, `${'0'.repeat(36)}NRAL`, `${fake.hex(36)}NRAK`],
    },
  },
  prefixed({
    id: 'secret/newrelic-browser-key',
    description: 'New Relic browser / mobile ingest key',
    severity: 'low',
    prefix: 'NRJS-',
    body: '[a-f0-9]{19}',
    make: () => 'NRJS-' + fake.hex(19),
    why: 'Browser keys ship in page source by design, but a committed one still lets anyone send data to your account.',
    fix: `${KEYS_UI} if it is abused; otherwise make sure only browser (not license or user) keys reach client code.`,
  }),
];
