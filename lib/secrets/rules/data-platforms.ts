import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';
import { keyed } from './keyed';
import { mixedCase } from './shapes';

const LOAD = 'and load it from the environment or a secret manager instead of the source';

/** Managed data platforms: ClickHouse Cloud, Confluent Cloud. */
export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/clickhouse-cloud-secret-key',
    description: 'ClickHouse Cloud API key secret',
    prefix: '4b1d',
    body: '[A-Za-z0-9]{38}',
    // Counted only at a word start: inside hex digests `4b1d` is one position in 65 536.
    keywords: ['\\b4b1d'],
    make: () => '4b1d' + fake.alnum(38),
    // A digest or hex id has one case; the key mixes both.
    validate: (s) => mixedCase(s.slice(4)),
    minEntropy: 3.5,
    noMatch: () => [`sha=4b1d${fake.hex(38)}`, `key = adf4b1d${fake.alnum(38)}`],
    why: 'The key secret, with its key id, manages the organization\'s services through the ClickHouse Cloud API.',
    fix: `Delete the key in the ClickHouse Cloud console (Organization → API Keys), generate a new one, ${LOAD}.`,
  }),
  keyed({
    id: 'secret/confluent-api-secret',
    description: 'Confluent Cloud API secret',
    providers: ['confluent', 'ccloud'],
    kind: ['secret'],
    value: '[A-Za-z0-9+/]{64}',
    tail: '(?![A-Za-z0-9+/=])',
    make: () => fake.base64(64),
    assign: (v) => [`CONFLUENT_CLOUD_API_SECRET=${v}`, `confluent:\n  api_secret: "${v}"`],
    wrong: (v) => [`CONFLUENT_CLOUD_API_KEY=${fake.upperAlnum(16)}`, `CONFLUENT_CLOUD_API_SECRET=${v.slice(0, 40)}`, `CONFLUENT_SCHEMA_SHA=${fake.hex(64)}`],
    minEntropy: 4.5,
    fix: `Delete the API key in Confluent Cloud (Administration → API keys, or \`confluent api-key delete\`), create a new one, ${LOAD}.`,
  }),
];
