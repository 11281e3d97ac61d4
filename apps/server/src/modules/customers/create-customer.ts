import type { CreateCustomerRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { AuthContext } from '../auth/auth-context';
import { isUniqueViolation } from '../conversations/conversation-writes';
import {
  findCustomerIdByEmail,
  findCustomerIdByIdentities,
  insertCustomer,
  insertIdentities,
  type Identity,
} from './customers.repository';

/**
 * A customer for an integration: the one already known by this external id or
 * email address (created: false), or a new one with both recorded as its
 * identities. Two requests racing for the same identity make one customer: the
 * loser's insert fails on the unique identity and its retry finds the winner's.
 */
export async function createCustomer(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateCustomerRequest,
): Promise<{ customerId: string; created: boolean }> {
  const { accountId } = caller;
  const email = input.email?.toLowerCase();
  // The external id names one customer exactly; it is tried before the email.
  const identities: Identity[] = [
    ...(input.externalId ? [{ kind: 'api' as const, value: input.externalId }] : []),
    ...(email ? [{ kind: 'email' as const, value: email }] : []),
  ];
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.database.db.transaction(async (tx) => {
        const now = ctx.clock();
        const known =
          (await findCustomerIdByIdentities(tx, accountId, identities)) ??
          (email ? await findCustomerIdByEmail(tx, accountId, email) : null);
        if (known) {
          // Learn what was not known of it yet (an identity someone else has stays theirs).
          await insertIdentities(tx, accountId, known, identities, now, { skipTaken: true });
          return { customerId: known, created: false };
        }
        const customerId = await insertCustomer(tx, {
          accountId,
          name: input.name,
          email: email ?? null,
          phone: input.phone ?? null,
          locale: input.locale ?? null,
          country: input.country ?? null,
          timeZone: input.timeZone ?? null,
          createdAt: now,
        });
        await insertIdentities(tx, accountId, customerId, identities, now, { skipTaken: false });
        return { customerId, created: true };
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
