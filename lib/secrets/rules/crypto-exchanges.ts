import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { keyed } from './keyed';
import { UUID, uuid } from './shapes';

/** Cryptocurrency exchanges: Kraken, KuCoin. */
export const rules: SecretRule[] = [
  keyed({
    id: 'secret/kraken-private-key',
    description: 'Kraken API private key',
    providers: ['kraken'],
    kind: ['secret', 'private', 'key'],
    // 64 random bytes in base64: 86 characters and `==`.
    value: '[A-Za-z0-9+/]{86}==',
    tail: '(?![A-Za-z0-9+/=])',
    make: () => fake.base64(86) + '==',
    assign: (v) => [`KRAKEN_API_SECRET=${v}`, `kraken:\n  private_key: "${v}"`],
    wrong: (v) => [`KRAKEN_API_KEY=${fake.base64(56)}`, `KRAKEN_API_SECRET=${v.slice(0, 60)}`],
    minEntropy: 4.5,
    why: 'The private key signs trading and, with withdrawal permission, funding requests on the account.',
    fix: 'Delete the API key in Kraken (Settings → API), create a new one without withdrawal permission unless needed, and load it from the environment or a secret manager instead of the source.',
  }),
  keyed({
    id: 'secret/kucoin-api-secret',
    description: 'KuCoin API secret',
    providers: ['kucoin'],
    // The secret is a UUID, so only a KuCoin secret name makes it one; the 24-hex API key is an id beside it.
    kind: ['secret'],
    value: UUID,
    make: uuid,
    assign: (v) => [`KUCOIN_API_SECRET=${v}`, `kucoin:\n  api_secret: "${v}"`],
    wrong: (v) => [`KUCOIN_API_KEY=${v}`, `KUCOIN_API_SECRET=${v.slice(0, 23)}`, `KUCOIN_ORDER_ID=${v}`],
    fix: 'Delete the API key in KuCoin (Account → API Management), create a new one restricted to the IPs and permissions it needs, and load the secret and passphrase from the environment or a secret manager instead of the source.',
  }),
];
