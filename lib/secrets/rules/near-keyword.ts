import { maxMatchLength } from '../regex-source';

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

/**
 * A YAML block scalar between a key and its value: `key: |`, `key: >-` (Ansible vars, Helm values
 * with long values), the value on the next, indented line.
 */
const blockScalar = (lineBreak: string) => `["']?:[ \\t]{0,4}[|>][-+]?[1-9]?[ \\t]{0,4}${lineBreak}{1,2}[ \\t]{1,24}`;

/** Assignment punctuation between a name and its value in env, YAML, JSON, code, XML, CLI flags and headers. */
export const SEP = `(?:[\\s"'\`:=>,(\\[]{1,8}|${blockScalar('[\\r\\n]')})`;

export interface AssignedOptions {
  /** Words that must follow the provider name within the identifier (e.g. `api`, `secret`). */
  kind?: string[];
  /** What may not follow the value; by default another alphanumeric. */
  tail?: string;
  /**
   * The rule's keywords are its provider words (`\b`-prefixed where short), so every match starts at a keyword hit.
   * Then a short match is written without `\s`: see SHORT_SPAN.
   */
  keywordsAreProviders?: boolean;
}

/**
 * `\s` spelled out. The engine gives a rule whose source mentions `\s`, `\n` or `\r` a 16 KiB window after
 * each keyword hit in large files, since such a match may run over many lines; other rules get 512 characters.
 * An assigned() match crosses at most a line or two and is at most SHORT_SPAN characters long from its provider
 * word, so where that word is a keyword the short window holds it, and the rule runs over 5-15x less text where
 * short words like `fb`, `dd` or `ic` are common (base64 in lock files, minified code).
 */
const WS = '\\t\\x0a\\x0b\\x0c\\x0d \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** WS without space and tab: what may separate a nesting key's line from the next. */
const WS_BREAKS = '\\x0a\\x0b\\x0c\\x0d\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** Longest match that may use the short window: under its 512 characters, with room to spare. */
const SHORT_SPAN = 480;

/** Longest string a regex source can match (Infinity with `*` or `+`), read by the shared regex-source reader. */
export { maxMatchLength };

/**
 * `<provider>[…<kind>…] <sep> (value)` with the value in group 1. The provider word must not be
 * preceded by a letter or digit (an underscore is fine: `MY_DATADOG_KEY`).
 */
export function assigned(providers: string[], value: string, options: AssignedOptions = {}): RegExp {
  const build = (ws: string) => {
    // Between provider and kind: identifier characters and `": {` on one line, or a nesting step such as
    // `datadog:\n  api_key:` / `"datadog": {\n  "apiKey":`. A line break is crossed only after the provider's
    // own `:` or `{`: a provider word at the start of a value (`sha: "dd41…"`, `name: cfg-zd12`) does not
    // name the key on the next line.
    // One lazy run on the provider's line; line breaks only inside the optional nesting step, right after
    // `:` or `{`. Each part's class is disjoint from the next one's, so a failed match backtracks little.
    const lineBreak = ws === WS ? `[${WS_BREAKS}]` : '[^\\S \\t]';
    const step = `[:{][ \\t{]{0,4}${lineBreak}{1,4}[ \\t{]{0,16}`;
    const nest = `(?:${step}(?:[\\w.\\-"']{0,28}?${step})?[\\w.\\-"']{0,28}?)?`;
    const kind = options.kind?.length ? `[\\w.\\-"':{ \\t]{0,28}?${nest}(?:${alt(options.kind)})[\\w.\\-]{0,16}` : '[\\w.\\-]{0,32}';
    const tail = options.tail ?? '(?![A-Za-z0-9])';
    // `&quot;:&quot;` separates them too: JSON rendered into an HTML attribute (`data-config="{&quot;ddApiKey&quot;:…`).
    // A separate alternative, so the plain separator stays one character class (a group inside the repeat cost ~8%).
    return `(?<![A-Za-z0-9])(?:${alt(providers)})${kind}(?:[${ws}"'\`:=>,(\\[]{1,8}|&quot;[ \\t]{0,2}[:=][ \\t]{0,2}&quot;|${blockScalar(lineBreak)})(${value})${tail}`;
  };
  // The span is added up from the parts rather than measured on the built source: maxMatchLength
  // over ~55 whole sources cost ~55M instructions on every commit's rule load.
  const longest = (words: string[]) => Math.max(...words.map((w) => w.length));
  const span = () =>
    longest(providers) + (options.kind?.length ? 28 + 2 * (1 + 4 + 4 + 16) + 28 + 28 + longest(options.kind) + 16 : 32) + 38 + 8 + maxMatchLength(value) + maxMatchLength(options.tail ?? '');
  return new RegExp(options.keywordsAreProviders && span() <= SHORT_SPAN ? build(WS) : build('\\s'));
}
