import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';

/**
 * Values for the calls-and-commands red team, built at run time. A value is
 * `{ value, style }`; the style rides along in the sample so a miss can be
 * traced to the shape that caused it.
 */
export interface Value {
  value: string;
  style: string;
}

const WORDS = ['Harbor', 'Nimbus', 'Cobalt', 'Orchid', 'Basalt', 'Zephyr', 'Marlin', 'Thistle', 'Ember', 'Sequoia'];
const SYMBOLS = '!@#%^*_-+=?.';

function replaceBanned(value: string, banned: string): string {
  let out = '';
  for (const ch of value) out += banned.includes(ch) ? pick(['k', 'Q', '7', 'x']) : ch;
  return out;
}

/** A password as a person types it or a generator makes it, never a dictionary default. */
export function password(banned = ''): Value {
  let v: Value;
  switch (int(0, 5)) {
    case 0: {
      // Xk9vP2mQ!rT4: mixed classes, one or two symbols, 10-16 characters
      const n = int(10, 16);
      let s = fake.chars(fake.ALNUM, n - 1);
      const at = int(2, n - 2);
      s = s.slice(0, at) + pick(SYMBOLS.split('')) + s.slice(at);
      v = { value: s, style: 'typed' };
      break;
    }
    case 1:
      v = { value: `${pick(WORDS)}${pick(['!', '#', '@', '%', '*'])}${int(1980, 2030)}${fake.chars(fake.LOWER, int(1, 3))}`, style: 'word-year' };
      break;
    case 2:
      v = { value: fake.alnum(int(18, 32)), style: 'generated-alnum' };
      break;
    case 3:
      v = { value: fake.chars(fake.ALNUM + SYMBOLS, int(16, 28)), style: 'generated-symbols' };
      break;
    case 4:
      v = { value: `${fake.lowerAlnum(int(5, 7))}${fake.chars(fake.UPPER, 1)}${fake.digits(2)}${pick(['!', '?', '.', '$', '&'])}${fake.alnum(int(3, 5))}`, style: 'typed-short' };
      break;
    default:
      v = { value: fake.base64(int(20, 32)).replace(/[+/]/g, () => pick(['x', 'K', '4'])), style: 'base64-ish' };
  }
  return { value: replaceBanned(v.value, banned), style: v.style };
}

/** Keys and tokens with no provider prefix: HMAC keys, API secrets, signing keys. */
export function secret(banned = ''): Value {
  let v: Value;
  switch (int(0, 5)) {
    case 0:
      v = { value: fake.hex(pick([32, 40, 64])), style: 'hex' };
      break;
    case 1:
      v = { value: fake.base64(43) + '=', style: 'base64-44' };
      break;
    case 2:
      v = { value: fake.alnum(int(24, 40)), style: 'alnum' };
      break;
    case 3:
      v = { value: fake.base64url(int(32, 48)), style: 'base64url' };
      break;
    case 4:
      v = { value: fake.upperAlnum(int(20, 32)), style: 'upper-alnum' };
      break;
    default:
      v = { value: `${fake.lowerAlnum(8)}${fake.alnum(int(20, 28))}`, style: 'lower-then-mixed' };
  }
  return { value: replaceBanned(v.value, banned), style: v.style };
}

/** The 40-character secret half of a static access-key pair (AWS-, MinIO- and S3-compatible stores). */
export const accessSecret = (): Value => ({ value: fake.base64(40).replace(/\+/g, 'Q'), style: 'access-secret-40' });
/** An access-key id of an S3-compatible store, no AWS prefix. */
export const accessId = () => fake.upperAlnum(20);
/** An Azure AD client secret as the portal shows it: 3 chars, a digit, `Q~`, 34 more. */
export const azureClientSecret = (): Value => ({ value: `${fake.alnum(3)}${fake.digits(1)}Q~${fake.chars(fake.ALNUM + '-_.~', 34)}`, style: 'azure-client-secret' });
/** An Azure storage account key: 64 random bytes in base64. */
export const storageKey = (): Value => ({ value: fake.base64(86) + '==', style: 'storage-key-88' });
/** A Fernet key: 32 bytes in url-safe base64. */
export const fernetKey = (): Value => ({ value: fake.base64url(43) + '=', style: 'fernet' });
/** A kubeadm bootstrap token: 6 + 16 lower alnum. */
export const bootstrapToken = (): Value => ({ value: `${fake.lowerAlnum(6)}.${fake.lowerAlnum(16)}`, style: 'bootstrap-token' });
export const uuid = () => `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-${pick(['8', '9', 'a', 'b'])}${fake.hex(3)}-${fake.hex(12)}`;
/** A legacy Vault service token (`s.` + 24) as older clusters still hand out. */
export const vaultLegacy = (): Value => ({ value: `s.${fake.alnum(24)}`, style: 'vault-legacy' });

export const host = () => pick(['db-01.internal', 'pg.prod.svc.cluster.local', '10.20.3.14', 'mysql.acme-corp.net', 'orders-db.c9x2k.eu-west-1.rds.amazonaws.com']);
export const user = () => pick(['svc_orders', 'deploy', 'reporting', 'app', 'billing', 'etl_loader', 'jenkins']);
/** Placeholders and test defaults a reader does not take for a credential. */
export const placeholder = () => pick(['<password>', 'changeme', '***', '********', 'YOUR_PASSWORD', 'xxxxxxxx', '<token>', 'REPLACE_ME', 'password', 'secret', '{{ password }}', '...']);
export const testDefault = () => pick(['admin', 'guest', 'postgres', 'root', 'test', 'example']);
