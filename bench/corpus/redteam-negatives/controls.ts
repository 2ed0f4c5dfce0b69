import * as fake from '../../../lib/secrets/fake';
import { int, LabelledDoc as Doc, pick } from '../plant';
import * as v from './values';

/**
 * A few real-shaped credentials among the negatives, several in the same
 * files as the public material they resemble (a private key beside
 * known_hosts, a WireGuard private key beside peers' public keys, a
 * password beside image digests). A scanner that reports nothing, or a
 * filter that swallows a whole file, shows up as a missed control.
 * Kinds are `control/<what>`.
 */
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const OPENSSH_PREAMBLE = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA';

export function controls(dir: string): Doc[] {
  const out: Doc[] = [];
  const gh = new Doc(`${dir}scripts/${pick(['release.sh', 'publish.sh'])}`, 'control');
  gh.t('#!/usr/bin/env bash').t('set -euo pipefail').n('digest/script-expected-sha', `EXPECTED_SHA=${v.hex(64)}`).p('github-pat', `export GITHUB_TOKEN=${fake.checksummedToken('ghp_')}`).t('gh release create "v$VERSION" dist/*');
  out.push(gh);

  const aws = new Doc(`${dir}${pick(['deploy/aws/credentials', 'ops/.aws/credentials'])}`, 'control');
  aws.t('[default]').p('aws-key-pair', `aws_access_key_id = AKIA${fake.chars(B32, 16)}\naws_secret_access_key = ${fake.base64(40)}`).t('region = eu-west-1');
  out.push(aws);

  const ssh = new Doc(`${dir}${pick(['ansible/files/deploy_key', 'ci/ssh/id_ed25519'])}`, 'control');
  ssh.p('openssh-private-key', `-----BEGIN OPENSSH PRIVATE KEY-----\n${OPENSSH_PREAMBLE}${fake.base64(14)}\n${Array.from({ length: 5 }, () => fake.base64(70)).join('\n')}\n${fake.base64(int(20, 60))}==\n-----END OPENSSH PRIVATE KEY-----`);
  out.push(ssh);

  const wg = new Doc(`${dir}${pick(['vpn/wg0.conf', 'infra/wireguard/wg0.conf'])}`, 'control');
  wg.t('[Interface]').t('Address = 10.8.0.1/24').t('ListenPort = 51820').p('wireguard-private-key', `PrivateKey = ${v.b64Bytes(32)}`).t('').t('[Peer]').n('public-key/wireguard-peer', `PublicKey = ${v.b64Bytes(32)}`).t('AllowedIPs = 10.8.0.2/32');
  out.push(wg);

  const npmrc = new Doc(`${dir}${pick(['.npmrc', 'frontend/.npmrc'])}`, 'control');
  npmrc.t('registry=https://registry.npmjs.org/').p('npm-token', `//registry.npmjs.org/:_authToken=${fake.checksummedToken('npm_')}`).t('save-exact=true');
  out.push(npmrc);

  const compose = new Doc(`${dir}${pick(['deploy/compose.db.yml', 'docker/compose.override.yml'])}`, 'control');
  compose.t('services:').t('  db:').n('digest/compose-image', `    image: postgres:16@sha256:${v.hex(64)}`).t('    environment:').t('      POSTGRES_USER: app');
  compose.p('compose-password', `      POSTGRES_PASSWORD: ${fake.alnum(int(6, 10))}${pick(['!', '#', '%', '-'])}${fake.alnum(int(8, 14))}`);
  out.push(compose);

  const stripe = new Doc(`${dir}${pick(['server/payments.js', 'src/billing/stripe.ts'])}`, 'control');
  stripe.n('public-by-design/stripe-publishable', `const publishableKey = 'pk_live_51${fake.alnum(96)}';`).p('stripe-secret', `const stripe = new Stripe('sk_live_51${fake.alnum(96)}');`);
  out.push(stripe);

  const slack = new Doc(`${dir}${pick(['ops/alerts.env', 'config/notify.env'])}`, 'control');
  slack.n('placeholder/env-doc', `SLACK_SIGNING_SECRET=${v.placeholder('SLACK_SIGNING_SECRET')}`).p('slack-bot', `SLACK_BOT_TOKEN=xoxb-${fake.digits(12)}-${fake.digits(13)}-${fake.alnum(24)}`);
  out.push(slack);
  return out;
}
