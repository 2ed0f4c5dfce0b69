import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';

/**
 * Private-key blocks in the shapes each tool writes, bodies random (so they
 * never parse as a key): PEM RSA / EC / PKCS#8, OpenSSH, PGP armour, PuTTY.
 */
export interface KeyBlock {
  kind: string;
  text: string;
}

const body = (lines: number, width = 64) => {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(fake.base64(width));
  out.push(fake.base64(int(8, 40)) + pick(['', '=', '==']));
  return out;
};

export function privateKey(): KeyBlock {
  switch (int(0, 5)) {
    case 0:
      return { kind: 'pem-rsa', text: ['-----BEGIN RSA PRIVATE KEY-----', ...body(int(10, 24)), '-----END RSA PRIVATE KEY-----'].join('\n') };
    case 1:
      return { kind: 'pem-ec', text: ['-----BEGIN EC PRIVATE KEY-----', ...body(2), '-----END EC PRIVATE KEY-----'].join('\n') };
    case 2:
      return { kind: 'pem-pkcs8', text: ['-----BEGIN PRIVATE KEY-----', ...body(int(8, 25)), '-----END PRIVATE KEY-----'].join('\n') };
    case 3:
      // openssh-key-v1, cipher "none": the body starts with that magic in base64.
      return { kind: 'openssh', text: ['-----BEGIN OPENSSH PRIVATE KEY-----', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA' + fake.base64(14), ...body(int(5, 20), 70), '-----END OPENSSH PRIVATE KEY-----'].join('\n') };
    case 4:
      return { kind: 'pgp', text: ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...body(int(10, 20)), `=${fake.base64(4)}`, '-----END PGP PRIVATE KEY BLOCK-----'].join('\n') };
    default:
      return {
        kind: 'putty',
        text: ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', `Comment: eddsa-key-2024${fake.digits(4)}`, 'Public-Lines: 2', fake.base64(64), fake.base64(4) + '==', 'Private-Lines: 1', fake.base64(43) + '=', `Private-MAC: ${fake.hex(64)}`].join('\n'),
      };
  }
}

export function publicBlock(): string {
  const label = pick(['PUBLIC KEY', 'CERTIFICATE', 'RSA PUBLIC KEY']);
  return [`-----BEGIN ${label}-----`, ...body(int(5, 12)), `-----END ${label}-----`].join('\n');
}
