import type { SecretRule } from '../rule';
import type { Severity } from '../../findings/finding';

/** A token that begins with a fixed, provider-issued prefix (`glpat-`, `xoxb-`, `shpat_`…). */
export interface PrefixedSpec {
  id: string;
  description: string;
  severity?: Severity;
  /** The literal prefix, case-sensitive as issued. */
  prefix: string;
  /** Regex source for what follows the prefix; bounded quantifiers only. */
  body: string;
  /** What may not follow the token; by default another token character. */
  tail?: string;
  /** What may not precede the prefix. */
  head?: string;
  /** Builds a fake token (prefix included). */
  make: () => string;
  fix: string;
  why?: string;
  minEntropy?: number;
  validate?: (secret: string) => boolean;
  keywords?: string[];
  /** Extra negatives beyond the generated placeholder, truncated and template forms. */
  noMatch?: () => string[];
}

/**
 * No token character before the prefix, unless that character ends a URL escape (`%3D`, `%20`,
 * `%22`: a token in a percent-encoded query, header or JSON), a `\n` / `\t` / `\r` escape (a
 * token starting a line inside a JSON or C string) or a `\u0022` escape (.NET's JSON encoder writes
 * quotes so). One lookbehind, so anchor.ts still reads it. Only ahead of a literal prefix: ahead of
 * a character class (`[0-9a-f]{32}-us…`) the regex is tried at every position and the inner
 * lookbehind ran there too (60% slower on random text), so such rules keep the plain one.
 */
export const TOKEN_HEAD = '(?<![A-Za-z0-9_-](?<!%[0-9A-Fa-f]{2}|\\\\[nrt]|\\\\u00[0-9A-Fa-f]{2}))';

/** TOKEN_HEAD for tokens bounded by `\b` (a word character before them, `-` allowed): the same escapes are let through. */
export const WORD_HEAD = '(?<![A-Za-z0-9_](?<!%[0-9A-Fa-f]{2}|\\\\[nrt]|\\\\u00[0-9A-Fa-f]{2}))';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Rule for a prefixed token. The examples are derived from the format: the token alone, assigned in
 * env / YAML syntax; and as negatives the `<your-token>` template, a truncated token and an
 * all-`x` placeholder of the right length (rejected by charset or entropy).
 */
export function prefixed(spec: PrefixedSpec): SecretRule {
  const head = spec.head ?? TOKEN_HEAD;
  const tail = spec.tail ?? '(?![A-Za-z0-9_-])';
  let regex: RegExp | undefined;
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity ?? 'high',
    // With the default head no letter or digit precedes the prefix, so a short one is only a keyword there.
    keywords: spec.keywords ?? [(spec.head === undefined && spec.prefix.length <= 3 ? '\\b' : '') + spec.prefix.toLowerCase()],
    // Built on first use: a commit's hook wakes a few rules, and parsing ~150 sources at start cost it ~1 ms.
    get regex() {
      return (regex ??= new RegExp(`${head}(${escape(spec.prefix)}${spec.body})${tail}`));
    },
    secretGroup: 1,
    minEntropy: spec.minEntropy ?? 3,
    validate: spec.validate,
    why: spec.why,
    fix: spec.fix,
    examples: {
      match: () => [spec.make(), `SECRET_TOKEN="${spec.make()}"`, `  token: ${spec.make()}`],
      noMatch: () => {
        const token = spec.make();
        const bodyLength = token.length - spec.prefix.length;
        return [
          `${spec.prefix}<your-token>`,
          token.slice(0, spec.prefix.length + Math.min(8, Math.floor(bodyLength / 2))),
          spec.prefix + 'x'.repeat(bodyLength),
          ...(spec.noMatch?.() ?? []),
        ];
      },
    },
  };
}
