import { LOOSE_KINDS, lineBounds, type Candidate, type SecretFilter } from '../candidate';

/**
 * A C macro whose body is a name or an integer is an alias, not a value:
 * `#define CKA_TRUST_CLIENT_AUTH 0xce536359UL`, `#define xmlSecCryptoKeysMngrInit
 * xmlSecGnuTLSKeysMngrInit`, `#define OBJ_pkcs9_challengePassword OBJ_pkcs9,7L`.
 * A secret in C source is a string literal (`#define API_SECRET "…"`), which
 * this leaves alone.
 */
// An opening quote too: a directive held in a string (a test fixture, a generator) is still C.
const DEFINE = /^\s*["'`]?\s*#\s*define\s+[A-Za-z_]\w*\s+$/;
/** An identifier, or an integer literal of at most 64 bits with its suffix. */
const ALIAS = /^(?:[A-Za-z_]\w*|(?:0[xX][0-9a-fA-F]{1,16}|\d{1,20})[uUlL]{0,3})$/;

export const cMacro: SecretFilter = {
  name: 'c-macro',
  kinds: LOOSE_KINDS,
  rejects(c: Candidate) {
    if (!ALIAS.test(c.secret)) return false;
    const { start } = lineBounds(c.text, c.offset);
    return c.offset - start < 160 && DEFINE.test(c.text.slice(start, c.offset));
  },
};
