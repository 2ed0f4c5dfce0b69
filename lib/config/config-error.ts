/** A configuration problem the user must fix: exit code 2, the file and the key named. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** Bad command-line usage: exit code 2 with the usage line. */
export class UsageError extends Error {}
