import type { CiCheck } from '../workflow';
import { imageNotSigned } from './image-not-signed';
import { imageNotScanned } from './image-not-scanned';
import { scanNotEnforced } from './scan-not-enforced';
import { unpinnedAction } from './unpinned-action';
import { deployUnverified } from './deploy-unverified';

export const ciChecks: CiCheck[] = [imageNotSigned, imageNotScanned, scanNotEnforced, unpinnedAction, deployUnverified];
