import type { DockerfileCheck } from '../check';
import { envSecret } from './env-secret';
import { argSecret } from './arg-secret';
import { labelSecret } from './label-secret';
import { secretFileCopied } from './secret-file-copied';
import { secretRemovedInLaterLayer } from './secret-removed-in-later-layer';
import { secretPersistedByRun } from './secret-persisted-by-run';
import { credentialInRun } from './credential-in-run';
import { addRemoteUnverified } from './add-remote-unverified';
import { remoteScriptPipedToShell } from './remote-script-piped-to-shell';
import { downloadUnverified } from './download-unverified';
import { trustDisabled } from './trust-disabled';
import { rootUser } from './root-user';
import { missingUser } from './missing-user';
import { unpinnedBaseImage } from './unpinned-base-image';
import { sudoInRun } from './sudo-in-run';
import { worldWritable } from './world-writable';
import { insecureBuildFlags } from './insecure-build-flags';
import { contextLeak } from './context-leak';

/** Every Dockerfile check, in DESIGN.md §2 order. */
export const dockerfileChecks: DockerfileCheck[] = [
  envSecret,
  argSecret,
  labelSecret,
  secretFileCopied,
  secretRemovedInLaterLayer,
  secretPersistedByRun,
  credentialInRun,
  addRemoteUnverified,
  remoteScriptPipedToShell,
  downloadUnverified,
  trustDisabled,
  rootUser,
  missingUser,
  unpinnedBaseImage,
  sudoInRun,
  worldWritable,
  insecureBuildFlags,
  contextLeak,
];
