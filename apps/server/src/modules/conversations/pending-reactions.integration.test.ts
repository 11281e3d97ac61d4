import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { API } from '@sincere/contracts';
import { messages, notifications, pendingReactions } from '@sincere/db';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';
import { appendEvents } from './event-log';
import { MAX_ATTEMPTS, reactToPending } from './pending-reactions';

const t = await createTestApp();
afterAll(() => t.close());

let failListeners = false;
t.ctx.conversationListeners.on('test-failure', async () => {
  if (failListeners) throw new Error('listener down');
});

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Outbox');
  const customer = await seedCustomer(t.database.db, people.account.id, { name: 'Olga' });
  const conversation = await seedConversation(t.database.db, people.account.id, customer.id);
  return { people, conversationId: conversation.id, agent: await signIn(t.app, people.agent.email) };
}

const pendingOf = (conversationId: string) =>
  t.database.db.select().from(pendingReactions).where(eq(pendingReactions.conversationId, conversationId));
const mentionsOf = (userId: string) =>
  t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'mention')));

/** What a process that died right after commit leaves behind: the note and its event, nobody told. */
async function noteCommittedThenCrashed(accountId: string, conversationId: string, authorId: string, body: string) {
  await t.database.db.transaction(async (tx) => {
    const [note] = await tx
      .insert(messages)
      .values({ accountId, conversationId, direction: 'note', authorUserId: authorId, body })
      .returning();
    await appendEvents(tx, [
      {
        accountId,
        conversationId,
        type: 'note.added',
        actorType: 'user',
        actorId: authorId,
        data: { messageId: note!.id },
        occurredAt: new Date(),
      },
    ]);
  });
}

describe('the listeners’ outbox', () => {
  it('leaves no record behind once a request’s listeners have run', async () => {
    const { agent, conversationId } = await workspace();
    const reply = await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'outbound',
      body: 'Hello Olga',
    });
    expect(reply.status).toBe(201);
    expect(await pendingOf(conversationId)).toEqual([]);
  });

  it('reacts after a crash between commit and reaction — once, however often the sweeper runs', async () => {
    const { people, conversationId } = await workspace();
    await noteCommittedThenCrashed(people.account.id, conversationId, people.agent.id, '@Lead of Outbox please look');
    expect(await pendingOf(conversationId)).toHaveLength(1);
    expect(await mentionsOf(people.lead.id)).toEqual([]);

    // A fresh record is left to the request that wrote it.
    await reactToPending(t.ctx, { accountId: people.account.id });
    expect(await mentionsOf(people.lead.id)).toEqual([]);

    await reactToPending(t.ctx, { olderThanSeconds: 0, accountId: people.account.id });
    expect(await mentionsOf(people.lead.id)).toHaveLength(1);
    expect(await pendingOf(conversationId)).toEqual([]);
  });

  it('notifies once when the listeners run twice for one change', async () => {
    const { people, conversationId } = await workspace();
    await noteCommittedThenCrashed(people.account.id, conversationId, people.agent.id, '@Lead of Outbox twice?');
    const [record] = await pendingOf(conversationId);
    // Two sweepers racing past the lease, or a retry after a later listener failed: run the change twice.
    await reactToPending(t.ctx, { olderThanSeconds: 0, accountId: people.account.id });
    await t.database.db.insert(pendingReactions).values({
      accountId: record!.accountId,
      conversationId,
      eventIds: record!.eventIds,
    });
    await reactToPending(t.ctx, { olderThanSeconds: 0, accountId: people.account.id });
    expect(await mentionsOf(people.lead.id)).toHaveLength(1);
  });

  it('keeps the record while a listener fails, retries it, and clears it once all succeed', async () => {
    const { people, agent, conversationId } = await workspace();
    failListeners = true;
    try {
      const note = await agent.request('POST', API.conversationMessages(conversationId), {
        direction: 'note',
        body: '@Admin of Outbox FYI',
      });
      expect(note.status).toBe(201);
      expect(await pendingOf(conversationId)).toHaveLength(1);
      // The other listeners did run: the mention arrived despite the failing one.
      expect(await mentionsOf(people.admin.id)).toHaveLength(1);

      const first = await reactToPending(t.ctx, { olderThanSeconds: 0, accountId: people.account.id });
      expect(first.failed).toBe(1);
      expect((await pendingOf(conversationId))[0]?.attempts).toBe(1);
    } finally {
      failListeners = false;
    }
    const second = await reactToPending(t.ctx, { olderThanSeconds: 0, accountId: people.account.id });
    expect(second.reacted).toBe(1);
    expect(await pendingOf(conversationId)).toEqual([]);
    expect(await mentionsOf(people.admin.id)).toHaveLength(1);
  });

  it('gives up on a change after the maximum number of attempts, leaving it for a person', async () => {
    const { people, conversationId } = await workspace();
    await noteCommittedThenCrashed(people.account.id, conversationId, people.agent.id, 'no mentions here');
    await t.database.db
      .update(pendingReactions)
      .set({ attempts: MAX_ATTEMPTS })
      .where(eq(pendingReactions.conversationId, conversationId));
    await reactToPending(t.ctx, { olderThanSeconds: 0, accountId: people.account.id });
    expect(await pendingOf(conversationId)).toHaveLength(1);
  });
});
