import { ALL_KINDS, lineBounds, type Candidate, type SecretFilter } from '../candidate';

/**
 * Encrypted values are safe to commit; that is what the tools are for:
 * ansible-vault (`$ANSIBLE_VAULT;1.1;AES256` + hex lines, also inline
 * `!vault |`), sops (`ENC[AES256_GCM,data:…]`), Bitnami sealed secrets
 * (`encryptedData:`), age / PGP messages, jasypt `ENC(…)`, Vault transit
 * `vault:v1:…`, Maven's `{base64}` encrypted passwords.
 */
const ENCRYPTED_VALUE = /^(?:ENC\[[A-Z0-9_]+,|ENC\(|vault:v\d+:|\$ANSIBLE_VAULT;|AgA[A-Za-z0-9+/]{200,}|\{[A-Za-z0-9+/]{8,}={0,2}\}$)/;
const ENCRYPTED_BLOCK = /^-----BEGIN (?:AGE ENCRYPTED FILE|PGP MESSAGE|ENCRYPTED MESSAGE)-----/;

/** Inside an ansible-vault payload: after a `$ANSIBLE_VAULT;` header, with only hex lines in between. */
export function insideAnsibleVault(text: string, offset: number): boolean {
  const header = text.lastIndexOf('$ANSIBLE_VAULT;', offset);
  if (header < 0) return false;
  const from = text.indexOf('\n', header);
  if (from < 0 || from > offset) return text.lastIndexOf('\n', offset) < header; // on the header line itself
  return /^[\s0-9a-f]*$/i.test(text.slice(from, lineBounds(text, offset).end));
}

/** Inside `ENC[…]` on the same line (sops). */
export function insideSops(text: string, offset: number): boolean {
  const { start } = lineBounds(text, offset);
  const open = text.lastIndexOf('ENC[', offset);
  if (open < start) return false;
  const close = text.indexOf(']', open);
  return close < 0 || close >= offset;
}

/** Under an `encryptedData:` map of a SealedSecret: more indented than the key, no shallower line between. */
export function insideSealedSecret(text: string, offset: number): boolean {
  const key = text.lastIndexOf('encryptedData', offset);
  if (key < 0 || !/kind:\s*["']?SealedSecret/.test(text)) return false;
  const keyLine = lineBounds(text, key);
  const keyIndent = keyLine.start === key ? 0 : /^\s*/.exec(text.slice(keyLine.start, key))![0].length;
  let lineStart = keyLine.end + 1;
  const target = lineBounds(text, offset).start;
  if (target <= keyLine.start) return true; // JSON on one line: `"encryptedData": {…}`
  while (lineStart <= target) {
    const { end } = lineBounds(text, lineStart);
    const line = text.slice(lineStart, end);
    if (line.trim() && /^\s*/.exec(line)![0].length <= keyIndent && !/^\s*[}\]]/.test(line)) return false;
    lineStart = end + 1;
  }
  return true;
}

function insideEncryptedBlock(text: string, offset: number): boolean {
  const begin = text.lastIndexOf('-----BEGIN ', offset);
  if (begin < 0 || offset - begin > 65536 || !ENCRYPTED_BLOCK.test(text.slice(begin, begin + 48))) return false;
  const end = text.indexOf('-----END ', begin);
  return end < 0 || end >= offset;
}

export const encrypted: SecretFilter = {
  name: 'encrypted',
  kinds: ALL_KINDS,
  rejects(c: Candidate) {
    if (ENCRYPTED_VALUE.test(c.secret)) return true;
    return insideSops(c.text, c.offset) || insideAnsibleVault(c.text, c.offset) || insideSealedSecret(c.text, c.offset) || insideEncryptedBlock(c.text, c.offset);
  },
};
