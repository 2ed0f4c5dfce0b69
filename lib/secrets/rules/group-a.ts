import type { SecretRule } from '../rule';
import { rules as aws } from './aws';
import { rules as gcp } from './gcp';
import { rules as azure } from './azure';
import { rules as github } from './github';
import { rules as gitlab } from './gitlab';
import { rules as atlassian } from './atlassian';
import { rules as ciServices } from './ci-services';

/** Cloud, source hosting, CI, messaging and SaaS providers. */
export const groupA: SecretRule[] = [...aws, ...gcp, ...azure, ...github, ...gitlab, ...atlassian, ...ciServices];
