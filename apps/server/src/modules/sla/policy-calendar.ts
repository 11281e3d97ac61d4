import type { Db, Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { accountEntriesOf } from '../calendars/calendar-entries.repository';
import type { AccountCalendarEntry } from '../calendars/country-calendar';
import { requestSlaRecompute } from './sla-jobs';
import { listSlaPoliciesOfAccount } from './sla-policies.repository';
import type { SlaPolicyRow } from './sla-policy.mapper';

/** The country a stored policy's business hours follow for public holidays, if any. */
function holidayCountryOf(row: Pick<SlaPolicyRow, 'businessHours'>): string | null {
  const hours = row.businessHours as { holidayCountry?: unknown } | null;
  return typeof hours?.holidayCountry === 'string' ? hours.holidayCountry : null;
}

/**
 * The account's own calendar days (Settings › Calendar) for each country the policies follow: one query per
 * such country, none when no policy follows one.
 */
export async function ownDaysOfPolicies(
  db: Db | Tx,
  accountId: string,
  rows: readonly Pick<SlaPolicyRow, 'businessHours'>[],
): Promise<(row: Pick<SlaPolicyRow, 'businessHours'>) => readonly AccountCalendarEntry[]> {
  const countries = new Set(rows.map(holidayCountryOf).filter((country): country is string => country !== null));
  const days = new Map<string, AccountCalendarEntry[]>();
  for (const country of countries) days.set(country, await accountEntriesOf(db, accountId, country));
  return (row) => days.get(holidayCountryOf(row) ?? '') ?? [];
}

/** An admin changed a country's calendar: the due times of conversations on policies that follow it move. */
export async function recomputePoliciesFollowing(ctx: AppContext, accountId: string, country: string): Promise<void> {
  const rows = await listSlaPoliciesOfAccount(ctx.database.db, accountId);
  for (const row of rows) {
    if (holidayCountryOf(row) === country) await requestSlaRecompute(ctx, { accountId, policyId: row.id });
  }
}
