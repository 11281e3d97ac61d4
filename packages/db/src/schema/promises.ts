import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { conversations, messages } from './conversations';
import { users } from './users';
import { createdAt, id, instant } from './columns';
import { accountId } from './account-column';

/**
 * A commitment an agent made to a customer ("специалист приедет сегодня до 15:30"), tracked until it is kept.
 * open → kept (by its owner, or evidenced by a message or a connector action), broken when the due time passes
 * (it can still be kept late), or cancelled with a reason.
 */
export const promises = pgTable(
  'promises',
  {
    id: id(),
    accountId: accountId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    /** The reply that made it; null for one an agent added by hand. */
    messageId: uuid('message_id').references(() => messages.id),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    what: text('what').notNull(),
    dueAt: instant('due_at').notNull(),
    /** The words that gave the due time; null when the account's default delay was used. */
    timeText: text('time_text'),
    /** When the owner is reminded: the due time less the account's reminder lead, fixed when the due time is set. */
    remindAt: instant('remind_at').notNull(),
    status: text('status', { enum: ['open', 'kept', 'broken', 'cancelled'] }).notNull(),
    remindedAt: instant('reminded_at'),
    brokenAt: instant('broken_at'),
    keptAt: instant('kept_at'),
    keptBy: uuid('kept_by').references(() => users.id),
    /** What shows it was kept: { kind: 'owner' } | { kind: 'message', messageId } | { kind: 'connector_action', … }. */
    keptEvidence: jsonb('kept_evidence').$type<Record<string, unknown>>(),
    cancelledAt: instant('cancelled_at'),
    cancelledBy: uuid('cancelled_by').references(() => users.id),
    cancelReason: text('cancel_reason'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('promises_conversation_idx').on(t.accountId, t.conversationId, t.createdAt),
    index('promises_owner_idx').on(t.accountId, t.status, t.dueAt),
    // The sweeper's two questions across all accounts: whose reminder is due, which promise just broke.
    index('promises_remind_idx')
      .on(t.remindAt)
      .where(sql`status = 'open' AND reminded_at IS NULL`),
    index('promises_due_idx')
      .on(t.dueAt)
      .where(sql`status = 'open'`),
  ],
);

/**
 * "Check in 2 days that the fix held": at its time Sincere sends the message in the owner's name, or reminds the
 * owner to write it personally.
 */
export const followUps = pgTable(
  'follow_ups',
  {
    id: id(),
    accountId: accountId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    dueAt: instant('due_at').notNull(),
    mode: text('mode', { enum: ['send', 'remind'] }).notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['scheduled', 'sent', 'reminded', 'cancelled', 'failed'] }).notNull(),
    /** The message sent (mode 'send'). */
    messageId: uuid('message_id').references(() => messages.id),
    doneAt: instant('done_at'),
    /** Why a 'send' could not go out (the owner was deactivated, the conversation was merged away). */
    failure: text('failure'),
    createdAt: createdAt(),
  },
  (t) => [
    index('follow_ups_conversation_idx').on(t.accountId, t.conversationId, t.createdAt),
    index('follow_ups_due_idx')
      .on(t.dueAt)
      .where(sql`status = 'scheduled'`),
  ],
);
