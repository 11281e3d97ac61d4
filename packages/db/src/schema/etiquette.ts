import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { createdAt, id, instant } from './columns';
import { accountId } from './account-column';

/**
 * An account's own version of a locale profile (how its customers of that culture are addressed). It replaces
 * the shipped profile of the same locale whole, or adds a locale Sincere does not ship; deleting it restores ours.
 * The profile is validated by the LocaleProfile schema on the way in and on the way out.
 */
export const localeProfiles = pgTable(
  'locale_profiles',
  {
    accountId: accountId(),
    locale: text('locale').notNull(),
    profile: jsonb('profile').$type<Record<string, unknown>>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.locale] })],
);

/**
 * An account's calendar days for a country: its own holidays, worked weekends and quiet periods, or with
 * `replaces` a change to (with `removed` the hiding of) a shipped entry, named by its stable key.
 */
export const calendarEntries = pgTable(
  'calendar_entries',
  {
    id: id(),
    accountId: accountId(),
    country: text('country').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['holiday', 'working_day', 'quiet', 'observance'] }).notNull(),
    name: text('name').notNull(),
    replaces: text('replaces'),
    removed: boolean('removed').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('calendar_entries_country_idx').on(t.accountId, t.country, t.startsOn),
    index('calendar_entries_replaces_idx')
      .on(t.accountId, t.replaces)
      .where(sql`${t.replaces} is not null`),
  ],
);
