import { and, eq, inArray } from 'drizzle-orm';
import { conversations, messages, promises } from '@sincere/db';
import { Id } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ConversationChange, ConversationListeners } from '../conversations/conversation-listeners';
import { appendEvents } from '../conversations/event-log';
import { publishChanges } from '../conversations/conversation-writes';
import { detectDone } from './detection/detect-done';
import { keep, UNSETTLED } from './promise-transitions';
import { updatePromiseRow } from './promises.repository';

const registered = new WeakSet<ConversationListeners>();

/**
 * "I took care of the lamp by your bed — anything else?": an agent's reply that says a thing is done keeps the
 * conversation's unsettled promise (the author's own first, the one due soonest among them), with the reply as
 * evidence. A conversation listener; running it again for the same reply keeps nothing more.
 */
export function registerPromiseEvidence(ctx: AppContext): void {
  if (registered.has(ctx.conversationListeners)) return;
  registered.add(ctx.conversationListeners);
  ctx.conversationListeners.on('promise-evidence', (change) => keepPromisesShownDone(ctx, change));
}

export async function keepPromisesShownDone(ctx: AppContext, change: ConversationChange): Promise<void> {
  const { accountId, conversationId } = change;
  const replyIds = change.events
    .filter((event) => event.type === 'message.outbound' && event.actorType === 'user')
    .map((event) => Id.safeParse(event.data.messageId))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  if (replyIds.length === 0) return;
  const { db } = ctx.database;
  const replies = await db
    .select({
      id: messages.id,
      body: messages.body,
      authorUserId: messages.authorUserId,
      language: messages.language,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(and(eq(messages.accountId, accountId), inArray(messages.id, replyIds)));
  for (const reply of replies) {
    const done = detectDone(reply.body, { language: reply.language });
    if (!done) continue;
    const events = await db.transaction(async (tx) => {
      // The conversation first, as every writer locks it: then its promises.
      await tx
        .select({ id: conversations.id })
        .from(conversations)
        .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)))
        .for('update');
      const unsettled = await tx
        .select()
        .from(promises)
        .where(
          and(
            eq(promises.accountId, accountId),
            eq(promises.conversationId, conversationId),
            inArray(promises.status, [...UNSETTLED]),
          ),
        )
        .for('update');
      // Only promises made before the reply: a reply cannot be evidence for a promise confirmed after it.
      const candidates = unsettled
        .filter((row) => row.messageId !== reply.id && row.createdAt <= reply.createdAt)
        .sort(
          (a, b) =>
            Number(b.ownerId === reply.authorUserId) - Number(a.ownerId === reply.authorUserId) ||
            a.dueAt.getTime() - b.dueAt.getTime(),
        );
      const chosen = candidates[0];
      if (!chosen) return [];
      const { changes, event } = keep(
        chosen,
        reply.authorUserId ? { type: 'user', id: reply.authorUserId } : { type: 'system' },
        { kind: 'message', messageId: reply.id, text: done.text },
        ctx.clock(),
      );
      await updatePromiseRow(tx, accountId, chosen.id, changes);
      return appendEvents(tx, [event]);
    });
    await publishChanges(ctx, accountId, conversationId, events);
  }
}
