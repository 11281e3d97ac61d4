import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { API, BATCH_API, type BatchMessageResult, type ServerEvent } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { inboxWorkspace } from '../../testing/inbox-workspace';
import type { Caller } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

async function open(channel: Caller, name: string) {
  const response = await channel.request('POST', API.conversations, {
    customer: { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com` },
    message: { body: 'Hello' },
  });
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

const send = async (channel: Caller, messages: unknown[]) => {
  const response = await channel.request('POST', BATCH_API.messages, { messages });
  return {
    status: response.status,
    results: (response.body as { results?: BatchMessageResult[] }).results ?? [],
    body: response.body,
  };
};

const detail = async (caller: Caller, id: string) => (await caller.request('GET', API.conversation(id))).body;

describe('customer messages in batches', () => {
  it('stores every message of a batch in its conversation, in the order sent, with one event each', async () => {
    const { channel, agent, people } = await inboxWorkspace(t, 'Batch order');
    const first = await open(channel, 'Ana Lima');
    const second = await open(channel, 'Budi Santoso');
    const pushed: ServerEvent[] = [];
    t.ctx.realtime.add({ accountId: people.account.id, userId: people.lead.id, send: (event) => pushed.push(event) });
    const messages = [
      { conversationId: first.id, body: 'one', clientMessageId: 'b-1' },
      { conversationId: second.id, body: 'dua', clientMessageId: 'b-2' },
      { conversationId: first.id, body: 'two', clientMessageId: 'b-3' },
      { conversationId: first.id, body: 'three', clientMessageId: 'b-4' },
    ];
    const { status, results } = await send(channel, messages);
    expect(status).toBe(200);
    expect(results.map((result) => [result.clientMessageId, result.status])).toEqual([
      ['b-1', 'created'],
      ['b-2', 'created'],
      ['b-3', 'created'],
      ['b-4', 'created'],
    ]);
    const conversation = await detail(agent, first.id);
    expect(conversation.messages.map((message: { body: string }) => message.body)).toEqual([
      'Hello',
      'one',
      'two',
      'three',
    ]);
    expect(conversation.events.filter((event: { type: string }) => event.type === 'message.inbound')).toHaveLength(4);
    expect(conversation.messages.at(-1).id).toBe(results[3]?.messageId);
    // Agents' screens hear of both conversations and of every new message.
    const created = pushed.filter((event) => event.type === 'message.created');
    expect(created).toHaveLength(4);
    const updated = pushed
      .filter((event) => event.type === 'conversation.updated')
      .map((event) => event.conversation.id);
    expect(new Set(updated)).toEqual(new Set([first.id, second.id]));
    // The reactions ran: nothing is left in the outbox for the sweeper.
    const left = await t.database.query('SELECT count(*)::int AS n FROM pending_reactions WHERE account_id = $1', [
      people.account.id,
    ]);
    expect(left.rows[0]).toEqual({ n: 0 });
  });

  it('sending the same batch again stores nothing twice, and a repeat inside one batch is one message', async () => {
    const { channel, agent } = await inboxWorkspace(t, 'Batch repeat');
    const conversation = await open(channel, 'Carlos Ruiz');
    const messages = [
      { conversationId: conversation.id, body: 'hola', clientMessageId: 'r-1' },
      { conversationId: conversation.id, body: 'hola', clientMessageId: 'r-1' },
    ];
    const firstTime = await send(channel, messages);
    expect(firstTime.results.map((result) => result.status)).toEqual(['created', 'duplicate']);
    const again = await send(channel, messages);
    expect(again.results.map((result) => result.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.results[0]?.messageId).toBe(firstTime.results[0]?.messageId);
    expect((await detail(agent, conversation.id)).messages).toHaveLength(2);
  });

  it('refuses a message on its own: unknown or another account’s conversation, a clientMessageId used elsewhere', async () => {
    const { channel, agent } = await inboxWorkspace(t, 'Batch refusals');
    const other = await inboxWorkspace(t, 'Batch other account');
    const foreign = await open(other.channel, 'Someone Else');
    const mine = await open(channel, 'Dewi Lestari');
    const elsewhere = await open(channel, 'Eko Prasetyo');
    await send(channel, [{ conversationId: elsewhere.id, body: 'first', clientMessageId: 'used' }]);
    const { status, results } = await send(channel, [
      { conversationId: randomUUID(), body: 'lost', clientMessageId: 'x-1' },
      { conversationId: foreign.id, body: 'not yours', clientMessageId: 'x-2' },
      { conversationId: mine.id, body: 'taken id', clientMessageId: 'used' },
      { conversationId: mine.id, body: 'fine', clientMessageId: 'x-4' },
    ]);
    expect(status).toBe(200);
    expect(results.map((result) => [result.status, result.error?.code ?? null])).toEqual([
      ['rejected', 'not_found'],
      ['rejected', 'not_found'],
      ['rejected', 'conflict'],
      ['created', null],
    ]);
    expect((await detail(agent, mine.id)).messages.map((message: { body: string }) => message.body)).toEqual([
      'Hello',
      'fine',
    ]);
    expect((await detail(other.agent, foreign.id)).messages).toHaveLength(1);
  });

  it('wakes and reopens conversations as single messages do, once per conversation', async () => {
    const { channel, agent } = await inboxWorkspace(t, 'Batch reopen');
    const resolved = await open(channel, 'Fatma Yilmaz');
    expect((await agent.request('PATCH', API.conversation(resolved.id), { status: 'resolved' })).status).toBe(200);
    const { results } = await send(channel, [
      { conversationId: resolved.id, body: 'It broke again', clientMessageId: 'o-1' },
      { conversationId: resolved.id, body: 'Hello?', clientMessageId: 'o-2' },
    ]);
    expect(results.map((result) => result.status)).toEqual(['created', 'created']);
    const after = await detail(agent, resolved.id);
    expect(after).toMatchObject({ status: 'open', cycle: 2 });
    expect(after.waitingSince).not.toBeNull();
    expect(after.events.filter((event: { type: string }) => event.type === 'conversation.reopened')).toHaveLength(1);
  });

  it('takes customer messages only from an API token, and refuses an invalid batch naming the field', async () => {
    const { channel, agent } = await inboxWorkspace(t, 'Batch auth');
    const conversation = await open(channel, 'Gabriel Souza');
    const byAgent = await send(agent, [{ conversationId: conversation.id, body: 'hi', clientMessageId: 'a-1' }]);
    expect(byAgent.status).toBe(403);
    const noId = await send(channel, [{ conversationId: conversation.id, body: 'hi' }]);
    expect(noId.status).toBe(422);
    expect(JSON.stringify(noId.body)).toContain('clientMessageId');
    const empty = await send(channel, []);
    expect(empty.status).toBe(422);
    const tooMany = Array.from({ length: 501 }, (_, index) => ({
      conversationId: conversation.id,
      body: 'x',
      clientMessageId: `m-${index}`,
    }));
    expect((await send(channel, tooMany)).status).toBe(422);
    expect((await detail(agent, conversation.id)).messages).toHaveLength(1);
  });
});
