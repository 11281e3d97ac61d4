import type { WidgetAttachment, WidgetChannel, WidgetLocale, WidgetMessage } from '@sincere/contracts';
import { CHAT_ICON, CLIP_ICON, SEND_ICON, h, icon } from './dom';
import { STYLES } from './styles';
import { fill, textsOf, type Texts } from './texts';

export interface ViewActions {
  opened(): void;
  send(body: string): void;
  attach(file: File): void;
  typing(): void;
  leaveEmail(email: string): void;
  download(file: WidgetAttachment): void;
}

/** A message on screen: the server's, or the visitor's own on its way. */
export interface ShownMessage {
  key: string;
  message: WidgetMessage;
  state: 'sent' | 'pending' | 'failed';
}

/**
 * The widget's DOM, in a shadow root of its own element: launcher, panel, messages, composer, offline form.
 * All text goes in as text; nothing here knows about the server.
 */
export class ChatView {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  private readonly root: HTMLElement;
  private texts: Texts;
  private locale: WidgetLocale = 'en';
  private channel: WidgetChannel | null = null;
  private readonly launcher: HTMLButtonElement;
  private readonly dot: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly title: HTMLElement;
  private readonly status: HTMLElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly greeting: HTMLElement;
  private readonly offline: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly typingLine: HTMLElement;
  private readonly errorLine: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly attachButton: HTMLButtonElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly fileInput: HTMLInputElement;
  private messages: ShownMessage[] = [];
  private emailSaved: string | null = null;

  constructor(private readonly actions: ViewActions) {
    this.texts = textsOf('en');
    this.host = h('sincere-chat' as 'div');
    // Inline and !important: no rule of the page can hide, move or restyle the widget's own element.
    this.host.setAttribute(
      'style',
      'all:initial!important;display:block!important;position:fixed!important;z-index:2147483000!important;' +
        'width:0!important;height:0!important;inset:auto 0 0 auto!important;visibility:visible!important;opacity:1!important',
    );
    this.shadow = this.host.attachShadow({ mode: 'open' });
    this.launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', hidden: true });
    this.dot = h('span', { class: 'dot', hidden: true });
    this.launcher.append(icon(CHAT_ICON), this.dot);
    this.title = h('h2', { id: 'sincere-title' });
    this.status = h('p');
    this.closeButton = h('button', { type: 'button', class: 'x' }, '×');
    this.greeting = h('p', { class: 'note' });
    this.offline = h('div', { class: 'note offline', hidden: true });
    this.list = h('ol', { class: 'msgs', 'aria-live': 'polite' });
    this.typingLine = h('div', { class: 'typing', 'aria-live': 'polite' });
    this.errorLine = h('div', { class: 'error', role: 'alert', hidden: true });
    this.input = h('textarea', { rows: '1', dir: 'auto' });
    this.fileInput = h('input', { type: 'file', class: 'sr', tabindex: '-1', 'aria-hidden': 'true' });
    this.attachButton = h('button', { type: 'button', class: 'icon' });
    this.attachButton.append(icon(CLIP_ICON));
    this.sendButton = h('button', { type: 'submit', class: 'icon' });
    this.sendButton.append(icon(SEND_ICON));
    const composer = h('form', { class: 'composer' }, this.attachButton, this.input, this.sendButton, this.fileInput);
    this.panel = h(
      'div',
      { class: 'panel', role: 'dialog', 'aria-labelledby': 'sincere-title', hidden: true },
      h('div', { class: 'head' }, h('div', {}, this.title, this.status), this.closeButton),
      h('div', { class: 'body' }, this.greeting, this.offline, this.list),
      this.typingLine,
      this.errorLine,
      composer,
    );
    this.root = h('div', { class: 'root' }, this.panel, this.launcher);
    this.shadow.append(h('style', {}, STYLES), this.root);

    this.launcher.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    this.closeButton.addEventListener('click', () => this.close());
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.panel.hidden) {
        event.stopPropagation();
        this.close();
      }
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener('input', () => {
      if (this.input.value.trim()) this.actions.typing();
    });
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.attachButton.addEventListener('click', () => this.fileInput.click());
    this.fileInput.addEventListener('change', () => {
      const file = this.fileInput.files?.[0];
      this.fileInput.value = '';
      if (file) this.actions.attach(file);
    });
    this.setLocale('en');
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  setLocale(locale: WidgetLocale): void {
    this.locale = locale;
    this.texts = textsOf(locale);
    const t = this.texts;
    this.root.setAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    this.root.setAttribute('lang', locale);
    this.launcher.setAttribute('aria-label', t.openChat);
    this.closeButton.setAttribute('aria-label', t.closeChat);
    this.title.textContent = t.title;
    this.list.setAttribute('aria-label', t.messages);
    this.input.setAttribute('placeholder', t.placeholder);
    this.input.setAttribute('aria-label', t.placeholder);
    this.attachButton.setAttribute('aria-label', t.attach);
    this.sendButton.setAttribute('aria-label', t.send);
    this.renderChannel();
    this.renderMessages();
  }

  /** The channel's colour, greeting and hours; the launcher shows from then on. */
  setChannel(channel: WidgetChannel): void {
    this.channel = channel;
    this.root.style.setProperty('--c', channel.color);
    this.launcher.hidden = false;
    this.renderChannel();
  }

  /** Before a session (a site that signs its users, not identified yet): nothing shows. */
  hide(): void {
    this.close();
    this.launcher.hidden = true;
  }

  open(): void {
    if (this.launcher.hidden) return;
    this.panel.hidden = false;
    this.dot.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.launcher.setAttribute('aria-label', this.texts.closeChat);
    this.input.focus();
    this.scrollDown();
    this.actions.opened();
  }

  close(): void {
    const hadFocus = this.shadow.activeElement !== null;
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.setAttribute('aria-label', this.texts.openChat);
    if (hadFocus) this.launcher.focus();
  }

  setMessages(messages: ShownMessage[]): void {
    const atBottom = this.isScrolledDown();
    this.messages = messages;
    this.renderMessages();
    if (atBottom) this.scrollDown();
  }

  /** A reply came while the panel was closed. */
  markUnread(): void {
    if (this.panel.hidden) this.dot.hidden = false;
  }

  setTyping(names: string[]): void {
    this.typingLine.textContent = names.length > 0 ? fill(this.texts.typing, { name: names.join(', ') }) : '';
  }

  showError(which: 'failed' | 'tooLarge' | null): void {
    this.errorLine.hidden = which === null;
    this.errorLine.textContent = which ? this.texts[which] : '';
  }

  emailLeft(email: string): void {
    this.emailSaved = email;
    this.renderChannel();
  }

  private submit(): void {
    const body = this.input.value.trim();
    if (!body) return;
    this.input.value = '';
    this.actions.send(body);
  }

  private renderChannel(): void {
    const t = this.texts;
    const channel = this.channel;
    this.greeting.textContent = channel?.greeting[this.locale] ?? t.greeting;
    const open = channel?.open ?? true;
    const back = channel?.opensAt ? fill(t.opensAt, { time: this.formatTime(channel.opensAt) }) : '';
    this.status.textContent = open ? t.online : back || t.offline;
    this.offline.hidden = open;
    this.offline.replaceChildren();
    if (open) return;
    if (this.emailSaved) {
      this.offline.append(h('p', {}, fill(t.emailSaved, { name: this.emailSaved }), back ? ` ${back}` : ''));
      return;
    }
    const field = h('input', { type: 'email', class: 'field', required: true, 'aria-label': t.emailLabel });
    field.setAttribute('placeholder', t.emailLabel);
    field.setAttribute('autocomplete', 'email');
    const form = h('form', {}, field, h('button', { type: 'submit', class: 'primary' }, t.emailSend));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (field.value.trim()) this.actions.leaveEmail(field.value.trim());
    });
    this.offline.append(h('p', {}, t.offline, back ? ` ${back}` : ''), form);
  }

  private renderMessages(): void {
    const t = this.texts;
    this.list.replaceChildren(
      ...this.messages.map(({ message, state }) => {
        const mine = message.direction === 'inbound';
        const item = h(
          'li',
          { class: `msg ${mine ? 'in' : 'out'} ${state}`, dir: 'auto' },
          h('span', { class: 'who' }, mine ? t.you : (message.author?.name ?? t.team)),
        );
        if (message.body) item.append(message.body);
        for (const file of message.attachments) {
          const button = h('button', { type: 'button', class: 'file' }, `📎 ${file.fileName}`);
          button.addEventListener('click', () => this.actions.download(file));
          item.append(button);
        }
        return item;
      }),
    );
  }

  private formatTime(iso: string): string {
    try {
      return new Date(iso).toLocaleString(this.locale, { weekday: 'long', hour: '2-digit', minute: '2-digit' });
    } catch {
      return iso;
    }
  }

  private isScrolledDown(): boolean {
    const body = this.list.parentElement;
    return !body || body.scrollHeight - body.scrollTop - body.clientHeight < 40;
  }

  private scrollDown(): void {
    const body = this.list.parentElement;
    if (body) body.scrollTop = body.scrollHeight;
  }
}
