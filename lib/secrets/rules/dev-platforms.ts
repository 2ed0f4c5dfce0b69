import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed, TOKEN_HEAD } from './prefixed';
import { keyed } from './keyed';
import { UUID, hasDigit, mixedAlnum, mixedCase, uuid } from './shapes';

const LOAD = 'and load it from the environment or a secret manager instead of the source';

/**
 * Developer platforms and APIs: Sourcegraph, Authress, SettleMint, Adobe Developer Console,
 * 42 Intra, RapidAPI, Beamer, Lob, Looker, Sendbird, Squarespace.
 */
export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/sourcegraph-access-token',
    description: 'Sourcegraph access token',
    // `sgp_<40 hex>`, `sgp_local_<40 hex>` (a token of a self-hosted instance) and `sgp_<16 hex instance id>_<40 hex>`.
    prefix: 'sgp_',
    body: '(?:local_|[0-9a-fA-F]{16}_)?[0-9a-fA-F]{40}',
    make: () => {
      const r = fake.random();
      return 'sgp_' + (r < 0.33 ? '' : r < 0.66 ? 'local_' : fake.hex(16) + '_') + fake.hex(40);
    },
    noMatch: () => [`sgp_${fake.hex(16)}_${fake.hex(30)}`, `sgp_local_${'0'.repeat(40)}`],
    why: 'A Sourcegraph token reads every repository the user can see on the instance, and with site-admin:sudo acts as any user.',
    fix: `Delete the token (your avatar → Settings → Access tokens → Delete) on the Sourcegraph instance, create a new one, set it as \`SRC_ACCESS_TOKEN\` ${LOAD}.`,
  }),
  {
    id: 'secret/authress-access-key',
    description: 'Authress service client access key',
    severity: 'high',
    // Every key holds its account part `.acc_…` or `.acc-…`: a rare string, so the rule wakes almost never.
    keywords: ['.acc_', '.acc-'],
    regex: new RegExp(
      `${TOKEN_HEAD}((?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])`,
    ),
    secretGroup: 1,
    minEntropy: 3.5,
    why: 'The access key signs tokens as its service client, with every permission the client holds in the Authress account.',
    fix: `Delete the access key (Authress management portal → Service clients → the client → Access keys), create a new one, ${LOAD}.`,
    examples: {
      match: () => [
        `AUTHRESS_KEY=sc_${fake.alnum(10)}.${fake.alnum(4)}.acc_${fake.lowerAlnum(10)}.${fake.base64(44)}`,
        `accessKey: "ext_${fake.alnum(6)}.${fake.alnum(5)}.acc-${fake.lowerAlnum(12)}.${fake.base64url(60)}"`,
      ],
      noMatch: () => [
        `AUTHRESS_KEY=sc_${fake.alnum(10)}.${fake.alnum(4)}.acc_${fake.lowerAlnum(10)}.<private-key>`,
        `sc_${fake.alnum(10)}.${fake.alnum(4)}.acc_${fake.lowerAlnum(10)}.${fake.base64(20)}`,
        `misc_${fake.alnum(10)}.${fake.alnum(4)}.acc_${fake.lowerAlnum(10)}.${fake.base64(44)}`,
      ],
    },
  },
  prefixed({
    id: 'secret/settlemint-access-token',
    description: 'SettleMint personal, application or service access token',
    prefix: 'sm_',
    body: '(?:pat|aat|sat)_[A-Za-z0-9]{12,80}',
    keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
    make: () => `sm_${['pat', 'aat', 'sat'][Math.floor(fake.random() * 3)]}_${fake.alnum(16)}`,
    // `sm_pat_matchesFooBar` is an identifier: a generated token has a digit.
    validate: (s) => hasDigit(s.slice(7)),
    noMatch: () => [`sm_pat_${fake.alnum(10)}`, 'sm_aat_processedEntries'],
    fix: `Delete the token in the SettleMint console (personal access tokens in your profile; application access tokens under the application's settings), create a new one, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/adobe-client-secret',
    description: 'Adobe Developer Console OAuth client secret',
    prefix: 'p8e-',
    body: '[A-Za-z0-9]{32}',
    make: () => 'p8e-' + fake.alnum(32),
    minEntropy: 3.5,
    fix: `Rotate the client secret in the Adobe Developer Console (the project → credential → Retrieve client secret → Generate new, then delete the old one), ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/intra42-client-secret',
    description: '42 Intra API application secret',
    prefix: 's-s4t2',
    body: '(?:ud|af)-[0-9a-fA-F]{64}',
    make: () => `s-s4t2${fake.random() < 0.5 ? 'ud' : 'af'}-${fake.hex(64)}`,
    noMatch: () => [`s-s4t2ud-${fake.hex(40)}`, `s-s4t2xx-${fake.hex(64)}`],
    fix: `Generate a new secret for the application on the 42 Intra (profile → Settings → API → your application), ${LOAD}.`,
  }),
  {
    id: 'secret/rapidapi-key',
    description: 'RapidAPI application key',
    severity: 'high',
    // The key is 50 hex characters with fixed markers: `msh` at 10, `p` at 28, `jsn` at 35.
    keywords: ['jsn'],
    regex: /(?<![A-Za-z0-9_-])([0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    minEntropy: 3.5,
    why: 'The application key calls every API the RapidAPI account subscribes to, billed to that account.',
    fix: `Rotate the key in RapidAPI (Developer dashboard → Apps → the app → Authorization → Rotate), ${LOAD}.`,
    examples: {
      match: () => [
        `'X-RapidAPI-Key': '${fake.hex(10)}msh${fake.hex(15)}p${fake.hex(6)}jsn${fake.hex(12)}'`,
        `RAPIDAPI_KEY=${fake.hex(10)}msh${fake.hex(15)}p${fake.hex(6)}jsn${fake.hex(12)}`,
      ],
      noMatch: () => [
        `RAPIDAPI_KEY=${'0'.repeat(10)}msh${'0'.repeat(15)}p${'0'.repeat(6)}jsn${'0'.repeat(12)}`,
        `RAPIDAPI_KEY=${fake.hex(10)}msh${fake.hex(15)}p${fake.hex(6)}jsn${fake.hex(6)}`,
        `sha=${fake.hex(12)}${fake.hex(10)}msh${fake.hex(15)}p${fake.hex(6)}jsn${fake.hex(12)}`,
      ],
    },
  },
  keyed({
    id: 'secret/beamer-api-key',
    description: 'Beamer API key',
    providers: ['beamer'],
    kind: ['key', 'token', 'secret'],
    value: 'b_[A-Za-z0-9_=-]{44}',
    make: () => 'b_' + fake.base64url(44),
    assign: (v) => [`BEAMER_API_KEY=${v}`, `beamer:\n  api_key: "${v}"`],
    wrong: (v) => [`BEAMER_PRODUCT_ID=${fake.alnum(8)}`, `BEAMER_API_KEY=${v.slice(0, 30)}`, `API_KEY=${v}`],
    validate: (s) => mixedAlnum(s.slice(2)),
    minEntropy: 3.5,
    fix: `Delete the key in Beamer (Settings → API) and create a new one, ${LOAD}.`,
  }),
  keyed({
    id: 'secret/lob-api-key',
    description: 'Lob live secret API key',
    // `live_pub_…` is the publishable key, meant for browsers; `test_…` keys reach only the test environment.
    providers: ['lob'],
    kind: ['key', 'secret', 'token'],
    value: 'live_[a-f0-9]{35}',
    make: () => 'live_' + fake.hex(35),
    assign: (v) => [`LOB_API_KEY=${v}`, `lob:\n  api_key: "${v}"`, `LOB_SECRET_KEY='${v}'`],
    wrong: (v) => [`LOB_PUBLISHABLE_KEY=live_pub_${fake.hex(31)}`, `LOB_API_KEY=${v.slice(0, 24)}`, `BLOB_KEY=${v}`],
    why: 'A live key sends letters and postcards that the account pays for, and reads the address book.',
    fix: `Roll the key in the Lob dashboard (Settings → API Keys → Roll key), ${LOAD}.`,
  }),
  keyed({
    id: 'secret/looker-client-secret',
    description: 'Looker API client secret',
    providers: ['looker'],
    kind: ['secret'],
    value: '[A-Za-z0-9]{24}',
    make: () => fake.alnum(24),
    assign: (v) => [`LOOKERSDK_CLIENT_SECRET=${v}`, `looker:\n  client_secret: "${v}"`],
    wrong: (v) => [`LOOKERSDK_CLIENT_ID=${v}`, `LOOKERSDK_CLIENT_SECRET=${v.slice(0, 16)}`, `LOOKERSDK_CLIENT_SECRET=${'a'.repeat(24)}`],
    validate: mixedCase,
    minEntropy: 3.5,
    fix: `Delete the API key pair (Admin → Users → the user → Edit Keys), create a new one, ${LOAD} (\`LOOKERSDK_CLIENT_SECRET\`).`,
  }),
  keyed({
    id: 'secret/sendbird-api-token',
    description: 'Sendbird master or secondary API token',
    providers: ['sendbird'],
    kind: ['token', 'key'],
    // 40 hex is also a digest: only a Sendbird token name counts. The application id is a public UUID.
    value: '[0-9a-f]{40}',
    make: () => fake.hex(40),
    assign: (v) => [`SENDBIRD_API_TOKEN=${v}`, `sendbird:\n  api_token: "${v}"`],
    wrong: (v) => [`SENDBIRD_APP_ID=${uuid().toUpperCase()}`, `SENDBIRD_API_TOKEN=${v.slice(0, 32)}`, `SENDBIRD_SDK_SHA=${v}`],
    why: 'The API token calls the Platform API as the application: every user, channel and message.',
    fix: `Revoke the token in the Sendbird dashboard (Settings → Application → General → API tokens), create a new one, ${LOAD}; only server code may hold it.`,
  }),
  keyed({
    id: 'secret/squarespace-api-key',
    description: 'Squarespace Commerce API key',
    providers: ['squarespace'],
    kind: ['key', 'token'],
    value: UUID,
    make: uuid,
    assign: (v) => [`SQUARESPACE_API_KEY=${v}`, `squarespace:\n  access_token: "${v}"`],
    wrong: (v) => [`SQUARESPACE_WEBSITE_ID=${v}`, `SQUARESPACE_API_KEY=${v.slice(0, 23)}`],
    fix: `Revoke the key in Squarespace (Settings → Developer API keys), generate a new one with only the permissions it needs, ${LOAD}.`,
  }),
];
