import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { conversations, customers, messages } from './conversations';
import { users } from './users';
import { createdAt, id, instant } from './columns';
import { accountId } from './account-column';

/** An account's own customer fields ("Contract number", "Segment"): typed, shown on every profile. */
export const customerAttributeDefinitions = pgTable(
  'customer_attribute_definitions',
  {
    id: id(),
    accountId: accountId(),
    /** The key values are stored under in customers.attributes: lower-case letters, digits and '_'. */
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type', { enum: ['text', 'number', 'date', 'list'] }).notNull(),
    /** The choices of a 'list' attribute. */
    options: text('options')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('customer_attribute_definitions_key').on(t.accountId, t.key)],
);

/** What the team wrote down about a customer (not about one conversation). */
export const customerNotes = pgTable(
  'customer_notes',
  {
    id: id(),
    accountId: accountId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    authorUserId: uuid('author_user_id').references(() => users.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('customer_notes_customer_idx').on(t.accountId, t.customerId, t.createdAt)],
);

/**
 * Relationship memory: a personal fact about a customer ("daughter started first grade"). Suggested ones come
 * from the detector and wait for an agent; only confirmed ones are shown as facts and "ask about" prompts.
 */
export const customerFacts = pgTable(
  'customer_facts',
  {
    id: id(),
    accountId: accountId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    category: text('category', {
      enum: ['family', 'pets', 'hobbies', 'media', 'food_drink', 'sport', 'dates', 'other'],
    }).notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['suggested', 'confirmed', 'dismissed'] }).notNull(),
    /** When the customer said it (the message's time), or when the agent noted it. */
    mentionedAt: instant('mentioned_at').notNull(),
    sourceMessageId: uuid('source_message_id').references(() => messages.id),
    sourceConversationId: uuid('source_conversation_id').references(() => conversations.id),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    confirmedByUserId: uuid('confirmed_by_user_id').references(() => users.id),
    confirmedAt: instant('confirmed_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('customer_facts_customer_idx').on(t.accountId, t.customerId, t.status),
    // One suggestion per message and category, however often the detector runs on it.
    uniqueIndex('customer_facts_source_key').on(t.sourceMessageId, t.category),
  ],
);

/** Two customers an agent said are not the same person: never proposed for merging again. */
export const customerDuplicateDismissals = pgTable(
  'customer_duplicate_dismissals',
  {
    id: id(),
    accountId: accountId(),
    /** The pair in id order (first < second). */
    firstCustomerId: uuid('first_customer_id')
      .notNull()
      .references(() => customers.id),
    secondCustomerId: uuid('second_customer_id')
      .notNull()
      .references(() => customers.id),
    dismissedByUserId: uuid('dismissed_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('customer_duplicate_dismissals_pair_key').on(t.accountId, t.firstCustomerId, t.secondCustomerId)],
);

/**
 * A live card in the customer panel from the company's own system: an HTTP GET with a URL template and a
 * mapping of its JSON answer, or a signed POST whose endpoint answers card JSON. Header values and the signing
 * secret are sealed (AES-256-GCM with the key from the environment) and never returned.
 */
export const connectors = pgTable(
  'connectors',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['http_get', 'signed'] }).notNull(),
    urlTemplate: text('url_template').notNull(),
    /** Header name → sealed value. */
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    /** The signing secret of a 'signed' connector, sealed. */
    secret: text('secret'),
    timeoutMs: integer('timeout_ms').notNull().default(2000),
    cacheTtlSeconds: integer('cache_ttl_seconds').notNull().default(60),
    mapping: jsonb('mapping').$type<Record<string, unknown>>(),
    actions: jsonb('actions').$type<Record<string, unknown>[]>().notNull().default([]),
    allowPrivate: boolean('allow_private').notNull().default(false),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('connectors_account_idx').on(t.accountId, t.position)],
);
