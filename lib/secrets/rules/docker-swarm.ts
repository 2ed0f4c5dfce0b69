import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixedRule, rotateThen } from './token-kit';

const BASE36 = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Docker Swarm's own secrets (swarmkit): a join token is `SWMTKN-1-` + the root CA's digest (50
 * base-36 characters) + `-` + a random secret (25), and whoever holds it joins the swarm as a worker
 * or a manager; an unlock key is `SWMKEY-1-` + 32 random bytes in unpadded base64 (43 characters),
 * and decrypts the managers' Raft logs, where every service secret is kept. Docker's docs call both
 * secrets. They turn up in provisioning scripts, Ansible vars and compose-adjacent notes.
 */
export const rules: SecretRule[] = [
  prefixedRule({
    id: 'secret/docker-swarm-join-token',
    description: 'Docker Swarm join token',
    keywords: ['swmtkn-'],
    token: 'SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}',
    minEntropy: 3.5,
    why: 'Anyone with the token can join a node to the swarm (as a manager, with the manager token) and be handed its services and secrets.',
    fix: rotateThen(
      '`docker swarm join-token --rotate worker` (and `manager`) on a manager node',
      'print the token where a node joins (`docker swarm join-token -q worker` over SSH), or keep it in your provisioning tool\'s secret store.',
    ),
    match: () => [`SWMTKN-1-${fake.chars(BASE36, 50)}-${fake.chars(BASE36, 25)}`, `docker swarm join --token SWMTKN-1-${fake.chars(BASE36, 50)}-${fake.chars(BASE36, 25)} 10.0.0.5:2377`],
    noMatch: () => ['SWMTKN-1-<digest>-<secret>', `SWMTKN-1-${fake.chars(BASE36, 50)}`, `SWMTKN-1-${'x'.repeat(50)}-${'x'.repeat(25)}`],
  }),
  prefixedRule({
    id: 'secret/docker-swarm-unlock-key',
    description: 'Docker Swarm unlock key',
    keywords: ['swmkey-'],
    token: 'SWMKEY-1-[A-Za-z0-9+/]{43}',
    minEntropy: 3.5,
    why: 'The unlock key decrypts a locked swarm\'s Raft logs on a manager, where every service secret and the TLS keys are kept.',
    fix: rotateThen(
      '`docker swarm unlock-key --rotate` on a manager node',
      'keep the key in a password manager or secret store, and type or fetch it when a manager restarts (`docker swarm unlock`).',
    ),
    match: () => [`SWMKEY-1-${fake.base64(43)}`, `unlock_key: SWMKEY-1-${fake.alnum(43)}`],
    noMatch: () => ['SWMKEY-1-<unlock key>', `SWMKEY-1-${fake.alnum(20)}`, `SWMKEY-1-${'A'.repeat(43)}`],
  }),
];
