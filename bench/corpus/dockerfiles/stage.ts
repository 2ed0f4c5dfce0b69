import { pick } from '../plant';
import { cmd, type Cmd, type DockerfileWriter, type Mark } from './writer';

export type Os = 'alpine' | 'debian' | 'ubuntu' | 'rhel';
export type Lang = 'node' | 'python' | 'go' | 'java' | 'php' | 'ruby' | 'c';

/** Where a planted problem or negative is written: the stage being built. */
export interface StageCtx {
  w: DockerfileWriter;
  os: Os;
  /** False in distroless / scratch stages: no RUN possible. */
  shell: boolean;
  final: boolean;
  workdir: string;
  lang: Lang;
}

export const R = {
  env: 'dockerfile/env-secret',
  arg: 'dockerfile/arg-secret',
  label: 'dockerfile/label-secret',
  copied: 'dockerfile/secret-file-copied',
  removed: 'dockerfile/secret-removed-in-later-layer',
  persisted: 'dockerfile/secret-persisted-by-run',
  credRun: 'dockerfile/credential-in-run',
  addRemote: 'dockerfile/add-remote-unverified',
  piped: 'dockerfile/remote-script-piped-to-shell',
  download: 'dockerfile/download-unverified',
  trust: 'dockerfile/trust-disabled',
  root: 'dockerfile/root-user',
  missing: 'dockerfile/missing-user',
  unpinned: 'dockerfile/unpinned-base-image',
  sudo: 'dockerfile/sudo-in-run',
  writable: 'dockerfile/world-writable',
  insecure: 'dockerfile/insecure-build-flags',
  context: 'dockerfile/context-leak',
} as const;

export const pos = (rule: string, kind: string, related?: string[]): Mark => ({ type: 'pos', rule, kind, ...(related ? { related } : {}) });
export const neg = (kind: string): Mark => ({ type: 'neg', kind: `neg:${kind}` });

/** Package installation in the stage's distribution, as several commands. */
export function install(os: Os, pkgs: string[]): Cmd[] {
  switch (os) {
    case 'alpine':
      return [cmd(`apk add --no-cache ${pkgs.join(' ')}`)];
    case 'rhel':
      return [cmd(`${pick(['microdnf', 'dnf'])} install -y ${pkgs.join(' ')}`), cmd(`${pick(['microdnf', 'dnf'])} clean all`)];
    default:
      return [cmd('apt-get update'), cmd(`apt-get install -y --no-install-recommends ${pkgs.join(' ')}`), cmd('rm -rf /var/lib/apt/lists/*')];
  }
}

/** Creating an unprivileged user in the stage's distribution. */
export function addUser(os: Os, name: string, uid: number): Cmd {
  if (os === 'alpine') return cmd(pick([`addgroup -S ${name} && adduser -S -G ${name} -u ${uid} ${name}`, `adduser -D -u ${uid} ${name}`]));
  return cmd(pick([`groupadd --system --gid ${uid} ${name} && useradd --system --uid ${uid} --gid ${name} --create-home ${name}`, `useradd -r -u ${uid} -m ${name}`]));
}

export const PKG_TOOLS = ['ca-certificates', 'curl', 'tzdata', 'git', 'tini', 'wget', 'gnupg', 'unzip', 'jq', 'bash'];
