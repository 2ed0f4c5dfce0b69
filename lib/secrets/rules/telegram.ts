import type { SecretRule } from '../rule';
import * as fake from '../fake';

export const rules: SecretRule[] = [
  {
    id: 'secret/telegram-bot-token',
    description: 'Telegram bot token',
    severity: 'high',
    keywords: [':aa'],
    // <bot id>:<35-character secret starting with AA>, as issued by @BotFather.
    regex: /(?:(?<![0-9A-Za-z])|(?<=bot))([0-9]{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/,
    secretGroup: 1,
    minEntropy: 3.5,
    why: 'The bot token controls the bot: read every message sent to it and post in its chats.',
    fix: 'Revoke it with @BotFather (/revoke, then /token for a new one), and load it from the environment or a secret manager (e.g. TELEGRAM_BOT_TOKEN) instead of the source.',
    examples: {
      match: () => [`${fake.digits(10)}:AA${fake.base64url(33)}`, `https://api.telegram.org/bot${fake.digits(9)}:AA${fake.base64url(33)}/sendMessage`],
      noMatch: () => [`123456789:AA${'x'.repeat(33)}`, `${fake.digits(10)}:AB${fake.base64url(33)}`, `${fake.digits(10)}:AA${fake.base64url(20)}`],
    },
  },
];
