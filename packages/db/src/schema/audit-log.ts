import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';

import { users } from './users';
import { createdAt, id } from './columns';
import { accountId } from './account-column';

/** Administrative actions: who changed which setting, user or token, and when. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    accountId: accountId(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_account_idx').on(t.accountId, t.createdAt)],
);
