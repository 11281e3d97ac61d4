import { afterAll, describe, expect, it } from 'vitest';
import { API } from '@sincere/contracts';
import { seedConversation, seedCustomer, seedMessage } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';
import { appendEvents, type NewConversationEvent } from './event-log';

const t = await createTestApp();
afterAll(() => t.close());

async function conversationWithEvents() {
  const people = await seedAccountWithPeople(t.database);
  const customer = await seedCustomer(t.database.db, people.account.id, { name: 'Olga' });
  const conversation = await seedConversation(t.database.db, people.account.id, customer.id, { subject: 'Refund' });
  const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 10, minute));
  const base = { accountId: people.account.id, conversationId: conversation.id };
  const events: NewConversationEvent[] = [
    { ...base, type: 'conversation.created', actorType: 'customer', actorId: customer.id, occurredAt: at(0) },
    {
      ...base,
      type: 'message.inbound',
      actorType: 'customer',
      actorId: customer.id,
      data: { length: 42 },
      occurredAt: at(0),
    },
    {
      ...base,
      type: 'conversation.assigned',
      actorType: 'system',
      actorId: null,
      data: { assigneeId: people.agent.id },
      occurredAt: at(1),
    },
    { ...base, type: 'message.outbound', actorType: 'user', actorId: people.agent.id, occurredAt: at(5) },
  ];
  const appended = await t.database.db.transaction((tx) => appendEvents(tx, events));
  return { people, customer, conversation, appended, at };
}

describe('the conversation event log', () => {
  it('appends events in the order given, each with a larger seq than the one before', async () => {
    const { appended, conversation } = await conversationWithEvents();
    expect(appended.map((event) => event.type)).toEqual([
      'conversation.created',
      'message.inbound',
      'conversation.assigned',
      'message.outbound',
    ]);
    const seqs = appended.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(appended.every((event) => event.conversationId === conversation.id)).toBe(true);
    expect(appended[1]?.data).toEqual({ length: 42 });
    expect(appended[0]?.data).toEqual({});

    const [later] = await appendEvents(t.database.db, [
      {
        accountId: conversation.accountId,
        conversationId: conversation.id,
        type: 'note.added',
        actorType: 'system',
        actorId: null,
        occurredAt: new Date(),
      },
    ]);
    expect(later?.seq).toBeGreaterThan(seqs.at(-1) ?? Infinity);
  });

  it('appends nothing for an empty batch', async () => {
    expect(await appendEvents(t.database.db, [])).toEqual([]);
  });

  it('refuses to rewrite history: the database rejects UPDATE, DELETE and TRUNCATE of events', async () => {
    const { appended } = await conversationWithEvents();
    const first = appended[0];
    if (!first) throw new Error('no event');
    await expect(
      t.database.query(`UPDATE conversation_events SET type = 'note.added' WHERE id = $1`, [first.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.query('DELETE FROM conversation_events WHERE id = $1', [first.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.query('TRUNCATE conversation_events')).rejects.toThrow(/append-only/);
    const stored = await t.database.query<{ type: string }>('SELECT type FROM conversation_events WHERE id = $1', [
      first.id,
    ]);
    expect(stored.rows).toEqual([{ type: 'conversation.created' }]);
  });

  it('shows a conversation with its customer, its messages in order and its events', async () => {
    const { people, customer, conversation, appended, at } = await conversationWithEvents();
    const { id: accountId } = people.account;
    // Inserted out of order, and two at the same moment: the answer still reads as the conversation happened.
    const reply = await seedMessage(t.database.db, accountId, conversation.id, {
      direction: 'outbound',
      body: 'We will refund you today',
      authorUserId: people.agent.id,
      createdAt: at(5),
    });
    const question = await seedMessage(t.database.db, accountId, conversation.id, {
      body: 'Where is my refund?',
      createdAt: at(0),
    });
    const note = await seedMessage(t.database.db, accountId, conversation.id, {
      direction: 'note',
      body: 'Checked with billing',
      authorUserId: people.lead.id,
      createdAt: at(3),
    });

    const response = await (await signIn(t.app, people.agent.email)).request('GET', API.conversation(conversation.id));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: conversation.id,
      subject: 'Refund',
      customer: { id: customer.id, name: 'Olga', email: customer.email },
    });
    expect(response.body.messages.map((message: { id: string }) => message.id)).toEqual([
      question.id,
      note.id,
      reply.id,
    ]);
    expect(response.body.messages[2]).toMatchObject({
      direction: 'outbound',
      author: { id: people.agent.id, name: 'agent of Test account' },
      body: 'We will refund you today',
    });
    expect(response.body.messages[0].author).toBeNull();
    expect(response.body.events).toEqual(appended);
    expect(response.body.customer).not.toHaveProperty('accountId');
  });
});
