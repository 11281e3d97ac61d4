import type { Customer, CustomerMatchField, CustomerSearchHit, CustomerSearchResult } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { AuthContext } from '../auth/auth-context';
import { customersOfRows } from '../customers/read-customer';
import { phoneLookupDigits, phoneRange, similarWordRanges } from './customer-match';
import { findCustomersLike, type CustomerLikeness } from './customer-search.repository';

/**
 * Customers by name, email or phone, forgiving typos ("Smirnva", "olga@exmple.com")
 * and phone formatting ("+7 (912) 345-67-89" finds 79123456789); the closest first,
 * each with the field that matched best and the part of it that matched.
 */
export async function searchCustomers(
  ctx: AppContext,
  caller: AuthContext,
  input: { q: string; limit: number },
): Promise<CustomerSearchResult> {
  const phoneDigits = phoneLookupDigits(input.q);
  const found = await findCustomersLike(ctx.database.db, caller.accountId, {
    text: input.q,
    phoneDigits,
    limit: input.limit,
  });
  const shown = await customersOfRows(
    ctx.database.db,
    caller.accountId,
    found.map((likeness) => likeness.customer),
  );
  return {
    items: found.flatMap((likeness, index) => {
      const customer = shown[index];
      return customer ? [toHit(likeness, customer, input.q, phoneDigits)] : [];
    }),
  };
}

function toHit(likeness: CustomerLikeness, shown: Customer, q: string, phoneDigits: string | null): CustomerSearchHit {
  const { customer } = likeness;
  const field = bestField(likeness);
  const text = customer[field] ?? '';
  const highlights = field === 'phone' && phoneDigits ? phoneRange(text, phoneDigits) : similarWordRanges(text, q);
  return { customer: shown, match: { field, text, highlights } };
}

function bestField({ customer, name, email, phone }: CustomerLikeness): CustomerMatchField {
  if (customer.phone && phone > 0 && phone >= name && phone >= email) return 'phone';
  if (customer.email && email > name) return 'email';
  return 'name';
}
