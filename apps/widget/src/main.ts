import type { WidgetAttachment, WidgetMessage, WidgetServerEvent, WidgetUser } from '@sincere/contracts';
import { CallFailed, WidgetApi } from './api';
import { ChatView, type ShownMessage } from './chat-view';
import { LiveLine } from './live';
import { pickLocale } from './texts';

/** A BCP 47 language tag the server accepts as a customer's locale ('ms-MY', 'zh-Hans-CN'). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** The one global a site sees. Calls made before the script loaded wait in `q` (`Sincere.q.push([...])`). */
export interface SincereApi {
  identify(user: WidgetUser): void;
  open(): void;
  close(): void;
  setLocale(locale: string): void;
}

type Queued = [keyof SincereApi, ...unknown[]];
const TYPING_EVERY_MS = 2500;

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The chat: the view, the server and the live line tied together. */
class Widget {
  private readonly api: WidgetApi;
  private readonly view: ChatView;
  private readonly live: LiveLine;
  private messages: ShownMessage[] = [];
  private conversationId: string | null = null;
  private loaded = false;
  private lastTyping = 0;
  private readonly writers = new Map<string, { name: string; until: number }>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(base: string, key: string, locale: string | undefined) {
    this.api = new WidgetApi(base, key);
    this.view = new ChatView({
      opened: () => this.load(),
      send: (body) => void this.send(body),
      attach: (file) => void this.attach(file),
      typing: () => this.typing(),
      leaveEmail: (email) => void this.leaveEmail(email),
      download: (file) => void this.download(file),
    });
    this.live = new LiveLine(this.api, (event) => this.onEvent(event));
    this.setPageLocale(locale);
    document.body.append(this.view.host);
  }

  setLocale(locale: string): void {
    this.api.locale = pickLocale(locale);
    this.view.setLocale(this.api.locale);
  }

  /** The page says (or the browser does) what language the visitor reads: the widget's texts and the customer's locale. */
  setPageLocale(locale: string | undefined): void {
    const tag = locale ?? navigator.language;
    this.api.customerLocale = LANGUAGE_TAG.test(tag) && tag.length <= 35 ? tag : undefined;
    this.setLocale(pickLocale(locale, navigator.language));
  }

  open(): void {
    this.view.open();
  }

  close(): void {
    this.view.close();
  }

  identify(user: WidgetUser): void {
    this.api.user = user;
    this.messages = [];
    this.conversationId = null;
    this.loaded = false;
    this.view.setMessages([]);
    void this.start(true);
  }

  /** Opens the session; a returning visitor's history and live line start at once, a new one's when they open. */
  async start(fresh = false): Promise<void> {
    try {
      const session = await this.api.open(fresh);
      this.view.setChannel(session.channel);
      if (this.api.user || session.customer.name !== null || this.view.isOpen) this.load();
    } catch (error) {
      // A site that signs its users shows the chat once it has said who the user is.
      if (error instanceof CallFailed && (error.status === 403 || error.status === 401)) this.view.hide();
    }
  }

  private load(): void {
    if (this.loaded || !this.api.session) return;
    this.loaded = true;
    this.live.start();
    this.api.conversation().then(
      (history) => {
        this.conversationId = history.conversation?.id ?? null;
        const known = new Set(history.messages.map((message) => message.id));
        // Messages sent or received while history loaded stay after it.
        const later = this.messages.filter((shown) => !known.has(shown.message.id));
        this.show([...history.messages.map((message) => sent(message)), ...later]);
      },
      () => {
        this.loaded = false;
      },
    );
  }

  private onEvent(event: WidgetServerEvent): void {
    if (event.type === 'message') {
      const index = this.messages.findIndex((shown) => shown.message.id === event.message.id);
      if (index >= 0) this.messages[index] = sent(event.message);
      else {
        this.messages.push(sent(event.message));
        this.view.markUnread();
      }
      this.writers.clear();
      this.showWriters();
      this.show(this.messages);
    } else if (event.type === 'typing') {
      if (event.forMs > 0) this.writers.set(event.key, { name: event.name, until: Date.now() + event.forMs });
      else this.writers.delete(event.key);
      this.showWriters();
    }
  }

  private showWriters(): void {
    const now = Date.now();
    const names = new Set<string>();
    let next = Infinity;
    for (const [key, writer] of this.writers) {
      if (writer.until <= now) this.writers.delete(key);
      else {
        names.add(writer.name);
        next = Math.min(next, writer.until);
      }
    }
    this.view.setTyping([...names]);
    clearTimeout(this.typingTimer);
    if (next !== Infinity) this.typingTimer = setTimeout(() => this.showWriters(), next - now + 50);
  }

  private async send(body: string): Promise<void> {
    const key = newId();
    const draft: WidgetMessage = {
      id: key,
      direction: 'inbound',
      author: null,
      body,
      format: 'plain',
      createdAt: new Date().toISOString(),
      attachments: [],
    };
    this.messages.push({ key, message: draft, state: 'pending' });
    this.show(this.messages);
    await this.deliver(key, () => this.api.send(body, key));
    void this.api.typing(false).catch(() => undefined);
    this.lastTyping = 0;
  }

  private async attach(file: File): Promise<void> {
    const key = newId();
    const draft: WidgetMessage = {
      id: key,
      direction: 'inbound',
      author: null,
      body: '',
      format: 'plain',
      createdAt: new Date().toISOString(),
      attachments: [{ id: key, fileName: file.name, contentType: file.type, size: file.size, url: '' }],
    };
    this.messages.push({ key, message: draft, state: 'pending' });
    this.show(this.messages);
    await this.deliver(key, () => this.api.upload(file, key));
  }

  /** Sends, and puts the stored message where the draft was; a failure leaves the draft marked. */
  private async deliver(
    key: string,
    call: () => Promise<{ conversationId: string; message: WidgetMessage }>,
  ): Promise<void> {
    const draft = this.messages.find((shown) => shown.key === key);
    try {
      const stored = await call();
      this.view.showError(null);
      this.messages = this.messages.filter((shown) => shown.key === key || shown.message.id !== stored.message.id);
      if (draft) Object.assign(draft, sent(stored.message), { key });
      // The first message opens the conversation: the live line starts following it.
      if (stored.conversationId !== this.conversationId) {
        this.conversationId = stored.conversationId;
        this.loaded = true;
        this.live.start();
      }
    } catch (error) {
      if (draft) draft.state = 'failed';
      this.view.showError(error instanceof CallFailed && error.status === 413 ? 'tooLarge' : 'failed');
    }
    this.show(this.messages);
  }

  private typing(): void {
    const now = Date.now();
    if (now - this.lastTyping < TYPING_EVERY_MS || !this.conversationId) return;
    this.lastTyping = now;
    void this.api.typing(true).catch(() => undefined);
  }

  private async leaveEmail(email: string): Promise<void> {
    try {
      const saved = await this.api.contact(email);
      this.view.emailLeft(saved.email);
      this.view.showError(null);
    } catch {
      this.view.showError('failed');
    }
  }

  private async download(file: WidgetAttachment): Promise<void> {
    if (!file.url) return;
    try {
      const blob = await this.api.download(file.url);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch {
      this.view.showError('failed');
    }
  }

  private show(messages: ShownMessage[]): void {
    this.messages = messages;
    this.view.setMessages(messages);
  }
}

const sent = (message: WidgetMessage): ShownMessage => ({ key: message.id, message, state: 'sent' });

function boot(): void {
  const global = window as unknown as { Sincere?: SincereApi & { q?: Queued[] } };
  if (global.Sincere && !global.Sincere.q) return; // loaded twice: the first one stays
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[data-key][src*="/widget/v1/widget.js"]');
  const key = script?.dataset['key'];
  if (!script || !key) return;
  const queued = global.Sincere?.q ?? [];
  const widget = new Widget(new URL(script.src).origin, key, script.dataset['locale']);
  let identified = false;
  const api: SincereApi = {
    identify: (user) => {
      identified = true;
      widget.identify(user);
    },
    open: () => widget.open(),
    close: () => widget.close(),
    setLocale: (locale) => widget.setPageLocale(locale),
  };
  global.Sincere = api;
  for (const [method, ...args] of queued) (api[method] as (...values: unknown[]) => void)(...args);
  if (!identified) void widget.start();
}

if (document.body) boot();
else document.addEventListener('DOMContentLoaded', boot);
