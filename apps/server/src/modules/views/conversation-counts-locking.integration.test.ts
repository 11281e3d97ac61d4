import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '@sincere/db';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';

const handle = inject('testDatabase');
const t = await createTestApp();
afterAll(() => t.close());

/** Until this connection's next statement is waiting for a lock. */
async function waitingForLock(watcher: Database, pid: number): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    const { rows } = await watcher.query<{ wait: string | null }>(
      'SELECT wait_event_type AS wait FROM pg_stat_activity WHERE pid = $1',
      [pid],
    );
    if (rows[0]?.wait === 'Lock') return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`connection ${pid} never waited for a lock`);
}

// PGlite has one connection: nothing there can interleave, so only PostgreSQL can deadlock.
describe.skipIf(handle.engine !== 'postgres')('the conversation counters under concurrent changes', () => {
  it('let two conversations cross between the same two counters without a deadlock', async () => {
    if (handle.engine !== 'postgres') return;
    const people = await seedAccountWithPeople(t.database, 'Counter locks');
    const customer = await seedCustomer(t.database.db, people.account.id);
    // Counter rows X (open, nobody, no team) and Y (pending, nobody, no team), one conversation in each.
    const a = await seedConversation(t.database.db, people.account.id, customer.id, { status: 'open' });
    const b = await seedConversation(t.database.db, people.account.id, customer.id, { status: 'pending' });
    // One connection each (a pool of one): a transaction's statements must share it.
    const connect = () => openDatabase({ engine: 'postgres', url: handle.url, poolSize: 1 });
    const [holder, first, second, watcher] = await Promise.all([connect(), connect(), connect(), connect()]);
    try {
      const pidOf = async (client: Database) =>
        (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0;
      const [firstPid, secondPid] = [await pidOf(first), await pidOf(second)];
      // Someone holds counter X, so that both changes queue at the trigger in a known order.
      await holder.query('BEGIN');
      await holder.query(
        `SELECT n FROM conversation_counts WHERE account_id = $1 AND status = 'open'
           AND assignee_key = '00000000-0000-0000-0000-000000000000' AND team_key = assignee_key FOR UPDATE`,
        [people.account.id],
      );
      const moveAtoY = first.query(`UPDATE conversations SET status = 'pending' WHERE id = $1`, [a.id]);
      await waitingForLock(watcher, firstPid);
      const moveBtoX = second.query(`UPDATE conversations SET status = 'open' WHERE id = $1`, [b.id]);
      await waitingForLock(watcher, secondPid);
      await holder.query('COMMIT');
      // Taking the two counters old-then-new, the first change holds X and waits for Y while the
      // second holds Y and waits for X: PostgreSQL kills one of them (40P01). In key order, neither waits on the other.
      const results = await Promise.allSettled([moveAtoY, moveBtoX]);
      expect(results.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ok'))).toEqual([
        'ok',
        'ok',
      ]);
      const { rows } = await watcher.query<{ status: string; n: string }>(
        'SELECT status, n FROM conversation_counts WHERE account_id = $1 ORDER BY status',
        [people.account.id],
      );
      expect(rows.map((row) => [row.status, Number(row.n)])).toEqual([
        ['open', 1],
        ['pending', 1],
      ]);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await Promise.all([holder, first, second, watcher].map((client) => client.close()));
    }
  });
});
