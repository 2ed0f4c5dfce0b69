import * as fake from '../../../lib/secrets/fake';
import { pick } from '../plant';

/** Fake credentials built at run time (never committed), in the shapes teams paste into Dockerfiles. */
export const token = {
  github: () => fake.checksummedToken('ghp_'),
  npm: () => fake.checksummedToken('npm_'),
  gitlab: () => 'glpat-' + fake.base64url(20),
  awsKeyId: () => 'AKIA' + fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  awsSecret: () => fake.base64(40).replace(/\+/g, 'x'),
  stripe: () => 'sk_live_' + fake.alnum(pick([24, 34, 99])),
  slack: () => `xoxb-${fake.digits(11)}-${fake.digits(13)}-${fake.alnum(24)}`,
  /** A human-chosen password: words, digits, a symbol. */
  password: () => pick(['Summer', 'Winter', 'Tr0ub4dor', 'Passw0rd', 'Admin', 'Kr4k3n', 'Blue', 'Ops']) + fake.alnum(pick([4, 6, 8])) + pick(['!', '#', '', '2024', '_x']),
  /** An opaque app secret (Django SECRET_KEY, JWT signing key). */
  opaque: () => fake.alnum(pick([32, 40, 50])),
};

export interface NamedSecret {
  key: string;
  value: string;
  kind: string;
}

/** A secret-named variable with a literal value, or a provider token under any name. */
export function namedSecret(): NamedSecret {
  return pick<() => NamedSecret>([
    () => ({ key: pick(['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'REDIS_PASSWORD', 'ADMIN_PASS', 'RABBITMQ_DEFAULT_PASS']), value: token.password(), kind: 'password' }),
    () => ({ key: pick(['SECRET_KEY', 'DJANGO_SECRET_KEY', 'JWT_SECRET', 'APP_SECRET', 'SESSION_SECRET', 'RAILS_MASTER_KEY']), value: token.opaque(), kind: 'app-secret' }),
    () => ({ key: pick(['GITHUB_TOKEN', 'GH_TOKEN', 'GIT_TOKEN', 'BUILD_TOKEN']), value: token.github(), kind: 'github-token' }),
    () => ({ key: pick(['NPM_TOKEN', 'NPM_AUTH_TOKEN', 'NODE_AUTH_TOKEN']), value: token.npm(), kind: 'npm-token' }),
    () => ({ key: 'AWS_ACCESS_KEY_ID', value: token.awsKeyId(), kind: 'aws-key-id' }),
    () => ({ key: 'AWS_SECRET_ACCESS_KEY', value: token.awsSecret(), kind: 'aws-secret' }),
    () => ({ key: pick(['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'PAYMENTS_KEY']), value: token.stripe(), kind: 'stripe-key' }),
    () => ({ key: pick(['SLACK_BOT_TOKEN', 'SLACK_TOKEN']), value: token.slack(), kind: 'slack-token' }),
    () => ({ key: pick(['GITLAB_TOKEN', 'CI_DEPLOY_TOKEN']), value: token.gitlab(), kind: 'gitlab-token' }),
    () => ({ key: pick(['API_KEY', 'SENDGRID_API_KEY', 'MAPS_API_KEY', 'apiKey']), value: fake.alnum(32), kind: 'api-key' }),
    // Provider token under a neutral name: found by its shape, not its name.
    () => ({ key: pick(['GH', 'DEPLOY', 'UPSTREAM_AUTH', 'BOT']), value: token.github(), kind: 'token-neutral-name' }),
  ])();
}
