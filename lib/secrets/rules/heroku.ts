import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, keyedRule, rotateThen } from './token-kit';

const FIX = rotateThen(
  'dashboard.heroku.com → Account settings → API Key → Regenerate, or `heroku authorizations:revoke`',
  'set `HEROKU_API_KEY` as a CI secret (or `heroku authorizations:create` for a scoped token) and keep ~/.netrc out of the repository.',
);
const WHY = 'A Heroku API key controls every app of the account: config vars (with their database URLs), deploys, add-ons.';
const uuid = () => `${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}`;

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/heroku-api-key',
    description: 'Heroku API key / OAuth token (HRKU- format)',
    keywords: ['hrku-'],
    token: 'HRKU-(?:AA[A-Za-z0-9_-]{58}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})',
    why: WHY,
    fix: FIX,
    match: () => [`HRKU-AA${fake.base64url(58)}`, `HEROKU_API_KEY=HRKU-${uuid()}`],
    noMatch: () => ['HRKU-AAKXKs....', `HRKU-AA${fake.base64url(20)}`],
  }),
  keyedRule({
    id: 'secret/heroku-api-key-legacy',
    description: 'Heroku API key (legacy UUID next to a Heroku name)',
    keywords: ['heroku'],
    names: 'heroku',
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    why: WHY,
    fix: FIX,
    match: () => [`HEROKU_API_KEY=${uuid()}`, `heroku_api_key: "${uuid()}"`],
    noMatch: () => ['HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}', `HEROKU_APP_ID=${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`, 'heroku_app_name: my-app'],
  }),
];
