import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, instant } from './columns';
import { accountId } from './account-column';

export const users = pgTable(
  'users',
  {
    id: id(),
    accountId: accountId(),
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
    /** Last time an open Sincere tab said this person is there; long silence turns presence offline. */
    lastSeenAt: instant('last_seen_at'),
    inviteTokenHash: text('invite_token_hash'),
    inviteExpiresAt: instant('invite_expires_at'),
    lastSignInAt: instant('last_sign_in_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // One person, one sign-in: an email identifies a user across all accounts.
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_invite_token_key').on(t.inviteTokenHash),
    index('users_account_idx').on(t.accountId),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
  ],
);
