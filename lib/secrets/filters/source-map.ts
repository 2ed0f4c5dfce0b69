import { ALL_KINDS, lineOf, type Candidate, type SecretFilter } from '../candidate';

/**
 * Source maps hold VLQ `mappings` and inline base64 maps: dense, random-looking
 * and never secret. Their `sourcesContent` is real code, so provider rules
 * still look inside `.map` files; generic and entropy rules do not.
 */
export function isSourceMapFile(path: string): boolean {
  return /\.(?:js|mjs|cjs|css|ts)\.map$|(?:^|\/)[^/]+\.map$/.test(path) && !/\.(?:tf|hcl)\.map$/.test(path);
}

const MAP_LINE = /^\s*(?:\/\/|\/\*)[#@]\s*sourceMappingURL=|"mappings"\s*:\s*"/;

export const sourceMap: SecretFilter = {
  name: 'source-map',
  kinds: ALL_KINDS,
  rejects(c: Candidate) {
    if (c.kind !== 'provider' && c.kind !== 'custom' && isSourceMapFile(c.path)) return true;
    return MAP_LINE.test(lineOf(c, 256));
  },
};
