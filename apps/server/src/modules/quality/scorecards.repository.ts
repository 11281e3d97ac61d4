import { and, asc, eq } from 'drizzle-orm';
import { qaScorecards, qaSettings, type Db, type Tx } from '@sincere/db';

export type ScorecardRow = typeof qaScorecards.$inferSelect;
export type QualitySettingsRow = typeof qaSettings.$inferSelect;

export async function findScorecardById(db: Db | Tx, accountId: string, id: string): Promise<ScorecardRow | null> {
  const [row] = await db
    .select()
    .from(qaScorecards)
    .where(and(eq(qaScorecards.accountId, accountId), eq(qaScorecards.id, id)));
  return row ?? null;
}

export async function findCurrentScorecardOfFamily(
  db: Db | Tx,
  accountId: string,
  familyId: string,
): Promise<ScorecardRow | null> {
  const [row] = await db
    .select()
    .from(qaScorecards)
    .where(
      and(eq(qaScorecards.accountId, accountId), eq(qaScorecards.familyId, familyId), eq(qaScorecards.current, true)),
    );
  return row ?? null;
}

export async function listCurrentScorecards(db: Db | Tx, accountId: string): Promise<ScorecardRow[]> {
  return db
    .select()
    .from(qaScorecards)
    .where(and(eq(qaScorecards.accountId, accountId), eq(qaScorecards.current, true)))
    .orderBy(asc(qaScorecards.createdAt), asc(qaScorecards.id));
}

export async function insertScorecard(tx: Tx, row: typeof qaScorecards.$inferInsert): Promise<ScorecardRow> {
  const [created] = await tx.insert(qaScorecards).values(row).returning();
  if (!created) throw new Error('insert returned no scorecard');
  return created;
}

export async function updateScorecardRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<Pick<ScorecardRow, 'name' | 'categories' | 'current'>>,
): Promise<ScorecardRow> {
  const [row] = await tx
    .update(qaScorecards)
    .set(changes)
    .where(and(eq(qaScorecards.accountId, accountId), eq(qaScorecards.id, id)))
    .returning();
  if (!row) throw new Error('scorecard vanished inside its transaction');
  return row;
}

export async function findQualitySettings(db: Db | Tx, accountId: string): Promise<QualitySettingsRow | null> {
  const [row] = await db.select().from(qaSettings).where(eq(qaSettings.accountId, accountId));
  return row ?? null;
}

/** The settings row, locked: two first uses of quality review at once create one default scorecard. */
export async function lockQualitySettings(tx: Tx, accountId: string): Promise<QualitySettingsRow | null> {
  const [row] = await tx.select().from(qaSettings).where(eq(qaSettings.accountId, accountId)).for('update');
  return row ?? null;
}

/** Inserts the row unless another transaction did first; false when it was already there. */
export async function insertQualitySettings(tx: Tx, row: typeof qaSettings.$inferInsert): Promise<boolean> {
  const inserted = await tx.insert(qaSettings).values(row).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export async function updateQualitySettingsRow(
  db: Db | Tx,
  accountId: string,
  changes: Partial<Pick<QualitySettingsRow, 'defaultFamilyId' | 'samplePerAgent' | 'lowScoreBelow' | 'updatedAt'>>,
): Promise<QualitySettingsRow> {
  const [row] = await db.update(qaSettings).set(changes).where(eq(qaSettings.accountId, accountId)).returning();
  if (!row) throw new Error('quality settings vanished');
  return row;
}

/** Accounts whose quality review is in use, for the weekly sample. */
export async function listSettingsOfAllAccounts(db: Db): Promise<QualitySettingsRow[]> {
  return db.select().from(qaSettings).orderBy(asc(qaSettings.accountId));
}
