import { LOOSE_KINDS, type Candidate, type SecretFilter } from '../candidate';
import { crc32Base62Valid } from '../rules/token-kit';

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens end in a CRC32 of
 * their body: one with the wrong checksum was typed or made up, and cannot
 * authenticate. The provider rules already check the checksum; this keeps the
 * generic and entropy rules from reporting the same value because a key named
 * `token` or a header named `X-Api-Key` holds it.
 */
const CHECKSUMMED = /^(?:gh[pousr]_|npm_)[A-Za-z0-9]{36}$/;

export function hasBadChecksum(s: string): boolean {
  return CHECKSUMMED.test(s) && !crc32Base62Valid(s, 4);
}

export const badChecksum: SecretFilter = {
  name: 'bad-checksum',
  kinds: LOOSE_KINDS,
  rejects: (c: Candidate) => hasBadChecksum(c.secret),
};
