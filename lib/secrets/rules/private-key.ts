import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { looksFake } from './token-kit';

const ROTATE =
  'Treat the key as compromised: revoke it where it is trusted (authorized_keys, the certificate authority, the cloud console, the peer), generate a new pair, and keep the private half out of the repository: load it from a secret store, a CI secret written to a file at run time, or `RUN --mount=type=secret` in image builds.';
const WHY = 'Anyone holding a private key can impersonate its owner: sign, decrypt, or log in. It stays in git history after deletion.';
const WHY_ENCRYPTED =
  'The key is passphrase-protected, so it is not directly usable, but it can be attacked offline forever and the passphrase often sits nearby. Keep keys out of the repository.';

/**
 * Body of a PEM block: base64, whitespace, and the `\n` escapes / quotes / commas
 * of a key pasted into JSON, YAML or a string literal. No `-`, `:` or `.`:
 * the body run stops at the first dash, which keeps the regex linear on a file
 * full of BEGIN lines, and a legacy encrypted header (`Proc-Type: 4,ENCRYPTED`)
 * or an ellipsis (`MIIE...`) cannot sit inside an unencrypted match.
 */
const BODY = `[A-Za-z0-9+/=\\s\\\\"'\`,]{0,12000}`;

/**
 * The reported value is the BEGIN line plus the first body line (up to 64
 * characters): it pins the finding to the BEGIN line, identifies the key for
 * fingerprints, and stays short enough for placeholder checks. The rest of the
 * block must follow up to END (checked in a lookahead).
 *
 * `(?=(X))\\N` matches X atomically (a lookahead never backtracks once it
 * succeeds): without it the first line and the body, which share characters,
 * multiply their backtracking on a BEGIN with no END.
 */
/**
 * Between BEGIN and the body: line breaks (real, `\\n`, or `\\\\n` in JSON inside a JSON string), indentation, and the quotes and `+` of a key
 * written as concatenated string literals (`'-----BEGIN …-----\\n' +\\n  'MIIE…\\n' +`, JS and Java).
 * A `+` counts only before whitespace: a body line never holds a lone `+` right after BEGIN.
 */
const LEAD = `(?:\\s|\\\\{1,3}[rn]|["'\`,]|\\+(?=\\s))`;
const FIRST = `${LEAD}{1,40}[A-Za-z0-9+/=]{1,64}`;

function pemPattern(labels: string): RegExp {
  return new RegExp(`(-----BEGIN ${labels}-----(?=(${FIRST}))\\2)(?=${BODY}-----END ${labels}-----)`);
}

/** A pasted key starts with a full line of varied base64; `XXXX…`, `AAAA…` or `MIIE...` filler does not. */
function realBody(secret: string): boolean {
  const body = secret
    .replace(/^-{4,5} ?BEGIN [^-]{1,60}-{4,5}/, '')
    .replace(/\\[rn]|[\s"',\\]/g, '');
  if (body.length < 40) return false;
  if (/x{6,}|X{6,}/.test(body) || /example/i.test(body)) return false;
  return new Set(body).size >= 16;
}

/**
 * A line break inside a PuTTY key: real, or `\\n` in a JSON string, followed by the indentation of a
 * YAML block, or by `' +\\n  '` where the key is written as concatenated string literals.
 */
const PPK_NL = `(?:\\r?\\n|(?:\\\\{1,3}r)?\\\\{1,3}n(?:["'\`][ \\t]{0,4}\\+?[ \\t]{0,4}\\r?\\n[ \\t]{0,16}["'\`])?)[ \\t]{0,16}`;

const OPENSSH_MAGIC = 'openssh-key-v1\0';

/** The cipher name an OpenSSH key declares right after its magic; null when the body is not parseable. */
function opensshCipher(block: string): string | null {
  const m = /PRIVATE KEY-----([\s\S]{0,400})/.exec(block);
  if (!m) return null;
  const b64 = m[1].replace(/\\[rn]/g, '').replace(/[^A-Za-z0-9+/]/g, '').slice(0, 64);
  const raw = Buffer.from(b64, 'base64').toString('latin1');
  if (!raw.startsWith(OPENSSH_MAGIC)) return null;
  const len = raw.charCodeAt(15) * 16777216 + raw.charCodeAt(16) * 65536 + raw.charCodeAt(17) * 256 + raw.charCodeAt(18);
  if (len <= 0 || len > 29) return null;
  return raw.slice(19, 19 + len);
}

/** A structurally valid OpenSSH private key body with the given cipher (`none` = unencrypted). */
function opensshKey(cipher: string): string {
  const str = (s: string) => {
    const b = Buffer.alloc(4 + s.length);
    b.writeUInt32BE(s.length, 0);
    b.write(s, 4, 'latin1');
    return b;
  };
  const kdf = cipher === 'none' ? 'none' : 'bcrypt';
  // As ssh-keygen writes it: kdf options (empty without a kdf), the number of keys (1), the public key's length and type.
  const kdfOptions = cipher === 'none' ? str('') : Buffer.concat([Buffer.from([0, 0, 0, 24]), str(fake.base64(16)), Buffer.from([0, 0, 0, 16])]);
  const head = Buffer.concat([Buffer.from(OPENSSH_MAGIC, 'latin1'), str(cipher), str(kdf), kdfOptions, Buffer.from([0, 0, 0, 1, 0, 0, 0, 51]), str('ssh-ed25519')]);
  const aligned = Buffer.concat([head, Buffer.alloc((3 - (head.length % 3)) % 3)]);
  const lines = (aligned.toString('base64') + fake.base64(280)).match(/.{1,70}/g) ?? [];
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
}

const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

function putty(encryption: string): string {
  const pub = [fake.base64(64), fake.base64(40)];
  const priv = [fake.base64(64), fake.base64(64), fake.base64(20)];
  return [
    'PuTTY-User-Key-File-3: ssh-rsa',
    `Encryption: ${encryption}`,
    'Comment: rsa-key-20240101',
    `Public-Lines: ${pub.length}`,
    ...pub,
    ...(encryption === 'none' ? [] : ['Key-Derivation: Argon2id', 'Argon2-Memory: 8192', `Argon2-Salt: ${fake.hex(32)}`]),
    `Private-Lines: ${priv.length}`,
    ...priv,
    `Private-MAC: ${fake.hex(64)}`,
  ].join('\n');
}

function pgpBlock(lineCount = 10): string {
  const lines = Array.from({ length: lineCount }, () => fake.base64(64));
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: exported for CI\n\n${lines.join('\n')}\n=${fake.base64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

/** A 32-byte WireGuard/X25519 key in base64: 43 characters, the last constrained by the padding bits, then `=`. */
function wgKey(): string {
  return fake.base64(42) + 'AEIMQUYcgkosw048'[Math.floor(fake.random() * 16)] + '=';
}

export const rules: SecretRule[] = [
  {
    id: 'secret/private-key',
    description: 'PEM private key (RSA, EC, DSA, PKCS#8)',
    severity: 'high',
    keywords: ['-----begin'],
    regex: pemPattern('(?:RSA |EC |DSA )?PRIVATE KEY'),
    secretGroup: 1,
    validate: realBody,
    why: WHY,
    fix: ROTATE,
    examples: {
      match: () => [
        fake.pem('RSA PRIVATE KEY'),
        fake.pem('PRIVATE KEY'),
        fake.pem('EC PRIVATE KEY', 3),
        `{"private_key": "${fake.pem('PRIVATE KEY').replace(/\n/g, '\\n')}\\n"}`,
        // JSON inside a JSON string (a webhook payload, a Terraform state attribute): `\\n` between lines.
        JSON.stringify({ body: JSON.stringify({ key: fake.pem('EC PRIVATE KEY', 3) + '\n' }) }),
        // Concatenated string literals, as keys are pasted into JS or Java source.
        `const pem = '${fake.pem('RSA PRIVATE KEY', 6).split('\n').join("\\n' +\n  '")}';`,
        `tls:\n  key: |\n    ${fake.pem('DSA PRIVATE KEY', 6).replace(/\n/g, '\n    ')}`,
        // Nested deep in a Helm values file or an Ansible vars block: ten spaces of indentation.
        `ingress:\n  tls:\n    certs:\n      - name: api\n        key: |\n${fake.pem('RSA PRIVATE KEY', 6).replace(/^/gm, '          ')}`,
      ],
      noMatch: () => [
        fake.pem('PUBLIC KEY'),
        fake.pem('CERTIFICATE'),
        'const header = "-----BEGIN RSA PRIVATE KEY-----";\nconst footer = "-----END RSA PRIVATE KEY-----";',
        '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----',
        `-----BEGIN PRIVATE KEY-----\n${'X'.repeat(64)}\n${'X'.repeat(64)}\n-----END PRIVATE KEY-----`,
        `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake.upperHex(32)}\n\n${fake.base64(64)}\n${fake.base64(64)}\n-----END RSA PRIVATE KEY-----`,
      ],
    },
  },
  {
    id: 'secret/private-key-openssh',
    description: 'OpenSSH private key (unencrypted)',
    severity: 'high',
    keywords: ['-----begin openssh private key'],
    regex: pemPattern('OPENSSH PRIVATE KEY'),
    secretGroup: 1,
    // A body that decodes to a declared cipher other than `none` is the encrypted rule's.
    validate: (block) => realBody(block) && (opensshCipher(block) ?? 'none') === 'none',
    why: WHY,
    fix: ROTATE,
    examples: {
      match: () => [opensshKey('none'), fake.pem('OPENSSH PRIVATE KEY'), `key: "${opensshKey('none').replace(/\n/g, '\\n')}"`],
      noMatch: () => [
        opensshKey('aes256-ctr'),
        `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake.base64(43)} user@host`,
        '-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your key here>\n-----END OPENSSH PRIVATE KEY-----',
      ],
    },
  },
  {
    id: 'secret/private-key-encrypted',
    description: 'Passphrase-encrypted private key (PKCS#8 ENCRYPTED, legacy Proc-Type 4,ENCRYPTED, OpenSSH with a cipher, cosign/sigstore)',
    severity: 'low',
    keywords: ['-----begin'],
    // One capture for all three forms; each requires its END through a lookahead.
    regex: new RegExp(
      `(-----BEGIN (?:ENCRYPTED (?:COSIGN |SIGSTORE )?PRIVATE KEY-----(?=(${FIRST}))\\2(?=${BODY}-----END ENCRYPTED (?:COSIGN |SIGSTORE )?PRIVATE KEY-----)` +
        `|(?:RSA |EC |DSA )?PRIVATE KEY-----(?:\\s|\\\\[rn]){0,4}Proc-Type: ?4, ?ENCRYPTED(?:\\s|\\\\[rn]){1,4}DEK-Info: ?[A-Z0-9-]{3,40},[0-9A-Fa-f]{16,64}(?:\\s|\\\\[rn]){1,8}[A-Za-z0-9+/=]{40,64}` +
        `|OPENSSH PRIVATE KEY-----(?=(${FIRST}))\\3(?=${BODY}-----END OPENSSH PRIVATE KEY-----)))`,
    ),
    secretGroup: 1,
    validate: (block) => {
      if (!block.includes('OPENSSH')) return block.includes('Proc-Type') || realBody(block);
      const cipher = opensshCipher(block);
      return cipher !== null && cipher !== 'none';
    },
    why: WHY_ENCRYPTED,
    fix: ROTATE,
    examples: {
      match: () => [
        fake.pem('ENCRYPTED PRIVATE KEY'),
        `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake.upperHex(32)}\n\n${fake.base64(64)}\n-----END RSA PRIVATE KEY-----`,
        opensshKey('aes256-ctr'),
        fake.pem('ENCRYPTED SIGSTORE PRIVATE KEY'),
      ],
      noMatch: () => [opensshKey('none'), fake.pem('RSA PRIVATE KEY'), '# -----BEGIN ENCRYPTED PRIVATE KEY----- goes here'],
    },
  },
  {
    id: 'secret/pgp-private-key',
    description: 'PGP private key block',
    severity: 'high',
    keywords: ['-----begin pgp private key block'],
    regex:
      new RegExp(
        `(-----BEGIN PGP PRIVATE KEY BLOCK-----(?=(${LEAD}{1,40}(?:[A-Za-z]{1,20}: [^\\r\\n\\\\]{0,200}${LEAD}{1,24}){0,6}[A-Za-z0-9+/=]{1,64}))\\2)(?=[A-Za-z0-9+/=\\s\\\\"'\`,]{0,40000}-----END PGP PRIVATE KEY BLOCK-----|[A-Za-z0-9+/=\\s\\\\"'\`,]{4000})`,
      ),
    secretGroup: 1,
    validate: (s) => realBody(s.replace(/^[\s\S]*(?:\n|\\n)/, '')),
    why: 'A PGP secret key signs releases and commits and decrypts mail and backups addressed to its owner.',
    fix: 'Revoke the key (publish its revocation certificate: `gpg --gen-revoke`), create a new one, and import it in CI from a secret (`echo "$GPG_PRIVATE_KEY" | gpg --import`) instead of committing it.',
    examples: {
      match: () => [
        pgpBlock(),
        pgpBlock().replace(/\n/g, '\\n'),
        // Java string concatenation, the armour's blank line a `"\\n" +` line of its own.
        `static final String KEY =\n${pgpBlock().split('\n').map((l) => `      "${l}\\n" +`).join('\n')}\n      "";`,
        JSON.stringify({ body: JSON.stringify({ key: pgpBlock() }) }),
        // In a YAML block scalar or a heredoc: every line indented, the blank line too.
        `gpg:\n  private_key: |\n${pgpBlock().replace(/^/gm, '        ')}`,
        // A keyring export with subkeys runs past 16 KiB, more than the engine reads after BEGIN in a large
        // file: 4,000 characters of armour say private key without the END line.
        pgpBlock(300),
        `const armored = '${pgpBlock().split('\n').join("\\n' +\n  '")}';`,
      ],
      noMatch: () => [
        pgpBlock().replace(/PRIVATE/g, 'PUBLIC'),
        '-----BEGIN PGP PRIVATE KEY BLOCK-----\n...\n-----END PGP PRIVATE KEY BLOCK-----',
      ],
    },
  },
  {
    id: 'secret/putty-private-key',
    description: 'PuTTY private key file (.ppk), unencrypted',
    severity: 'high',
    keywords: ['putty-user-key-file'],
    regex:
      new RegExp(
        `(PuTTY-User-Key-File-[23]: [a-z0-9@.-]{3,40}${PPK_NL}Encryption: none${PPK_NL}Comment: [^\\r\\n\\\\]{0,200})${PPK_NL}Public-Lines: \\d{1,3}${PPK_NL}[A-Za-z0-9+/=\\s\\\\"'\`]{0,8000}Private-Lines: \\d{1,3}${PPK_NL}[A-Za-z0-9+/=]{40,}`,
      ),
    why: WHY,
    fix: ROTATE,
    examples: {
      match: () => [
        putty('none'),
        putty('none').replace(/\n/g, '\r\n'),
        JSON.stringify({ ppk: putty('none') }),
        `const ppk = '${putty('none').split('\n').join("\\n' +\n  '")}';`,
        `deploy:\n  ppk: |\n${putty('none').replace(/^/gm, '    ')}`,
      ],
      noMatch: () => [putty('aes256-cbc'), 'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: <your key>'],
    },
  },
  {
    id: 'secret/putty-private-key-encrypted',
    description: 'PuTTY private key file (.ppk), passphrase-encrypted',
    severity: 'low',
    keywords: ['putty-user-key-file'],
    regex: /(PuTTY-User-Key-File-[23]: [a-z0-9@.-]{3,40}(?:\r?\n|(?:\\r)?\\n)[ \t]{0,16}Encryption: (?!none)[a-z0-9-]{3,20}(?:\r?\n|(?:\\r)?\\n)[ \t]{0,16}Comment: [^\r\n\\]{0,200})(?:\r?\n|(?:\\r)?\\n)[ \t]{0,16}Public-Lines: \d{1,3}(?:\r?\n|(?:\\r)?\\n)[A-Za-z0-9+/=\s\\]{40,8000}/,
    why: WHY_ENCRYPTED,
    fix: ROTATE,
    examples: {
      match: () => [putty('aes256-cbc'), putty('aes256-cbc').replace(/\n/g, '\r\n'), JSON.stringify({ ppk: putty('aes256-cbc') })],
      noMatch: () => [putty('none'), 'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: aes256-cbc\n'],
    },
  },
  {
    id: 'secret/ssh2-private-key',
    description: 'SSH2 (ssh.com / Tectia) private key',
    severity: 'medium',
    keywords: ['---- begin ssh2 encrypted private key'],
    regex:
      /(---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?=((?:\s|\\[rn]){1,4}(?:[A-Za-z-]{1,20}: [^\r\n\\]{0,200}(?:\r?\n|(?:\\r)?\\n)){0,4}[A-Za-z0-9+/=]{1,64}))\2)(?=[A-Za-z0-9+/=\s\\]{0,12000}---- END SSH2 ENCRYPTED PRIVATE KEY ----)/,
    secretGroup: 1,
    validate: (s) => realBody(s.replace(/^[\s\S]*(?:\n|\\n)/, '')),
    why: 'The SSH2 format always says "ENCRYPTED", but keys exported without a passphrase are usable as they are.',
    fix: ROTATE,
    examples: {
      match: () => [fake.pem('X').replace(/-----BEGIN X-----/, '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "2048-bit rsa"').replace(/-----END X-----/, '---- END SSH2 ENCRYPTED PRIVATE KEY ----'), fake.pem('X', 3).replace(/-----BEGIN X-----/, '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----').replace(/-----END X-----/, '---- END SSH2 ENCRYPTED PRIVATE KEY ----')],
      noMatch: [
        '---- BEGIN SSH2 PUBLIC KEY ----\nComment: "2048-bit rsa"\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\n---- END SSH2 PUBLIC KEY ----',
        '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
      ],
    },
  },
  {
    id: 'secret/age-secret-key',
    description: 'age encryption secret key',
    severity: 'high',
    keywords: ['age-secret-key-1'],
    regex: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/,
    validate: (s) => !looksFake(s.slice(16)),
    why: 'An age identity decrypts every file encrypted to its recipient, including sops-encrypted secrets in the repository.',
    fix: 'Generate a new identity (`age-keygen`), re-encrypt the files to the new recipient (`sops updatekeys` for sops), remove the old recipient, and keep the identity in `~/.config/sops/age/keys.txt` or a CI secret (`SOPS_AGE_KEY`), never in the repository.',
    examples: {
      match: () => [`AGE-SECRET-KEY-1${fake.chars(BECH32, 58)}`, `# created: 2024-01-01\n# public key: age1${fake.chars(BECH32.toLowerCase(), 58)}\nAGE-SECRET-KEY-1${fake.chars(BECH32, 58)}`],
      noMatch: () => [`age1${fake.chars(BECH32.toLowerCase(), 58)}`, `AGE-SECRET-KEY-1${'Q'.repeat(58)}`, 'AGE-SECRET-KEY-1XXXXXXXX'],
    },
  },
  {
    id: 'secret/wireguard-private-key',
    description: 'WireGuard interface private key',
    severity: 'high',
    keywords: ['privatekey'],
    regex: /\bPrivateKey[ \t]{0,4}=[ \t]{0,4}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)/,
    secretGroup: 1,
    validate: (s) => !looksFake(s),
    why: 'The interface private key lets anyone impersonate this peer on the VPN.',
    fix: 'Generate a new key pair (`wg genkey | tee privatekey | wg pubkey`), update the peer configs with the new public key, and render the config at deploy time from a secret (e.g. `PostUp = wg set %i private-key /run/secrets/wg`).',
    examples: {
      match: () => [`[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${wgKey()}`, `PrivateKey=${wgKey()}`],
      noMatch: () => [`[Peer]\nPublicKey = ${wgKey()}`, 'PrivateKey = <client-private-key>', `PrivateKey = ${'A'.repeat(42)}A=`],
    },
  },
  {
    id: 'secret/wireguard-preshared-key',
    description: 'WireGuard preshared key',
    severity: 'medium',
    keywords: ['presharedkey'],
    regex: /\bPresharedKey[ \t]{0,4}=[ \t]{0,4}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)/,
    secretGroup: 1,
    validate: (s) => !looksFake(s),
    why: 'The preshared key adds the symmetric layer of a WireGuard tunnel; with it an attacker who later breaks the key exchange can decrypt traffic.',
    fix: 'Generate a new one with `wg genpsk`, update both peers, and render the config from a secret at deploy time.',
    examples: {
      match: () => [`[Peer]\nPresharedKey = ${wgKey()}`, `PresharedKey=${wgKey()}`],
      noMatch: () => ['PresharedKey = ${WG_PSK}', `PresharedKey = ${'0'.repeat(42)}A=`],
    },
  },
  {
    id: 'secret/openvpn-static-key',
    description: 'OpenVPN static key (tls-auth / tls-crypt / secret)',
    severity: 'high',
    keywords: ['-----begin openvpn static key'],
    regex: /(-----BEGIN OpenVPN Static key V1-----(?:\s|\\[rn]){1,8}[0-9a-fA-F]{32})[0-9a-fA-F\s\\]{200,2048}-----END OpenVPN Static key V1-----/,
    secretGroup: 1,
    why: 'The static key authenticates (tls-auth) or encrypts (tls-crypt) the control channel; with it anyone can reach the server\'s TLS handshake or decrypt a static-key tunnel.',
    fix: 'Generate a new key (`openvpn --genkey secret ta.key`), deploy it to server and clients, and ship it as a secret file instead of committing it.',
    examples: {
      match: () => [
        `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => fake.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`,
        `<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => fake.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----\n</tls-auth>`,
      ],
      noMatch: ['-----BEGIN OpenVPN Static key V1-----\n...\n-----END OpenVPN Static key V1-----', 'tls-auth ta.key 1'],
    },
  },
  {
    id: 'secret/minisign-secret-key',
    description: 'minisign / signify secret key',
    severity: 'medium',
    keywords: ['secret key'],
    regex: /untrusted comment: [^\r\n]{0,80}secret key[^\r\n]{0,40}\r?\n([A-Za-z0-9+/]{100,300}={0,2})/,
    secretGroup: 1,
    validate: (s) => !looksFake(s),
    why: 'A signing secret key lets anyone publish releases that verify as yours (minisign keys are usually passphrase-protected, which only slows an offline attack).',
    fix: 'Generate a new key pair (`minisign -G` / `signify -G`), publish the new public key, and keep the secret key in a CI secret or hardware token.',
    examples: {
      match: () => [`untrusted comment: minisign encrypted secret key\nRWRTY0Iy${fake.base64(150)}==`, `untrusted comment: signify secret key\nRWRCSwAAA${fake.base64(120)}`],
      noMatch: () => [`untrusted comment: minisign public key ${fake.upperHex(16)}\nRWQ${fake.base64(53)}`, 'untrusted comment: minisign encrypted secret key\n<paste here>'],
    },
  },
];
