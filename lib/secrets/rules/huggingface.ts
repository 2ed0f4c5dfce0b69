import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

const FIX = rotateThen('huggingface.co → Settings → Access Tokens → Invalidate', 'set `HF_TOKEN` from the environment or a CI secret (huggingface_hub reads it), or run `huggingface-cli login` on the machine.');

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/huggingface-token',
    description: 'Hugging Face user access token',
    keywords: ['hf_'],
    token: 'hf_[A-Za-z0-9]{34}',
    minEntropy: 3.5,
    why: 'The token reads your private models and datasets and, with write scope, pushes to your repositories and Spaces.',
    fix: FIX,
    match: () => [`hf_${fake.chars(fake.UPPER + fake.LOWER, 34)}`, `login(token="hf_${fake.chars(fake.UPPER + fake.LOWER, 34)}")`],
    noMatch: () => ['hf_XXXXXXXX', 'hf_your_token_here', `hf_${'a'.repeat(34)}`],
  }),
  prefixedRule({
    id: 'secret/huggingface-org-token',
    description: 'Hugging Face organization API token',
    keywords: ['api_org_'],
    token: 'api_org_[A-Za-z0-9]{34}',
    minEntropy: 3.5,
    why: 'The token acts for the whole organization on the Hub.',
    fix: FIX,
    match: () => [`api_org_${fake.chars(fake.UPPER + fake.LOWER, 34)}`, `HUGGINGFACE_ORG_TOKEN=api_org_${fake.chars(fake.UPPER + fake.LOWER, 34)}`],
    noMatch: () => ['api_org_name', `api_org_${fake.alnum(12)}`],
  }),
];
