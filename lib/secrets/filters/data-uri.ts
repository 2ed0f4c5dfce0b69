import { ALL_KINDS, textFacts, type Candidate, type SecretFilter } from '../candidate';

/**
 * Inline images and fonts (`data:image/png;base64,…`) are long base64 runs
 * in which almost any short pattern occurs by chance.
 */
function isBase64Char(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61 || c === 95 || c === 45;
}
/** Inline payloads rarely exceed this; a candidate deeper in is judged without the filter. */
const MAX_PAYLOAD = 1 << 20;

/** True when `offset` lies in the payload of a `data:…;base64,` URI. */
export function insideDataUri(text: string, offset: number): boolean {
  if (!textFacts(text).dataUri) return false;
  let i = offset;
  const floor = Math.max(0, offset - MAX_PAYLOAD);
  while (i > floor && isBase64Char(text.charCodeAt(i - 1))) i--;
  if (text[i - 1] !== ',') return false;
  return /data:[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64$/i.test(text.slice(Math.max(0, i - 120), i - 1));
}

export const dataUri: SecretFilter = {
  name: 'data-uri',
  kinds: ALL_KINDS,
  rejects: (c: Candidate) => insideDataUri(c.text, c.offset),
};
