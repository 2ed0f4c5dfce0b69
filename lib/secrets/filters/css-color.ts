import { LOOSE_KINDS, before, type Candidate, type SecretFilter } from '../candidate';

/** Design tokens (`--token-primary: #1e90ff`) put colours next to the word "token". */
const COLOR = /^(?:#?(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(.*\))$/i;

export function isCssColor(s: string): boolean {
  return COLOR.test(s.trim());
}

export const cssColor: SecretFilter = {
  name: 'css-color',
  kinds: LOOSE_KINDS,
  rejects: (c: Candidate) => isCssColor(c.secret) || (/#$/.test(before(c, 1)) && /^[0-9a-f]{3,8}$/i.test(c.secret)),
};
