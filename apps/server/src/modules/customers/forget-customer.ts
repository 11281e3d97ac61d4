import { FORGOTTEN_CUSTOMER_NAME, type Customer } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { deleteFactsOfCustomers } from './customer-facts-data.repository';
import {
  deleteAttachmentsOfMessages,
  deleteIdentitiesOfCustomers,
  deleteNotesOfCustomers,
  eraseConversationTraces,
  eraseMessages,
  listInboundMessages,
  scrubWebhookPayloads,
} from './customer-forget.repository';
import {
  listConversationsOfCustomer,
  listCustomerIdsMergedInto,
  lockCustomerRows,
  updateCustomerRow,
  NOTHING_PERSONAL,
  type CustomerChanges,
} from './customer-profile.repository';
import { publishConversationRows } from './publish-conversations';
import { customerOfRow } from './read-customer';

/** What is left of a forgotten customer: a placeholder name and the dates. */
const ERASED: CustomerChanges = { ...NOTHING_PERSONAL, name: FORGOTTEN_CUSTOMER_NAME };

/** Compared as a person types it: spaces at the ends and runs of spaces do not matter, nor does case. */
const typed = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * "Forget this customer": erases everything personal about them, and about the customers merged into them, in
 * one transaction — profile fields and field values, identities, notes, facts, the text, channel metadata and
 * files of their own messages, their conversations' subjects and channel threads, and their copies in webhook
 * deliveries. The customer and their conversations stay (ids, dates, the agents' replies) so that reports add
 * up; the conversation event log is append-only and is left as it is. The request must carry the customer's
 * name as confirmation. Files are deleted last, still inside the transaction: if one cannot be deleted,
 * nothing is erased and the request can be repeated.
 */
export async function forgetCustomer(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  confirmation: string,
): Promise<Customer> {
  const { accountId } = caller;
  const result = await ctx.database.db.transaction(async (tx) => {
    const customer = (await lockCustomerRows(tx, accountId, [id])).get(id);
    if (!customer) throw notFound('Customer');
    if (customer.mergedIntoId)
      throw new AppError('conflict', 'This customer was merged into another one: forget that one instead');
    if (typed(confirmation) !== typed(customer.name))
      throw new AppError('validation_failed', 'The confirmation does not match the customer’s name', {
        confirm: 'Type the customer’s name exactly as shown',
      });

    const now = ctx.clock();
    const customerIds = [customer.id, ...(await listCustomerIdsMergedInto(tx, accountId, customer.id))];
    const conversationIds = (await listConversationsOfCustomer(tx, accountId, customer.id)).map((row) => row.id);
    const erasedMessages = await listInboundMessages(tx, accountId, conversationIds);
    const messageIds = erasedMessages.map((message) => message.id);
    await eraseMessages(tx, accountId, messageIds);
    const storageKeys = await deleteAttachmentsOfMessages(tx, accountId, messageIds);
    await eraseConversationTraces(tx, accountId, conversationIds, now);
    await scrubWebhookPayloads(tx, accountId, conversationIds, FORGOTTEN_CUSTOMER_NAME);
    const identities = await deleteIdentitiesOfCustomers(tx, accountId, customerIds);
    const notes = await deleteNotesOfCustomers(tx, accountId, customerIds);
    const facts = await deleteFactsOfCustomers(tx, accountId, customerIds);
    const erased = { ...ERASED, forgottenAt: now, updatedAt: now };
    for (const mergedId of customerIds.slice(1)) await updateCustomerRow(tx, accountId, mergedId, erased);
    const row = await updateCustomerRow(tx, accountId, customer.id, erased);
    // Ids and counts only: the audit log must not keep what was just erased.
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'customer.forgotten',
      targetType: 'customer',
      targetId: customer.id,
      data: {
        mergedCustomers: customerIds.length - 1,
        conversations: conversationIds.length,
        messages: messageIds.length,
        files: storageKeys.length,
        identities,
        notes,
        facts,
      },
    });
    for (const key of storageKeys) await ctx.attachmentStorage.delete(key);
    return { customer: await customerOfRow(tx, accountId, row), conversationIds, erasedMessages };
  });
  await publishConversationRows(ctx, accountId, result.conversationIds, result.erasedMessages);
  return result.customer;
}
