import type { SecretRule } from '../rule';
import { assigned } from './near-keyword';

/** A token format with no prefix of its own: only a provider-named assignment makes it a finding. */
export interface KeyedSpec {
  id: string;
  description: string;
  severity?: SecretRule['severity'];
  /** Provider words, matched in any case at the start of the name (`DATADOG_…`, `datadog.`, `"datadog":`). */
  providers: string[];
  /** Words that must follow in the name (`api`, `secret`…); without them any provider-named value counts. */
  kind?: string[];
  /** Regex source of the value. */
  value: string;
  tail?: string;
  /** Capture group of the secret when `value` has groups of its own (group 1 is the whole value). */
  secretGroup?: number;
  /** Builds a fake value. */
  make: () => string;
  /** True examples: the value assigned in a few syntaxes. */
  assign: (v: string) => string[];
  /** False examples built around a real-looking value: wrong name, wrong length, wrong charset. */
  wrong: (v: string) => string[];
  fix: string;
  why?: string;
  minEntropy?: number;
  validate?: (s: string) => boolean;
  keywords?: string[];
}

/** Lower-case words joined by underscores. */
const SNAKE_WORDS = /^[a-z]+(?:_[a-z]+)+$/;

export function keyed(spec: KeyedSpec): SecretRule {
  let regex: RegExp | undefined;
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity ?? 'high',
    // The regex wants the provider word at a name boundary; short words must be found there too.
    keywords: spec.keywords ?? spec.providers.map((p) => (p.length <= 3 ? '\\b' : '') + p.toLowerCase()),
    // Built on first use, as in prefixed(): assembling ~100 of these at start cost the hook ~2 ms.
    get regex() {
      return (regex ??= assigned(spec.providers, spec.value, { kind: spec.kind, tail: spec.tail, keywordsAreProviders: spec.keywords === undefined }));
    },
    secretGroup: spec.secretGroup ?? 1,
    minEntropy: spec.minEntropy ?? 3,
    // Words joined by underscores are a name (`pdf_set_info_subject` after `pdf_set_info_keywords` in a Vim
    // syntax file), never a token: providers issue random characters.
    validate: (v) => !SNAKE_WORDS.test(v) && (spec.validate?.(v) ?? true),
    why: spec.why,
    fix: spec.fix,
    examples: { match: () => spec.assign(spec.make()), noMatch: () => spec.wrong(spec.make()) },
  };
}
