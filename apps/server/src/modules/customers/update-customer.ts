import type { Customer, UpdateCustomerRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { listAttributeDefinitionsOfAccount } from './attribute-definitions.repository';
import { applyAttributeChanges } from './customer-attributes';
import type { CustomerRow } from './customer.mapper';
import {
  listConversationsOfCustomer,
  lockCustomerRows,
  updateCustomerRow,
  type CustomerChanges,
} from './customer-profile.repository';
import { publishConversationRows } from './publish-conversations';
import { customerOfRow } from './read-customer';

const TEXT_FIELDS = [
  'name',
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

/** A merged customer only points elsewhere, a forgotten one must stay empty: neither is edited. */
export function refuseUnlessEditable(row: CustomerRow): void {
  if (row.mergedIntoId) throw new AppError('conflict', 'This customer was merged into another one: edit that one');
  if (row.forgottenAt)
    throw new AppError('conflict', 'This customer was forgotten: nothing can be recorded about them');
}

/**
 * Changes profile fields and field values. Values are checked against the account's field definitions; any
 * that does not fit refuses the whole change, naming each (`attributes.<key>`). The audit entry names the
 * fields changed, never their values, so that "forget this customer" leaves nothing personal behind in it.
 */
export async function updateCustomer(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateCustomerRequest,
): Promise<Customer> {
  const { accountId } = caller;
  const result = await ctx.database.db.transaction(async (tx) => {
    const row = (await lockCustomerRows(tx, accountId, [id])).get(id);
    if (!row) throw notFound('Customer');
    refuseUnlessEditable(row);

    const changes: CustomerChanges = {};
    const changed: string[] = [];
    for (const field of TEXT_FIELDS) {
      const given = input[field];
      if (given === undefined) continue;
      let value = given === null || given === '' ? null : given;
      if (field === 'email' && value) value = value.toLowerCase();
      if (field === 'name' && value === null) continue; // the schema requires a name; never cleared
      if (value !== row[field]) {
        Object.assign(changes, { [field]: value });
        changed.push(field);
      }
    }
    if (input.revenue !== undefined) {
      const cents = input.revenue?.amountCents ?? null;
      const currency = input.revenue?.currency ?? null;
      if (cents !== row.revenueCents || currency !== row.revenueCurrency) {
        changes.revenueCents = cents;
        changes.revenueCurrency = currency;
        changed.push('revenue');
      }
    }
    if (input.attributes !== undefined) {
      const definitions = await listAttributeDefinitionsOfAccount(tx, accountId);
      const { attributes, problems } = applyAttributeChanges(definitions, row.attributes, input.attributes);
      if (Object.keys(problems).length > 0) {
        const fields = Object.fromEntries(
          Object.entries(problems).map(([key, reason]) => [`attributes.${key}`, reason]),
        );
        throw new AppError('validation_failed', `Invalid customer fields: ${Object.keys(problems).join(', ')}`, fields);
      }
      for (const key of new Set([...Object.keys(attributes), ...Object.keys(row.attributes)])) {
        if (attributes[key] !== row.attributes[key]) changed.push(`attributes.${key}`);
      }
      if (changed.some((field) => field.startsWith('attributes.'))) changes.attributes = attributes;
    }
    if (changed.length === 0) return { customer: await customerOfRow(tx, accountId, row), renamed: false };

    const updated = await updateCustomerRow(tx, accountId, id, { ...changes, updatedAt: ctx.clock() });
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'customer.updated',
      targetType: 'customer',
      targetId: id,
      data: { fields: changed },
    });
    return { customer: await customerOfRow(tx, accountId, updated), renamed: changed.includes('name') };
  });
  // The lists show the customer's name on each of their conversations.
  if (result.renamed) {
    const conversations = await listConversationsOfCustomer(ctx.database.db, accountId, result.customer.id);
    await publishConversationRows(
      ctx,
      accountId,
      conversations.map((conversation) => conversation.id),
    );
  }
  return result.customer;
}
