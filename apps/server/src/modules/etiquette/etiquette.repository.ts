import { and, asc, desc, eq } from 'drizzle-orm';
import { conversations, customers, localeProfiles, messages, type Db, type Tx } from '@sincere/db';

/** How many of the customer's latest messages the language is read from. */
const RECENT_MESSAGES = 5;

export type LocaleProfileRow = typeof localeProfiles.$inferSelect;

export function listLocaleProfilesOfAccount(db: Db | Tx, accountId: string): Promise<LocaleProfileRow[]> {
  return db
    .select()
    .from(localeProfiles)
    .where(eq(localeProfiles.accountId, accountId))
    .orderBy(asc(localeProfiles.locale));
}

export async function upsertLocaleProfile(tx: Tx, values: typeof localeProfiles.$inferInsert): Promise<void> {
  await tx
    .insert(localeProfiles)
    .values(values)
    .onConflictDoUpdate({
      target: [localeProfiles.accountId, localeProfiles.locale],
      set: { profile: values.profile, updatedBy: values.updatedBy, updatedAt: values.updatedAt },
    });
}

/** True when the account had its own version of the profile. */
export async function deleteLocaleProfileRow(tx: Tx, accountId: string, locale: string): Promise<boolean> {
  const deleted = await tx
    .delete(localeProfiles)
    .where(and(eq(localeProfiles.accountId, accountId), eq(localeProfiles.locale, locale)))
    .returning({ locale: localeProfiles.locale });
  return deleted.length > 0;
}

/** The conversation's customer as far as etiquette needs them, or null when the conversation is not the account's. */
export async function findEtiquetteSubject(db: Db | Tx, accountId: string, conversationId: string) {
  const [row] = await db
    .select({
      customerId: customers.id,
      name: customers.name,
      locale: customers.locale,
      country: customers.country,
      phone: customers.phone,
      timeZone: customers.timeZone,
      addressAs: customers.addressAs,
      conversationLanguage: conversations.language,
    })
    .from(conversations)
    .innerJoin(
      customers,
      and(eq(customers.id, conversations.customerId), eq(customers.accountId, conversations.accountId)),
    )
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)));
  return row ?? null;
}

/** The customer's latest messages in this conversation, newest first. */
export async function listRecentCustomerMessages(
  db: Db | Tx,
  accountId: string,
  conversationId: string,
): Promise<string[]> {
  const rows = await db
    .select({ body: messages.body })
    .from(messages)
    .where(
      and(
        eq(messages.accountId, accountId),
        eq(messages.conversationId, conversationId),
        eq(messages.direction, 'inbound'),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(RECENT_MESSAGES);
  return rows.map((row) => row.body);
}
