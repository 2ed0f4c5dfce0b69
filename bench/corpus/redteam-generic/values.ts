import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';

/**
 * Values for the generic red-team corpus, built at run time. Positives are
 * credentials with no provider prefix, shaped the way people and generators
 * make them; negatives are the look-alikes that sit beside them.
 */

const WORDS = ['Falcon', 'Granite', 'Juniper', 'Meadow', 'Quartz', 'Tundra', 'Saffron', 'Beacon', 'Velvet', 'Copper', 'Lantern', 'Pepper'];
const SYMBOLS = '!#%*+-=?@^_~';

/** Characters a given syntax cannot hold unescaped; the caller says which to avoid. */
export function without(value: string, banned: string, filler = 'k'): string {
  let out = '';
  for (const ch of value) out += banned.includes(ch) ? filler : ch;
  return out;
}

/**
 * Passwords as people and tools set them. `style` names the shape so a miss can be traced to it.
 * Every one is long and mixed enough that a reviewer would flag it under a password key.
 */
export function password(): { value: string; style: string } {
  switch (int(0, 6)) {
    case 0:
      return { value: fake.chars(fake.ALNUM + SYMBOLS, int(14, 30)), style: 'generated-symbols' };
    case 1:
      return { value: fake.alnum(int(16, 32)), style: 'generated-alnum' };
    case 2:
      return { value: `${pick(WORDS)}${pick(['!', '#', '@', '*', '%'])}${int(1970, 2029)}${fake.chars(fake.UPPER, 1)}${fake.chars(fake.LOWER, 1)}`, style: 'human-word-year' };
    case 3:
      return { value: `${fake.lowerAlnum(int(4, 6))}${fake.chars(fake.UPPER, 1)}${fake.digits(2)}${pick(['!', '?', '.', '$'])}${fake.alnum(int(3, 5))}`, style: 'human-short' };
    case 4:
      return { value: `${fake.alnum(5)}-${fake.alnum(5)}-${fake.alnum(5)}-${fake.alnum(5)}`, style: 'grouped' };
    case 5:
      return { value: fake.base64(int(24, 40)), style: 'base64-ish' };
    default:
      return { value: fake.chars(fake.LOWER + fake.DIGITS, int(12, 20)), style: 'lower-digits' };
  }
}

/** API keys, tokens and signing secrets with no provider prefix. */
export function apiSecret(): { value: string; style: string } {
  switch (int(0, 7)) {
    case 0:
      return { value: fake.hex(32), style: 'hex32' };
    case 1:
      return { value: fake.hex(pick([40, 64])), style: 'hex-long' };
    case 2:
      return { value: fake.alnum(int(24, 48)), style: 'alnum' };
    case 3:
      return { value: fake.base64(43) + '=', style: 'base64-44' };
    case 4:
      return { value: fake.base64url(int(32, 64)), style: 'base64url' };
    case 5:
      return { value: fake.upperAlnum(int(20, 32)), style: 'upper-alnum' };
    case 6:
      return { value: fake.lowerAlnum(int(24, 40)), style: 'lower-alnum' };
    default:
      return { value: `${fake.alnum(8)}.${fake.alnum(24)}`, style: 'dotted' };
  }
}

export const hex = fake.hex;
export const uuid = () => `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-${pick(['8', '9', 'a', 'b'])}${fake.hex(3)}-${fake.hex(12)}`;
export const gitSha = () => fake.hex(40);
export const sha256 = () => fake.hex(64);
export const sri = () => `sha384-${fake.base64(64)}`;
export const bcrypt = () => `$2${pick(['a', 'b', 'y'])}$${pick(['10', '12'])}$${fake.chars(fake.ALNUM + './', 53)}`;
export const argon2 = () => `$argon2id$v=19$m=65536,t=3,p=4$${fake.base64(22)}$${fake.base64(43)}`;
export const sha512crypt = () => `$6$rounds=656000$${fake.chars(fake.ALNUM + './', 16)}$${fake.chars(fake.ALNUM + './', 86)}`;
export const pbkdf2Django = () => `pbkdf2_sha256$600000$${fake.alnum(22)}$${fake.base64(43)}=`;
export const sopsEnc = () => `ENC[AES256_GCM,data:${fake.base64(int(20, 40))}=,iv:${fake.base64(43)}=,tag:${fake.base64(22)}==,type:str]`;
export const awsDocId = () => ['AKIAIOSFODNN7', 'EXAMPLE'].join('');
export const awsDocSecret = () => ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join('');
export const sshPub = () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake.base64(43)} ops@bastion`;
export const rsaPub = () => `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${fake.base64(300)} deploy@ci`;
export const pngDataUri = () => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${fake.base64(int(80, 200))}=`;
export const cssColor = () => `#${fake.hex(6)}`;
export const host = () => pick(['db.internal', 'pg-primary.prod.svc.cluster.local', 'mysql-1.c7fq2x.us-east-1.rds.amazonaws.com', '10.12.4.21', 'cache-01.acmecorp.net']);
export const user = () => pick(['app', 'svc_orders', 'deploy', 'reporting', 'billing_rw', 'admin']);
export const placeholder = () =>
  pick(['changeme', 'your-api-key-here', '<TOKEN>', '<your-password>', 'xxxxxxxxxxxxxxxx', '********', 'REPLACE_ME', 'TODO', 'your_secret_here', '${SECRET}', 'CHANGE_ME_IN_PROD', 'dummy-password', 'example-token-123', 'secret', 'password']);
export const passphrase = () => `${pick(['marble', 'cactus', 'lantern', 'fjord', 'orbit', 'walnut'])}-${pick(['harbor', 'ember', 'glacier', 'thistle', 'saddle'])}-${pick(['violet', 'pylon', 'breeze', 'tundra'])}-${int(10, 99)}`;
