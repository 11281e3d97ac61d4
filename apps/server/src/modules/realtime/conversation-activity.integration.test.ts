import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { REALTIME_PATH, type ServerEvent } from '@sincere/contracts';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { openTestSocket, sessionCookie } from '../../testing/socket-client';

const t = await createTestApp();
let wsUrl = '';
beforeAll(async () => {
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = address.replace('http', 'ws') + REALTIME_PATH;
});
afterAll(() => t.close());

/** A signed-in agent's socket, once it is ready. */
async function agentSocket(email: string) {
  const client = openTestSocket(wsUrl, await sessionCookie(t.app, email));
  await client.waitFor((event) => event.type === 'ready');
  const activities = () => client.events.filter((event) => event.type === 'conversation.activity');
  return { ...client, activities };
}

type Activity = Extract<ServerEvent, { type: 'conversation.activity' }>;
type Snapshot = Extract<ServerEvent, { type: 'conversation.activity.snapshot' }>;
const snapshotOf =
  (conversationId: string) =>
  (event: ServerEvent): event is Snapshot =>
    event.type === 'conversation.activity.snapshot' && event.conversationId === conversationId;
const activityOf =
  (userId: string, matches: (activity: Activity['activity']) => boolean = () => true) =>
  (event: ServerEvent): event is Activity =>
    event.type === 'conversation.activity' && event.activity.user.id === userId && matches(event.activity);

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function seedAccountWithConversation(name: string) {
  const people = await seedAccountWithPeople(t.database, name);
  const customer = await seedCustomer(t.database.db, people.account.id);
  const conversation = await seedConversation(t.database.db, people.account.id, customer.id);
  return { ...people, conversationId: conversation.id };
}

describe('who is viewing and typing, over the agents’ WebSocket', () => {
  it('shows one agent viewing and typing to a colleague in the conversation, never to another account, and "left" on close', async () => {
    const a = await seedAccountWithConversation('Activity A');
    const b = await seedAccountWithConversation('Activity B');
    const conversationId = a.conversationId;

    const writer = await agentSocket(a.agent.email);
    writer.send({ type: 'viewing', conversationId });
    expect((await writer.waitFor(snapshotOf(conversationId))).activities).toEqual([]);

    const colleague = await agentSocket(a.lead.email);
    colleague.send({ type: 'viewing', conversationId });
    const snapshot = await colleague.waitFor(snapshotOf(conversationId));
    expect(snapshot.activities).toEqual([
      {
        connectionId: expect.any(String),
        user: { id: a.agent.id, name: 'agent of Activity A' },
        viewingForMs: expect.any(Number),
        typing: null,
      },
    ]);

    // Someone of another account sends the same conversation's id: no snapshot, no deltas, either way.
    const stranger = await agentSocket(b.lead.email);
    stranger.send({ type: 'viewing', conversationId });

    writer.send({ type: 'typing', conversationId, kind: 'reply' });
    const typing = await colleague.waitFor(activityOf(a.agent.id, (activity) => activity.typing !== null));
    expect(typing.activity.typing).toEqual({ kind: 'reply', forMs: 6_000 });
    expect((await writer.waitFor(activityOf(a.lead.id))).activity.viewingForMs).toBe(30_000);

    writer.send({ type: 'typing.stopped', conversationId });
    await colleague.waitFor(
      activityOf(a.agent.id, (activity) => activity.typing === null && activity.viewingForMs > 0),
    );

    writer.socket.close();
    await colleague.waitFor(activityOf(a.agent.id, (activity) => activity.viewingForMs === 0));
    await settle();
    expect(stranger.events.filter((event) => event.type.startsWith('conversation.activity'))).toEqual([]);
    // The writer never got its own activity back.
    expect(writer.activities().every((event) => event.activity.user.id !== a.agent.id)).toBe(true);
    colleague.socket.close();
    stranger.socket.close();
  });

  it('keeps "viewing" and typing from reaching agents who have another conversation open', async () => {
    const a = await seedAccountWithConversation('Activity elsewhere');
    const customer = await seedCustomer(t.database.db, a.account.id);
    const other = await seedConversation(t.database.db, a.account.id, customer.id);
    const elsewhere = await agentSocket(a.lead.email);
    elsewhere.send({ type: 'viewing', conversationId: other.id });
    await elsewhere.waitFor(snapshotOf(other.id));

    const writer = await agentSocket(a.agent.email);
    writer.send({ type: 'typing', conversationId: a.conversationId, kind: 'note' });
    await writer.waitFor(snapshotOf(a.conversationId));
    await settle();
    expect(elsewhere.activities()).toEqual([]);
    writer.socket.close();
    elsewhere.socket.close();
  });

  it('closes the socket with 1008 when an activity event does not match the contract', async () => {
    const a = await seedAccountWithConversation('Activity malformed');
    const client = await agentSocket(a.agent.email);
    client.socket.send(JSON.stringify({ type: 'typing', conversationId: a.conversationId, kind: 'shouting' }));
    expect(await client.closed).toBe(1008);
  });

  it('drops what a socket sends beyond its budget instead of relaying it', async () => {
    const a = await seedAccountWithConversation('Activity flood');
    // A still clock: the budget refills with time, and this test wants none.
    t.setNow(new Date());
    const colleague = await agentSocket(a.lead.email);
    colleague.send({ type: 'viewing', conversationId: a.conversationId });
    await colleague.waitFor(snapshotOf(a.conversationId));
    const flooder = await agentSocket(a.agent.email);
    for (let index = 0; index < 100; index += 1)
      flooder.send({ type: 'typing', conversationId: a.conversationId, kind: 'reply' });

    await colleague.waitFor(activityOf(a.agent.id));
    await settle();
    // A burst of 20 got through; the socket is still open.
    expect(colleague.activities()).toHaveLength(20);
    expect(flooder.socket.readyState).toBe(WebSocket.OPEN);
    flooder.socket.close();
    colleague.socket.close();
  });

  it('forgets an agent whose heartbeats stopped once the viewing time has passed', async () => {
    const a = await seedAccountWithConversation('Activity expiry');
    const start = Date.now();
    t.setNow(new Date(start));
    const silent = await agentSocket(a.agent.email);
    silent.send({ type: 'viewing', conversationId: a.conversationId });
    await silent.waitFor(snapshotOf(a.conversationId));

    t.setNow(new Date(start + 30_001));
    const late = await agentSocket(a.lead.email);
    late.send({ type: 'viewing', conversationId: a.conversationId });
    expect((await late.waitFor(snapshotOf(a.conversationId))).activities).toEqual([]);
    silent.socket.close();
    late.socket.close();
  });
});
