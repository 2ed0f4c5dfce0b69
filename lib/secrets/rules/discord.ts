import type { SecretRule } from '../rule';
import { TOKEN_HEAD } from './prefixed';
import * as fake from '../fake';
import { URL_SLASH as S } from './shapes';
import { keyed } from './keyed';

/** The first segment of a bot token is the bot's user id (a 17-20 digit snowflake) in base64. */
function idSegmentIsSnowflake(token: string): boolean {
  const first = token.slice(0, token.indexOf('.'));
  return /^[0-9]{17,20}$/.test(Buffer.from(first, 'base64').toString('latin1'));
}

const botToken = () => `${fake.b64(fake.digits(1).replace('0', '1') + fake.digits(17)).replace(/=+$/, '')}.${fake.base64url(6)}.${fake.base64url(38)}`;

export const rules: SecretRule[] = [
  {
    id: 'secret/discord-bot-token',
    description: 'Discord bot token',
    severity: 'high',
    // The token's own first two characters: base64 of a snowflake's first digits is one of these twelve pairs.
    // Keyed on context words (`token`, `bot`) instead, the regex ran in windows over two thirds of a log-heavy repository;
    // word-start pairs are a few thousand hits, each one sticky attempt. The snowflake check keeps chance shapes out.
    keywords: ['\\bmd', '\\bmt', '\\bmj', '\\bmz', '\\bnd', '\\bnt', '\\bnj', '\\bnz', '\\bod', '\\bot', '\\boj', '\\boz'],
    // The first four characters are those idSegmentIsSnowflake accepts (base64 of three digits): most M/N/O words fail at the second.
    regex: new RegExp(String.raw`${TOKEN_HEAD}((?:MD|MT|Mj|Mz|ND|NT|Nj|Nz|OD|OT|Oj|Oz)[AEIMQUYcgk][w-z0-5][A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])`),
    secretGroup: 1,
    validate: idSegmentIsSnowflake,
    why: 'A bot token controls the bot in every server it has joined: read messages, post, kick, ban.',
    fix: 'Reset the token in the Discord Developer Portal (Applications → Bot → Reset Token), and load it from the environment or a secret manager (e.g. process.env.DISCORD_TOKEN) instead of the source.',
    examples: {
      match: () => [`DISCORD_TOKEN=${botToken()}`, `client.login('${botToken()}')`, `const t = "${botToken()}"; // no context word on the line`],
      noMatch: () => [`DISCORD_TOKEN=${fake.b64('hello-world-not-an-id').replace(/=+$/, '').slice(0, 24)}.${fake.base64url(6)}.${fake.base64url(38)}`, `bot.run('${fake.base64url(20)}.${fake.base64url(6)}.${fake.base64url(30)}')`],
    },
  },
  {
    id: 'secret/discord-webhook-url',
    description: 'Discord webhook URL',
    severity: 'medium',
    keywords: ['discord.com', 'discordapp.com'],
    regex: new RegExp(`(discord(?:app)?\\.com${S}api${S}webhooks${S}[0-9]{17,20}${S}[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])`),
    secretGroup: 1,
    why: 'Anyone with the URL can post as the webhook into the channel, including phishing links and @everyone pings.',
    fix: 'Delete the webhook (Server Settings → Integrations → Webhooks), create a new one, and read the URL from a CI secret or the environment.',
    examples: {
      match: () => [
        `https://discord.com/api/webhooks/${fake.digits(18)}/${fake.base64url(68)}`,
        `WEBHOOK="https://discordapp.com/api/webhooks/${fake.digits(19)}/${fake.base64url(68)}"`,
        `{"hook":"https:\\/\\/discord.com\\/api\\/webhooks\\/${fake.digits(18)}\\/${fake.base64url(68)}"}`,
        `relay?url=https%3A%2F%2Fdiscord.com%2Fapi%2Fwebhooks%2F${fake.digits(18)}%2F${fake.base64url(68)}`,
      ],
      noMatch: () => [`https://discord.com/api/webhooks/${fake.digits(18)}/${fake.base64url(20)}`, 'https://discord.com/api/webhooks/{id}/{token}'],
    },
  },
  keyed({
    id: 'secret/discord-client-secret',
    description: 'Discord OAuth2 client secret',
    providers: ['discord'],
    kind: ['secret'],
    value: '[A-Za-z0-9_-]{32}',
    make: () => fake.base64url(32),
    assign: (v) => [`DISCORD_CLIENT_SECRET=${v}`, `discord:\n  client_secret: "${v}"`],
    wrong: (v) => [`DISCORD_CLIENT_ID=${v}`, `DISCORD_CLIENT_SECRET=${v.slice(0, 16)}`],
    minEntropy: 3.5,
    fix: 'Reset the client secret in the Discord Developer Portal (OAuth2 → Reset Secret), and load it from the environment or a secret manager.',
  }),
];
