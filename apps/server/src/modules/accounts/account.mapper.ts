import type { Account } from '@sincere/contracts';
import type { accounts } from '@sincere/db';

export type AccountRow = typeof accounts.$inferSelect;

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    locale: row.locale,
    timeZone: row.timeZone,
    promiseDefaultDelayMinutes: row.promiseDefaultDelayMinutes,
    promiseReminderMinutes: row.promiseReminderMinutes,
    createdAt: row.createdAt.toISOString(),
  };
}
