import { sql } from 'drizzle-orm';
import { customerDuplicateDismissals, rowsOf, type Db, type Tx } from '@sincere/db';
import type { DuplicateReason } from '@sincere/contracts';

/** Shorter runs of digits ("12", an extension) say nothing about who someone is. */
export const MIN_PHONE_DIGITS = 7;
const MAX_DUPLICATES = 20;

export interface DuplicateRow {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  createdAt: Date;
  reason: DuplicateReason;
}

/**
 * Other customers of the account who are likely the same person: the same email address in any case (on the
 * profile, or among either one's email identities), or the same phone number's digits (profile or phone
 * identity). Merged and forgotten customers and pairs an agent dismissed are left out. The phone's digits are
 * spelt as customers_phone_digits_idx spells them, and lower(email) as customers_email_lower_idx, so that
 * both look-ups use those indexes.
 */
export async function findDuplicatesOfCustomer(
  db: Db | Tx,
  accountId: string,
  customerId: string,
): Promise<DuplicateRow[]> {
  const rows = await rowsOf<Omit<DuplicateRow, 'createdAt'> & { createdAt: Date | string }>(
    db,
    sql`
    WITH me AS (
      SELECT id, lower(email) AS email, regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') AS digits
      FROM customers WHERE account_id = ${accountId} AND id = ${customerId}
    ),
    my_emails AS (
      SELECT email FROM me WHERE email IS NOT NULL
      UNION
      SELECT value FROM customer_identities
      WHERE account_id = ${accountId} AND customer_id = ${customerId} AND kind = 'email'
    ),
    my_digits AS (
      SELECT digits FROM me WHERE length(digits) >= ${MIN_PHONE_DIGITS}
      UNION
      SELECT regexp_replace(value, '[^0-9]', '', 'g') FROM customer_identities
      WHERE account_id = ${accountId} AND customer_id = ${customerId} AND kind = 'phone'
        AND length(regexp_replace(value, '[^0-9]', '', 'g')) >= ${MIN_PHONE_DIGITS}
    ),
    candidates AS (
      SELECT c.id, 'email' AS reason FROM customers c
      WHERE c.account_id = ${accountId} AND lower(c.email) IN (SELECT email FROM my_emails)
      UNION ALL
      SELECT ci.customer_id, 'email' FROM customer_identities ci
      WHERE ci.account_id = ${accountId} AND ci.kind = 'email' AND ci.value IN (SELECT email FROM my_emails)
      UNION ALL
      SELECT c.id, 'phone' FROM customers c
      WHERE c.account_id = ${accountId}
        AND regexp_replace(coalesce(c.phone, ''), '[^0-9]', '', 'g') IN (SELECT digits FROM my_digits)
      UNION ALL
      SELECT ci.customer_id, 'phone' FROM customer_identities ci
      WHERE ci.account_id = ${accountId} AND ci.kind = 'phone'
        AND regexp_replace(ci.value, '[^0-9]', '', 'g') IN (SELECT digits FROM my_digits)
    ),
    found AS (
      SELECT id, min(reason) AS reason FROM candidates WHERE id <> ${customerId} GROUP BY id
    )
    SELECT c.id, c.name, c.email, c.phone, c.created_at AS "createdAt", f.reason
    FROM found f
    JOIN customers c ON c.id = f.id AND c.account_id = ${accountId}
    WHERE c.merged_into_id IS NULL AND c.forgotten_at IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM customer_duplicate_dismissals d
        WHERE d.account_id = ${accountId}
          AND d.first_customer_id = least(c.id, ${customerId}::uuid)
          AND d.second_customer_id = greatest(c.id, ${customerId}::uuid)
      )
    ORDER BY c.created_at, c.id
    LIMIT ${MAX_DUPLICATES}
  `,
  );
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
}

/** The pair, in id order, is never proposed again. Dismissing it twice is the same as once. */
export async function insertDismissal(
  tx: Tx,
  accountId: string,
  pair: [string, string],
  userId: string,
  now: Date,
): Promise<void> {
  const [first, second] = pair[0] < pair[1] ? pair : [pair[1], pair[0]];
  await tx
    .insert(customerDuplicateDismissals)
    .values({
      accountId,
      firstCustomerId: first,
      secondCustomerId: second,
      dismissedByUserId: userId,
      createdAt: now,
    })
    .onConflictDoNothing();
}
