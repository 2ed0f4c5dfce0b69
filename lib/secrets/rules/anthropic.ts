import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen, LOAD_FROM_ENV } from './token-kit';

// Anthropic keys: sk-ant-<kind><version>- + 93 base64url characters + "AA" (108 in all for api03).
const FIX = rotateThen('console.anthropic.com → Settings → API keys → Delete', LOAD_FROM_ENV + ' Call the API from your server, never from client code.');

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/anthropic-api-key',
    description: 'Anthropic API key',
    keywords: ['sk-ant-api'],
    token: 'sk-ant-api0\\d-[A-Za-z0-9_-]{80,100}AA',
    why: 'The key spends your Anthropic credit and reads the workspace\'s files and batches.',
    fix: FIX,
    match: () => [`sk-ant-api03-${fake.base64url(93)}AA`, `ANTHROPIC_API_KEY="sk-ant-api03-${fake.base64url(93)}AA"`],
    noMatch: () => ['sk-ant-api03-...', `sk-ant-api03-${fake.base64url(30)}AA`, 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA'],
  }),
  prefixedRule({
    id: 'secret/anthropic-admin-key',
    description: 'Anthropic Admin API key',
    keywords: ['sk-ant-admin'],
    token: 'sk-ant-admin0\\d-[A-Za-z0-9_-]{80,100}AA',
    why: 'An admin key manages the Anthropic organization: members, workspaces and API keys.',
    fix: FIX,
    match: () => [`sk-ant-admin01-${fake.base64url(93)}AA`, `admin_key: sk-ant-admin01-${fake.base64url(93)}AA`],
    noMatch: () => ['sk-ant-admin01-x-...', `sk-ant-admin01-${fake.base64url(20)}`],
  }),
  prefixedRule({
    id: 'secret/anthropic-oauth-token',
    description: 'Anthropic OAuth access or refresh token (Claude subscriptions, Claude Code)',
    keywords: ['sk-ant-oat', 'sk-ant-ort'],
    token: 'sk-ant-o[ar]t0\\d-[A-Za-z0-9_-]{80,120}',
    why: 'The token acts as the signed-in Claude user until it expires or is revoked.',
    fix: rotateThen('claude.ai → Settings → sign out of all sessions, or `claude setup-token` again', 'keep `CLAUDE_CODE_OAUTH_TOKEN` in a CI secret.'),
    match: () => [`sk-ant-oat01-${fake.base64url(95)}AA`, `CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${fake.base64url(95)}AA`],
    noMatch: () => ['sk-ant-oat01-', `sk-ant-oat01-${fake.base64url(40)}`],
  }),
];
