import { and, eq } from 'drizzle-orm';
import { conversations, customers, messages, teams, type Tx } from '@sincere/db';
import type { CreateConversationRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { appendEvents } from './event-log';
import { findMessageByClientId, isUniqueViolation, publishChanges } from './conversation-writes';
import { toMessage } from './message.mapper';
import { attachToMessage } from '../attachments/message-attachments';

/**
 * A customer's first message opens a conversation. With a clientMessageId the
 * call is idempotent: repeating it returns the conversation already created.
 */
export async function createConversation(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateConversationRequest,
): Promise<{ conversationId: string; created: boolean }> {
  const { accountId } = caller;
  const clientId = input.message.clientMessageId;
  try {
    const result = await ctx.database.db.transaction(async (tx) => {
      if (clientId) {
        const existing = await findMessageByClientId(tx, accountId, clientId);
        if (existing) return { conversationId: existing.conversationId, created: false, events: [], message: null };
      }
      const now = ctx.clock();
      const customerId = await resolveCustomer(tx, accountId, input.customer, now);
      if (input.teamId) {
        const [team] = await tx
          .select({ id: teams.id })
          .from(teams)
          .where(and(eq(teams.accountId, accountId), eq(teams.id, input.teamId)));
        if (!team) throw new AppError('validation_failed', 'No such team', { teamId: 'No team with this id' });
      }
      const [conversation] = await tx
        .insert(conversations)
        .values({
          accountId,
          customerId,
          channel: input.channel,
          subject: input.subject ?? null,
          language: input.language ?? null,
          priority: input.priority,
          tags: [...new Set(input.tags)],
          teamId: input.teamId ?? null,
          waitingSince: now,
          lastMessageAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!conversation) throw new Error('insert returned no row');
      const [message] = await tx
        .insert(messages)
        .values({
          accountId,
          conversationId: conversation.id,
          direction: 'inbound',
          body: input.message.body,
          format: input.message.format,
          language: input.language ?? null,
          clientMessageId: clientId ?? null,
          createdAt: now,
        })
        .returning();
      if (!message) throw new Error('insert returned no row');
      const files = await attachToMessage(tx, caller, input.message.attachmentIds, {
        id: message.id,
        conversationId: conversation.id,
      });
      const base = {
        accountId,
        conversationId: conversation.id,
        actorType: 'customer' as const,
        actorId: customerId,
        occurredAt: now,
      };
      const events = await appendEvents(tx, [
        {
          ...base,
          type: 'conversation.created',
          data: { channel: input.channel, ...(input.teamId ? { teamId: input.teamId } : {}) },
        },
        { ...base, type: 'message.inbound', data: { messageId: message.id } },
      ]);
      return { conversationId: conversation.id, created: true, events, message: toMessage(message, null, files) };
    });
    if (result.created)
      await publishChanges(
        ctx,
        accountId,
        result.conversationId,
        result.events,
        result.message ? [result.message] : [],
      );
    return { conversationId: result.conversationId, created: result.created };
  } catch (error) {
    // Two deliveries of one message raced: the other one stored it.
    if (clientId && isUniqueViolation(error)) return createConversation(ctx, caller, input);
    throw error;
  }
}

async function resolveCustomer(
  tx: Tx,
  accountId: string,
  ref: CreateConversationRequest['customer'],
  now: Date,
): Promise<string> {
  if ('id' in ref) {
    const [found] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.accountId, accountId), eq(customers.id, ref.id)));
    if (!found)
      throw new AppError('validation_failed', 'No such customer', { 'customer.id': 'No customer with this id' });
    return found.id;
  }
  if (ref.email) {
    const [found] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.accountId, accountId), eq(customers.email, ref.email.toLowerCase())))
      .limit(1);
    if (found) return found.id;
  }
  const [created] = await tx
    .insert(customers)
    .values({
      accountId,
      name: ref.name,
      email: ref.email?.toLowerCase() ?? null,
      phone: ref.phone ?? null,
      locale: ref.locale ?? null,
      country: ref.country ?? null,
      timeZone: ref.timeZone ?? null,
      createdAt: now,
    })
    .returning({ id: customers.id });
  if (!created) throw new Error('insert returned no row');
  return created.id;
}
