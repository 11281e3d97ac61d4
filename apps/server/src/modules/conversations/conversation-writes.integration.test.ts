import { afterAll, describe, expect, it } from 'vitest';
import { API, type ServerEvent } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken, type Caller } from '../../testing/http-client';
import { wakeSnoozed } from './update-conversation';

const t = await createTestApp();
afterAll(() => t.close());

/** An account with its agent signed in, and an integration token (the API channel) of its admin. */
async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Inbox');
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'channel' });
  const agent = await signIn(t.app, people.agent.email);
  const pushed: ServerEvent[] = [];
  t.ctx.realtime.add({ accountId: people.account.id, userId: people.lead.id, send: (event) => pushed.push(event) });
  return { people, admin, agent, channel: withToken(t.app, token.body.secret), pushed };
}

async function open(channel: Caller, body = 'My order #1042 has not arrived', extra: Record<string, unknown> = {}) {
  const response = await channel.request('POST', API.conversations, {
    customer: { name: 'Olga Smirnova', email: 'Olga@Example.com' },
    subject: 'Late delivery',
    message: { body },
    ...extra,
  });
  expect(response.status).toBe(201);
  return response.body;
}

const types = (conversation: { events: { type: string }[] }) => conversation.events.map((event) => event.type);

describe('conversations from the API channel', () => {
  it('opens a conversation from a customer’s first message, waiting for an answer, with its events and pushes', async () => {
    const { channel, pushed } = await workspace();
    const conversation = await open(channel);
    expect(conversation).toMatchObject({
      status: 'open',
      cycle: 1,
      channel: 'api',
      assignee: null,
      customer: { name: 'Olga Smirnova', email: 'olga@example.com' },
    });
    expect(conversation.waitingSince).toBe(conversation.messages[0].createdAt);
    expect(types(conversation)).toEqual(['conversation.created', 'message.inbound']);
    // The change itself comes first; listeners (view counters, SLA) may push after it.
    expect(pushed.map((event) => event.type).slice(0, 4)).toEqual([
      'conversation.updated',
      'message.created',
      'conversation.event',
      'conversation.event',
    ]);
  });

  it('stores a message sent twice with the same clientMessageId once', async () => {
    const { channel, agent, people } = await workspace();
    const payload = { customer: { name: 'Dimas' }, message: { body: 'Halo kak', clientMessageId: 'tg-update-9001' } };
    const first = await channel.request('POST', API.conversations, payload);
    const again = await channel.request('POST', API.conversations, payload);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.messages).toHaveLength(1);

    const reply = { direction: 'inbound', body: 'Masih belum sampai', clientMessageId: 'tg-update-9002' };
    const [one, two] = await Promise.all([
      channel.request('POST', API.conversationMessages(first.body.id), reply),
      channel.request('POST', API.conversationMessages(first.body.id), reply),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 201]);
    expect(one.body.id).toBe(two.body.id);

    // The stored message comes back whole: an agent's repeated reply keeps its author.
    const answer = { direction: 'outbound', body: 'Kami cek ya, Kak', clientMessageId: 'agent-draft-1' };
    const sent = await agent.request('POST', API.conversationMessages(first.body.id), answer);
    const resent = await agent.request('POST', API.conversationMessages(first.body.id), answer);
    expect([sent.status, resent.status]).toEqual([201, 200]);
    expect(resent.body).toEqual(sent.body);
    expect(resent.body.author).toMatchObject({ id: people.agent.id });
  });

  it('finds the customer by email instead of creating a second one', async () => {
    const { channel } = await workspace();
    const first = await open(channel);
    const second = await open(channel, 'Another question', {
      customer: { name: 'O. Smirnova', email: 'olga@example.com' },
    });
    expect(second.customer.id).toBe(first.customer.id);
    expect(second.id).not.toBe(first.id);
  });

  it('names the field when the customer id is not one of the account’s', async () => {
    const { channel } = await workspace();
    const response = await channel.request('POST', API.conversations, {
      customer: { id: '00000000-0000-4000-8000-000000000000' },
      message: { body: 'Hi' },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual({ 'customer.id': 'No customer with this id' });
  });
});

describe('answering', () => {
  it('stops the wait with an agent’s reply and makes the replier the owner of an unassigned conversation', async () => {
    const { channel, agent, people } = await workspace();
    const conversation = await open(channel);
    const reply = await agent.request('POST', API.conversationMessages(conversation.id), {
      direction: 'outbound',
      body: 'Сейчас проверю, Ольга.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ direction: 'outbound', author: { id: people.agent.id } });
    const after = (await agent.request('GET', API.conversation(conversation.id))).body;
    expect(after).toMatchObject({ waitingSince: null, assignee: { id: people.agent.id } });
    expect(after.events.at(-1)).toMatchObject({
      type: 'conversation.assigned',
      data: { from: null, to: people.agent.id, reason: 'replied' },
    });
  });

  it('keeps the customer waiting after an internal note', async () => {
    const { channel, agent } = await workspace();
    const conversation = await open(channel);
    expect(
      (
        await agent.request('POST', API.conversationMessages(conversation.id), {
          direction: 'note',
          body: '@lead refund?',
        })
      ).status,
    ).toBe(201);
    const after = (await agent.request('GET', API.conversation(conversation.id))).body;
    expect(after.waitingSince).toBe(conversation.waitingSince);
    expect(after.assignee).toBeNull();
  });

  it('does not let an agent’s browser write as the customer, nor a reviewer write at all', async () => {
    const { channel, agent, people } = await workspace();
    const conversation = await open(channel);
    const forged = await agent.request('POST', API.conversationMessages(conversation.id), {
      direction: 'inbound',
      body: 'All good, thanks!',
    });
    expect(forged.status).toBe(403);
    const reviewer = await signIn(t.app, people.reviewer.email);
    expect((await reviewer.request('PATCH', API.conversation(conversation.id), { status: 'resolved' })).status).toBe(
      403,
    );
    expect((await reviewer.request('GET', API.conversation(conversation.id))).status).toBe(200);
  });
});

describe('status, tags and ownership', () => {
  it('starts a new cycle when a customer writes to a resolved conversation', async () => {
    const { channel, agent } = await workspace();
    const conversation = await open(channel);
    expect((await agent.request('PATCH', API.conversation(conversation.id), { status: 'resolved' })).body.status).toBe(
      'resolved',
    );
    await channel.request('POST', API.conversationMessages(conversation.id), {
      direction: 'inbound',
      body: 'It broke again',
    });
    const after = (await agent.request('GET', API.conversation(conversation.id))).body;
    expect(after).toMatchObject({ status: 'open', cycle: 2 });
    expect(types(after).slice(-3)).toEqual(['conversation.status_changed', 'message.inbound', 'conversation.reopened']);
  });

  it('snoozes until a future time and wakes up then — but not if it was snoozed again meanwhile', async () => {
    const { channel, agent, people } = await workspace();
    const conversation = await open(channel);
    const wake = (until: Date) =>
      wakeSnoozed(t.ctx, {
        accountId: people.account.id,
        conversationId: conversation.id,
        snoozedUntil: until.toISOString(),
      });
    const past = await agent.request('PATCH', API.conversation(conversation.id), {
      status: 'snoozed',
      snoozedUntil: '2020-01-01T00:00:00Z',
    });
    expect(past.status).toBe(422);
    expect(Object.keys(past.body.error.fields)).toEqual(['snoozedUntil']);
    expect((await agent.request('PATCH', API.conversation(conversation.id), { status: 'snoozed' })).status).toBe(422);

    const first = new Date(Date.now() + 3_600_000);
    const later = new Date(Date.now() + 7_200_000);
    await agent.request('PATCH', API.conversation(conversation.id), {
      status: 'snoozed',
      snoozedUntil: first.toISOString(),
    });
    const stored = await t.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'conversations.wake-snoozed' AND data->>'conversationId' = $1",
      [conversation.id],
    );
    expect(stored.rows[0]?.n).toBe(1);
    await agent.request('PATCH', API.conversation(conversation.id), {
      status: 'snoozed',
      snoozedUntil: later.toISOString(),
    });

    t.setNow(new Date(first.getTime() + 1000));
    try {
      await wake(first);
      expect((await agent.request('GET', API.conversation(conversation.id))).body.status).toBe('snoozed');
      t.setNow(new Date(later.getTime() + 1000));
      await wake(later);
      const woken = (await agent.request('GET', API.conversation(conversation.id))).body;
      expect(woken).toMatchObject({ status: 'open', snoozedUntil: null });
      expect(woken.events.at(-1)).toMatchObject({
        type: 'conversation.status_changed',
        actorType: 'system',
        data: { from: 'snoozed', to: 'open' },
      });
    } finally {
      t.setNow(new Date());
    }
  });

  it('keeps tags trimmed, lower-case and unique, and logs what was added and removed', async () => {
    const { channel, agent } = await workspace();
    const conversation = await open(channel, 'Refund please', { tags: ['Refund'] });
    const changed = await agent.request('PATCH', API.conversation(conversation.id), {
      tags: [' VIP ', 'vip', 'delivery'],
      priority: 'high',
    });
    expect(changed.body).toMatchObject({ tags: ['vip', 'delivery'], priority: 'high' });
    const after = (await agent.request('GET', API.conversation(conversation.id))).body;
    expect(after.events.find((event: { type: string }) => event.type === 'conversation.tags_changed').data).toEqual({
      added: ['vip', 'delivery'],
      removed: ['refund'],
    });
  });

  it('assigns only to active agents of the account, and records who, from whom and why', async () => {
    const { channel, agent, people } = await workspace();
    const other = await seedAccountWithPeople(t.database, 'Elsewhere');
    const conversation = await open(channel);
    for (const assigneeId of [people.reviewer.id, other.agent.id]) {
      const refused = await agent.request('PUT', API.conversationAssignment(conversation.id), { assigneeId });
      expect(refused.status).toBe(422);
      expect(refused.body.error.fields).toHaveProperty('assigneeId');
    }
    const assigned = await agent.request('PUT', API.conversationAssignment(conversation.id), {
      assigneeId: people.lead.id,
      reason: 'Needs a refund approval',
    });
    expect(assigned.body.assignee).toMatchObject({ id: people.lead.id });
    await agent.request('PUT', API.conversationAssignment(conversation.id), { assigneeId: null });
    const events = (await agent.request('GET', API.conversation(conversation.id))).body.events.slice(-2);
    expect(events).toMatchObject([
      {
        type: 'conversation.assigned',
        actorId: people.agent.id,
        data: { from: null, to: people.lead.id, reason: 'Needs a refund approval' },
      },
      { type: 'conversation.unassigned', data: { from: people.lead.id, to: null } },
    ]);
  });
});
