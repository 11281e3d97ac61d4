import { z } from 'zod';

/** Paths of the email channel's API. */
export const EMAIL_API = {
  /** The raw message (message/rfc822) as the body; an admin's API token. */
  inbound: (channelId: string) => `/api/v1/channels/${channelId}/email/inbound`,
  /** What reply separation took out of an inbound email: the quoted part, the signature, the HTML. */
  messageOriginal: (messageId: string) => `/api/v1/messages/${messageId}/original`,
} as const;

/** An inbound email as it arrived: its full text, its HTML (sanitised) and the part quoted from earlier mail. */
export const MessageOriginal = z
  .object({
    /** The whole plain-text body, quotes and signature included. */
    text: z.string(),
    /** The HTML body, sanitised (no scripts, styles, event handlers or remote images); null for plain-text mail. */
    html: z.string().nullable(),
    /** What was taken out of the body: quoted earlier messages and the signature. */
    quoted: z.string(),
  })
  .meta({ id: 'MessageOriginal' });
export type MessageOriginal = z.infer<typeof MessageOriginal>;

/** An email was stored (or had been: `created` false for a repeat of the same Message-ID). */
export const EmailStored = z
  .object({
    outcome: z.object({
      conversationId: z.string(),
      messageId: z.string(),
      created: z.boolean(),
    }),
  })
  .meta({ id: 'EmailStored' });
export type EmailStored = z.infer<typeof EmailStored>;

/** A bounce, auto-reply or mail from no one: accepted and dropped, never a conversation. */
export const EmailIgnored = z.object({ ignored: z.literal(true), reason: z.string() }).meta({ id: 'EmailIgnored' });
export type EmailIgnored = z.infer<typeof EmailIgnored>;
