import { z } from 'zod';

/** An email inbox: its address, and optionally an existing mailbox Sincere polls over IMAP. */
export const EmailChannelSettings = z
  .strictObject({
    /** Mail to this address becomes conversations (through the built-in SMTP receiver, IMAP or the raw-MIME endpoint). */
    address: z.email(),
    /** The name replies are sent under: "Acme Support". */
    fromName: z.string().min(1).max(100).optional(),
    imap: z
      .strictObject({
        host: z.string().min(1).max(255),
        port: z.number().int().min(1).max(65535).default(993),
        secure: z.boolean().default(true),
        user: z.string().min(1).max(255),
        mailbox: z.string().min(1).max(255).default('INBOX'),
      })
      .nullable()
      .default(null),
  })
  .meta({ id: 'EmailChannelSettings' });
export type EmailChannelSettings = z.infer<typeof EmailChannelSettings>;

export const EmailChannelSecrets = z.strictObject({ imapPassword: z.string().min(1).max(500).optional() });
