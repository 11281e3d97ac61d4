import type { ConversationDetail } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { findCustomer, listMessages } from './conversations.repository';
import { findConversationSummary } from './conversation-summary';
import { listEventsWithMergedHistory } from './merged-conversations';

/**
 * A conversation with its customer, messages and history. The history includes
 * the events of conversations merged into it (their log stays where it was
 * written); each event names its own conversation.
 */
export async function findConversationDetail(
  ctx: AppContext,
  accountId: string,
  id: string,
): Promise<ConversationDetail> {
  const { db } = ctx.database;
  const summary = await findConversationSummary(db, accountId, id, ctx.clock());
  if (!summary) throw notFound('Conversation');
  const [customer, messages, events] = await Promise.all([
    findCustomer(db, accountId, summary.customer.id),
    listMessages(db, accountId, summary.id),
    listEventsWithMergedHistory(db, accountId, summary.id),
  ]);
  if (!customer) throw notFound('Conversation');
  return { ...summary, customer, messages, events };
}
