import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { conversations, messages } from './conversations';
import { users } from './users';
import { createdAt, id, instant } from './columns';
import { accountId } from './account-column';

/** A named filter over conversations: personal (userId set) or shared with the account. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: id(),
    accountId: accountId(),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    /** The filter, as the contracts' ConversationFilter schema defines it. */
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('saved_views_account_idx').on(t.accountId, t.userId)],
);

/**
 * Conversation counts per (status, owner, team), kept current by a trigger on
 * conversations (migration 0005): view counters read a few rows, never COUNT(*).
 * The zero UUID stands for "none" so that the key can be a primary key.
 */
export const conversationCounts = pgTable(
  'conversation_counts',
  {
    accountId: uuid('account_id').notNull(),
    status: text('status').notNull(),
    assigneeKey: uuid('assignee_key').notNull(),
    teamKey: uuid('team_key').notNull(),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
  },
  (t) => [uniqueIndex('conversation_counts_key').on(t.accountId, t.status, t.assigneeKey, t.teamKey)],
);

/** Canned replies with {{variables}} and per-language variants. */
export const macros = pgTable(
  'macros',
  {
    id: id(),
    accountId: accountId(),
    /** Set for a personal macro; null for one shared with the account. */
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    name: text('name').notNull(),
    /** Typed in the composer after a slash: "/refund". */
    shortcut: text('shortcut'),
    /** Language code → text; 'default' is used when the customer's language has no variant. */
    variants: jsonb('variants').$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('macros_account_idx').on(t.accountId),
    uniqueIndex('macros_shortcut_key').on(t.accountId, t.ownerUserId, t.shortcut),
  ],
);

/** Something a person should see: an @mention, an assignment, an SLA warning. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    accountId: accountId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    conversationId: uuid('conversation_id').references(() => conversations.id),
    messageId: uuid('message_id').references(() => messages.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    readAt: instant('read_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.accountId, t.userId, t.createdAt),
    // One notification per person, kind and message: a listener that runs twice notifies once.
    uniqueIndex('notifications_message_key').on(t.accountId, t.userId, t.kind, t.messageId),
  ],
);

/** First-response and resolution targets per priority, measured in a team's business hours or in calendar time. */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    /** The contracts' BusinessHours schema; null measures in calendar time. */
    businessHours: jsonb('business_hours').$type<Record<string, unknown>>(),
    /** Priority → { firstResponseMinutes?, resolutionMinutes? }. */
    targets: jsonb('targets').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sla_policies_account_idx').on(t.accountId)],
);

/** Files attached to messages. `storageKey` locates the bytes in the configured storage (local disk or S3). */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    accountId: accountId(),
    /** Null until a message carries it; an upload never attached is purged after a day. */
    messageId: uuid('message_id').references(() => messages.id),
    conversationId: uuid('conversation_id').references(() => conversations.id),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** Hex SHA-256 of the bytes, checked when they are read back. */
    sha256: text('sha256'),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('attachments_message_idx').on(t.accountId, t.messageId),
    index('attachments_conversation_idx').on(t.accountId, t.conversationId),
    // The hourly purge looks for uploads never attached, and only for those.
    index('attachments_unattached_idx')
      .on(t.createdAt)
      .where(sql`message_id is null`),
  ],
);

/**
 * The outbox of conversation listeners (routing, SLA, view pushes, mentions):
 * a row is written in the same transaction as the change and deleted once the
 * listeners have run, so a crash between commit and reaction is caught up by a
 * sweeper job instead of being lost.
 */
export const pendingReactions = pgTable(
  'pending_reactions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: accountId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    /** The event-log ids the listeners are told about. */
    eventIds: uuid('event_ids').array().notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('pending_reactions_created_idx').on(t.createdAt),
    // Clearing a change's record after its reactions finds it here, not by reading the whole (churning) table.
    index('pending_reactions_conversation_idx').on(t.accountId, t.conversationId),
  ],
);
