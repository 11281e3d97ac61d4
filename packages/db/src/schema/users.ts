import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

export const users = pgTable(
  'users',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** Stored lower-cased: sign-in compares emails case-insensitively. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'lead', 'agent', 'reviewer'] }).notNull(),
    locale: text('locale', { enum: ['en', 'ru'] })
      .notNull()
      .default('en'),
    /** invited: has not chosen a password yet; deactivated: can no longer sign in. */
    status: text('status', { enum: ['invited', 'active', 'deactivated'] })
      .notNull()
      .default('active'),
    passwordHash: text('password_hash'),
    /** Agents are routed conversations only while online. */
    presence: text('presence', { enum: ['online', 'away', 'offline'] })
      .notNull()
      .default('offline'),
    /** How many open conversations automatic assignment may give this agent at once. */
    capacity: integer('capacity').notNull().default(10),
    inviteTokenHash: text('invite_token_hash'),
    inviteExpiresAt: timestamp('invite_expires_at', { withTimezone: true, mode: 'date' }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    // One person, one sign-in: an email identifies a user across all accounts.
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_invite_token_key').on(t.inviteTokenHash),
    index('users_account_idx').on(t.accountId),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
  ],
);
