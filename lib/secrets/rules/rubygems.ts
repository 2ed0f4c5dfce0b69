import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/rubygems-api-key',
    description: 'RubyGems.org API key',
    keywords: ['rubygems_'],
    token: 'rubygems_[a-f0-9]{48}',
    why: 'A RubyGems key pushes new versions of your gems (and can yank them).',
    fix: rotateThen(
      'rubygems.org → Settings → API keys',
      'use Trusted Publishing from CI or set `GEM_HOST_API_KEY` as a CI secret; keep ~/.gem/credentials out of the repository.',
    ),
    match: () => [`rubygems_${fake.hex(48)}`, `---\n:rubygems_api_key: rubygems_${fake.hex(48)}`],
    noMatch: () => [`rubygems_${fake.hex(40)}`, 'rubygems_version: 3.4.10', `rubygems_${'0'.repeat(48)}`],
  }),
];
