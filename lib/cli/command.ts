import type { ParseArgsConfig } from 'node:util';

export interface Command {
  name: string;
  /** One line for `stowaway --help`. */
  summary: string;
  /** Full `stowaway <name> --help` text; its first line is the usage line. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals: boolean;
  /** Returns the exit code. */
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}
