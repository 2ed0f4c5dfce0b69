import type { SecretRule } from '../rule';
import { rules as privateKey } from './private-key';
import { rules as urlCredentials } from './url-credentials';
import { rules as credentialsInFiles } from './credentials-in-files';

/** Keys, credential files, package registries, AI providers, hosting and secret managers. */
export const groupB: SecretRule[] = [...privateKey, ...urlCredentials, ...credentialsInFiles];
