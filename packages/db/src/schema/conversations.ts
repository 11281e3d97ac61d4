import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { users } from './users';

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale'),
    country: text('country'),
    timeZone: text('time_zone'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('customers_account_idx').on(t.accountId, t.createdAt)],
);

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    channel: text('channel', { enum: ['web', 'email', 'telegram', 'api'] }).notNull(),
    subject: text('subject'),
    language: text('language'),
    status: text('status', { enum: ['open', 'pending', 'snoozed', 'resolved'] })
      .notNull()
      .default('open'),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] })
      .notNull()
      .default('normal'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('conversations_account_status_idx').on(t.accountId, t.status, t.lastMessageAt),
    index('conversations_customer_idx').on(t.accountId, t.customerId),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    direction: text('direction', { enum: ['inbound', 'outbound', 'note'] }).notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id),
    body: text('body').notNull(),
    language: text('language'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('messages_conversation_idx').on(t.accountId, t.conversationId, t.createdAt)],
);

/**
 * The append-only conversation event log: the single source every metric is
 * computed from. A trigger (migration 0001) refuses UPDATE and DELETE.
 * `seq` orders events globally so that rollups can resume from a position.
 */
export const conversationEvents = pgTable(
  'conversation_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    id: uuid('id').notNull().unique().default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    type: text('type').notNull(),
    actorType: text('actor_type', { enum: ['user', 'customer', 'system'] }).notNull(),
    actorId: text('actor_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('conversation_events_conversation_idx').on(t.accountId, t.conversationId, t.seq),
    index('conversation_events_account_time_idx').on(t.accountId, t.occurredAt),
  ],
);
