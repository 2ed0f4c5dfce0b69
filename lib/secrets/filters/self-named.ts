import type { Candidate, SecretFilter } from '../candidate';

/**
 * A value spelled from the words of its own key is a name, not a secret:
 * `#define TLS1_TXT_PSK_WITH_AES_128_GCM_SHA256 "PSK-AES128-GCM-SHA256"`,
 * `SN_setct_AuthReqTBS "setct-AuthReqTBS"`, `@GNUTLS_KX_ECDHE_PSK: ECDHE-PSK`,
 * `--private-key-subject="subject"` (cipher-suite tables, OID names, enum
 * docs), and a name re-exported from a module under itself. A generated credential's pieces are random and appear in no key.
 */
const SEGMENT = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;

/** `X = module.path.X`: a re-export under its own name (`MLKEM768X25519PrivateKey = rust_openssl.hpke.MLKEM768X25519PrivateKey`). */
const QUALIFIED_NAME = /^[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)+$/;

function reexported(value: string, key: string): boolean {
  if (!QUALIFIED_NAME.test(value)) return false;
  const last = value.slice(Math.max(value.lastIndexOf('.'), value.lastIndexOf(':')) + 1);
  return last.toLowerCase() === key.toLowerCase();
}

export function isSelfNamed(value: string, key: string): boolean {
  // `"type5_pw": type5_pw`, `password=password`: a variable passed under its own name.
  if (value.toLowerCase() === key.toLowerCase() || reexported(value, key)) return true;
  const segments = value.match(SEGMENT);
  if (!segments || value.length < 6) return false;
  let letters = 0;
  for (const s of segments) letters += s.length;
  // Words, not a random string's one- and two-character runs.
  if (letters / segments.length < 2.5) return false;
  const name = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const s of segments) if (!name.includes(s.toLowerCase())) return false;
  return true;
}

export const selfNamed: SecretFilter = {
  name: 'self-named',
  kinds: ['generic'],
  rejects: (c: Candidate) => c.key !== undefined && isSelfNamed(c.secret, c.key),
};
