import * as fake from '../../lib/secrets/fake';
import type { SecretRule } from '../../lib/secrets/rule';
import type { Item } from './items';
import { chance, int, pick } from './plant';
import { fakePassword } from './syntaxes';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const alpha = (n: number) => fake.chars(fake.UPPER + fake.LOWER, n);

/**
 * Provider credentials written from each provider's documented token shape,
 * independently of the rule catalogue, so the corpus also measures formats
 * the rule authors did not use in their own examples.
 */
export const PROVIDER_TOKENS: Array<{ kind: string; words: string[]; make: () => string }> = [
  { kind: 'github-pat', words: ['github', 'token'], make: () => fake.checksummedToken('ghp_') },
  { kind: 'github-oauth', words: ['gh', 'oauth', 'token'], make: () => fake.checksummedToken('gho_') },
  { kind: 'github-app-server', words: ['github', 'app', 'token'], make: () => fake.checksummedToken('ghs_') },
  { kind: 'github-user-to-server', words: ['github', 'user', 'token'], make: () => fake.checksummedToken('ghu_') },
  { kind: 'github-refresh', words: ['github', 'refresh', 'token'], make: () => fake.checksummedToken('ghr_') },
  { kind: 'github-fine-grained', words: ['github', 'pat'], make: () => `github_pat_${fake.alnum(22)}_${fake.alnum(59)}` },
  { kind: 'gitlab-pat', words: ['gitlab', 'token'], make: () => `glpat-${fake.base64url(20)}` },
  { kind: 'gitlab-runner', words: ['ci', 'runner', 'token'], make: () => `glrt-${fake.base64url(20)}` },
  { kind: 'gitlab-deploy', words: ['gitlab', 'deploy', 'token'], make: () => `gldt-${fake.base64url(20)}` },
  { kind: 'slack-bot', words: ['slack', 'bot', 'token'], make: () => `xoxb-${fake.digits(11)}-${fake.digits(13)}-${fake.alnum(24)}` },
  { kind: 'slack-user', words: ['slack', 'user', 'token'], make: () => `xoxp-${fake.digits(11)}-${fake.digits(11)}-${fake.digits(13)}-${fake.hex(32)}` },
  { kind: 'slack-webhook', words: ['slack', 'webhook', 'url'], make: () => `https://hooks.slack.com/services/T${fake.upperAlnum(8)}/B${fake.upperAlnum(10)}/${fake.alnum(24)}` },
  { kind: 'stripe-live-secret', words: ['stripe', 'secret', 'key'], make: () => `sk_live_${fake.alnum(int(24, 99))}` },
  { kind: 'stripe-restricted', words: ['stripe', 'restricted', 'key'], make: () => `rk_live_${fake.alnum(int(24, 99))}` },
  { kind: 'aws-access-key-id', words: ['aws', 'access', 'key', 'id'], make: () => 'AKIA' + fake.chars(B32, 16) },
  { kind: 'gcp-api-key', words: ['google', 'api', 'key'], make: () => 'AIza' + fake.base64url(35) },
  { kind: 'openai', words: ['openai', 'api', 'key'], make: () => (chance(0.5) ? `sk-proj-${fake.base64url(64)}T3BlbkFJ${fake.base64url(64)}` : `sk-${fake.alnum(20)}T3BlbkFJ${fake.alnum(20)}`) },
  { kind: 'anthropic', words: ['anthropic', 'api', 'key'], make: () => `sk-ant-api03-${fake.base64url(93)}AA` },
  { kind: 'huggingface', words: ['hf', 'token'], make: () => `hf_${alpha(34)}` },
  { kind: 'npm', words: ['npm', 'token'], make: () => fake.checksummedToken('npm_') },
  { kind: 'pypi', words: ['pypi', 'token'], make: () => `pypi-AgEIcHlwaS5vcmc${fake.base64url(int(60, 120))}` },
  { kind: 'sendgrid', words: ['sendgrid', 'api', 'key'], make: () => `SG.${fake.base64url(22)}.${fake.base64url(43)}` },
  { kind: 'twilio-api-key', words: ['twilio', 'api', 'key'], make: () => `SK${fake.hex(32)}` },
  { kind: 'mailgun', words: ['mailgun', 'api', 'key'], make: () => `key-${fake.hex(32)}` },
  { kind: 'mailchimp', words: ['mailchimp', 'api', 'key'], make: () => `${fake.hex(32)}-us${int(1, 21)}` },
  { kind: 'shopify', words: ['shopify', 'access', 'token'], make: () => `shpat_${fake.hex(32)}` },
  { kind: 'digitalocean', words: ['do', 'token'], make: () => `dop_v1_${fake.hex(64)}` },
  { kind: 'doppler', words: ['doppler', 'token'], make: () => `dp.pt.${fake.alnum(43)}` },
  { kind: 'vault', words: ['vault', 'token'], make: () => `hvs.${fake.base64url(24)}` },
  { kind: 'terraform-cloud', words: ['tfe', 'token'], make: () => `${fake.alnum(14)}.atlasv1.${fake.alnum(67)}` },
  { kind: 'linear', words: ['linear', 'api', 'key'], make: () => `lin_api_${fake.alnum(40)}` },
  { kind: 'postman', words: ['postman', 'api', 'key'], make: () => `PMAK-${fake.hex(24)}-${fake.hex(34)}` },
  { kind: 'sentry', words: ['sentry', 'auth', 'token'], make: () => `sntryu_${fake.hex(64)}` },
  { kind: 'discord-webhook', words: ['discord', 'webhook'], make: () => `https://discord.com/api/webhooks/${fake.digits(18)}/${fake.base64url(68)}` },
  { kind: 'telegram', words: ['telegram', 'bot', 'token'], make: () => `${fake.digits(10)}:AA${fake.base64url(33)}` },
  { kind: 'atlassian', words: ['jira', 'api', 'token'], make: () => `ATATT3xFfGF0${fake.base64url(180)}=${fake.upperHex(8)}` },
  { kind: 'newrelic', words: ['new', 'relic', 'api', 'key'], make: () => `NRAK-${fake.upperAlnum(27)}` },
  { kind: 'datadog', words: ['datadog', 'api', 'key'], make: () => fake.hex(32) },
  { kind: 'rubygems', words: ['gem', 'host', 'api', 'key'], make: () => `rubygems_${fake.hex(48)}` },
  { kind: 'nuget', words: ['nuget', 'api', 'key'], make: () => `oy2${fake.lowerAlnum(43)}` },
  { kind: 'dockerhub', words: ['docker', 'hub', 'token'], make: () => `dckr_pat_${fake.base64url(27)}` },
  { kind: 'azure-client-secret', words: ['azure', 'client', 'secret'], make: () => `${fake.alnum(3)}8Q~${fake.chars(fake.ALNUM + '_~.-', 34)}` },
  { kind: 'azure-storage-conn', words: ['azure', 'storage', 'connection', 'string'], make: () => `DefaultEndpointsProtocol=https;AccountName=${fake.lowerAlnum(10)};AccountKey=${fake.base64(86)}==;EndpointSuffix=core.windows.net` },
  { kind: 'jwt', words: ['auth', 'token'], make: () => fake.jwt({ sub: fake.digits(8), role: 'admin', iat: 1700000000 }) },
  { kind: 'heroku', words: ['heroku', 'api', 'key'], make: () => `HRKU-AA${fake.base64url(58)}` },
];

const GENERIC_KEYS = [['db', 'password'], ['admin', 'password'], ['smtp', 'password'], ['password'], ['passwd'], ['api', 'secret'], ['client', 'secret'], ['jwt', 'secret'], ['secret', 'key'], ['auth', 'token'], ['access', 'token'], ['api', 'key'], ['app', 'secret'], ['session', 'secret'], ['redis', 'password'], ['encryption', 'key']];

function urlCredential(): { kind: string; value: string; words: string[] } {
  const pw = fake.alnum(int(14, 28));
  const user = pick(['app', 'admin', 'svc_orders', 'deploy', 'root']);
  const h = pick(['db.internal', 'prod-db-1.c8x2kq.eu-west-1.rds.amazonaws.com', '10.0.3.17', 'mq.acme-corp.net']);
  const s = int(0, 6);
  if (s === 0) return { kind: 'url:postgres', words: ['database', 'url'], value: `postgres://${user}:${pw}@${h}:5432/${pick(['orders', 'app', 'main'])}` };
  if (s === 1) return { kind: 'url:mysql', words: ['database', 'url'], value: `mysql://${user}:${pw}@${h}:3306/app` };
  if (s === 2) return { kind: 'url:mongodb', words: ['mongo', 'uri'], value: `mongodb+srv://${user}:${pw}@cluster0.${fake.lowerAlnum(5)}.mongodb.net/app?retryWrites=true` };
  if (s === 3) return { kind: 'url:redis', words: ['redis', 'url'], value: `redis://:${pw}@${h}:6379/0` };
  if (s === 4) return { kind: 'url:amqp', words: ['broker', 'url'], value: `amqp://${user}:${pw}@${h}:5672/vhost` };
  if (s === 5) return { kind: 'url:https-basic', words: ['registry', 'url'], value: `https://${user}:${pw}@nexus.acme-corp.net/repository/npm/` };
  return { kind: 'url:git-token', words: ['repo', 'url'], value: `https://x-access-token:${fake.checksummedToken('ghs_')}@github.com/acme/${pick(['infra', 'api'])}.git` };
}

/** Bare tokens (no space, no quote) can be written under any key in any syntax. */
const isBare = (s: string) => !/[\s"'`]/.test(s) && s.length < 400;

function lineSyntaxes(text: string): string[] {
  if (/^\s*(export\s+)?[A-Z_][A-Z0-9_]*=/.test(text)) return ['env', 'shell'];
  if (/^\s*"[^"]+"\s*:/.test(text)) return ['json'];
  if (/^\s*[\w.-]+\s*:\s/.test(text)) return ['yaml'];
  if (/^\s*[\w.-]+\s*=/.test(text)) return ['ini', 'properties', 'toml', 'python'];
  return ['text'];
}

function guessExt(text: string): string {
  if (/-----BEGIN [A-Z ]*PRIVATE KEY/.test(text)) return pick(['.pem', '.key', '']);
  if (/^\s*[{[]/.test(text)) return '.json';
  if (/^\s*[\w.-]+:\s/m.test(text)) return '.yaml';
  return '.txt';
}

/**
 * Every rule's own `examples.match()` output, placed into host syntaxes the
 * rule author did not choose: bare tokens under a key named after the rule,
 * whole lines into a file of a matching syntax, multi-line text as its own file.
 */
export function catalogueItems(rules: SecretRule[], perRule: number): Item[] {
  const items: Item[] = [];
  for (const rule of rules) {
    let examples: string[];
    try {
      examples = rule.examples.match();
    } catch {
      continue;
    }
    const chosen = examples.slice().sort(() => fake.random() - 0.5).slice(0, perRule);
    const words = rule.id.replace(/^[^/]*\//, '').split(/[-_]/).filter(Boolean);
    const kind = `rule:${rule.id}`;
    for (const ex of chosen) {
      // A format known by its file name (rule.paths) is planted as a file of that name.
      if (rule.examples.path) {
        const file = rule.examples.path.split('/').pop();
        items.push({ mode: 'file', type: 'pos', kind, path: `secrets/${words.join('-')}-${fake.lowerAlnum(4)}/${file}`, build: (fb) => fb.add(ex, { type: 'pos', kind }) });
      } else if (isBare(ex)) items.push({ mode: 'assign', type: 'pos', kind, words, value: ex });
      else if (!ex.includes('\n')) items.push({ mode: 'line', type: 'pos', kind, text: ex, syntaxes: lineSyntaxes(ex) });
      else {
        const name = words.join('-');
        items.push({ mode: 'file', type: 'pos', kind, path: `secrets/${name}-${fake.lowerAlnum(4)}${guessExt(ex)}`, build: (fb) => fb.add(ex, { type: 'pos', kind }) });
      }
    }
  }
  return items;
}

/** Independent provider tokens, generic passwords, URL credentials and credential files. */
export function independentItems(scale: number): Item[] {
  const items: Item[] = [];
  for (let r = 0; r < scale; r++) {
    for (const p of PROVIDER_TOKENS) items.push({ mode: 'assign', type: 'pos', kind: `provider:${p.kind}`, words: p.words, value: p.make() });
    for (let i = 0; i < 14; i++) items.push({ mode: 'assign', type: 'pos', kind: 'generic:password', words: pick(GENERIC_KEYS), value: fakePassword() });
    for (let i = 0; i < 6; i++) {
      const u = urlCredential();
      items.push({ mode: 'assign', type: 'pos', kind: u.kind, words: u.words, value: u.value });
    }
    items.push(...credentialFiles());
  }
  return items;
}

/** Files whose format itself says "credential here": .npmrc, .pypirc, .netrc, kubeconfig, keys… */
function credentialFiles(): Item[] {
  const items: Item[] = [];
  const pw = () => fake.alnum(int(16, 28));
  items.push({ mode: 'file', type: 'pos', kind: 'file:npmrc', path: '.npmrc', build: (fb) => {
    fb.add('registry=https://registry.npmjs.org/');
    fb.add(`//registry.npmjs.org/:_authToken=${fake.checksummedToken('npm_')}`, { type: 'pos', kind: 'file:npmrc' });
    fb.add('save-exact=true');
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'file:pypirc', path: '.pypirc', build: (fb) => {
    fb.add('[distutils]\nindex-servers =\n    pypi\n    private\n\n[pypi]\nusername = __token__');
    fb.add(`password = pypi-AgEIcHlwaS5vcmc${fake.base64url(80)}`, { type: 'pos', kind: 'file:pypirc' });
    fb.add('\n[private]\nrepository = https://pypi.acme-corp.net/\nusername = deploy');
    fb.add(`password = ${pw()}`, { type: 'pos', kind: 'file:pypirc' });
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'file:netrc', path: pick(['.netrc', 'ci/netrc']), build: (fb) => {
    fb.add(`machine api.acme-corp.net login deploy password ${pw()}`, { type: 'pos', kind: 'file:netrc' });
    fb.add('machine github.com');
    fb.add('  login bot');
    fb.add(`  password ${fake.checksummedToken('ghp_')}`, { type: 'pos', kind: 'file:netrc' });
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'file:git-credentials', path: '.git-credentials', build: (fb) => {
    fb.add(`https://ci-bot:${fake.checksummedToken('ghp_')}@github.com`, { type: 'pos', kind: 'file:git-credentials' });
    fb.add(`https://deploy:${pw()}@gitlab.acme-corp.net`, { type: 'pos', kind: 'file:git-credentials' });
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'file:docker-config', path: pick(['.docker/config.json', 'deploy/docker-config.json']), build: (fb) => {
    fb.add('{\n  "auths": {\n    "registry.acme-corp.net": {');
    fb.add(`      "auth": "${fake.b64(`deploy:${pw()}`)}"`, { type: 'pos', kind: 'file:docker-config' });
    fb.add('    }\n  }\n}');
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'file:kubeconfig', path: pick(['kubeconfig', '.kube/config', 'deploy/kubeconfig.yaml']), build: (fb) => {
    fb.add('apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:');
    fb.add(`    client-certificate-data: ${fake.b64(fake.pem('CERTIFICATE', 4))}`);
    fb.add(`    client-key-data: ${fake.b64(fake.pem('RSA PRIVATE KEY', 6))}`, { type: 'pos', kind: 'file:kubeconfig' });
  } });
  const keyKind = pick(['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'DSA PRIVATE KEY']);
  items.push({ mode: 'file', type: 'pos', kind: 'file:private-key', path: pick(['deploy/id_rsa', 'certs/server.key', 'keys/signing.pem', 'config/jwt-private.pem']), build: (fb) => {
    fb.add(fake.pem(keyKind, 8), { type: 'pos', kind: 'file:private-key' });
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'file:pgp-private', path: 'keys/release-signing.asc', build: (fb) => {
    fb.add(`-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${Array.from({ length: 8 }, () => fake.base64(64)).join('\n')}\n=${fake.base64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`, { type: 'pos', kind: 'file:pgp-private' });
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'file:putty', path: 'keys/deploy.ppk', build: (fb) => {
    // One key, one secret: the whole file is the planted range.
    fb.add(`PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${fake.base64(64)}\n${fake.base64(40)}\nPrivate-Lines: 3\n${fake.base64(64)}\n${fake.base64(64)}\n${fake.base64(30)}\nPrivate-MAC: ${fake.hex(64)}`, { type: 'pos', kind: 'file:putty' });
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'file:gcp-service-account', path: pick(['gcp-sa.json', 'config/service-account.json']), build: (fb) => {
    fb.add(`{\n  "type": "service_account",\n  "project_id": "acme-prod-${fake.digits(4)}",\n  "private_key_id": "${fake.hex(40)}",`);
    fb.add(`  "private_key": "${fake.pem('PRIVATE KEY', 10).replace(/\n/g, '\\n')}\\n",`, { type: 'pos', kind: 'file:gcp-service-account' });
    fb.add(`  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",\n  "client_id": "${fake.digits(21)}"\n}`);
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'k8s:secret-data-base64', path: `k8s/${pick(['db', 'api', 'worker'])}-secret.yaml`, build: (fb) => {
    fb.add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\ndata:\n  username: ${fake.b64('app')}`);
    fb.add(`  password: ${fake.b64(pw())}`, { type: 'pos', kind: 'k8s:secret-data-base64' });
    fb.add(`  api-token: ${fake.b64(fake.checksummedToken('ghp_'))}`, { type: 'pos', kind: 'k8s:secret-data-base64' });
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'k8s:secret-stringdata', path: 'k8s/stripe-secret.yaml', build: (fb) => {
    fb.add('apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\nstringData:');
    fb.add(`  STRIPE_SECRET_KEY: sk_live_${fake.alnum(32)}`, { type: 'pos', kind: 'k8s:secret-stringdata' });
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'aws:credentials-pair', path: pick(['.aws/credentials', 'ci/aws-credentials']), build: (fb) => {
    fb.add('[default]');
    fb.add(`aws_access_key_id = AKIA${fake.chars(B32, 16)}`, { type: 'pos', kind: 'aws:credentials-pair' });
    fb.add(`aws_secret_access_key = ${fake.base64(40)}`, { type: 'pos', kind: 'aws:credentials-pair' });
    fb.add('region = eu-west-1');
  } });
  items.push({ mode: 'file', type: 'pos', kind: 'ci:gitlab-variables', path: '.gitlab-ci.yml', build: (fb) => {
    fb.add('stages: [test, deploy]\nvariables:\n  DOCKER_DRIVER: overlay2');
    fb.add(`  DEPLOY_TOKEN: "glpat-${fake.base64url(20)}"`, { type: 'pos', kind: 'ci:gitlab-variables' });
    fb.add('deploy:\n  stage: deploy\n  script:\n    - ./scripts/deploy.sh');
  } });
  return items;
}
