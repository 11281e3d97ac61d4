import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

/** A tenant. Every other row names the account it belongs to. */
export const accounts = pgTable('accounts', {
  id: id(),
  name: text('name').notNull(),
  locale: text('locale', { enum: ['en', 'ru'] })
    .notNull()
    .default('en'),
  timeZone: text('time_zone').notNull().default('UTC'),
  promiseDefaultDelayMinutes: integer('promise_default_delay_minutes').notNull().default(1440),
  promiseReminderMinutes: integer('promise_reminder_minutes').notNull().default(30),
  createdAt: createdAt(),
});
