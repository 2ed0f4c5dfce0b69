import type { SecretRule } from '../rule';
import * as fake from '../fake';

const ROTATE = 'Revoke this key (remove it from authorized_keys / the certificate authority / the service), generate a new one, and load it from a secret store or a file outside the repository (e.g. a CI secret or a mounted file).';

export const rules: SecretRule[] = [
  {
    id: 'secret/private-key',
    description: 'PEM private key (RSA, EC, DSA, PKCS#8, OpenSSH)',
    severity: 'high',
    keywords: ['-----begin'],
    regex: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----[\s\S]{40,8192}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/,
    why: 'Anyone holding a private key can impersonate its owner: sign, decrypt, or log in.',
    fix: ROTATE,
    examples: {
      match: () => [fake.pem('RSA PRIVATE KEY'), fake.pem('PRIVATE KEY'), fake.pem('OPENSSH PRIVATE KEY')],
      noMatch: [
        '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
        'const header = "-----BEGIN RSA PRIVATE KEY-----";',
      ],
    },
  },
];
