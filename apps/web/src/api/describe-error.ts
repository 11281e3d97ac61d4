import { ApiError } from './client';

/** Codes whose text the UI translates; the server's English message would not suit a Russian UI. */
const TRANSLATED = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'not_found',
  'invitation_invalid',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
  'unavailable',
  'network_error',
  'invalid_response',
] as const;
export type TranslatedErrorCode = (typeof TRANSLATED)[number];

export type ErrorDescription =
  | { kind: 'translated'; code: TranslatedErrorCode; retryAfterSeconds: number | null }
  /** `conflict` messages are specific ("email already in use", "the last admin") and only the server knows them. */
  | { kind: 'server'; text: string };

export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof ApiError)) return { kind: 'translated', code: 'internal', retryAfterSeconds: null };
  const code = (TRANSLATED as readonly string[]).includes(error.code) ? (error.code as TranslatedErrorCode) : null;
  if (code) return { kind: 'translated', code, retryAfterSeconds: error.retryAfterSeconds };
  return { kind: 'server', text: error.message };
}

/** Server-side field errors, if the error carries any. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? { ...error.fields } : {};
}

/** Requests cancelled because the component moved on are not errors worth showing. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
