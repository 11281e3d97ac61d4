import type { CreateCustomerAttributeRequest, UpdateCustomerAttributeRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { isUniqueViolation } from '../conversations/conversation-writes';
import {
  clearStoredAttribute,
  deleteAttributeDefinitionRow,
  findAttributeDefinition,
  findAttributeDefinitionByKey,
  insertAttributeDefinition,
  nextAttributePosition,
  updateAttributeDefinitionRow,
} from './attribute-definitions.repository';
import type { AttributeDefinitionRow } from './customer-attributes';

const audited = (row: AttributeDefinitionRow) => ({
  key: row.key,
  label: row.label,
  type: row.type,
  options: row.options,
});

const keyTaken = () =>
  new AppError('validation_failed', 'This account already has a customer field with this key', {
    key: 'Already used by another customer field',
  });

/** A new customer field. Values a deleted field left under the same key are cleared, so it starts empty. */
export async function createAttributeDefinition(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateCustomerAttributeRequest,
): Promise<AttributeDefinitionRow> {
  const { accountId } = caller;
  try {
    return await ctx.database.db.transaction(async (tx) => {
      if (await findAttributeDefinitionByKey(tx, accountId, input.key)) throw keyTaken();
      const row = await insertAttributeDefinition(tx, {
        accountId,
        key: input.key,
        label: input.label,
        type: input.type,
        options: input.options,
        position: input.position ?? (await nextAttributePosition(tx, accountId)),
        createdAt: ctx.clock(),
      });
      await clearStoredAttribute(tx, accountId, input.key);
      await recordAudit(tx, {
        accountId,
        actorUserId: caller.user.id,
        action: 'customer_field.created',
        targetType: 'customer_field',
        targetId: row.id,
        data: audited(row),
      });
      return row;
    });
  } catch (error) {
    // Two admins adding the same key at once: the second finds the unique index.
    if (isUniqueViolation(error)) throw keyTaken();
    throw error;
  }
}

/** A new label, order or list of options; a list keeps at least one option. */
export async function updateAttributeDefinition(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateCustomerAttributeRequest,
): Promise<AttributeDefinitionRow> {
  const { accountId } = caller;
  return ctx.database.db.transaction(async (tx) => {
    const existing = await findAttributeDefinition(tx, accountId, id);
    if (!existing) throw notFound('Customer field');
    if (input.options !== undefined) {
      if (existing.type === 'list' && input.options.length === 0)
        throw new AppError('validation_failed', 'A list field needs at least one option', {
          options: 'A list field needs at least one option',
        });
      if (existing.type !== 'list' && input.options.length > 0)
        throw new AppError('validation_failed', 'Only a list field has options', {
          options: 'Only a list field has options',
        });
    }
    const row = await updateAttributeDefinitionRow(tx, accountId, id, {
      ...(input.label !== undefined ? { label: input.label } : {}),
      ...(input.options !== undefined ? { options: input.options } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
    });
    if (!row) throw notFound('Customer field');
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'customer_field.updated',
      targetType: 'customer_field',
      targetId: id,
      data: { before: audited(existing), after: audited(row) },
    });
    return row;
  });
}

/**
 * The field goes; the values stored under its key stay where they are, unseen (the profile shows defined fields
 * only), and are cleared if a field with the same key is added again.
 */
export async function deleteAttributeDefinition(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  const { accountId } = caller;
  await ctx.database.db.transaction(async (tx) => {
    const existing = await findAttributeDefinition(tx, accountId, id);
    if (!existing || !(await deleteAttributeDefinitionRow(tx, accountId, id))) throw notFound('Customer field');
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'customer_field.deleted',
      targetType: 'customer_field',
      targetId: id,
      data: audited(existing),
    });
  });
}
