import type { SecretRule } from '../rule';
import { rules as aws } from './aws';
import { rules as github } from './github';

/** Cloud, source hosting, CI, messaging and SaaS providers. */
export const groupA: SecretRule[] = [...aws, ...github];
