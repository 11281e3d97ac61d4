import { randomUUID } from 'node:crypto';
import { accounts, conversations, customers, messages, users, type Db, type Tx } from '../index';

/**
 * Row factories shared by every test tier and the demo seed. Each fills what a
 * test does not care about with unique, valid values; ids come from the database.
 */
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
type Writer = Db | Tx;

const unique = () => randomUUID().slice(0, 8);

async function one<Row>(rows: Promise<Row[]>): Promise<Row> {
  const [row] = await rows;
  if (!row) throw new Error('insert returned no row');
  return row;
}

export function seedAccount(db: Writer, values: Partial<Insert<typeof accounts>> = {}) {
  return one(
    db
      .insert(accounts)
      .values({ name: `Account ${unique()}`, ...values })
      .returning(),
  );
}

export function seedUser(db: Writer, accountId: string, values: Partial<Insert<typeof users>> = {}) {
  const key = unique();
  return one(
    db
      .insert(users)
      .values({
        accountId,
        email: `user-${key}@example.test`,
        name: `User ${key}`,
        role: 'agent',
        status: 'active',
        ...values,
      })
      .returning(),
  );
}

export function seedCustomer(db: Writer, accountId: string, values: Partial<Insert<typeof customers>> = {}) {
  const key = unique();
  return one(
    db
      .insert(customers)
      .values({ accountId, name: `Customer ${key}`, email: `customer-${key}@example.test`, ...values })
      .returning(),
  );
}

export function seedConversation(
  db: Writer,
  accountId: string,
  customerId: string,
  values: Partial<Insert<typeof conversations>> = {},
) {
  return one(
    db
      .insert(conversations)
      .values({ accountId, customerId, channel: 'web', ...values })
      .returning(),
  );
}

export function seedMessage(
  db: Writer,
  accountId: string,
  conversationId: string,
  values: Partial<Insert<typeof messages>> = {},
) {
  return one(
    db
      .insert(messages)
      .values({ accountId, conversationId, direction: 'inbound', body: 'Hello', ...values })
      .returning(),
  );
}
