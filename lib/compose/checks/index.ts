import type { ComposeCheck } from '../compose-service';
import { privileged } from './privileged';
import { capDropMissing } from './cap-drop-missing';
import { capAdd } from './cap-add';
import { noReadOnly } from './no-read-only';
import { rootUser } from './root-user';
import { dockerSocket } from './docker-socket';
import { hostNamespace } from './host-namespace';
import { unconfined } from './unconfined';
import { literalSecretEnv } from './literal-secret-env';

export const composeChecks: ComposeCheck[] = [privileged, capDropMissing, capAdd, noReadOnly, rootUser, dockerSocket, hostNamespace, unconfined, literalSecretEnv];
