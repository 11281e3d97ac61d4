import type { CustomerExport } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { listMessages } from '../conversations/conversations.repository';
import { listAttributeDefinitionsOfAccount } from './attribute-definitions.repository';
import { listFactsOfCustomer } from './customer-facts-data.repository';
import { listNotesOfCustomers } from './customer-notes.repository';
import { listConversationsOfCustomer } from './customer-profile.repository';
import { readCustomer } from './read-customer';

/**
 * Everything the account holds about one customer — profile, identities, field values, notes, facts of every
 * status, and each conversation with its messages — as one document, for a person who asked for their data.
 * Who exported whom is recorded in the audit log.
 */
export async function exportCustomer(ctx: AppContext, caller: AuthContext, id: string): Promise<CustomerExport> {
  const { accountId } = caller;
  const { db } = ctx.database;
  const customer = await readCustomer(db, accountId, id);
  if (!customer) throw notFound('Customer');
  const [definitions, notes, facts, conversations] = await Promise.all([
    listAttributeDefinitionsOfAccount(db, accountId),
    listNotesOfCustomers(db, accountId, [customer.id]),
    listFactsOfCustomer(db, accountId, customer.id),
    listConversationsOfCustomer(db, accountId, customer.id),
  ]);
  const withMessages = [];
  for (const conversation of conversations) {
    withMessages.push({
      id: conversation.id,
      channel: conversation.channel,
      subject: conversation.subject,
      status: conversation.status,
      createdAt: conversation.createdAt.toISOString(),
      messages: await listMessages(db, accountId, conversation.id),
    });
  }
  const exportedAt = ctx.clock();
  await db.transaction((tx) =>
    recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'customer.exported',
      targetType: 'customer',
      targetId: customer.id,
      data: { conversations: conversations.length },
    }),
  );
  return {
    exportedAt: exportedAt.toISOString(),
    customer,
    attributeLabels: Object.fromEntries(
      definitions.filter((definition) => definition.key in customer.attributes).map((d) => [d.key, d.label]),
    ),
    notes: notes.map(({ note, author }) => ({
      id: note.id,
      author,
      body: note.body,
      createdAt: note.createdAt.toISOString(),
      updatedAt: note.updatedAt.toISOString(),
    })),
    facts: facts.map((fact) => ({
      id: fact.id,
      category: fact.category,
      text: fact.text,
      status: fact.status,
      mentionedAt: fact.mentionedAt.toISOString(),
      sourceConversationId: fact.sourceConversationId,
      sourceMessageId: fact.sourceMessageId,
      confirmedAt: fact.confirmedAt?.toISOString() ?? null,
      createdAt: fact.createdAt.toISOString(),
      updatedAt: fact.updatedAt.toISOString(),
    })),
    conversations: withMessages,
  };
}
