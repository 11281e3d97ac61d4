import { z } from 'zod';

/**
 * Every error the API returns has one of these codes. Clients switch on the code,
 * never on the message (which is for people and may change).
 */
export const ERROR_CODES = {
  /** The body is not valid JSON or not the declared content type. */
  bad_request: 400,
  /** The input parsed but a field is wrong; `fields` names each one. */
  validation_failed: 422,
  /** No session cookie or API token, or it expired or was revoked. */
  unauthenticated: 401,
  /** Email and password do not match an active user. Deliberately vague about which. */
  invalid_credentials: 401,
  /** Signed in, but the role does not allow this action. */
  forbidden: 403,
  /** A cookie-authenticated request that changes state came without the session's CSRF token. */
  csrf_failed: 403,
  /** No such object in the caller's account — also what another account's objects look like. */
  not_found: 404,
  /** The request conflicts with current state (an email already in use, the last admin…). */
  conflict: 409,
  /**
   * Resolving a conversation that still has open promises, without saying what happens to them
   * (`openPromises`): the client asks the agent and sends the request again.
   */
  open_promises: 409,
  /** An invitation link that was used, revoked or has expired. */
  invitation_invalid: 410,
  /** The body is larger than the server accepts. */
  payload_too_large: 413,
  /** The body's content type is not accepted here. */
  unsupported_media_type: 415,
  /** Too many attempts in a short time; `Retry-After` says when to try again. */
  rate_limited: 429,
  /** A bug on our side. The message never carries details; the log does. */
  internal: 500,
  /** The database is unreachable or the server is shutting down; retry later. */
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ErrorCodeSchema = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]);

export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string(),
      /** Field path (dot-separated, e.g. `user.email` or `items.0.name`) → what is wrong with it. */
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;
