import type { K8sCheck } from '../pod-spec';
import { privileged } from './privileged';
import { allowPrivilegeEscalation } from './allow-privilege-escalation';
import { runAsRoot } from './run-as-root';
import { writableRootFs } from './writable-root-fs';
import { capabilities } from './capabilities';
import { hostNamespace } from './host-namespace';
import { dockerSocket } from './docker-socket';
import { literalSecretEnv } from './literal-secret-env';

export const k8sChecks: K8sCheck[] = [privileged, allowPrivilegeEscalation, runAsRoot, writableRootFs, capabilities, hostNamespace, dockerSocket, literalSecretEnv];
