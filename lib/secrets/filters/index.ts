import type { Candidate, SecretFilter } from '../candidate';
import { badChecksum } from './bad-checksum';
import { base64Blob } from './base64-blob';
import { cMacro } from './c-macro';
import { cssColor } from './css-color';
import { dataUri } from './data-uri';
import { demoJwt } from './demo-jwt';
import { digest } from './digest';
import { encrypted } from './encrypted';
import { escapedText } from './escaped-text';
import { exampleKey } from './example-key';
import { googleClientId } from './google-client-id';
import { integrityHash } from './lock-file';
import { minified } from './minified';
import { passwordHash } from './password-hash';
import { placeholder } from './placeholder';
import { publicKey } from './public-key';
import { resourceValue } from './resource-value';
import { selfNamed } from './self-named';
import { sourceMap } from './source-map';
import { templateReference } from './template-reference';
import { uuid } from './uuid';

/** Cheapest and most often decisive first. */
export const secretFilters: readonly SecretFilter[] = [exampleKey, placeholder, badChecksum, templateReference, uuid, cssColor, digest, passwordHash, integrityHash, encrypted, publicKey, googleClientId, dataUri, sourceMap, minified, selfNamed, resourceValue, escapedText, cMacro, demoJwt, base64Blob];

/** The first filter that calls the candidate a false positive, or null when none does. */
export function rejectingFilter(c: Candidate): SecretFilter | null {
  for (const f of secretFilters) if (f.kinds.includes(c.kind) && f.rejects(c)) return f;
  return null;
}
