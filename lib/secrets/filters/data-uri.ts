import { ALL_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * Inline images and fonts (`data:image/png;base64,…`) are long base64 runs
 * in which almost any short pattern occurs by chance.
 */
const BASE64_CHAR = /[A-Za-z0-9+/=_-]/;

/** True when `offset` lies in the payload of a `data:…;base64,` URI. */
export function insideDataUri(text: string, offset: number): boolean {
  let i = offset;
  const floor = Math.max(0, offset - 2_000_000);
  while (i > floor && BASE64_CHAR.test(text[i - 1])) i--;
  if (text[i - 1] !== ',') return false;
  return /data:[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64$/i.test(text.slice(Math.max(0, i - 120), i - 1));
}

export const dataUri: SecretFilter = {
  name: 'data-uri',
  kinds: ALL_KINDS,
  rejects: (c: Candidate) => insideDataUri(c.text, c.offset),
};
