
/**
 * Stable across moved lines: rule, file and the secret itself, never the line
 * number, so a baseline does not churn when unrelated code shifts. The hash
 * is one-way, so the baseline file holds no secret.
 */
export function fingerprint(ruleId: string, file: string, secret: string): string {
  // Loaded on first use: a clean commit never needs node:crypto.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(`${ruleId}\0${file}\0${secret}`).digest('hex').slice(0, 32);
}
