import type { CreateFact, UpdateFact } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { isUniqueViolation } from '../conversations/conversation-writes';
import {
  deleteFactRow,
  findCustomerOfAccount,
  insertFact,
  lockFact,
  updateFactRow,
  type FactRow,
} from './memory.repository';

/*
 * The audit log keeps who did what to which customer's fact, never the fact's words: those are personal data,
 * erased when the customer asks to be forgotten, and the audit log is not.
 */

/** An agent notes a fact: confirmed at once, by them. */
export async function noteFact(
  ctx: AppContext,
  caller: AuthContext,
  customerId: string,
  input: CreateFact,
): Promise<FactRow> {
  const { accountId } = caller;
  const now = ctx.clock();
  const mentionedAt = input.mentionedAt ? new Date(input.mentionedAt) : now;
  if (mentionedAt.getTime() > now.getTime()) {
    throw new AppError('validation_failed', 'A fact cannot be mentioned in the future', {
      mentionedAt: 'Not later than now',
    });
  }
  return ctx.database.db.transaction(async (tx) => {
    const customer = await findCustomerOfAccount(tx, accountId, customerId);
    if (!customer) throw notFound('Customer');
    if (customer.forgottenAt) throw new AppError('conflict', 'This customer asked to be forgotten: nothing is noted');
    const row = await insertFact(tx, {
      accountId,
      customerId,
      category: input.category,
      text: input.text,
      status: 'confirmed',
      mentionedAt,
      createdByUserId: caller.user.id,
      confirmedByUserId: caller.user.id,
      confirmedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'customer_fact.created',
      targetType: 'customer_fact',
      targetId: row.id,
      data: { customerId, category: row.category },
    });
    return row;
  });
}

/** Edits the text or category; confirms a suggestion (or a dismissed one, undoing that) or dismisses it. */
export async function changeFact(ctx: AppContext, caller: AuthContext, id: string, input: UpdateFact): Promise<void> {
  const { accountId } = caller;
  const now = ctx.clock();
  try {
    await ctx.database.db.transaction(async (tx) => {
      const existing = await lockFact(tx, accountId, id);
      if (!existing) throw notFound('Fact');
      if (input.status === 'dismissed' && existing.status === 'confirmed') {
        throw new AppError('conflict', 'A confirmed fact is deleted, not dismissed', { status: 'Delete it instead' });
      }
      const confirming = input.status === 'confirmed' && existing.status !== 'confirmed';
      const dismissing = input.status === 'dismissed' && existing.status === 'suggested';
      const text = input.text !== undefined && input.text !== existing.text ? input.text : undefined;
      const category =
        input.category !== undefined && input.category !== existing.category ? input.category : undefined;
      if (!confirming && !dismissing && text === undefined && category === undefined) return;
      await updateFactRow(tx, accountId, id, {
        ...(text !== undefined ? { text } : {}),
        ...(category !== undefined ? { category } : {}),
        ...(confirming ? { status: 'confirmed', confirmedByUserId: caller.user.id, confirmedAt: now } : {}),
        ...(dismissing ? { status: 'dismissed' } : {}),
        updatedAt: now,
      });
      // Dismissing declines an automatic suggestion; nothing personal is kept, so nothing is audited.
      if (!confirming && text === undefined && category === undefined) return;
      await recordAudit(tx, {
        accountId,
        actorUserId: caller.user.id,
        action: confirming ? 'customer_fact.confirmed' : 'customer_fact.updated',
        targetType: 'customer_fact',
        targetId: id,
        data: {
          customerId: existing.customerId,
          category: category ?? existing.category,
          ...(category !== undefined ? { previousCategory: existing.category } : {}),
          textChanged: text !== undefined,
        },
      });
    });
  } catch (error) {
    // One suggestion per message and category: a message's other suggestion holds this category already.
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'The same message gave a fact of this category already', {
        category: 'Taken by another fact from the same message',
      });
    }
    throw error;
  }
}

export async function deleteFact(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  const { accountId } = caller;
  await ctx.database.db.transaction(async (tx) => {
    const existing = await lockFact(tx, accountId, id);
    if (!existing || !(await deleteFactRow(tx, accountId, id))) throw notFound('Fact');
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'customer_fact.deleted',
      targetType: 'customer_fact',
      targetId: id,
      data: { customerId: existing.customerId, category: existing.category, status: existing.status },
    });
  });
}
