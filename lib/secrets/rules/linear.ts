import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/linear-api-key',
    description: 'Linear personal API key',
    prefix: 'lin_api_',
    body: '[A-Za-z0-9]{40}',
    make: () => 'lin_api_' + fake.alnum(40),
    minEntropy: 3.5,
    fix: 'Revoke the key in Linear (Settings → Account → Security & access → Personal API keys), create a new one, and load it from the environment or a CI secret.',
  }),
  prefixed({
    id: 'secret/linear-oauth-token',
    description: 'Linear OAuth access token',
    prefix: 'lin_oauth_',
    body: '[a-f0-9]{64}',
    make: () => 'lin_oauth_' + fake.hex(64),
    fix: 'Revoke the token (POST https://api.linear.app/oauth/revoke, or remove the app authorization in Linear settings), and keep tokens in your server-side store rather than the repository.',
  }),
];
