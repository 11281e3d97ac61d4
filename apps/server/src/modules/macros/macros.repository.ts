import { and, asc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { accounts, conversations, customers, macros, type Db, type Tx } from '@sincere/db';

export type MacroRow = typeof macros.$inferSelect;

/** Shared macros and the user's own personal ones: what one person may see and use. */
const visibleTo = (accountId: string, userId: string): SQL | undefined =>
  and(eq(macros.accountId, accountId), or(isNull(macros.ownerUserId), eq(macros.ownerUserId, userId)));

export async function listMacrosVisibleTo(db: Db, accountId: string, userId: string): Promise<MacroRow[]> {
  return db.select().from(macros).where(visibleTo(accountId, userId)).orderBy(asc(macros.name), asc(macros.id));
}

export async function findMacroVisibleTo(
  db: Db | Tx,
  accountId: string,
  userId: string,
  id: string,
): Promise<MacroRow | null> {
  const [row] = await db
    .select()
    .from(macros)
    .where(and(visibleTo(accountId, userId), eq(macros.id, id)));
  return row ?? null;
}

export async function lockMacroVisibleTo(
  tx: Tx,
  accountId: string,
  userId: string,
  id: string,
): Promise<MacroRow | null> {
  const [row] = await tx
    .select()
    .from(macros)
    .where(and(visibleTo(accountId, userId), eq(macros.id, id)))
    .for('update');
  return row ?? null;
}

/**
 * Serialises macro writes of one account until the transaction ends. The unique index
 * cannot guard shared shortcuts (their owner is NULL, and NULLs never collide), so the
 * check-then-write in `shortcutTaken` needs this to hold under concurrent requests.
 */
export async function lockMacrosOfAccount(tx: Tx, accountId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`macros:${accountId}`}))`);
}

export async function shortcutTaken(
  tx: Tx,
  accountId: string,
  ownerUserId: string | null,
  shortcut: string,
  exceptId: string | null,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: macros.id })
    .from(macros)
    .where(
      and(
        eq(macros.accountId, accountId),
        ownerUserId === null ? isNull(macros.ownerUserId) : eq(macros.ownerUserId, ownerUserId),
        eq(macros.shortcut, shortcut),
        exceptId === null ? undefined : ne(macros.id, exceptId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertMacro(tx: Tx, values: typeof macros.$inferInsert): Promise<MacroRow> {
  const [row] = await tx.insert(macros).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateMacroRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<Pick<MacroRow, 'name' | 'shortcut' | 'variants' | 'updatedAt'>>,
): Promise<MacroRow> {
  const [row] = await tx
    .update(macros)
    .set(changes)
    .where(and(eq(macros.accountId, accountId), eq(macros.id, id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

export async function deleteMacroRow(tx: Tx, accountId: string, id: string): Promise<void> {
  await tx.delete(macros).where(and(eq(macros.accountId, accountId), eq(macros.id, id)));
}

/** What a macro's variables are filled from: the conversation, its customer and the account. */
export async function findRenderingContext(db: Db, accountId: string, conversationId: string) {
  const [row] = await db
    .select({
      conversationId: conversations.id,
      language: conversations.language,
      customerName: customers.name,
      customerEmail: customers.email,
      customerLocale: customers.locale,
      accountName: accounts.name,
    })
    .from(conversations)
    .innerJoin(
      customers,
      and(eq(customers.id, conversations.customerId), eq(customers.accountId, conversations.accountId)),
    )
    .innerJoin(accounts, eq(accounts.id, conversations.accountId))
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)));
  return row ?? null;
}
