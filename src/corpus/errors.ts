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

/**
 * A file of the corpus that cannot be read (torn by a crash, edited by hand): named, with the command that
 * rebuilds it, so a start-up says what to do instead of printing a parser's stack.
 */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly repair: string,
  ) {
    super(`${file} 已损坏，无法读取（${reason}）。修复：${repair}`);
    this.name = 'DamagedFileError';
  }
}

export function isDamagedFile(e: unknown): e is DamagedFileError {
  return e instanceof DamagedFileError;
}
