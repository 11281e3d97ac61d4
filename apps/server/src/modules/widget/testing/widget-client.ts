import { createHmac, randomBytes } from 'node:crypto';
import { WIDGET_API, type WebChannelSettings } from '@sincere/contracts';
import { channels } from '@sincere/db';
import type { TestApp } from '../../../testing/test-app';

type InjectResult = { status: number; body: any; headers: Record<string, unknown> };

/** A web channel of the account, written straight to the database as an admin's POST would. */
export async function seedWebChannel(t: TestApp, accountId: string, settings: Partial<WebChannelSettings> = {}) {
  const identitySecret = randomBytes(24).toString('base64url');
  const [channel] = await t.database.db
    .insert(channels)
    .values({
      accountId,
      kind: 'web',
      name: 'Site',
      address: `wk_${randomBytes(12).toString('base64url')}`,
      settings: { allowedOrigins: [], color: '#1f6feb', greeting: {}, businessHours: null, ...settings },
      secrets: { identitySecret },
    })
    .returning();
  if (!channel) throw new Error('no channel row');
  return {
    channel,
    identitySecret,
    sign: (id: string) => createHmac('sha256', identitySecret).update(id).digest('hex'),
  };
}

/** A widget client: the site's page (Origin), its visitor's bearer token and IP address. */
export function widgetCaller(t: TestApp, options: { origin?: string; ip?: string } = {}) {
  let token: string | null = null;
  const call = async (
    method: 'GET' | 'POST',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<InjectResult> => {
    const response = await t.app.inject({
      method,
      url,
      headers: {
        ...(options.origin ? { origin: options.origin } : {}),
        ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    const type = response.headers['content-type'];
    const body =
      typeof type === 'string' && type.includes('json') && response.body ? JSON.parse(response.body) : response.body;
    return { status: response.statusCode, body, headers: response.headers };
  };
  return {
    call,
    get token() {
      return token;
    },
    set token(value: string | null) {
      token = value;
    },
    /** Opens a session and keeps its token for the next calls. */
    async session(body: Record<string, unknown>): Promise<InjectResult> {
      token = null;
      const response = await call('POST', WIDGET_API.sessions, body);
      if (response.status === 200) token = response.body.token as string;
      return response;
    },
    send: (body: string, clientMessageId: string) => call('POST', WIDGET_API.messages, { body, clientMessageId }),
    history: () => call('GET', WIDGET_API.conversation),
  };
}
