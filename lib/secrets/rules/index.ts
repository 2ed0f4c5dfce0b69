import type { SecretRule } from '../rule';
import { rules as aws } from './aws';
import { rules as github } from './github';
import { rules as privateKey } from './private-key';

/** Every provider rule, in catalogue order. */
export const secretRules: SecretRule[] = [...privateKey, ...aws, ...github];
