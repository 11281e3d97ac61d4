import { eq } from 'drizzle-orm';
import { accounts, macros, users, type Database } from '@sincere/db';
import type { Role } from '@sincere/contracts';
import { hashPassword } from '../auth/password';
import { STARTER_MACROS } from '../macros/starter-macros';
import type { UserRow } from './user.mapper';

/** For the CLI: the first admin of a new account (with the starter macros), or another user of an existing one. */
export async function createAdmin(
  database: Database,
  input: { email: string; name: string; password: string; role: Role; account: { id: string } | { name: string } },
): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw new Error(`A user with email ${input.email} already exists`);
    let accountId: string;
    if ('id' in input.account) {
      const [account] = await tx.select().from(accounts).where(eq(accounts.id, input.account.id));
      if (!account) throw new Error(`No account ${input.account.id}`);
      accountId = account.id;
    } else {
      const [account] = await tx.insert(accounts).values({ name: input.account.name }).returning();
      if (!account) throw new Error('insert returned no row');
      accountId = account.id;
      // A new account starts with shared canned replies that address customers as their culture expects.
      await tx.insert(macros).values(STARTER_MACROS.map((macro) => ({ accountId, ...macro })));
    }
    const [user] = await tx
      .insert(users)
      .values({ accountId, email: input.email, name: input.name, role: input.role, passwordHash, status: 'active' })
      .returning();
    if (!user) throw new Error('insert returned no row');
    return user;
  });
}
