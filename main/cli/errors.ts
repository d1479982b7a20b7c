/** A problem the command line reports in one sentence, with its exit code: 2 for a bad argument, 1 otherwise. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A wrong command, argument or option: the usage text follows the message. */
export const usageError = (message: string): CliError => new CliError(message, 2);
