import { LOOSE_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * A value written wholly as escapes (`"\x63\x6c\x69\x65\x6e\x74…"`, `\u0063…`) that decodes to
 * plain words is text a program spells that way, such as OpenSSL's
 * `TLS_MD_CLIENT_WRITE_KEY_CONST` ("client write key"). Key bytes written as escapes decode to
 * mostly unprintable characters: sixteen random bytes are all printable about once in ten million.
 */
const ESCAPES = /^(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4})+$/;
const ESCAPE = /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g;

export function isEscapedText(value: string): boolean {
  if (value.length < 16 || !ESCAPES.test(value)) return false;
  const decoded = value.replace(ESCAPE, (_, x: string | undefined, u: string | undefined) => String.fromCharCode(parseInt(x ?? u!, 16)));
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  const letters = decoded.replace(/[^A-Za-z ]/g, '').length;
  return letters >= decoded.length * 0.8;
}

export const escapedText: SecretFilter = {
  name: 'escaped-text',
  kinds: LOOSE_KINDS,
  rejects: (c: Candidate) => isEscapedText(c.secret),
};
