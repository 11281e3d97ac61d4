import { CSRF_HEADER, ERROR_CODES, ErrorBody, type ErrorCode } from '@sincere/contracts';

/** Anything with a zod-like `parse`: the contract schemas, without this file depending on zod itself. */
export interface Parser<T> {
  parse(data: unknown): T;
}

/** Codes the client produces itself, when there is no trustworthy server answer. */
export type ClientErrorCode = 'network_error' | 'invalid_response';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  /** Field path → what is wrong with it, for 422 validation_failed. */
  readonly fields: Readonly<Record<string, string>>;
  /** From `Retry-After` on 429, so the UI can say when to try again. */
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: ErrorCode | ClientErrorCode,
    message: string,
    fields: Readonly<Record<string, string>> = {},
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

type MutatingMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

// The session's CSRF token lives in memory only: the cookie is httpOnly, and a
// page reload gets a fresh copy from GET API.session.
let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the server says the session is gone, so the app can return to sign-in. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function apiGet<T>(path: string, schema: Parser<T>, signal?: AbortSignal): Promise<T> {
  return request('GET', path, undefined, signal).then((response) => parseBody(response, schema));
}

export function apiSend<T>(method: MutatingMethod, path: string, body: unknown, schema: Parser<T>): Promise<T> {
  return request(method, path, body).then((response) => parseBody(response, schema));
}

/** For endpoints that answer 204 No Content. */
export async function apiSendEmpty(method: MutatingMethod, path: string, body?: unknown): Promise<void> {
  await request(method, path, body);
}

/** Appends the defined parameters as a query string. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function request(method: 'GET' | MutatingMethod, path: string, body: unknown, signal?: AbortSignal) {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  // No content-type without a body: the server rejects an empty JSON body.
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  if (signal) init.signal = signal;

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'Network error');
  }
  if (response.ok) return response;

  const apiError = await toApiError(response);
  if (apiError.code === 'unauthenticated') unauthenticatedListeners.forEach((listener) => listener());
  throw apiError;
}

async function parseBody<T>(response: Response, schema: Parser<T>): Promise<T> {
  try {
    return schema.parse(await response.json());
  } catch (error) {
    // A response that does not match the contract means client and server drifted apart.
    console.error('Response does not match the contract', response.url, error);
    throw new ApiError(response.status, 'invalid_response', 'Unexpected response from the server');
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiError(response.status, code, message, fields ?? {}, retryAfterSeconds);
  }
  return new ApiError(response.status, codeForStatus(response.status), response.statusText, {}, retryAfterSeconds);
}

/** A proxy or a crashed server may answer without our error body; guess the code from the status. */
function codeForStatus(status: number): ErrorCode {
  const match = (Object.keys(ERROR_CODES) as ErrorCode[]).find((code) => ERROR_CODES[code] === status);
  return match ?? (status >= 500 ? 'internal' : 'bad_request');
}
