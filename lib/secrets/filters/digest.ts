import { ALL_KINDS, before, lineOf, type Candidate, type SecretFilter } from '../candidate';

/**
 * Content digests and commit ids look random but are public by design:
 * `sha256:…` image digests, git SHAs, checksums in build files.
 */
// A base64url digest may start with `-` or `_` (or two: `basic_auth.py,sha256=__kZc…`), which the entropy stage trims off (wheel RECORD).
const ALGORITHM_PREFIX = /(?:\b(?:sha|SHA)-?(?:1|224|256|384|512)(?:sum)?|\bmd5|\bMD5|\bblake2[bs]?|\bsha3-\d+|\bxxh\d+)["']?\s*[:=]\s*["']?[-_]*$/;
/** A whole value that is an algorithm-tagged digest: `sha256:<64 hex>`, `md5:<32 hex>`. */
const TAGGED_DIGEST = /^(?:sha-?(?:1|224|256|384|512)|sha3-\d+|md5|blake2[bs]?|xxh\d+):[0-9a-f]{32,128}$/i;
/** An SSH key fingerprint as ssh-keygen prints it: `SHA256:<base64, no padding>`, `MD5:aa:bb:…`. */
const SSH_FINGERPRINT = /^(?:SHA(?:1|256|384|512):[A-Za-z0-9+/]{27,86}={0,2}|MD5:[0-9a-f]{2}(?::[0-9a-f]{2}){15})$/;
const DIGEST_LENGTHS = new Set([32, 40, 56, 64, 96, 128]);
// `sha` alone or before a digit or separator: `SharedSecret` and `shadow` are no digest words.
const DIGEST_WORD = /(?:sha(?:sum|[^a-z]|$)|hash|digest|checksum|\bsum\b|sums|commit|\brev\b|revision|fingerprint|etag|md5|integrity|\bref\b|object)/i;

export function isHexDigest(s: string): boolean {
  return DIGEST_LENGTHS.has(s.length) && /^[0-9a-f]+$/i.test(s);
}

export const digest: SecretFilter = {
  name: 'digest',
  kinds: ALL_KINDS,
  rejects(c: Candidate) {
    if (ALGORITHM_PREFIX.test(before(c, 24)) || TAGGED_DIGEST.test(c.secret) || SSH_FINGERPRINT.test(c.secret)) return true;
    if (c.kind === 'provider' || c.kind === 'custom' || !isHexDigest(c.secret)) return false;
    // A bare 40/64-hex string next to a secret-like word, with no digest word around, may be a hex API key.
    if (c.kind === 'entropy') return true;
    return DIGEST_WORD.test(c.key ?? '') || DIGEST_WORD.test(lineOf(c, 512).replace(c.secret, ''));
  },
};
