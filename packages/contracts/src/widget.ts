import { z } from 'zod';
import { IsoDateTime } from './common';
import { WidgetLocale } from './channel-web';

/**
 * The chat widget's own public API: what a website's visitors call from the
 * embedded script. No session cookies, no CSRF: a visitor holds a bearer token
 * from POST /widget/v1/sessions that names them and the channel, and sees only
 * their own conversations on that channel, never notes.
 */
export const WIDGET_PREFIX = '/widget/v1';

export const WIDGET_API = {
  script: `${WIDGET_PREFIX}/widget.js`,
  sessions: `${WIDGET_PREFIX}/sessions`,
  conversation: `${WIDGET_PREFIX}/conversation`,
  messages: `${WIDGET_PREFIX}/messages`,
  attachments: `${WIDGET_PREFIX}/attachments`,
  attachment: (id: string) => `${WIDGET_PREFIX}/attachments/${id}`,
  typing: `${WIDGET_PREFIX}/typing`,
  contact: `${WIDGET_PREFIX}/contact`,
  socket: `${WIDGET_PREFIX}/socket`,
} as const;

/** A random visitor token: 32 bytes, base64url. Kept by the browser; the server stores only its SHA-256. */
export const VisitorToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'A visitor token from this server');

/** A site's signed-in user: `hash` is hex HMAC-SHA256 of `id` with the channel's identity secret. */
export const WidgetUser = z.strictObject({
  id: z.string().trim().min(1).max(200),
  hash: z.string().regex(/^[0-9a-fA-F]{64}$/, 'Hex HMAC-SHA256 of the id'),
  name: z.string().trim().max(200).optional(),
  email: z.email().max(320).optional(),
});
export type WidgetUser = z.infer<typeof WidgetUser>;

export const CreateWidgetSessionRequest = z
  .strictObject({
    /** The widget's public key (the script tag's data-key). */
    key: z.string().min(1).max(100),
    visitorToken: VisitorToken.optional(),
    user: WidgetUser.optional(),
    locale: WidgetLocale.optional(),
    /**
     * The visitor's own language tag, as the page states it (data-locale) or else their browser ('ms-MY', 'de'):
     * a new customer's locale. `locale` is only the language the widget can speak to them.
     */
    customerLocale: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, 'A language tag such as ms-MY')
      .max(35)
      .optional(),
  })
  .meta({ id: 'CreateWidgetSessionRequest' });
export type CreateWidgetSessionRequest = z.infer<typeof CreateWidgetSessionRequest>;

/** What the widget shows before anyone writes. */
export const WidgetChannel = z.object({
  color: z.string(),
  /** By language; the widget's own greeting when its language is missing. */
  greeting: z.record(z.string(), z.string()),
  /** Whether the team answers now (business hours); outside them the widget asks for an email. */
  open: z.boolean(),
  /** When it opens next; null while open or with no hours. */
  opensAt: IsoDateTime.nullable(),
  requireIdentity: z.boolean(),
});
export type WidgetChannel = z.infer<typeof WidgetChannel>;

export const WidgetSession = z
  .object({
    /** `Authorization: Bearer <token>` for the other routes; `?token=` for the socket. */
    token: z.string(),
    expiresAt: IsoDateTime,
    /** An anonymous visitor's token to keep (localStorage) and send back next time; null for a signed-in user. */
    visitorToken: VisitorToken.nullable(),
    customer: z.object({ identified: z.boolean(), name: z.string().nullable(), email: z.string().nullable() }),
    channel: WidgetChannel,
  })
  .meta({ id: 'WidgetSession' });
export type WidgetSession = z.infer<typeof WidgetSession>;

export const WidgetAttachment = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** Read with the bearer token. */
  url: z.string(),
});
export type WidgetAttachment = z.infer<typeof WidgetAttachment>;

/** A message as the visitor sees it: theirs (inbound) or the team's reply (outbound); notes never. */
export const WidgetMessage = z
  .object({
    id: z.string(),
    direction: z.enum(['inbound', 'outbound']),
    /** The agent who answered (first name and all, as agents sign); null for the visitor's own. */
    author: z.object({ name: z.string() }).nullable(),
    body: z.string(),
    format: z.enum(['plain', 'markdown']),
    createdAt: IsoDateTime,
    attachments: z.array(WidgetAttachment),
  })
  .meta({ id: 'WidgetMessage' });
export type WidgetMessage = z.infer<typeof WidgetMessage>;

export const WidgetConversation = z
  .object({
    conversation: z.object({ id: z.string(), status: z.string() }).nullable(),
    /** Oldest first; the latest 200. */
    messages: z.array(WidgetMessage),
  })
  .meta({ id: 'WidgetConversation' });
export type WidgetConversation = z.infer<typeof WidgetConversation>;

/** Client ids the widget makes up (a UUID): the same id again returns the stored message. */
const ClientMessageId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 letters, digits, - or _');

export const SendWidgetMessageRequest = z
  .strictObject({ body: z.string().trim().min(1).max(10_000), clientMessageId: ClientMessageId })
  .meta({ id: 'SendWidgetMessageRequest' });
export type SendWidgetMessageRequest = z.infer<typeof SendWidgetMessageRequest>;

export const WidgetAttachmentQuery = z.object({
  name: z.string().trim().min(1).max(255),
  clientMessageId: ClientMessageId.optional(),
});

/** The stored message and the conversation it is in (the widget's socket follows a new one from then on). */
export const WidgetMessageSent = z
  .object({ conversationId: z.string(), message: WidgetMessage })
  .meta({ id: 'WidgetMessageSent' });
export type WidgetMessageSent = z.infer<typeof WidgetMessageSent>;

export const WidgetTypingRequest = z.strictObject({ typing: z.boolean().default(true) });

export const WidgetContactRequest = z
  .strictObject({ email: z.email().max(320), name: z.string().trim().min(1).max(200).optional() })
  .meta({ id: 'WidgetContactRequest' });
export type WidgetContactRequest = z.infer<typeof WidgetContactRequest>;

export const WidgetContactSaved = z.object({ email: z.string(), opensAt: IsoDateTime.nullable() });
export type WidgetContactSaved = z.infer<typeof WidgetContactSaved>;

/** What the widget's socket pushes: the team's replies and who of them is writing one. */
export const WidgetServerEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('pong') }),
  /** A reply was written or changed. */
  z.object({ type: z.literal('message'), conversationId: z.string(), message: WidgetMessage }),
  /** An agent's tab (`key`) is writing a reply for `forMs` more milliseconds; 0: stopped. */
  z.object({
    type: z.literal('typing'),
    key: z.string(),
    name: z.string(),
    forMs: z.number().int().min(0),
  }),
]);
export type WidgetServerEvent = z.infer<typeof WidgetServerEvent>;

/** The only thing the widget sends on its socket; anything else closes it. */
export const WidgetClientEvent = z.object({ type: z.literal('ping') });
