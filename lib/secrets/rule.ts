import type { Severity } from '../findings/finding';

/**
 * A provider-specific secret format. Rules are data: the engine compiles them,
 * the prefilter indexes their keywords, and one test runs every rule against
 * its own examples (test/secret-rules.test.ts).
 */
export interface SecretRule {
  /** `secret/<provider>-<kind>`. */
  id: string;
  /** What it is, e.g. "GitHub personal access token (classic)". */
  description: string;
  severity: Severity;
  /**
   * Lowercase literals; the regex only runs on text containing one of them
   * (case-insensitively). An empty list must be justified in `keywordsWhy`.
   * A leading `\\b` (e.g. `'\\bdd'`) counts the keyword only where no letter
   * or digit precedes it: short provider words like `dd` otherwise wake the
   * rule on every `add`.
   */
  keywords: string[];
  keywordsWhy?: string;
  /**
   * Only files whose path matches: formats known by their file name alone (PgBouncer's
   * `userlist.txt` is lines of two quoted strings, a shape every other file is full of).
   */
  paths?: RegExp;
  /**
   * Bounded quantifiers only (`{20,40}`, never `+` over a class that overlaps
   * its neighbour). The engine adds the `g` flag.
   */
  regex: RegExp;
  /** Capture group holding the secret itself; 0 (whole match) by default. */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per char) of the secret. */
  minEntropy?: number;
  /** Extra validation, e.g. the CRC32 checksum of GitHub and npm tokens. */
  validate?: (secret: string) => boolean;
  /** Why it matters, when more specific than the default. */
  why?: string;
  /** Rotate first, then how to load it instead. */
  fix: string;
  examples: {
    /** The path the examples are scanned as (rules with `paths`); `example.txt` otherwise. */
    path?: string;
    /** Text that must produce this rule's finding; generated at run time so no real-looking secret is committed. */
    match: () => string[];
    /** Placeholders, documented example keys, look-alikes: must produce no finding from this rule. */
    noMatch: string[] | (() => string[]);
  };
}
