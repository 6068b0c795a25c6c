/** An error the user caused (unknown city, missing year): shown as a polite Chinese sentence, never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
