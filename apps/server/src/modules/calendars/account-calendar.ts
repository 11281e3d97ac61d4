import type { CalendarDay, CalendarView, CreateCalendarEntryRequest } from '@sincere/contracts';
import type { Db, Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import {
  accountEntriesOf,
  deleteCalendarEntryRow,
  insertCalendarEntry,
  toAccountEntry,
} from './calendar-entries.repository';
import { recomputePoliciesFollowing } from '../sla/policy-calendar';
import { calendarEntries } from './country-calendar';
import { HOLIDAY_ATTRIBUTION } from './public-holidays';

/** A country's days for the account: shipped holidays and overlay with the account's changes applied. */
export async function accountCalendar(db: Db | Tx, accountId: string, country: string, year: number) {
  return calendarEntries(country, year, await accountEntriesOf(db, accountId, country));
}

export async function getCalendar(
  ctx: AppContext,
  caller: AuthContext,
  country: string,
  year: number,
): Promise<CalendarView> {
  const own = await accountEntriesOf(ctx.database.db, caller.accountId, country);
  const entries = calendarEntries(country, year, own);
  const byKey = new Map(calendarEntries(country, year).map((entry) => [entry.key, entry]));
  const removed: CalendarDay[] = own.flatMap((entry) => {
    const shipped = entry.removed && entry.replaces !== null ? byKey.get(entry.replaces) : undefined;
    return shipped ? [{ ...shipped, id: entry.id }] : [];
  });
  const ids = new Map(own.map((entry) => [entry.key, entry.id]));
  return {
    country,
    year,
    entries: entries.map((entry) => ({ ...entry, id: ids.get(entry.key) ?? null })),
    removed,
    attribution: HOLIDAY_ATTRIBUTION,
  };
}

export async function createCalendarEntry(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateCalendarEntryRequest,
): Promise<CalendarDay> {
  const row = await ctx.database.db.transaction(async (tx) => {
    const created = await insertCalendarEntry(tx, {
      accountId: caller.accountId,
      country: input.country,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      kind: input.kind,
      name: input.name,
      replaces: input.replaces,
      removed: input.removed,
      createdBy: caller.user.id,
      createdAt: ctx.clock(),
    });
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: 'calendar_entry.created',
      targetType: 'calendar_entry',
      targetId: created.id,
      data: { country: created.country, name: created.name, startsOn: created.startsOn, replaces: created.replaces },
    });
    return created;
  });
  await recomputePoliciesFollowing(ctx, caller.accountId, row.country);
  const { id, key, country, startsOn, endsOn, kind, name, approximate, source } = toAccountEntry(row);
  return { id, key, country, startsOn, endsOn, kind, name, approximate, source };
}

export async function deleteCalendarEntry(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  const country = await ctx.database.db.transaction(async (tx) => {
    const row = await deleteCalendarEntryRow(tx, caller.accountId, id);
    if (!row) throw notFound('Calendar entry');
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: 'calendar_entry.deleted',
      targetType: 'calendar_entry',
      targetId: id,
      data: { country: row.country, name: row.name, startsOn: row.startsOn },
    });
    return row.country;
  });
  await recomputePoliciesFollowing(ctx, caller.accountId, country);
}
