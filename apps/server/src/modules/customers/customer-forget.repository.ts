import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  attachments,
  conversationThreads,
  conversations,
  customerIdentities,
  customerNotes,
  followUps,
  messages,
  webhookDeliveries,
  type Tx,
} from '@sincere/db';

/** The customer's own messages (direction inbound) in these conversations. */
export async function listInboundMessages(
  tx: Tx,
  accountId: string,
  conversationIds: string[],
): Promise<{ id: string; conversationId: string }[]> {
  if (conversationIds.length === 0) return [];
  return tx
    .select({ id: messages.id, conversationId: messages.conversationId })
    .from(messages)
    .where(
      and(
        eq(messages.accountId, accountId),
        inArray(messages.conversationId, conversationIds),
        eq(messages.direction, 'inbound'),
      ),
    );
}

/**
 * Empties the messages: no text, no channel metadata (email headers and the original with its quoted part and
 * HTML, a Telegram edit's earlier texts), no channel id (so a late Telegram edit cannot write text back).
 * Their client ids stay: a redelivered copy is still recognised as stored, and is not stored again.
 */
export async function eraseMessages(tx: Tx, accountId: string, messageIds: string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await tx
    .update(messages)
    .set({ body: '', metadata: null, externalId: null })
    .where(and(eq(messages.accountId, accountId), inArray(messages.id, messageIds)));
}

/** Deletes the files of these messages; returns their storage keys, whose bytes the caller deletes. */
export async function deleteAttachmentsOfMessages(tx: Tx, accountId: string, messageIds: string[]): Promise<string[]> {
  if (messageIds.length === 0) return [];
  const rows = await tx
    .delete(attachments)
    .where(and(eq(attachments.accountId, accountId), inArray(attachments.messageId, messageIds)))
    .returning({ storageKey: attachments.storageKey });
  return rows.map((row) => row.storageKey);
}

/**
 * The customer's subjects go, and so do the conversations' channel threads: a Telegram thread is the
 * person's chat id, an email thread their normalised subject. A reply then has nowhere to go, as it should.
 */
export async function eraseConversationTraces(
  tx: Tx,
  accountId: string,
  conversationIds: string[],
  now: Date,
): Promise<void> {
  if (conversationIds.length === 0) return;
  await tx
    .update(conversations)
    .set({ subject: null, updatedAt: now })
    .where(and(eq(conversations.accountId, accountId), inArray(conversations.id, conversationIds)));
  await tx
    .delete(conversationThreads)
    .where(
      and(eq(conversationThreads.accountId, accountId), inArray(conversationThreads.conversationId, conversationIds)),
    );
  // Automatic reviews quote the conversation as evidence ("Hello Anna!"): the quotes go, the rules and scores stay.
  await tx.execute(sql`UPDATE qa_reviews SET ratings = coalesce((
      SELECT jsonb_agg(CASE WHEN jsonb_typeof(rating->'evidence') = 'array'
        THEN jsonb_set(rating, '{evidence}', coalesce((
          SELECT jsonb_agg(jsonb_set(item, '{quote}', 'null'::jsonb)) FROM jsonb_array_elements(rating->'evidence') item
        ), '[]'::jsonb))
        ELSE rating END)
      FROM jsonb_array_elements(ratings) rating), '[]'::jsonb)
    WHERE account_id = ${accountId} AND conversation_id IN (${sql.join(
      conversationIds.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  // Nobody writes to a forgotten customer again: planned follow-ups are called off, their texts removed.
  await tx
    .update(followUps)
    .set({ status: 'cancelled', body: '', doneAt: now, failure: 'The customer was forgotten' })
    .where(
      and(
        eq(followUps.accountId, accountId),
        inArray(followUps.conversationId, conversationIds),
        eq(followUps.status, 'scheduled'),
      ),
    );
}

/**
 * Webhook deliveries carry a copy of the conversation and message: the customer's name and the subject are
 * replaced, the text and files of the customer's own messages removed, as are an edit's texts in the event data.
 * Pending deliveries then go out without them.
 */
export async function scrubWebhookPayloads(
  tx: Tx,
  accountId: string,
  conversationIds: string[],
  placeholderName: string,
): Promise<void> {
  if (conversationIds.length === 0) return;
  const ofTheseConversations = and(
    eq(webhookDeliveries.accountId, accountId),
    sql`${webhookDeliveries.payload}->>'conversationId' in (${sql.join(
      conversationIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  const payload = webhookDeliveries.payload;
  await tx
    .update(webhookDeliveries)
    .set({
      payload: sql`jsonb_set(jsonb_set(${payload}, '{conversation,customer,name}', to_jsonb(${placeholderName}::text)),
        '{conversation,subject}', 'null'::jsonb)`,
    })
    .where(and(ofTheseConversations, sql`jsonb_typeof(${payload}->'conversation') = 'object'`));
  await tx
    .update(webhookDeliveries)
    .set({
      payload: sql`jsonb_set(jsonb_set(${payload}, '{message,body}', '""'::jsonb), '{message,attachments}', '[]'::jsonb)`,
    })
    .where(and(ofTheseConversations, sql`${payload}->'message'->>'direction' = 'inbound'`));
  await tx
    .update(webhookDeliveries)
    .set({ payload: sql`jsonb_set(${payload}, '{data}', (${payload}->'data') - 'body' - 'previousBody')` })
    .where(and(ofTheseConversations, sql`jsonb_typeof(${payload}->'data') = 'object'`));
}

export async function deleteIdentitiesOfCustomers(tx: Tx, accountId: string, customerIds: string[]): Promise<number> {
  const rows = await tx
    .delete(customerIdentities)
    .where(and(eq(customerIdentities.accountId, accountId), inArray(customerIdentities.customerId, customerIds)))
    .returning({ id: customerIdentities.id });
  return rows.length;
}

export async function deleteNotesOfCustomers(tx: Tx, accountId: string, customerIds: string[]): Promise<number> {
  const rows = await tx
    .delete(customerNotes)
    .where(and(eq(customerNotes.accountId, accountId), inArray(customerNotes.customerId, customerIds)))
    .returning({ id: customerNotes.id });
  return rows.length;
}
