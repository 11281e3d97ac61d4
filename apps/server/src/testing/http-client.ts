import { API, CSRF_HEADER, SESSION_COOKIE, type SessionResponse } from '@sincere/contracts';
import type { ZodApp } from '../http/route-types';
import { TEST_PASSWORD } from './seed-people';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Caller {
  request(
    method: Method,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  session: SessionResponse | null;
  /** What authenticates this caller (cookie and CSRF header, or the bearer token), for raw requests. */
  headers: Record<string, string>;
}

/** Signs in through the real endpoint and returns a caller that sends the cookie and CSRF header like the web app. */
export async function signIn(app: ZodApp, email: string, password = TEST_PASSWORD): Promise<Caller> {
  const response = await app.inject({ method: 'POST', url: API.signIn, payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((entry) => entry.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  const session = response.json<SessionResponse>();
  return callerWith(app, { cookie: `${SESSION_COOKIE}=${cookie.value}`, [CSRF_HEADER]: session.csrfToken }, session);
}

export function withToken(app: ZodApp, secret: string): Caller {
  return callerWith(app, { authorization: `Bearer ${secret}` }, null);
}

export function anonymous(app: ZodApp): Caller {
  return callerWith(app, {}, null);
}

function callerWith(app: ZodApp, headers: Record<string, string>, session: SessionResponse | null): Caller {
  return {
    session,
    headers,
    async request(method, url, body) {
      const response = await app.inject({
        method,
        url,
        headers,
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      });
      return { status: response.statusCode, body: parseBody(response), headers: response.headers };
    },
  };
}

/** JSON answers parsed; anything else (a downloaded file) as text. */
function parseBody(response: { body: string; headers: Record<string, unknown> }): any {
  if (!response.body) return null;
  const type = response.headers['content-type'];
  return typeof type === 'string' && type.includes('json') ? JSON.parse(response.body) : response.body;
}

/** Uploads a file as the web app does: the bytes as the body, the file's type as Content-Type, `?name=`. */
export async function uploadFile(
  app: ZodApp,
  caller: Caller,
  file: { name: string; type?: string; bytes: Buffer | string },
): Promise<{ status: number; body: any }> {
  const response = await app.inject({
    method: 'POST',
    url: `${API.attachments}?name=${encodeURIComponent(file.name)}`,
    headers: { ...caller.headers, 'content-type': file.type ?? 'application/octet-stream' },
    payload: file.bytes,
  });
  return { status: response.statusCode, body: parseBody(response) };
}
