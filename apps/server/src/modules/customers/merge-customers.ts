import type { Customer } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import type { CustomerRow } from './customer.mapper';
import {
  addIdentityUnlessTaken,
  moveConversations,
  moveFacts,
  moveIdentities,
  moveNotes,
  repointMergedCustomers,
} from './customer-merge.repository';
import {
  lockCustomerRows,
  NOTHING_PERSONAL,
  updateCustomerRow,
  type CustomerChanges,
} from './customer-profile.repository';
import { publishConversationRows } from './publish-conversations';
import { customerOfRow } from './read-customer';

/** Profile fields a merge fills on the target when it has none. */
const FILLED = [
  'email',
  'phone',
  'locale',
  'country',
  'timeZone',
  'company',
  'addressAs',
  'referralSource',
  'plan',
] as const;

const digitsOf = (phone: string | null) => (phone ?? '').replace(/[^0-9]/g, '');

/**
 * Merges the source customer into the target in one transaction: conversations, identities, notes and facts
 * move to the target; the target's empty fields are filled from the source and field values merged (the
 * target's win); an email address or phone number the target does not keep on its profile stays findable as
 * one of its identities. The source remains as a pointer (mergedIntoId) with its name only, so links to it
 * lead on. Both rows are locked in id order, so crossing merges queue up and the second one is refused.
 */
export async function mergeCustomers(
  ctx: AppContext,
  caller: AuthContext,
  targetId: string,
  sourceId: string,
): Promise<Customer> {
  const { accountId } = caller;
  const result = await ctx.database.db.transaction(async (tx) => {
    const locked = await lockCustomerRows(tx, accountId, [targetId, sourceId]);
    const target = locked.get(targetId);
    const source = locked.get(sourceId);
    if (!target || !source) throw notFound('Customer');
    if (target.id === source.id)
      throw new AppError('validation_failed', 'A customer cannot be merged into itself', {
        sourceId: 'Choose another customer',
      });
    refuseMerged(target, 'The customer to merge into');
    refuseMerged(source, 'The customer to merge');

    const now = ctx.clock();
    const filled: string[] = [];
    const changes: CustomerChanges = {};
    for (const field of FILLED) {
      if (target[field] === null && source[field] !== null) {
        Object.assign(changes, { [field]: source[field] });
        filled.push(field);
      }
    }
    if (target.revenueCents === null && source.revenueCents !== null) {
      changes.revenueCents = source.revenueCents;
      changes.revenueCurrency = source.revenueCurrency;
      filled.push('revenue');
    }
    const attributes = { ...source.attributes, ...target.attributes };
    const gained = Object.keys(source.attributes).filter((key) => !(key in target.attributes));
    if (gained.length > 0) {
      changes.attributes = attributes;
      filled.push(...gained.map((key) => `attributes.${key}`));
    }

    const conversationIds = await moveConversations(tx, accountId, source.id, target.id, now);
    const identities = await moveIdentities(tx, accountId, source.id, target.id);
    const keptEmail = changes.email ?? target.email;
    if (source.email && source.email.toLowerCase() !== keptEmail?.toLowerCase())
      await addIdentityUnlessTaken(tx, accountId, target.id, { kind: 'email', value: source.email.toLowerCase() }, now);
    const keptPhone = changes.phone ?? target.phone;
    if (source.phone && digitsOf(source.phone) !== digitsOf(keptPhone ?? null))
      await addIdentityUnlessTaken(tx, accountId, target.id, { kind: 'phone', value: source.phone }, now);
    const notes = await moveNotes(tx, accountId, source.id, target.id);
    const facts = await moveFacts(tx, accountId, source.id, target.id);

    const updated = await updateCustomerRow(tx, accountId, target.id, { ...changes, updatedAt: now });
    await updateCustomerRow(tx, accountId, source.id, { ...NOTHING_PERSONAL, mergedIntoId: target.id, updatedAt: now });
    await repointMergedCustomers(tx, accountId, source.id, target.id, now);
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'customer.merged',
      targetType: 'customer',
      targetId: target.id,
      data: { sourceId: source.id, conversations: conversationIds.length, identities, notes, facts, filled },
    });
    return { customer: await customerOfRow(tx, accountId, updated), conversationIds };
  });
  await publishConversationRows(ctx, accountId, result.conversationIds);
  return result.customer;
}

function refuseMerged(row: CustomerRow, what: string): void {
  if (row.mergedIntoId) throw new AppError('conflict', `${what} was merged into another customer already`);
  if (row.forgottenAt) throw new AppError('conflict', `${what} was forgotten: there is nothing to merge`);
}
