import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../testing/test-app';
import { jobsIn } from './jobs-in-transaction';

const t = await createTestApp();
afterAll(() => t.close());

const payload = (forwardId: string) => ({
  accountId: randomUUID(),
  conversationId: randomUUID(),
  forwardId,
  requestedBy: randomUUID(),
  requestedAt: new Date().toISOString(),
  to: ['someone@example.com'],
  comment: null,
  includeNotes: false,
});

async function storedJob(id: string) {
  const { rows } = await t.database.query<{ data: unknown; retry_limit: number }>(
    'SELECT data, retry_limit FROM pgboss.job WHERE id = $1',
    [id],
  );
  return rows[0] ?? null;
}

describe('a job sent inside a transaction', () => {
  it('is stored, with its payload and options, when the transaction commits', async () => {
    const id = randomUUID();
    await t.database.db.transaction(async (tx) => {
      const sent = await t.jobs.send('conversations.forward', payload(id), { id, db: jobsIn(tx), retryLimit: 4 });
      expect(sent).toBe(id);
    });
    expect(await storedJob(id)).toMatchObject({ data: expect.objectContaining({ forwardId: id }), retry_limit: 4 });
  });

  it('is gone when the transaction rolls back', async () => {
    const id = randomUUID();
    await expect(
      t.database.db.transaction(async (tx) => {
        await t.jobs.send('conversations.forward', payload(id), { id, db: jobsIn(tx) });
        throw new Error('the change failed after the job was sent');
      }),
    ).rejects.toThrow(/the change failed/);
    expect(await storedJob(id)).toBeNull();
  });
});
