import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

const FIX = rotateThen(
  'Docker Hub → Account settings (or the organization) → Personal/Organization access tokens → Delete',
  'log in at run time with `echo "$DOCKERHUB_TOKEN" | docker login -u USER --password-stdin` from a CI secret (docker/login-action), or a credential helper.',
);

export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/docker-hub-pat',
    description: 'Docker Hub personal access token',
    keywords: ['dckr_pat_'],
    token: 'dckr_pat_[A-Za-z0-9_-]{27,40}',
    minEntropy: 3.5,
    why: 'The token pushes and pulls images as you: an attacker can replace images your deployments pull.',
    fix: FIX,
    match: () => [`dckr_pat_${fake.base64url(27)}`, `docker login -u me -p dckr_pat_${fake.base64url(27)}`],
    noMatch: () => ['dckr_pat_', 'DOCKER_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx', `dckr_pat_${fake.base64url(12)}`],
  }),
  prefixedRule({
    id: 'secret/docker-hub-oat',
    description: 'Docker Hub organization access token',
    keywords: ['dckr_oat_'],
    token: 'dckr_oat_[A-Za-z0-9_-]{27,40}',
    minEntropy: 3.5,
    why: 'The token pushes and pulls the organization\'s images: an attacker can replace images your deployments pull.',
    fix: FIX,
    match: () => [`dckr_oat_${fake.base64url(32)}`, `DOCKERHUB_TOKEN: dckr_oat_${fake.base64url(27)}`],
    noMatch: () => ['dckr_oat_', `dckr_oat_${fake.base64url(10)}`],
  }),
];
