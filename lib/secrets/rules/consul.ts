import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { keyedRule, rotateThen } from './token-kit';

// Consul's (and Nomad's) gossip encryption key: `consul keygen` prints 32 random bytes in base64
// (older versions 16), written as `encrypt` in the agent configuration (HCL or JSON) or passed
// as `-encrypt`. The last character before the padding carries only the bytes' last bits, so
// it is one of 16 (32 bytes) or 4 (16 bytes) characters: a random 44-character string is not enough.
const KEY_32 = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';
const KEY_16 = '[A-Za-z0-9+/]{21}[AQgw]==';

/** A key of `bytes` random bytes, as `consul keygen` prints it. */
function gossipKey(bytes: 16 | 32): string {
  const raw = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) raw[i] = Math.floor(fake.random() * 256);
  return raw.toString('base64');
}

export const rules: SecretRule[] = [
  keyedRule({
    id: 'secret/consul-gossip-key',
    description: 'Consul or Nomad gossip encryption key (`encrypt` in the agent configuration)',
    keywords: ['encrypt'],
    names: '(?<![\\w.])encrypt(?![\\w-])',
    value: `${KEY_32}|${KEY_16}`,
    minEntropy: 3.5,
    why: 'The gossip key lets whoever holds it join the cluster\'s gossip pool: read membership and health, and inject members or events.',
    fix: rotateThen(
      '`consul keyring -install <new>`, then `-use` it and `-remove` the old key on every agent',
      'render the agent\'s `encrypt` setting at deploy time from your secret store (a Vault template, a Kubernetes Secret mounted as a config file) instead of committing it.',
    ),
    match: () => [`encrypt = "${gossipKey(32)}"`, `{\n  "datacenter": "dc1",\n  "encrypt": "${gossipKey(16)}"\n}`, `consul agent -encrypt=${gossipKey(32)} -data-dir=/opt/consul`],
    noMatch: () => [
      'encrypt = "{{ with secret \\"kv/consul\\" }}{{ .Data.key }}{{ end }}"',
      'encrypt_verify_incoming = true',
      // 44 base64 characters whose last one cannot end 32 bytes: not a keygen key.
      `encrypt = "${fake.base64(42)}Z="`,
    ],
  }),
];
