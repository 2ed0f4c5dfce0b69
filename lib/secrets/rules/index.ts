import type { SecretRule } from '../rule';
import { groupA } from './group-a';
import { groupB } from './group-b';

/** Every provider rule, in catalogue order. */
export const secretRules: SecretRule[] = [...groupB, ...groupA];
