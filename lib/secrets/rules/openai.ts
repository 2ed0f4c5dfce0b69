import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen, LOAD_FROM_ENV } from './token-kit';

// Every OpenAI secret key carries "T3BlbkFJ" (base64 of "OpenAI") between two
// random halves: sk-<20>T3BlbkFJ<20> for legacy keys, sk-proj-<74>T3BlbkFJ<74>
// for project keys, and the same shape after sk-svcacct- / sk-admin-.
const HALF = '[A-Za-z0-9_-]{20,80}';
const FIX = rotateThen('platform.openai.com → API keys (or the organization\'s Admin keys) → Revoke', LOAD_FROM_ENV + ' Never ship it in browser or mobile code: call OpenAI from your server.');
const WHY = 'The key spends your OpenAI credit and reads the organization\'s files, assistants and fine-tunes.';

function key(prefix: string): string {
  return `${prefix}${fake.base64url(74)}T3BlbkFJ${fake.base64url(74)}`;
}

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/openai-api-key',
    description: 'OpenAI API key (user / legacy)',
    keywords: ['t3blbkfj'],
    token: `sk-(?!proj-|svcacct-|admin-|ant-|or-)(?:None-)?${HALF}T3BlbkFJ${HALF}`,
    why: WHY,
    fix: FIX,
    match: () => [`sk-${fake.alnum(20)}T3BlbkFJ${fake.alnum(20)}`, `OPENAI_API_KEY=${key('sk-None-')}`],
    noMatch: () => [`sk-${fake.alnum(48)}`, 'sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx', key('sk-proj-')],
  }),
  prefixedRule({
    id: 'secret/openai-project-key',
    description: 'OpenAI project API key',
    keywords: ['t3blbkfj'],
    token: `sk-proj-${HALF}T3BlbkFJ${HALF}`,
    why: WHY,
    fix: FIX,
    match: () => [key('sk-proj-'), `const openai = new OpenAI({ apiKey: "${key('sk-proj-')}" });`],
    noMatch: () => ['sk-proj-...', `sk-proj-${fake.base64url(40)}`, `sk-proj-${'A'.repeat(74)}T3BlbkFJ${fake.base64url(74)}`],
  }),
  prefixedRule({
    id: 'secret/openai-service-account-key',
    description: 'OpenAI service-account API key',
    keywords: ['t3blbkfj'],
    token: `sk-svcacct-${HALF}T3BlbkFJ${HALF}`,
    why: WHY,
    fix: FIX,
    match: () => [key('sk-svcacct-'), `openai_api_key: ${key('sk-svcacct-')}`],
    noMatch: () => ['sk-svcacct-<key>', `sk-svcacct-${fake.base64url(60)}`],
  }),
  prefixedRule({
    id: 'secret/openai-admin-key',
    description: 'OpenAI admin API key',
    keywords: ['t3blbkfj'],
    token: `sk-admin-${HALF}T3BlbkFJ${HALF}`,
    why: 'An admin key manages the whole OpenAI organization: members, projects, keys and billing.',
    fix: FIX,
    match: () => [key('sk-admin-'), `OPENAI_ADMIN_KEY="${key('sk-admin-')}"`],
    noMatch: () => ['sk-admin-...', `sk-admin-${fake.base64url(70)}`],
  }),
];
