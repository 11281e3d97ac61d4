import { and, asc, eq } from 'drizzle-orm';
import { calendarEntries, type Db, type Tx } from '@sincere/db';
import type { AccountCalendarEntry } from './country-calendar';

export type CalendarEntryRow = typeof calendarEntries.$inferSelect;

export function listCalendarEntriesOfCountry(db: Db | Tx, accountId: string, country: string) {
  return db
    .select()
    .from(calendarEntries)
    .where(and(eq(calendarEntries.accountId, accountId), eq(calendarEntries.country, country)))
    .orderBy(asc(calendarEntries.startsOn), asc(calendarEntries.id));
}

export async function insertCalendarEntry(
  tx: Tx,
  values: typeof calendarEntries.$inferInsert,
): Promise<CalendarEntryRow> {
  const [row] = await tx.insert(calendarEntries).values(values).returning();
  if (!row) throw new Error('Calendar entry insert returned nothing');
  return row;
}

export async function deleteCalendarEntryRow(tx: Tx, accountId: string, id: string): Promise<CalendarEntryRow | null> {
  const [row] = await tx
    .delete(calendarEntries)
    .where(and(eq(calendarEntries.accountId, accountId), eq(calendarEntries.id, id)))
    .returning();
  return row ?? null;
}

export function toAccountEntry(row: CalendarEntryRow): AccountCalendarEntry {
  return {
    id: row.id,
    key: `account-${row.id}`,
    country: row.country,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    kind: row.kind,
    name: row.name,
    approximate: false,
    source: 'account',
    replaces: row.replaces,
    removed: row.removed,
  };
}

/** The account's own entries for a country, ready to lay over the shipped calendar. */
export async function accountEntriesOf(
  db: Db | Tx,
  accountId: string,
  country: string,
): Promise<AccountCalendarEntry[]> {
  return (await listCalendarEntriesOfCountry(db, accountId, country)).map(toAccountEntry);
}
