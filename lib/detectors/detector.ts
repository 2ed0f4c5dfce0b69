import type { Category, DetectedFinding, Severity } from '../findings/finding';
import type { SourceFile } from '../text/source-file';
import type { Config } from '../config/schema';

/** A catalogue entry, as `stowaway rules` lists it. */
export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
  description: string;
  /** Opt-in rules are off unless the config names them under `rules`. */
  optIn?: boolean;
}

export interface DetectContext {
  config: Config;
  /**
   * Reads another file from the same source (index for staged scans, tree for
   * history, disk for directories), e.g. `.dockerignore` next to a Dockerfile.
   * Resolves to null when the file does not exist there.
   */
  readFile(path: string): Promise<string | null>;
  /** The secret engine, for detectors that must judge whether a value is a credential. */
  findSecrets(text: string, path: string): DetectedFinding[];
  /**
   * Records that this detector could not check the file (invalid YAML, a Helm
   * template…): it is listed in stats.skipped with the reason, never an error.
   */
  skip?(reason: string): void;
}

/** One family of checks. `wants` is cheap and path-based; `detect` reads one file. */
export interface Detector {
  name: string;
  rules: RuleInfo[];
  wants(path: string, config: Config): boolean;
  detect(file: SourceFile, ctx: DetectContext): DetectedFinding[] | Promise<DetectedFinding[]>;
}
