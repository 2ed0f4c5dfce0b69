import { ALL_KINDS, before, lineBounds, lineOf, type Candidate, type SecretFilter } from '../candidate';

/**
 * Dependency lock files are machine-written lists of versions, URLs and
 * integrity hashes: thousands of high-entropy strings, none of them secret.
 * Generic and entropy rules skip them entirely (see `skipsLooseRules`);
 * provider rules still run, because a registry token pasted into a
 * `resolved` URL is real.
 */
const LOCK_FILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.lock|Cargo\.lock|go\.sum|go\.work\.sum|poetry\.lock|Pipfile\.lock|pdm\.lock|uv\.lock|composer\.lock|Gemfile\.lock|gems\.locked|packages\.lock\.json|paket\.lock|pubspec\.lock|Podfile\.lock|Package\.resolved|mix\.lock|flake\.lock|gradle\.lockfile|\.terraform\.lock\.hcl|conan\.lock|shard\.lock|cabal\.project\.freeze|vcpkg-lock\.json)$/;

export function isLockFile(path: string): boolean {
  return LOCK_FILE.test(path);
}

/** Subresource-integrity and lock-file checksums: `sha512-<base64>`, `h1:<base64>` (go.sum), `"checksum": "…"`. */
const INTEGRITY_PREFIX = /(?:sha(?:1|256|384|512)-|h1:|\bintegrity\b["']?\s*[:=]\s*["']?)$/i;

const SRI = /\bsha(?:256|384|512)-[A-Za-z0-9+/]{40,88}={0,2}/g;

/** A piece of an SRI value (`sha512-…==`) anywhere on the line, in any file: the hash is public by design. */
function insideSri(c: Candidate): boolean {
  const { start, end } = lineBounds(c.text, c.offset);
  if (end - start > 8192) return false;
  const line = c.text.slice(start, end);
  const at = c.offset - start;
  SRI.lastIndex = 0;
  for (let m = SRI.exec(line); m; m = SRI.exec(line)) if (at >= m.index && at + c.secret.length <= m.index + m[0].length) return true;
  return false;
}

export const integrityHash: SecretFilter = {
  name: 'integrity-hash',
  kinds: ALL_KINDS,
  rejects(c: Candidate) {
    if (INTEGRITY_PREFIX.test(before(c, 40)) || /^sha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}$/.test(c.secret) || insideSri(c)) return true;
    return isLockFile(c.path) && /\b(?:integrity|checksum|sha\d*|hash)\b/i.test(lineOf(c, 512));
  },
};
