import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';
import { keyed } from './keyed';

const LOAD = 'and load it from the environment or a secret manager instead of the source';

/** Network management planes: Defined Networking (managed Nebula), Cisco Meraki. */
export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/defined-networking-api-token',
    description: 'Defined Networking (managed Nebula) API key',
    prefix: 'dnkey-',
    body: '[A-Za-z0-9_=-]{26}-[A-Za-z0-9_=-]{52}',
    make: () => `dnkey-${fake.upperAlnum(26)}-${fake.alnum(52)}`,
    minEntropy: 4,
    noMatch: () => [`dnkey-${fake.upperAlnum(26)}-${fake.alnum(30)}`],
    why: 'The API key enrolls hosts into the overlay network and edits its roles and firewall rules.',
    fix: `Delete the key in the Defined Networking admin panel (Configuration → API keys), create a new one with only the scopes it needs, ${LOAD}.`,
  }),
  keyed({
    id: 'secret/cisco-meraki-api-key',
    description: 'Cisco Meraki Dashboard API key',
    providers: ['meraki'],
    kind: ['key', 'token', 'api'],
    // 40 hex is also a git or SHA-1 digest: only a Meraki-named key or token counts.
    value: '[0-9a-f]{40}',
    make: () => fake.hex(40),
    assign: (v) => [`MERAKI_DASHBOARD_API_KEY=${v}`, `meraki:\n  api_key: "${v}"`, `export MERAKI_API_KEY='${v}'`],
    wrong: (v) => [`MERAKI_ORG_ID=${fake.digits(6)}`, `MERAKI_DASHBOARD_API_KEY=${v.slice(0, 32)}`, `meraki_firmware_sha: ${v}`],
    why: 'The key acts with its administrator\'s rights over every organization, network and device of the dashboard.',
    fix: `Revoke the key in the Meraki dashboard (My profile → API access → Revoke), generate a new one, ${LOAD}.`,
  }),
];
