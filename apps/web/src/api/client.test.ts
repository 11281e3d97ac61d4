import { API, CSRF_HEADER, UserList } from '@sincere/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiGet, apiSend, onUnauthenticated, setCsrfToken, withQuery } from './client';

function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('sends the CSRF token and a JSON body on changes', async () => {
    setCsrfToken('token-1');
    const fetchMock = stubFetch(200, { items: [] });
    await apiSend('POST', API.users, { a: 1 }, UserList);
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(headers[CSRF_HEADER]).toBe('token-1');
    expect(headers['content-type']).toBe('application/json');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"a":1}');
  });

  it('turns an error body into a typed ApiError with field messages', async () => {
    stubFetch(422, { error: { code: 'validation_failed', message: 'Invalid', fields: { email: 'Bad' } } });
    const error = await apiGet(API.users, UserList).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', fields: { email: 'Bad' } });
  });

  it('reads Retry-After on a rate limit', async () => {
    stubFetch(429, { error: { code: 'rate_limited', message: 'Slow down' } }, { 'retry-after': '12' });
    await expect(apiGet(API.users, UserList)).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 12 });
  });

  it('tells listeners when the session is gone', async () => {
    stubFetch(401, { error: { code: 'unauthenticated', message: 'Sign in' } });
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await apiGet(API.users, UserList).catch(() => undefined);
    stop();
    expect(listener).toHaveBeenCalledOnce();
  });

  it('rejects a response that does not match the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubFetch(200, { items: [{ id: 'not-a-user' }] });
    await expect(apiGet(API.users, UserList)).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('builds query strings from defined values only', () => {
    expect(withQuery('/x', { limit: 50, cursor: undefined, status: null })).toBe('/x?limit=50');
    expect(withQuery('/x', {})).toBe('/x');
  });
});
