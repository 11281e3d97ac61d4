import type { User } from '@sincere/contracts';
import type { users } from '@sincere/db';

export type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    accountId: row.accountId,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    status: row.status,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
