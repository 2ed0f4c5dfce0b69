import { LOOSE_KINDS, lineBounds, type Candidate, type SecretFilter } from '../candidate';

/**
 * Minified bundles are one long line of short identifiers and inlined data,
 * where `token:"…"` and `key:"…"` are UI strings and hashes. Provider rules
 * still run there (an API key shipped in a bundle is a real leak); the
 * generic and entropy rules do not.
 */
const MINIFIED_PATH = /(?:[.-]min\.(?:js|mjs|css)|\.bundle\.js|\.chunk\.js|(?:^|\/)(?:vendor|bundle)\.[0-9a-f]{6,}\.js)$/i;
const LONG_LINE = 1000;

export function isMinifiedPath(path: string): boolean {
  return MINIFIED_PATH.test(path);
}

/** A line longer than 1,000 characters with little whitespace. */
export function onMinifiedLine(text: string, offset: number): boolean {
  const { start, end } = lineBounds(text, offset);
  if (end - start < LONG_LINE) return false;
  let spaces = 0;
  const step = Math.max(1, Math.floor((end - start) / 2000));
  let sampled = 0;
  for (let i = start; i < end; i += step, sampled++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces / sampled < 0.08;
}

export const minified: SecretFilter = {
  name: 'minified',
  kinds: LOOSE_KINDS,
  rejects: (c: Candidate) => isMinifiedPath(c.path) || onMinifiedLine(c.text, c.offset),
};
