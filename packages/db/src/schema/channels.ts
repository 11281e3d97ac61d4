import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { conversations, customers } from './conversations';
import { createdAt, id, instant } from './columns';
import { accountId } from './account-column';

/**
 * Where customers reach a team: a chat widget on a website, an email inbox, a
 * Telegram bot, an API integration. `settings` holds what the channel shows and
 * is returned to admins; `secrets` (bot token, IMAP password, widget HMAC key)
 * is never returned by the API once set.
 */
export const channels = pgTable(
  'channels',
  {
    id: id(),
    accountId: accountId(),
    kind: text('kind', { enum: ['web', 'email', 'telegram', 'api'] }).notNull(),
    name: text('name').notNull(),
    /**
     * How the outside world names the channel, unique per kind across accounts: the inbox's email address
     * (lower case), the widget's public key, the bot's id. Inbound traffic finds its channel by it.
     */
    address: text('address').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    secrets: jsonb('secrets').$type<Record<string, string>>().notNull().default({}),
    /** The team new conversations from this channel go to; null: the account's unassigned queue. */
    teamId: uuid('team_id'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('channels_account_idx').on(t.accountId, t.kind),
    uniqueIndex('channels_address_key').on(t.kind, t.address),
  ],
);

/**
 * How a channel knows a customer: an email address, a Telegram user id, a
 * website's own user id (HMAC-verified), an anonymous widget visitor. One
 * customer may have several; an identity belongs to one customer.
 */
export const customerIdentities = pgTable(
  'customer_identities',
  {
    id: id(),
    accountId: accountId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ['email', 'telegram', 'web_user', 'web_visitor', 'api', 'phone'] }).notNull(),
    /** Email lower-cased; Telegram user id; the site's user id; SHA-256 of a visitor's token. */
    value: text('value').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('customer_identities_key').on(t.accountId, t.kind, t.value),
    index('customer_identities_customer_idx').on(t.accountId, t.customerId),
  ],
);

/** Outgoing webhooks: an account's endpoints and which events each wants. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    accountId: accountId(),
    url: text('url').notNull(),
    /** Signs every delivery (HMAC-SHA256 over "timestamp.body"); shown once, at creation. */
    secret: text('secret').notNull(),
    /** Event types delivered ('conversation.created', 'message.inbound', …); empty: all of them. */
    events: text('events')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** An admin allowed an address in a loopback or private range (an on-premises system). */
    allowPrivate: boolean('allow_private').notNull().default(false),
    active: boolean('active').notNull().default(true),
    description: text('description'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('webhook_endpoints_account_idx').on(t.accountId)],
);

/** One event to one endpoint: attempts, the last answer, and when to try again. The endpoint's log. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    accountId: accountId(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** The conversation event delivered: one delivery per event and endpoint. */
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastAttemptAt: instant('last_attempt_at'),
    nextAttemptAt: instant('next_attempt_at'),
    deliveredAt: instant('delivered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key').on(t.endpointId, t.eventId),
    index('webhook_deliveries_endpoint_idx').on(t.accountId, t.endpointId, t.createdAt),
  ],
);

/**
 * The public API's Idempotency-Key: the first answer to a key is stored with a
 * hash of its request and replayed for a repeat; the same key with a different
 * request is refused. Kept for a day.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: accountId(),
    key: text('key').notNull(),
    /** Method, path and SHA-256 of the body. */
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('idempotency_keys_key').on(t.accountId, t.key),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);

/** A conversation's channel-specific thread data: the email reply token, the Telegram chat. */
export const conversationThreads = pgTable(
  'conversation_threads',
  {
    conversationId: uuid('conversation_id')
      .primaryKey()
      .references(() => conversations.id),
    accountId: accountId(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id),
    /** Email: the token in our Message-ID and Reply-To; Telegram: the chat id. */
    threadKey: text('thread_key').notNull(),
    /** Email: the normalised subject, for replies that lost their headers. */
    subjectKey: text('subject_key'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('conversation_threads_key').on(t.channelId, t.threadKey),
    index('conversation_threads_subject_idx').on(t.accountId, t.channelId, t.subjectKey),
  ],
);
