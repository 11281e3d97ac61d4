import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { conversations, customerFacts, customers, rowsOf, users, type Db, type Tx } from '@sincere/db';
import type { FactCategory, FactStatus } from '@sincere/contracts';

export type FactRow = typeof customerFacts.$inferSelect;
/** A fact with the names of the people who noted and confirmed it. */
export interface FactView {
  fact: FactRow;
  creator: { id: string; name: string } | null;
  confirmer: { id: string; name: string } | null;
}

const creator = alias(users, 'fact_creator');
const confirmer = alias(users, 'fact_confirmer');

async function selectFactViews(db: Db | Tx, where: SQL | undefined, limit: number): Promise<FactView[]> {
  const rows = await db
    .select({
      fact: customerFacts,
      creator: { id: creator.id, name: creator.name },
      confirmer: { id: confirmer.id, name: confirmer.name },
    })
    .from(customerFacts)
    .leftJoin(
      creator,
      and(eq(creator.accountId, customerFacts.accountId), eq(creator.id, customerFacts.createdByUserId)),
    )
    .leftJoin(
      confirmer,
      and(eq(confirmer.accountId, customerFacts.accountId), eq(confirmer.id, customerFacts.confirmedByUserId)),
    )
    .where(where)
    .orderBy(desc(customerFacts.mentionedAt), desc(customerFacts.id))
    .limit(limit);
  return rows.map((row) => ({
    fact: row.fact,
    creator: row.creator?.id ? row.creator : null,
    confirmer: row.confirmer?.id ? row.confirmer : null,
  }));
}

/** A customer's facts of one status, most recently mentioned first. */
export async function listFactsOfCustomer(
  db: Db,
  accountId: string,
  customerId: string,
  status: FactStatus,
  limit: number,
): Promise<FactView[]> {
  return selectFactViews(
    db,
    and(
      eq(customerFacts.accountId, accountId),
      eq(customerFacts.customerId, customerId),
      eq(customerFacts.status, status),
    ),
    limit,
  );
}

export async function findFactView(db: Db | Tx, accountId: string, id: string): Promise<FactView | null> {
  const [view] = await selectFactViews(db, and(eq(customerFacts.accountId, accountId), eq(customerFacts.id, id)), 1);
  return view ?? null;
}

/** The fact, locked until the transaction ends, so two agents' changes to it queue up. */
export async function lockFact(tx: Tx, accountId: string, id: string): Promise<FactRow | null> {
  const [row] = await tx
    .select()
    .from(customerFacts)
    .where(and(eq(customerFacts.accountId, accountId), eq(customerFacts.id, id)))
    .for('update');
  return row ?? null;
}

export async function insertFact(tx: Tx, values: typeof customerFacts.$inferInsert): Promise<FactRow> {
  const [row] = await tx.insert(customerFacts).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateFactRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<Pick<FactRow, 'text' | 'category' | 'status' | 'confirmedByUserId' | 'confirmedAt' | 'updatedAt'>>,
): Promise<FactRow | null> {
  const [row] = await tx
    .update(customerFacts)
    .set(changes)
    .where(and(eq(customerFacts.accountId, accountId), eq(customerFacts.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteFactRow(tx: Tx, accountId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(customerFacts)
    .where(and(eq(customerFacts.accountId, accountId), eq(customerFacts.id, id)))
    .returning({ id: customerFacts.id });
  return rows.length > 0;
}

export async function findCustomerOfAccount(
  db: Db | Tx,
  accountId: string,
  id: string,
): Promise<{ id: string; forgottenAt: Date | null } | null> {
  const [row] = await db
    .select({ id: customers.id, forgottenAt: customers.forgottenAt })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, id)));
  return row ?? null;
}

/**
 * When the customer's current contact in this conversation began: the current cycle's first customer message
 * (a resolved conversation that the customer writes to again starts a new cycle), else its creation.
 */
export async function findContactStartOfConversation(
  db: Db,
  accountId: string,
  customerId: string,
  conversationId: string,
): Promise<Date | null> {
  const [row] = await db
    .select({ cycleStartedAt: conversations.cycleStartedAt, createdAt: conversations.createdAt })
    .from(conversations)
    .where(
      and(
        eq(conversations.accountId, accountId),
        eq(conversations.customerId, customerId),
        eq(conversations.id, conversationId),
      ),
    );
  return row ? (row.cycleStartedAt ?? row.createdAt) : null;
}

export interface InboundForFacts {
  id: string;
  conversationId: string;
  customerId: string;
  /** The start of the body only: the detector reads no further. */
  body: string;
  createdAt: Date;
  /** The conversation's language, else the message's, else the customer's locale. */
  language: string | null;
}

/** Customer messages among these ids whose customer has not been forgotten, with what the detector needs. */
export async function listInboundMessagesForFacts(
  db: Db,
  accountId: string,
  messageIds: string[],
  maxChars: number,
): Promise<InboundForFacts[]> {
  if (messageIds.length === 0) return [];
  // One round trip, two look-ups by key: the messages first (materialized), then each one's conversation and
  // customer by primary key. A plain join let the planner start from the account's customers and read each
  // conversation's whole history for the ids (seen in the api-ingest bench, slower with every message stored).
  const rows = await rowsOf<{
    id: string;
    conversation_id: string;
    customer_id: string;
    body: string;
    created_at: Date | string;
    language: string | null;
  }>(
    db,
    sql`
    WITH found AS MATERIALIZED (
      SELECT id, conversation_id, left(body, ${maxChars}) AS body, created_at, language
      FROM messages
      WHERE account_id = ${accountId} AND id = ANY(${sql.param(messageIds)}::uuid[]) AND direction = 'inbound'
    )
    SELECT found.id, found.conversation_id, c.customer_id, found.body, found.created_at,
           coalesce(c.language, found.language, cu.locale) AS language
    FROM found
    JOIN conversations c ON c.account_id = ${accountId} AND c.id = found.conversation_id
    JOIN customers cu ON cu.account_id = c.account_id AND cu.id = c.customer_id
    WHERE cu.forgotten_at IS NULL`,
  );
  return rows.map((row) => ({
    id: row.id,
    conversationId: row.conversation_id,
    customerId: row.customer_id,
    body: row.body,
    createdAt: new Date(row.created_at),
    // The conversation's language, else the message's, else the customer's locale.
    language: row.language,
  }));
}

export interface NewSuggestion {
  customerId: string;
  category: FactCategory;
  text: string;
  mentionedAt: Date;
  messageId: string;
  conversationId: string;
}

/**
 * Stores suggestions in one statement. One the message gave already (whatever became of it: confirmed, edited,
 * dismissed) is not stored again, nor one whose category and text (in any case) the customer has a fact with
 * already, nor any for a customer forgotten meanwhile. Returns how many were stored.
 */
export async function insertSuggestedFacts(
  db: Db,
  accountId: string,
  suggestions: NewSuggestion[],
  now: Date,
): Promise<number> {
  if (suggestions.length === 0) return 0;
  const column = <T>(pick: (suggestion: NewSuggestion) => T) => sql.param(suggestions.map(pick));
  const inserted = sql`
    INSERT INTO customer_facts
      (account_id, customer_id, category, text, status, mentioned_at, source_message_id, source_conversation_id,
       created_at, updated_at)
    SELECT ${accountId}::uuid, s.customer_id, s.category, s.text, 'suggested', s.mentioned_at, s.message_id,
      s.conversation_id, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM unnest(
      ${column((s) => s.customerId)}::uuid[],
      ${column((s) => s.category)}::text[],
      ${column((s) => s.text)}::text[],
      ${column((s) => s.mentionedAt.toISOString())}::timestamptz[],
      ${column((s) => s.messageId)}::uuid[],
      ${column((s) => s.conversationId)}::uuid[]
    ) AS s(customer_id, category, text, mentioned_at, message_id, conversation_id)
    WHERE EXISTS (
        SELECT 1 FROM customers c
        WHERE c.account_id = ${accountId}::uuid AND c.id = s.customer_id AND c.forgotten_at IS NULL)
      AND NOT EXISTS (
        SELECT 1 FROM customer_facts f
        WHERE f.account_id = ${accountId}::uuid AND f.customer_id = s.customer_id
          AND f.category = s.category AND lower(f.text) = lower(s.text))
    ON CONFLICT (source_message_id, category) DO NOTHING
    RETURNING id`;
  // Drizzle types the result by driver; both engines' results carry `rows`.
  const result: unknown = await db.execute(inserted);
  return (result as { rows: unknown[] }).rows.length;
}
