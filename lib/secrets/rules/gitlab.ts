import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';

const LOAD = 'then load it from a masked, protected CI/CD variable or the environment instead of the source';
/** Legacy tokens are 20 base64url characters; routable ones (GitLab 17.x+) are longer, with dot-separated version and CRC parts. */
const BODY = '[0-9A-Za-z_-]{20,300}(?:\\.[0-9A-Za-z_-]{1,20}){0,3}';
const legacy = (prefix: string) => () => prefix + fake.base64url(20);
const routable = (prefix: string) => () => `${prefix}${fake.base64url(40)}.01.${fake.lowerAlnum(9)}`;
const either = (prefix: string) => () => (fake.random() < 0.5 ? legacy(prefix)() : routable(prefix)());

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/gitlab-pat',
    description: 'GitLab personal, project or group access token',
    prefix: 'glpat-',
    body: BODY,
    make: either('glpat-'),
    fix: `Revoke it in GitLab (User settings → Access tokens, or the project/group's Access tokens page; POST /personal_access_tokens/self/rotate), ${LOAD}. In pipelines prefer CI_JOB_TOKEN.`,
  }),
  prefixed({
    id: 'secret/gitlab-deploy-token',
    description: 'GitLab deploy token',
    prefix: 'gldt-',
    body: BODY,
    make: either('gldt-'),
    fix: `Revoke the deploy token (Settings → Repository → Deploy tokens), create a new one, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/gitlab-runner-token',
    description: 'GitLab runner authentication token',
    prefix: 'glrt-',
    body: BODY,
    make: () => (fake.random() < 0.5 ? legacy('glrt-')() : `glrt-t1_${fake.base64url(27)}`),
    fix: 'Delete and re-register the runner (Settings → CI/CD → Runners, or gitlab-runner unregister / register), and keep config.toml out of the repository; provision the token through your configuration management secret store.',
  }),
  prefixed({
    id: 'secret/gitlab-runner-registration-token',
    description: 'GitLab runner registration token (legacy GR1348941)',
    prefix: 'GR1348941',
    body: '[0-9A-Za-z_-]{20,40}',
    make: () => 'GR1348941' + fake.base64url(20),
    keywords: ['gr1348941'],
    fix: 'Reset the registration token (Settings → CI/CD → Runners → Reset registration token), migrate to runner authentication tokens (glrt-), and pass tokens to `gitlab-runner register` from a secret store, not a committed script.',
  }),
  prefixed({
    id: 'secret/gitlab-pipeline-trigger-token',
    description: 'GitLab pipeline trigger token',
    prefix: 'glptt-',
    body: '[0-9a-f]{40}',
    make: () => 'glptt-' + fake.hex(40),
    fix: `Revoke the trigger (Settings → CI/CD → Pipeline trigger tokens), create a new one, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/gitlab-scim-token',
    description: 'GitLab SCIM OAuth token',
    prefix: 'glsoat-',
    body: BODY,
    make: legacy('glsoat-'),
    fix: 'Reset the SCIM token (group Settings → SAML SSO → Generate a SCIM token), update the identity provider, and keep the token only in the IdP configuration.',
  }),
  prefixed({
    id: 'secret/gitlab-ci-job-token',
    description: 'GitLab CI/CD job token',
    severity: 'medium',
    prefix: 'glcbt-',
    body: '[0-9a-fA-F]{1,5}_[0-9A-Za-z_-]{20,300}',
    make: () => `glcbt-${fake.hex(2)}_${fake.base64url(20)}`,
    why: 'A job token is valid while its job runs and acts with the permissions of the user who started the pipeline.',
    fix: 'Job tokens expire with the job; cancel the job if it is still running, stop writing CI_JOB_TOKEN into files or logs, and reference $CI_JOB_TOKEN at run time.',
  }),
  prefixed({
    id: 'secret/gitlab-incoming-mail-token',
    description: 'GitLab incoming email token',
    prefix: 'glimt-',
    body: '[0-9A-Za-z_-]{25,40}',
    make: () => 'glimt-' + fake.lowerAlnum(25),
    fix: 'Reset the incoming email token (User settings → Access tokens → Reset incoming email token) and do not share the generated issue-by-email address in the repository.',
  }),
  prefixed({
    id: 'secret/gitlab-agent-token',
    description: 'GitLab agent for Kubernetes token',
    prefix: 'glagent-',
    body: '[0-9A-Za-z_-]{50,300}(?:\\.[0-9A-Za-z_-]{1,20}){0,3}',
    make: () => 'glagent-' + fake.base64url(50),
    fix: 'Revoke the agent token (Operate → Kubernetes clusters → agent → Access tokens), create a new one, and install it as a Kubernetes Secret via your secret store (never in the Helm values committed to git).',
  }),
  prefixed({
    id: 'secret/gitlab-feature-flag-client-token',
    description: 'GitLab feature flags client token',
    severity: 'medium',
    prefix: 'glffct-',
    body: BODY,
    make: legacy('glffct-'),
    fix: `Reset the instance id / token (Deploy → Feature flags → Configure → Reset), ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/gitlab-oauth-app-secret',
    description: 'GitLab OAuth application secret',
    prefix: 'gloas-',
    body: '[0-9a-f]{64}',
    make: () => 'gloas-' + fake.hex(64),
    fix: 'Renew the secret of the OAuth application (User/Group/Admin settings → Applications → Renew secret), and load it from the environment or a secret manager on the server.',
  }),
  prefixed({
    id: 'secret/gitlab-feed-token',
    description: 'GitLab feed token',
    severity: 'medium',
    prefix: 'glft-',
    body: BODY,
    make: legacy('glft-'),
    why: 'A feed token reads RSS/Atom feeds and calendar exports, including confidential issue titles.',
    fix: 'Reset the feed token (User settings → Access tokens → Reset feed token) and keep feed URLs out of committed configuration.',
  }),
];
