import type {
  WidgetContactSaved,
  WidgetConversation,
  WidgetLocale,
  WidgetMessageSent,
  WidgetSession,
  WidgetUser,
} from '@sincere/contracts';

/** What went wrong with a call: the server's status (0: no answer) and error code. */
export class CallFailed extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`widget call failed: ${status} ${code}`);
  }
}

const PREFIX = '/widget/v1';

function remember(key: string, value?: string): string | null {
  // Storage can be off (privacy settings, sandboxed frames): the visitor is then new on every page.
  try {
    if (value !== undefined) localStorage.setItem(key, value);
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The widget's calls to its server. Holds the session and opens it again when the server says it expired
 * (a day old, or the site's secret rotated); an anonymous visitor's token stays in localStorage so that the
 * same browser finds its conversation again.
 */
export class WidgetApi {
  session: WidgetSession | null = null;
  user: WidgetUser | null = null;
  locale: WidgetLocale = 'en';
  /** The visitor's own language tag (the page's data-locale, else the browser's), recorded for a new customer. */
  customerLocale: string | undefined;
  private opening: Promise<WidgetSession> | null = null;
  private readonly storageKey: string;

  constructor(
    readonly base: string,
    readonly key: string,
  ) {
    this.storageKey = `sincere:${key}:visitor`;
  }

  /** A session for the current person; a new one after `identify` or when `fresh`. */
  open(fresh = false): Promise<WidgetSession> {
    if (fresh) this.opening = null;
    this.opening ??= this.request<WidgetSession>('POST', '/sessions', {
      key: this.key,
      locale: this.locale,
      customerLocale: this.customerLocale,
      ...(this.user ? { user: this.user } : { visitorToken: remember(this.storageKey) ?? undefined }),
    }).then(
      (session) => {
        if (session.visitorToken) remember(this.storageKey, session.visitorToken);
        this.session = session;
        return session;
      },
      (error: unknown) => {
        this.opening = null;
        throw error;
      },
    );
    return this.opening;
  }

  conversation(): Promise<WidgetConversation> {
    return this.authed('GET', '/conversation');
  }

  send(body: string, clientMessageId: string): Promise<WidgetMessageSent> {
    return this.authed('POST', '/messages', { body, clientMessageId });
  }

  upload(file: File, clientMessageId: string): Promise<WidgetMessageSent> {
    const query = `?name=${encodeURIComponent(file.name || 'file')}&clientMessageId=${clientMessageId}`;
    return this.authed('POST', `/attachments${query}`, file);
  }

  typing(typing: boolean): Promise<void> {
    return this.authed('POST', '/typing', { typing });
  }

  contact(email: string): Promise<WidgetContactSaved> {
    return this.authed('POST', '/contact', { email });
  }

  async download(url: string): Promise<Blob> {
    const session = await this.open();
    const response = await fetch(this.base + url, { headers: { authorization: `Bearer ${session.token}` } });
    if (!response.ok) throw new CallFailed(response.status, 'download');
    return response.blob();
  }

  socketUrl(token: string): string {
    return `${this.base.replace(/^http/, 'ws')}${PREFIX}/socket?token=${encodeURIComponent(token)}`;
  }

  /** A call with the session's token; an expired session is opened again once and the call repeated. */
  private async authed<T>(method: string, path: string, body?: unknown): Promise<T> {
    const session = await this.open();
    try {
      return await this.request<T>(method, path, body, session.token);
    } catch (error) {
      if (!(error instanceof CallFailed) || error.status !== 401) throw error;
      const renewed = await this.open(true);
      return this.request<T>(method, path, body, renewed.token);
    }
  }

  private async request<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const headers: Record<string, string> = {};
    if (token) headers['authorization'] = `Bearer ${token}`;
    let payload: BodyInit | null = null;
    if (body instanceof Blob) {
      payload = body;
      headers['content-type'] = body.type || 'application/octet-stream';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await fetch(this.base + PREFIX + path, { method, headers, body: payload, credentials: 'omit' });
    } catch {
      throw new CallFailed(0, 'network');
    }
    if (response.status === 204) return undefined as T;
    const data = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    if (!response.ok) throw new CallFailed(response.status, data?.error?.code ?? 'unknown');
    return data as T;
  }
}
