import { ALL_KINDS, before, indexWithin, lastIndexWithin, lineBounds, textFacts, type Candidate, type SecretFilter } from '../candidate';

const REACH = 65536;

/**
 * Encrypted values are safe to commit; that is what the tools are for:
 * ansible-vault (`$ANSIBLE_VAULT;1.1;AES256` + hex lines, also inline
 * `!vault |`), sops (`ENC[AES256_GCM,data:…]`), Bitnami sealed secrets
 * (`encryptedData:`), age / PGP messages, jasypt `ENC(…)`, Vault transit
 * `vault:v1:…`, Maven's `{base64}` encrypted passwords, Spring Cloud Config
 * `{cipher}…`.
 */
// `AQICAH…`: an AWS KMS ciphertext blob (version 1, a symmetric key's header), what `aws kms encrypt` prints.
const ENCRYPTED_VALUE = /^(?:ENC\[[A-Z0-9_]+,|ENC\(|\{cipher\}|vault:v\d+:|\$ANSIBLE_VAULT;|AgA[A-Za-z0-9+/]{200,}|AQICAH[A-Za-z0-9+/]{100,}|\{[A-Za-z0-9+/]{8,}={0,2}\}$)/;
/** A key that says its value is ciphertext: `encrypted_data` (Chef data bags), `DB_PASSWORD_ENCRYPTED`, `ciphertext`; not `unencrypted_…`. */
const ENCRYPTED_KEY = /(?<!un)encrypted|cipher_?text/i;
const ENCRYPTED_KEY_BEFORE = /(?<!un)(?:encrypted|cipher_?text)[\w.-]*["']?\s*[:=]\s*["']?$/i;
const ENCRYPTED_BLOCK = /^-----BEGIN (?:AGE ENCRYPTED FILE|PGP MESSAGE|ENCRYPTED MESSAGE)-----/;

/** Inside an ansible-vault payload: after a `$ANSIBLE_VAULT;` header, with only hex lines in between. */
export function insideAnsibleVault(text: string, offset: number): boolean {
  if (!textFacts(text).ansibleVault) return false;
  const header = lastIndexWithin(text, '$ANSIBLE_VAULT;', offset, REACH);
  if (header < 0) return false;
  const from = indexWithin(text, '\n', header, REACH);
  if (from < 0 || from > offset) return lineBounds(text, offset).start <= header; // on the header line itself
  return /^[\s0-9a-f]*$/i.test(text.slice(from, lineBounds(text, offset).end));
}

/** Inside `ENC[…]` on the same line (sops). */
export function insideSops(text: string, offset: number): boolean {
  if (!textFacts(text).sops) return false;
  const { start } = lineBounds(text, offset);
  const open = lastIndexWithin(text, 'ENC[', offset, offset - start);
  if (open < 0) return false;
  const close = indexWithin(text, ']', open, offset - open);
  return close < 0 || close >= offset;
}

/** Under an `encryptedData:` map of a SealedSecret: more indented than the key, no shallower line between. */
export function insideSealedSecret(text: string, offset: number): boolean {
  if (!textFacts(text).sealedSecret) return false;
  const key = lastIndexWithin(text, 'encryptedData', offset, REACH);
  if (key < 0) return false;
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

/**
 * The candidate is the payload of a wrapper on its own line: the high-entropy
 * stage reports `ENC(<payload>)` and `'{cipher}<payload>'` without the wrapper.
 */
function afterEncryptionWrapper(text: string, offset: number): boolean {
  const before = text.slice(Math.max(lineBounds(text, offset).start, offset - 16), offset);
  // The token run may start past a leading `+`, `/` or `=` of the payload.
  return /(?:\bENC\(|\{cipher\})[A-Za-z0-9+/=]{0,3}$/.test(before);
}

function insideEncryptedBlock(text: string, offset: number): boolean {
  if (!textFacts(text).pem) return false;
  const begin = lastIndexWithin(text, '-----BEGIN ', offset, REACH);
  if (begin < 0 || !ENCRYPTED_BLOCK.test(text.slice(begin, begin + 48))) return false;
  const end = indexWithin(text, '-----END ', begin, offset - begin);
  return end < 0 || end >= offset;
}

export const encrypted: SecretFilter = {
  name: 'encrypted',
  kinds: ALL_KINDS,
  rejects(c: Candidate) {
    if (ENCRYPTED_VALUE.test(c.secret)) return true;
    // The key the value is read under, or (in a block: Chef's `"password": { "encrypted_data": "…" }`) the one on its line.
    if (c.kind === 'generic' && ((c.key && ENCRYPTED_KEY.test(c.key)) || ENCRYPTED_KEY_BEFORE.test(before(c, 64)))) return true;
    return afterEncryptionWrapper(c.text, c.offset) || insideSops(c.text, c.offset) || insideAnsibleVault(c.text, c.offset) || insideSealedSecret(c.text, c.offset) || insideEncryptedBlock(c.text, c.offset);
  },
};
