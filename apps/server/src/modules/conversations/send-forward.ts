import { and, eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { conversationEvents, conversations, customers, type Db } from '@sincere/db';
import type { ForwardConversationJob } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { appendEvents } from './event-log';
import { publishChanges } from './conversation-writes';
import { listMessages } from './conversations.repository';
import { forwardMessageId, forwardSubject, renderForward, type ForwardTranscript } from './forward-mail';

/**
 * Well inside pg-boss's 15-minute expiry, so that a slow server cannot make the
 * queue hand the same job to a second worker while the first is still sending.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * The job behind a forward: sends the transcript once, then logs `conversation.forwarded`
 * (by the agent who asked). A retry first looks for that entry and stops if it is there.
 * The one gap left — the mail went out but the process died before the entry was written —
 * sends again with the same Message-ID, which mail systems recognise as one message.
 */
export async function sendForward(ctx: AppContext, job: ForwardConversationJob): Promise<void> {
  const { accountId, conversationId, forwardId } = job;
  const { db } = ctx.database;
  if (await wasForwarded(db, accountId, conversationId, forwardId)) return;
  const { mail } = ctx.config;
  // Thrown, not dropped: the queue retries, and an administrator may set SMTP_URL meanwhile.
  if (!mail) throw new Error('SMTP_URL is not set: a queued forward cannot be sent');
  const transcript = await transcriptOf(db, job);
  if (!transcript) return;

  const messageId = forwardMessageId(forwardId, mail.from);
  const { text, html } = renderForward(transcript, job.comment);
  const transport = nodemailer.createTransport({ url: mail.smtpUrl, ...SMTP_TIMEOUTS });
  try {
    await transport.sendMail({
      from: mail.from,
      to: job.to,
      subject: forwardSubject(transcript),
      text,
      html,
      messageId,
    });
  } finally {
    transport.close();
  }

  const events = await db.transaction((tx) =>
    appendEvents(tx, [
      {
        accountId,
        conversationId,
        type: 'conversation.forwarded',
        actorType: 'user',
        actorId: job.requestedBy,
        data: { forwardId, to: job.to, messageCount: transcript.messages.length, messageId },
        occurredAt: ctx.clock(),
      },
    ]),
  );
  await publishChanges(ctx, accountId, conversationId, events);
}

async function wasForwarded(db: Db, accountId: string, conversationId: string, forwardId: string): Promise<boolean> {
  const [sent] = await db
    .select({ id: conversationEvents.id })
    .from(conversationEvents)
    .where(
      and(
        eq(conversationEvents.accountId, accountId),
        eq(conversationEvents.conversationId, conversationId),
        eq(conversationEvents.type, 'conversation.forwarded'),
        sql`${conversationEvents.data}->>'forwardId' = ${forwardId}`,
      ),
    )
    .limit(1);
  return Boolean(sent);
}

/**
 * The conversation as the agent saw it when asking: messages written up to the request
 * (notes only if asked for). Merged meanwhile, its messages live on in the target: read
 * there. Null when the conversation is gone (nothing to send).
 */
async function transcriptOf(db: Db, job: ForwardConversationJob): Promise<ForwardTranscript | null> {
  const { accountId } = job;
  let id: string | null = job.conversationId;
  let found: { subject: string | null; customer: { name: string; email: string | null } } | null = null;
  for (let hops = 0; id && hops < 20; hops += 1) {
    const [row] = await db
      .select({
        subject: conversations.subject,
        mergedIntoId: conversations.mergedIntoId,
        customer: { name: customers.name, email: customers.email },
      })
      .from(conversations)
      .innerJoin(customers, and(eq(customers.id, conversations.customerId), eq(customers.accountId, accountId)))
      .where(and(eq(conversations.accountId, accountId), eq(conversations.id, id)));
    if (!row) return null;
    // The subject is the one the agent forwarded, even if the messages now live elsewhere.
    found ??= { subject: row.subject, customer: row.customer };
    if (!row.mergedIntoId) break;
    id = row.mergedIntoId;
  }
  if (!found || !id) return null;
  const requestedAt = new Date(job.requestedAt).getTime();
  const messages = (await listMessages(db, accountId, id)).filter(
    (message) =>
      new Date(message.createdAt).getTime() <= requestedAt && (job.includeNotes || message.direction !== 'note'),
  );
  return { ...found, messages };
}
