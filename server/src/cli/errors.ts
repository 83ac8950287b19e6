/** The command line was wrong (unknown command, missing or malformed flag): exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage line helps, if known. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** An expected failure the operator can act on; reported without a stack trace, exit code 1. */
export class CliError extends Error {}
