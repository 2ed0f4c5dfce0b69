import { ALL_KINDS, indexWithin, lastIndexWithin, lineOf, textFacts, type Candidate, type SecretFilter } from '../candidate';

/**
 * Public keys and certificates are meant to be shared: PEM blocks that are
 * not private keys, `ssh-ed25519 AAAA…` lines, and values assigned to keys
 * named public / publishable.
 */
const PUBLIC_BLOCK = /^-----BEGIN ((?:RSA |EC |DSA |SSH2 |PGP )?PUBLIC KEY(?: BLOCK)?|CERTIFICATE|TRUSTED CERTIFICATE|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|X509 CRL|PKCS7|DH PARAMETERS|EC PARAMETERS)-----/;
const SSH_PUBLIC = /\b(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)\s+AAAA[A-Za-z0-9+/]+=*/;
const PUBLIC_KEY_NAME = /(?:^|[^a-z])(?:public|pub|publishable|verify|verification|cert|certificate|ca)(?:[-_.]?(?:key|cert|pem|certificate|bundle))?(?:$|[^a-z])|publickey|pubkey/i;

/** Mapbox public tokens (`pk.` + base64url JSON naming the user) ship in every web map; the secret ones start `sk.`. */
const MAPBOX_PUBLIC = /^pk\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$/;

/** True when `offset` lies inside a PEM block whose label is public material. */
export function insidePublicPem(text: string, offset: number): boolean {
  if (!textFacts(text).pem) return false;
  const begin = lastIndexWithin(text, '-----BEGIN ', offset, 65536);
  if (begin < 0) return false;
  const end = indexWithin(text, '-----END ', begin, offset - begin);
  if (end >= 0 && end + 9 < offset) return false;
  return PUBLIC_BLOCK.test(text.slice(begin, begin + 64));
}

export const publicKey: SecretFilter = {
  name: 'public-key',
  kinds: ALL_KINDS,
  rejects(c: Candidate) {
    if (c.kind !== 'provider' && c.key && PUBLIC_KEY_NAME.test(c.key)) return true;
    if (MAPBOX_PUBLIC.test(c.secret)) return true;
    if (insidePublicPem(c.text, c.offset)) return true;
    const m = SSH_PUBLIC.exec(lineOf(c));
    return m !== null && m[0].includes(c.secret.slice(0, 32));
  },
};
