import { uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

/** The tenant a row belongs to: every query filters by it. */
export const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id);
