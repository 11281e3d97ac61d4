import { ERROR_CODES, type ErrorCode } from '@sincere/contracts';

/** What services throw; the error handler turns it into `{ error: { code, message, fields } }`. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** Seconds, for 429 and 503. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.status = ERROR_CODES[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'Your role does not allow this action') => new AppError('forbidden', message);
