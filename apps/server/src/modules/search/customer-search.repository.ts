import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import { customers, type Db } from '@sincere/db';

/**
 * A phone number's digits, so that any formatting compares equal, and its last ten digits
 * (a number without its country code or trunk prefix). Spelled exactly as the trigram
 * indexes on them (customers_phone_digits_trgm_idx, customers_phone_last_digits_trgm_idx):
 * a different spelling would read every customer of the account.
 */
const phoneDigits = sql<string>`regexp_replace(coalesce(${customers.phone}, ''), '[^0-9]', '', 'g')`;
const lastTenDigits = sql<string>`right(${phoneDigits}, 10)`;

/** Two ten-digit numbers this similar differ by about one digit; unrelated numbers score below 0.2. */
const PHONE_SIMILARITY = 0.5;

export type CustomerRow = typeof customers.$inferSelect;

export interface CustomerLikeness {
  customer: CustomerRow;
  name: number;
  email: number;
  phone: number;
}

/**
 * Customers of the account whose name or email resembles the text (pg_trgm word
 * similarity over lower(), served by the trigram indexes), or whose phone number holds
 * the digits (or, for a whole number, nearly); the closest first, with each field's similarity.
 */
export async function findCustomersLike(
  db: Db,
  accountId: string,
  query: { text: string; phoneDigits: string | null; limit: number },
): Promise<CustomerLikeness[]> {
  const text = query.text.toLowerCase();
  const digits = query.phoneDigits;
  const name = sql<number>`word_similarity(${text}, lower(${customers.name}))`;
  const email = sql<number>`coalesce(word_similarity(${text}, lower(${customers.email})), 0)`;
  // Digits only, so no LIKE wildcard can be in them; the trigram index serves '%…%' from three digits on.
  const holds = digits ? sql`${phoneDigits} like ${`%${digits}%`}` : null;
  // A whole number with a digit or two wrong still resembles the stored one's last ten digits. `%` (pg_trgm's
  // similarity_threshold, 0.3 by default) lets the index find the candidates; the stricter test follows.
  const roughly = digits && digits.length >= 7 ? sql<number>`similarity(${lastTenDigits}, ${digits})` : null;
  const phone = holds ? sql<number>`case when ${holds} then 1 else ${roughly ?? sql`0`} end` : sql<number>`0`;
  const rows = await db
    .select({ customer: customers, name, email, phone })
    .from(customers)
    .where(
      and(
        eq(customers.accountId, accountId),
        or(
          sql`${text} <% lower(${customers.name})`,
          sql`${text} <% lower(${customers.email})`,
          holds ?? undefined,
          roughly ? and(sql`${lastTenDigits} % ${digits}`, sql`${roughly} >= ${PHONE_SIMILARITY}`) : undefined,
        ),
      ),
    )
    .orderBy(desc(sql`greatest(${name}, ${email}, ${phone})`), asc(customers.name), asc(customers.id))
    .limit(query.limit);
  return rows.map((row) => ({
    customer: row.customer,
    name: Number(row.name),
    email: Number(row.email),
    phone: Number(row.phone),
  }));
}
