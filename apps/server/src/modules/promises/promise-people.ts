import { and, eq } from 'drizzle-orm';
import { messages, type Db, type Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { findUserById } from '../users/users.repository';
import { CONVERSATION_WRITERS } from '../conversations/conversation-writes';
import type { AuthContext } from '../auth/auth-context';
import type { PromiseRow } from './promises.repository';

/** A promise or follow-up belongs to someone who works conversations and can still sign in. */
export async function requireOwner(db: Db | Tx, accountId: string, ownerId: string, field = 'ownerId') {
  const owner = await findUserById(db, accountId, ownerId);
  if (!owner || owner.status !== 'active' || !CONVERSATION_WRITERS.includes(owner.role)) {
    throw new AppError('validation_failed', 'The owner must be an active agent, lead or admin of this account', {
      [field]: 'Not an active agent of this account',
    });
  }
  return owner;
}

/** Its owner changes a promise, or a lead or admin does for them (covering an absent colleague). */
export function requireMayChange(caller: AuthContext, row: Pick<PromiseRow, 'ownerId'>, what: string): void {
  if (row.ownerId === caller.user.id || caller.user.role === 'admin' || caller.user.role === 'lead') return;
  throw new AppError('forbidden', `Only the owner, a lead or an admin can ${what}`);
}

/** The message must be one of this conversation's: a promise cannot point into another conversation's history. */
export async function requireMessageOfConversation(
  tx: Tx,
  accountId: string,
  conversationId: string,
  messageId: string,
): Promise<{ id: string; body: string }> {
  const [row] = await tx
    .select({ id: messages.id, body: messages.body })
    .from(messages)
    .where(
      and(eq(messages.accountId, accountId), eq(messages.conversationId, conversationId), eq(messages.id, messageId)),
    );
  if (!row) {
    throw new AppError('validation_failed', 'That message is not in this conversation', {
      messageId: 'Not a message of this conversation',
    });
  }
  return row;
}

/**
 * When to remind the owner: the account's lead time before the due time; a promise made closer to its due time
 * than that is reminded halfway, not the moment it is made.
 */
export function reminderTime(ctx: AppContext, account: { promiseReminderMinutes: number }, dueAt: Date): Date {
  const now = ctx.clock().getTime();
  const lead = dueAt.getTime() - account.promiseReminderMinutes * 60_000;
  return new Date(lead >= now ? lead : now + Math.max(0, dueAt.getTime() - now) / 2);
}
