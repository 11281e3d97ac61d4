import type { Role } from '@sincere/contracts';
import { seedAccount, seedUser } from '@sincere/db/testing';
import type { Database } from '@sincere/db';
import { hashPassword } from '../modules/auth/password';

export const TEST_PASSWORD = 'test-password-123';
let cachedHash: Promise<string> | null = null;
/** Hashing costs ~50 ms by design; tests share one hash of the one test password. */
const testPasswordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export interface SeededPerson {
  id: string;
  email: string;
  role: Role;
}

/** An account with one active user of each role, all with TEST_PASSWORD. */
export async function seedAccountWithPeople(database: Database, name = 'Test account') {
  const passwordHash = await testPasswordHash();
  const account = await seedAccount(database.db, { name });
  const people = {} as Record<Role, SeededPerson>;
  for (const role of ['admin', 'lead', 'agent', 'reviewer'] as const) {
    const user = await seedUser(database.db, account.id, { role, passwordHash, name: `${role} of ${name}` });
    people[role] = { id: user.id, email: user.email, role };
  }
  return { account, ...people };
}
