import { shannonEntropy } from './entropy';

/**
 * Long machine-generated secrets over a wide alphabet: WordPress salts
 * (`define('AUTH_KEY', '…')`, 64 characters of letters, digits and
 * punctuation), Rails/Django keys with symbols. By chance they hold
 * `<A|-Xh2>`, `<%H]`, `[GiSO:]`, `-tmp-`: marks that in a short value mean a
 * placeholder or a template, but no placeholder or template mixes every class
 * at this length and entropy (templates carry no digits, placeholders are words).
 */
export function isDenseRandom(s: string): boolean {
  if (s.length < 40 || !/[0-9]/.test(s) || !/[a-z]/.test(s)) return false;
  const symbols = new Set(s.replace(/[A-Za-z0-9\s]/g, ''));
  // Django's alphabet has no capitals but 14 symbols; a key of 50 uses most of them.
  return symbols.size >= (/[A-Z]/.test(s) ? 5 : 8) && shannonEntropy(s) >= 5;
}
