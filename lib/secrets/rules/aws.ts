import type { SecretRule } from '../rule';
import { WORD_HEAD } from './prefixed';
import * as fake from '../fake';
import { anyCase, SEP } from './near-keyword';
import { uuid, mixedCase } from './shapes';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ROTATE_IAM = 'Deactivate the key pair in IAM (console → Security credentials, or `aws iam update-access-key --status Inactive`), create a new one, then load it from the environment, an AWS profile (~/.aws/credentials outside the repo), an instance/task role, or OIDC in CI (aws-actions/configure-aws-credentials) instead of the source.';

/** Session tokens are base64 of a protobuf-like blob; these are the encodings of its fixed header. */
const SESSION_PREFIXES = ['IQoJb3JpZ2lu', 'FwoGZXIvYXdz', 'FQoGZXIvYXdz', 'AQoDYXdz'];

export const rules: SecretRule[] = [
  {
    id: 'secret/aws-access-key-id',
    description: 'AWS access key id',
    severity: 'high',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    regex: new RegExp(`${WORD_HEAD}((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b`),
    secretGroup: 1,
    minEntropy: 3,
    // AWS documentation keys (AKIAIOSFODNN7EXAMPLE…) carry an EXAMPLE marker issued keys never have.
    validate: (s) => !s.includes('EXAMPLE'),
    why: 'An AWS key id, usually committed together with its secret key, gives API access to the account.',
    fix: ROTATE_IAM,
    examples: {
      match: () => ['AKIA' + fake.chars(BASE32, 16), 'aws_access_key_id = ASIA' + fake.chars(BASE32, 16)],
      noMatch: ['AKIAIOSFODNN7EXAMPLE', 'AKIAXXXXXXXXXXXXXXXX', 'AKIA1234'],
    },
  },
  {
    id: 'secret/aws-secret-access-key',
    description: 'AWS secret access key',
    severity: 'high',
    keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'secret-access-key'],
    // 40 base64 characters are everywhere; only an AWS-named assignment makes them a secret key.
    regex: new RegExp(
      `(?<![A-Za-z0-9])(?:${anyCase('aws')}[\\w.\\-\\s"':{]{0,40}?${anyCase('secret')}|${anyCase('secret')}[_-]?${anyCase('access')}[_-]?${anyCase('key')})[\\w.\\-]{0,16}${SEP}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    ),
    secretGroup: 1,
    minEntropy: 4.2,
    // AWS documents wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; its EXAMPLE marker never occurs in issued keys.
    validate: (s) => mixedCase(s) && !s.includes('EXAMPLE'),
    why: 'With the matching key id, the secret access key signs any AWS API call the IAM user may make.',
    fix: ROTATE_IAM,
    examples: {
      match: () => [
        `aws_secret_access_key = ${fake.base64(40)}`,
        `AWS_SECRET_ACCESS_KEY: "${fake.base64(40)}"`,
        `{"AccessKeyId": "AKIA${fake.chars(BASE32, 16)}", "SecretAccessKey": "${fake.base64(40)}"}`,
        `aws:\n  secret_key: ${fake.base64(40)}`,
        // A YAML block scalar: the value on the next, indented line (Ansible vars, Helm values).
        `aws_secret_access_key: >-\n    ${fake.base64(40)}`,
        `  "aws_secret_access_key": |\r\n      ${fake.base64(40)}`,
      ],
      noMatch: () => [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        `aws_secret_access_key = ${fake.hex(40)}`,
        `secret = ${fake.base64(40)}`,
      ],
    },
  },
  {
    id: 'secret/aws-session-token',
    description: 'AWS temporary session token',
    severity: 'medium',
    keywords: [...SESSION_PREFIXES.map((p) => p.toLowerCase()), 'session_token', 'sessiontoken', 'security-token'],
    regex: new RegExp(
      `(?:(?<![A-Za-z0-9/+])(?=${SESSION_PREFIXES.join('|')})|(?:${anyCase('session')}[_-]?${anyCase('token')}|${anyCase('x-amz-security-token')})${SEP})([A-Za-z0-9/+]{100,1400}={0,2})(?![A-Za-z0-9/+=])`,
    ),
    secretGroup: 1,
    minEntropy: 4.5,
    why: 'A session token, with its key id and secret, works as full AWS credentials until it expires (up to 36 hours).',
    fix: 'Revoke the role session (IAM → Roles → Revoke active sessions) or wait for expiry, and never write temporary credentials to files in the repo: let the SDK fetch them from the role, `aws sso login`, or the CI OIDC provider at run time.',
    examples: {
      match: () => [
        `aws_session_token = ${fake.base64(300)}`,
        `"SessionToken": "IQoJb3JpZ2luX2Vj${fake.base64(400)}"`,
        `token: FwoGZXIvYXdz${fake.base64(250)}`,
      ],
      noMatch: () => [`aws_session_token = ${fake.base64(60)}`, `aws_session_token = ${'A'.repeat(200)}`, `IQoJb3JpZ2lu${fake.base64(20)}`],
    },
  },
  {
    id: 'secret/aws-bedrock-api-key',
    description: 'Amazon Bedrock long-term API key',
    severity: 'high',
    keywords: ['absk'],
    // "ABSK" + base64 of "BedrockAPIKey-<id>-at-<account>:<secret>"; the decoded text is checked, not just the shape.
    regex: new RegExp(`${WORD_HEAD}(ABSK[A-Za-z0-9+/]{60,400}={0,2})(?![A-Za-z0-9+/=])`),
    secretGroup: 1,
    validate: (s) => Buffer.from(s.slice(4), 'base64').toString('latin1').startsWith('BedrockAPIKey-'),
    why: 'A long-term Bedrock API key calls Bedrock models on your account (and bill) until it expires or is revoked.',
    fix: 'Delete the service-specific credential of the IAM user (IAM → Users → Security credentials → API keys for Amazon Bedrock), and use short-term keys or role credentials loaded at run time instead of the source.',
    examples: {
      match: () => {
        const key = () => 'ABSK' + Buffer.from(`BedrockAPIKey-${fake.lowerAlnum(4)}-at-${fake.digits(12)}:${fake.base64(48)}`).toString('base64').replace(/=+$/, '');
        return [key(), `AWS_BEARER_TOKEN_BEDROCK=${key()}`];
      },
      noMatch: () => [`ABSK${fake.base64(120)}`, 'ABSKQmVkcm9ja0FQSUtleS0...'],
    },
  },
  {
    id: 'secret/aws-mws-auth-token',
    description: 'Amazon Marketplace Web Service (MWS) auth token',
    severity: 'high',
    keywords: ['amzn.mws.'],
    regex: /\b(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    secretGroup: 1,
    fix: 'Revoke the developer authorization in Seller Central (Apps & Services → Manage Your Apps), re-authorize to get a new token, and load it from the environment or a secret manager instead of the source.',
    examples: {
      match: () => [`amzn.mws.${uuid()}`, `MWS_AUTH_TOKEN=amzn.mws.${uuid()}`],
      noMatch: () => ['amzn.mws.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', `amzn.mws.${fake.hex(20)}`],
    },
  },
];
