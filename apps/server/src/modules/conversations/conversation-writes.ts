import { and, eq } from 'drizzle-orm';
import { conversations, messages, type Db, type Tx } from '@sincere/db';
import type { ConversationEvent, Message, Role } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { requireRole, type AuthContext } from '../auth/auth-context';
import { findConversationSummaries } from './conversation-summary';
import { reactNow } from './pending-reactions';

/** Roles that work conversations; reviewers read and score them only. */
export const CONVERSATION_WRITERS: readonly Role[] = ['admin', 'lead', 'agent'];

export function requireWriter(auth: AuthContext | null): AuthContext {
  return requireRole(auth, CONVERSATION_WRITERS);
}

export type ConversationRow = typeof conversations.$inferSelect;

/** The row, locked until the transaction ends, so concurrent changes to one conversation queue up. */
export async function lockConversation(tx: Tx, accountId: string, id: string): Promise<ConversationRow> {
  const [row] = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, id)))
    .for('update');
  if (!row) throw notFound('Conversation');
  return row;
}

export async function findMessageByClientId(tx: Db | Tx, accountId: string, clientMessageId: string) {
  const [row] = await tx
    .select()
    .from(messages)
    .where(and(eq(messages.accountId, accountId), eq(messages.clientMessageId, clientMessageId)));
  return row ?? null;
}

/** PostgreSQL's unique_violation: a concurrent request stored the same idempotency key first. */
export function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

/**
 * After commit: pushes what changed (the list row as it is now, then each new
 * message and event) and lets the listening modules react.
 */
export async function publishChanges(
  ctx: AppContext,
  accountId: string,
  conversationId: string,
  events: ConversationEvent[],
  newMessages: Message[] = [],
): Promise<void> {
  await publishManyChanges(ctx, accountId, [{ conversationId, events, messages: newMessages }]);
}

/** The same for changes to several conversations committed together (a batch of messages): one look-up each way. */
export async function publishManyChanges(
  ctx: AppContext,
  accountId: string,
  changes: { conversationId: string; events: ConversationEvent[]; messages: Message[]; cycleStarted?: boolean }[],
): Promise<void> {
  await ctx.afterCommit.run(async () => {
    // Nobody to tell (no agent of the account online, one process): the list rows are not read at all.
    if (ctx.realtime.hasAudience(accountId)) {
      const ids = changes.map((change) => change.conversationId);
      for (const conversation of await findConversationSummaries(ctx.database.db, accountId, ids, ctx.clock()))
        ctx.realtime.publish(accountId, { type: 'conversation.updated', conversation });
    }
    for (const { conversationId, messages: created } of changes)
      for (const message of created)
        ctx.realtime.publish(accountId, { type: 'message.created', conversationId, message });
    for (const { events } of changes)
      for (const event of events) ctx.realtime.publish(accountId, { type: 'conversation.event', event });
    await reactNow(
      ctx,
      ...changes.map(({ conversationId, events, cycleStarted }) => ({
        accountId,
        conversationId,
        events,
        ...(cycleStarted === undefined ? {} : { cycleStarted }),
      })),
    );
  });
}
