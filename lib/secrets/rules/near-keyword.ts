/**
 * Building blocks for rules whose token has no distinctive prefix (32 hex, a UUID, 40 alnum…):
 * such a value is only a finding when it is assigned to a name that mentions the provider,
 * e.g. `DATADOG_API_KEY=…`, `"twilioAuthToken": "…"`, `<sentryToken>…</sentryToken>`,
 * `--rollbar-token …`. Without that context the same string is just random hex.
 *
 * Everything is bounded so each rule stays linear on long runs of identifier characters.
 */

/** `dd` → `[Dd][Dd]`: matches the word in any case while the value keeps its case-sensitive charset. */
export function anyCase(word: string): string {
  let out = '';
  for (const ch of word) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo !== up) out += `[${up}${lo}]`;
    else out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return out;
}

const alt = (words: string[]) => words.map(anyCase).join('|');

/** Assignment punctuation between a name and its value in env, YAML, JSON, code, XML, CLI flags and headers. */
export const SEP = `[\\s"'\`:=>,(\\[]{1,8}`;

export interface AssignedOptions {
  /** Words that must follow the provider name within the identifier (e.g. `api`, `secret`). */
  kind?: string[];
  /** What may not follow the value; by default another alphanumeric. */
  tail?: string;
}

/**
 * `<provider>[…<kind>…] <sep> (value)` with the value in group 1. The provider word must not be
 * preceded by a letter or digit (an underscore is fine: `MY_DATADOG_KEY`).
 */
export function assigned(providers: string[], value: string, options: AssignedOptions = {}): RegExp {
  // Between provider and kind: identifier characters, or a nesting step such as `datadog:\n  api_key:`.
  const kind = options.kind?.length ? `[\\w.\\-\\s"':{]{0,28}?(?:${alt(options.kind)})[\\w.\\-]{0,16}` : '[\\w.\\-]{0,32}';
  const tail = options.tail ?? '(?![A-Za-z0-9])';
  return new RegExp(`(?<![A-Za-z0-9])(?:${alt(providers)})${kind}${SEP}(${value})${tail}`);
}
