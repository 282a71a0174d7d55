// Typed errors: the CLI maps each class to an exit code and a one-line message, tests assert on the class.

/** Base class of every error the tool reports to users (never with a stack trace). */
export class KgError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A file or article that cannot be read as text (missing, empty, binary, not UTF-8, too big). */
export class InputError extends KgError {
  override readonly exitCode = 2;
}

/** A SPARQL query that does not parse, fails or times out. */
export class QueryError extends KgError {
  override readonly exitCode = 3;
}

/** Bad command-line usage or options. */
export class UsageError extends KgError {
  override readonly exitCode = 64;
}
