import { sql } from 'drizzle-orm';
import { bigint, customType, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { teams } from './teams';

import { users } from './users';
import { createdAt, id, instant } from './columns';
import { accountId } from './account-column';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const customers = pgTable(
  'customers',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale'),
    country: text('country'),
    timeZone: text('time_zone'),
    company: text('company'),
    /** How the team addresses this person ("Ibu Sari", "Екатерина Сергеевна"), set by an agent. */
    addressAs: text('address_as'),
    /** "How did you hear about us?" */
    referralSource: text('referral_source'),
    plan: text('plan'),
    /** Revenue from this customer in minor units of `revenue_currency` (cents, kopecks). */
    revenueCents: bigint('revenue_cents', { mode: 'number' }),
    revenueCurrency: text('revenue_currency'),
    /** Values of the account's own attributes (customer_attribute_definitions), by key. */
    attributes: jsonb('attributes').$type<Record<string, string | number>>().notNull().default({}),
    /** Set when merged into another customer: this one then only points there. */
    mergedIntoId: uuid('merged_into_id'),
    /** Set by "forget this customer": everything personal is erased, the row stays for the conversations' sake. */
    forgottenAt: instant('forgotten_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('customers_account_idx').on(t.accountId, t.createdAt),
    // Duplicates are proposed by the same email (any case) or the same phone digits.
    index('customers_email_lower_idx').on(t.accountId, sql`lower(${t.email})`),
    index('customers_phone_digits_idx').on(
      t.accountId,
      sql`regexp_replace(coalesce(${t.phone}, ''), '[^0-9]', '', 'g')`,
    ),
    // Typo-tolerant look-up by name, email and phone (pg_trgm, migration 0004).
    index('customers_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('customers_email_trgm_idx').using('gin', sql`lower(${t.email}) gin_trgm_ops`),
    // A phone number's digits, whatever the formatting ('%digits%'), and its last ten (a number with a digit
    // wrong); spelled as customer-search.repository.ts spells them, or the look-up reads every customer.
    index('customers_phone_digits_trgm_idx').using(
      'gin',
      sql`regexp_replace(coalesce(${t.phone}, ''), '[^0-9]', '', 'g') gin_trgm_ops`,
    ),
    index('customers_phone_last_digits_trgm_idx').using(
      'gin',
      sql`right(regexp_replace(coalesce(${t.phone}, ''), '[^0-9]', '', 'g'), 10) gin_trgm_ops`,
    ),
  ],
);

export const conversations = pgTable(
  'conversations',
  {
    id: id(),
    accountId: accountId(),
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
    teamId: uuid('team_id').references(() => teams.id),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Set while status is 'snoozed': the conversation reopens by itself at this time. */
    snoozedUntil: instant('snoozed_until'),
    /** 1 at creation; each reopening after resolution starts a new cycle (metrics never inherit the old one). */
    cycle: integer('cycle').notNull().default(1),
    /** The oldest customer message not yet answered by an agent; null when the customer waits for nothing. */
    waitingSince: instant('waiting_since'),
    /** The current cycle's first customer message, and the first human reply to it: the SLA clocks. */
    cycleStartedAt: instant('cycle_started_at'),
    firstReplyAt: instant('first_reply_at'),
    slaPolicyId: uuid('sla_policy_id'),
    firstResponseDueAt: instant('first_response_due_at'),
    resolutionDueAt: instant('resolution_due_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    lastMessageAt: instant('last_message_at'),
    /** Set when this conversation was merged into another: it is resolved and points there. */
    mergedIntoId: uuid('merged_into_id'),
    /** The channel (widget, inbox, bot) the customer wrote through; null for API conversations without one. */
    channelId: uuid('channel_id'),
  },
  (t) => [
    index('conversations_account_status_idx').on(t.accountId, t.status, t.lastMessageAt),
    index('conversations_customer_idx').on(t.accountId, t.customerId),
    index('conversations_assignee_idx').on(t.accountId, t.assigneeId, t.status),
    // The list's and search's orders — "waiting" (waiting_since asc nulls last, id), "recent" and "oldest":
    // keyset pages walk these and stop after a page, whatever else the filter asks.
    index('conversations_waiting_idx').on(t.accountId, t.waitingSince, t.id),
    index('conversations_activity_idx').on(
      t.accountId,
      sql`(coalesce(last_message_at, created_at)) desc`,
      sql`id desc`,
    ),
    index('conversations_created_idx').on(t.accountId, t.createdAt, t.id),
    // The same orders over the conversations not resolved: the inbox's views (a percent or two of an account's
    // history) walk only these, instead of sorting thousands of rows or stepping over the resolved ones.
    index('conversations_active_waiting_idx')
      .on(t.accountId, t.waitingSince, t.id)
      .where(sql`status <> 'resolved'`),
    index('conversations_active_activity_idx')
      .on(t.accountId, sql`(coalesce(last_message_at, created_at)) desc`, sql`id desc`)
      .where(sql`status <> 'resolved'`),
    index('conversations_active_created_idx')
      .on(t.accountId, t.createdAt, t.id)
      .where(sql`status <> 'resolved'`),
    index('conversations_tags_idx').using('gin', t.tags),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: id(),
    accountId: accountId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    direction: text('direction', { enum: ['inbound', 'outbound', 'note'] }).notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id),
    body: text('body').notNull(),
    format: text('format', { enum: ['plain', 'markdown'] })
      .notNull()
      .default('plain'),
    language: text('language'),
    /** The sender's own id for the message: sending it again returns the stored message instead of a copy. */
    clientMessageId: text('client_message_id'),
    /** The channel's own id: an email's Message-ID (ours for replies we sent), a Telegram "chat:message". */
    externalId: text('external_id'),
    /** What the channel said beyond the text: email headers, the quoted part and original HTML, Telegram ids. */
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    /** Replies sent through a channel: 'pending' until the email or Telegram message is out, 'sent' or 'failed'. */
    deliveryStatus: text('delivery_status', { enum: ['pending', 'sent', 'failed'] }),
    deliveryError: text('delivery_error'),
    createdAt: createdAt(),
    /** Stemmed in the message's own language (sincere_regconfig, migration 0004); `simple` when unknown. */
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector(sincere_regconfig(language), body)`),
  },
  (t) => [
    index('messages_conversation_idx').on(t.accountId, t.conversationId, t.createdAt),
    index('messages_search_idx').using('gin', t.searchVector),
    uniqueIndex('messages_client_id_key').on(t.accountId, t.clientMessageId),
    // Email threading finds the message a reply answers by its Message-ID.
    index('messages_external_id_idx')
      .on(t.accountId, t.externalId)
      .where(sql`external_id is not null`),
  ],
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
    id: uuid('id')
      .notNull()
      .unique()
      .default(sql`gen_random_uuid()`),
    accountId: accountId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    type: text('type').notNull(),
    actorType: text('actor_type', { enum: ['user', 'customer', 'system'] }).notNull(),
    actorId: text('actor_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
  },
  (t) => [
    index('conversation_events_conversation_idx').on(t.accountId, t.conversationId, t.seq),
    index('conversation_events_account_time_idx').on(t.accountId, t.occurredAt),
    // Where the current cycle began: the SLA clocks read the log from the last reopening on.
    index('conversation_events_reopened_idx')
      .on(t.accountId, t.conversationId, t.seq)
      .where(sql`type = 'conversation.reopened'`),
  ],
);
