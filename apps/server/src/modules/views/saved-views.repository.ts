import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { savedViews, type Db } from '@sincere/db';

export type SavedViewRow = typeof savedViews.$inferSelect;

/** The caller's personal views and the account's shared ones: the views a person sees. */
const visibleTo = (accountId: string, userId: string) =>
  and(eq(savedViews.accountId, accountId), or(eq(savedViews.userId, userId), isNull(savedViews.userId)));

export async function listVisibleSavedViews(db: Db, accountId: string, userId: string): Promise<SavedViewRow[]> {
  return db
    .select()
    .from(savedViews)
    .where(visibleTo(accountId, userId))
    .orderBy(asc(savedViews.position), asc(savedViews.name), asc(savedViews.id));
}

export async function findVisibleSavedView(
  db: Db,
  accountId: string,
  userId: string,
  id: string,
): Promise<SavedViewRow | null> {
  const [row] = await db
    .select()
    .from(savedViews)
    .where(and(visibleTo(accountId, userId), eq(savedViews.id, id)));
  return row ?? null;
}

/** How many views one owner has (userId), or how many the account shares (null). */
export async function countSavedViewsOf(db: Db, accountId: string, userId: string | null): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(savedViews)
    .where(
      and(eq(savedViews.accountId, accountId), userId ? eq(savedViews.userId, userId) : isNull(savedViews.userId)),
    );
  return Number(row?.n ?? 0);
}

/** One past the last position the person sees, so that a new view goes at the end. */
export async function nextSavedViewPosition(db: Db, accountId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ last: sql<number>`coalesce(max(${savedViews.position}), -1)::int` })
    .from(savedViews)
    .where(visibleTo(accountId, userId));
  return Number(row?.last ?? -1) + 1;
}

export async function insertSavedView(
  db: Db,
  values: {
    accountId: string;
    userId: string | null;
    name: string;
    filters: Record<string, unknown>;
    position: number;
  },
): Promise<SavedViewRow> {
  const [row] = await db.insert(savedViews).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateSavedViewById(
  db: Db,
  accountId: string,
  id: string,
  changes: Partial<Pick<SavedViewRow, 'name' | 'filters' | 'position'>>,
): Promise<SavedViewRow | null> {
  const [row] = await db
    .update(savedViews)
    .set(changes)
    .where(and(eq(savedViews.accountId, accountId), eq(savedViews.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteSavedViewById(db: Db, accountId: string, id: string): Promise<void> {
  await db.delete(savedViews).where(and(eq(savedViews.accountId, accountId), eq(savedViews.id, id)));
}
