/**
 * Every YAML file in a repository reaches the Kubernetes detector, so it
 * first checks, without parsing, that the text has a `kind:` or `apiVersion:`
 * key at all. Anchored per line with no `\s*` across lines: linear time.
 */
// `{` and `,` let minified JSON (`{"apiVersion":"v1","kind":"Pod",…}` on one line) through too.
const MANIFEST_KEY = /^[ \t{-]*["']?(?:kind|apiVersion)["']?[ \t]*:|[{,][ \t]*"(?:kind|apiVersion)"[ \t]*:/m;

export function looksLikeManifest(text: string): boolean {
  return (text.includes('kind') || text.includes('apiVersion')) && MANIFEST_KEY.test(text);
}

/** Helm (and other Go-template) sources are not YAML until rendered. */
export function isTemplated(text: string): boolean {
  return text.includes('{{');
}
