import type { Finding } from './finding';

/**
 * Shows just enough to find the value again (a short prefix, never more than
 * a quarter of it) and hides the rest. PEM blocks keep their BEGIN line.
 */
export function redact(secret: string): string {
  const pem = /^-----BEGIN [A-Z0-9 ]+-----/.exec(secret);
  if (pem) return `${pem[0]}…(redacted)`;
  const firstLine = secret.split(/\r?\n/, 1)[0];
  const keep = Math.min(6, Math.floor(firstLine.length / 4));
  return `${firstLine.slice(0, keep)}…(redacted)`;
}

export function shownMatch(f: Finding, showSecrets: boolean): string {
  if (showSecrets || f.plainMatch) return f.secret;
  return redact(f.secret);
}
