import { afterAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { API, type BuiltInView } from '@sincere/contracts';
import { attachments, conversations } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { inboxWorkspace } from '../../testing/inbox-workspace';
import { signIn, type Caller } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

// Each step a minute after the previous one: message times, waits and "latest" are the test's to choose.
let now = Date.now();
const tick = () => {
  now += 60_000;
  t.setNow(new Date(now));
  return new Date(now).toISOString();
};

/** An account with its agent signed in and an integration token (the API channel). */
async function workspace() {
  const { people, admin, agent, channel, write } = await inboxWorkspace(t, 'Merge', { beforeWrite: tick });
  const open = async (body: string, extra: Record<string, unknown> = {}) => {
    tick();
    const response = await channel.request('POST', API.conversations, {
      customer: { name: 'Olga Smirnova', email: 'olga@example.com' },
      subject: 'Late delivery',
      message: { body },
      ...extra,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { id: string; messages: { id: string }[]; customer: { id: string } };
  };
  const merge = (caller: Caller, targetId: string, sourceId: string) => {
    tick();
    return caller.request('POST', API.conversationMerge(targetId), { sourceId });
  };
  const read = async (id: string) => (await agent.request('GET', API.conversation(id))).body;
  return { people, admin, agent, channel, open, write, merge, read };
}

const types = (events: { type: string }[]) => events.map((event) => event.type);

describe('merging two conversations of one customer', () => {
  it('moves the messages and attachments, unites tags, keeps the earlier wait and the latest message, and logs both sides', async () => {
    const { people, agent, open, write, merge, read } = await workspace();
    const target = await open('Where is my parcel?', { tags: ['delivery'] });
    const reply = await write(target.id, 'outbound', 'Сейчас проверю.');
    const source = await open('Я написала ещё раз', { tags: ['refund', 'delivery'] });
    const sourceMessage = source.messages[0]?.id ?? '';
    const [file] = await t.database.db
      .insert(attachments)
      .values({
        accountId: people.account.id,
        messageId: sourceMessage,
        conversationId: source.id,
        fileName: 'receipt.pdf',
        contentType: 'application/pdf',
        size: 10,
        storageKey: `test/${sourceMessage}`,
      })
      .returning();
    const sourceWaitingSince = (await read(source.id)).waitingSince;

    const merged = await merge(agent, target.id, source.id);
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body).toMatchObject({
      id: target.id,
      status: 'open',
      tags: ['delivery', 'refund'],
      // The target's customer had been answered; the source's was still waiting.
      waitingSince: sourceWaitingSince,
      lastMessageAt: sourceWaitingSince,
      mergedIntoId: null,
    });
    expect(merged.body.messages.map((message: { id: string }) => message.id)).toEqual([
      target.messages[0]?.id,
      reply.id,
      sourceMessage,
    ]);
    const ofTarget = merged.body.events.filter(
      (event: { conversationId: string }) => event.conversationId === target.id,
    );
    expect(ofTarget.slice(-2)).toMatchObject([
      {
        type: 'conversation.merged',
        actorType: 'user',
        actorId: people.agent.id,
        data: { sourceId: source.id, messageIds: [sourceMessage] },
      },
      { type: 'conversation.tags_changed', data: { added: ['refund'], removed: [] } },
    ]);
    // The source's own history shows in the target's, each event naming where it happened.
    const fromSource = merged.body.events.filter(
      (event: { conversationId: string }) => event.conversationId === source.id,
    );
    expect(types(fromSource)).toEqual([
      'conversation.created',
      'message.inbound',
      'conversation.status_changed',
      'conversation.merged_into',
    ]);

    const after = await read(source.id);
    expect(after).toMatchObject({ status: 'resolved', mergedIntoId: target.id, messages: [], waitingSince: null });
    expect(after.events.slice(-2)).toMatchObject([
      { type: 'conversation.status_changed', actorId: people.agent.id, data: { from: 'open', to: 'resolved' } },
      { type: 'conversation.merged_into', actorId: people.agent.id, data: { targetId: target.id } },
    ]);
    const [moved] = await t.database.db
      .select()
      .from(attachments)
      .where(eq(attachments.id, file?.id ?? ''));
    expect(moved?.conversationId).toBe(target.id);
  });

  it('reopens a resolved target as a new cycle when the source’s customer was waiting', async () => {
    const { agent, open, write, merge, read } = await workspace();
    const target = await open('First question');
    await write(target.id, 'outbound', 'Answered');
    expect((await agent.request('PATCH', API.conversation(target.id), { status: 'resolved' })).status).toBe(200);
    const source = await open('Second question');
    const { waitingSince } = await read(source.id);

    const merged = await merge(agent, target.id, source.id);
    expect(merged.body).toMatchObject({ status: 'open', cycle: 2, waitingSince });
    expect(
      types(merged.body.events.filter((event: { conversationId: string }) => event.conversationId === target.id)).slice(
        -3,
      ),
    ).toEqual(['conversation.merged', 'conversation.reopened', 'conversation.status_changed']);
  });

  it('leaves a resolved target resolved when nobody waits in the source (answered, or resolved)', async () => {
    const { agent, open, write, merge } = await workspace();
    const target = await open('First question');
    await write(target.id, 'outbound', 'Answered');
    await agent.request('PATCH', API.conversation(target.id), { status: 'resolved' });
    const answered = await open('Second question');
    await write(answered.id, 'outbound', 'Answered too');
    // Resolved without an answer: the agent decided nobody needs one.
    const closed = await open('Spam');
    await agent.request('PATCH', API.conversation(closed.id), { status: 'resolved' });
    for (const source of [answered, closed]) {
      const merged = await merge(agent, target.id, source.id);
      expect(merged.body).toMatchObject({ status: 'resolved', cycle: 1, waitingSince: null });
    }
  });

  it('refuses another customer’s conversation, the conversation itself, and one merged already', async () => {
    const { agent, open, merge } = await workspace();
    const target = await open('Mine');
    const stranger = await open('Someone else', { customer: { name: 'Ivan', email: 'ivan@example.com' } });
    const otherCustomer = await merge(agent, target.id, stranger.id);
    expect(otherCustomer.status).toBe(422);
    expect(otherCustomer.body.error.fields).toEqual({ sourceId: 'A conversation of another customer' });

    const itself = await merge(agent, target.id, target.id);
    expect(itself.status).toBe(422);
    expect(Object.keys(itself.body.error.fields)).toEqual(['sourceId']);

    const source = await open('Again');
    const third = await open('And again');
    expect((await merge(agent, target.id, source.id)).status).toBe(200);
    const again = await merge(agent, third.id, source.id);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'conflict',
      fields: { sourceId: 'Already merged into another conversation' },
    });
    const intoMerged = await merge(agent, source.id, third.id);
    expect(intoMerged.status).toBe(409);
    expect(intoMerged.body.error.message).toContain(target.id);
  });

  it('keeps a merged conversation resolved: no reopening, no reassigning', async () => {
    const { agent, people, open, merge } = await workspace();
    const target = await open('Mine');
    const source = await open('Again');
    expect((await merge(agent, target.id, source.id)).status).toBe(200);
    const reopen = await agent.request('PATCH', API.conversation(source.id), { status: 'open' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.message).toContain(target.id);
    const assign = await agent.request('PUT', API.conversationAssignment(source.id), { assigneeId: people.agent.id });
    expect(assign.status).toBe(409);
    expect((await agent.request('GET', API.conversation(source.id))).body).toMatchObject({
      status: 'resolved',
      assignee: null,
    });
  });

  it('treats another account’s conversation, as source or as target, exactly like an unknown id', async () => {
    const mine = await workspace();
    const theirs = await workspace();
    const own = await mine.open('Mine');
    const foreign = await theirs.open('Theirs');
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [target, source] of [
      [own.id, foreign.id],
      [foreign.id, own.id],
    ] as const) {
      const response = await mine.merge(mine.agent, target, source);
      expect(response.status).toBe(404);
      const likeUnknown = await mine.merge(
        mine.agent,
        target === own.id ? own.id : unknown,
        source === own.id ? own.id : unknown,
      );
      expect(response.body).toEqual(likeUnknown.body);
    }
    const untouched = await theirs.read(foreign.id);
    expect(untouched).toMatchObject({ status: 'open', mergedIntoId: null });
    expect(untouched.messages).toHaveLength(1);
    expect(types(untouched.events)).toEqual(['conversation.created', 'message.inbound']);
  });

  it('is for people who work conversations, not reviewers', async () => {
    const { people, open, merge } = await workspace();
    const target = await open('One');
    const source = await open('Two');
    const reviewer = await signIn(t.app, people.reviewer.email);
    expect((await merge(reviewer, target.id, source.id)).status).toBe(403);
  });
});

describe('a merged conversation', () => {
  it('passes a customer message sent to it on to the target, following merges of merges', async () => {
    const { agent, channel, open, merge, read } = await workspace();
    const first = await open('One');
    const second = await open('Two');
    const third = await open('Three');
    expect((await merge(agent, second.id, first.id)).status).toBe(200);
    expect((await merge(agent, third.id, second.id)).status).toBe(200);
    expect(await read(third.id)).toMatchObject({ status: 'open' });

    const late = { direction: 'inbound', body: 'Any news?', clientMessageId: `late-${first.id}` };
    const sent = await channel.request('POST', API.conversationMessages(first.id), late);
    expect(sent.status).toBe(201);
    const again = await channel.request('POST', API.conversationMessages(first.id), late);
    expect([again.status, again.body.id]).toEqual([200, sent.body.id]);

    const target = await read(third.id);
    expect(target.messages.map((message: { body: string }) => message.body)).toEqual([
      'One',
      'Two',
      'Three',
      'Any news?',
    ]);
    expect(target.events.at(-1)).toMatchObject({
      conversationId: third.id,
      type: 'message.inbound',
      data: { messageId: sent.body.id },
    });
    // Its whole history, across both merges, is readable from the last target.
    expect(new Set(target.events.map((event: { conversationId: string }) => event.conversationId))).toEqual(
      new Set([first.id, second.id, third.id]),
    );
    expect((await read(first.id)).messages).toEqual([]);
  });

  it('appears in the list as resolved, pointing to where it went', async () => {
    const { agent, open, merge } = await workspace();
    const target = await open('One');
    const source = await open('Two');
    await merge(agent, target.id, source.id);
    const list = await agent.request('GET', `${API.conversations}?status=resolved`);
    expect(list.status).toBe(200);
    expect(list.body.items.find((item: { id: string }) => item.id === source.id)).toMatchObject({
      status: 'resolved',
      mergedIntoId: target.id,
    });
  });
});

/**
 * Holds the rows locked while `during` sends requests, so that on PostgreSQL they queue up on the
 * locks together and then race; PGlite runs one transaction at a time, so there they simply wait.
 */
async function whileLocked(ids: string[], during: () => Promise<void>): Promise<void> {
  await t.database.db.transaction(async (tx) => {
    await tx.select({ id: conversations.id }).from(conversations).where(inArray(conversations.id, ids)).for('update');
    await during();
  });
}

/** On PostgreSQL: until this many transactions wait for a conversation's row lock (or 5 s have passed). */
async function lockWaiters(count: number): Promise<void> {
  if (t.database.engine !== 'postgres') return;
  for (let tries = 0; tries < 100; tries += 1) {
    const { rows } = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%from "conversations"%for update%'`,
    );
    if ((rows[0]?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('concurrent merges', () => {
  it('lets one of two crossing merges win and refuses the other, without a deadlock', async () => {
    const { agent, open, read } = await workspace();
    const a = await open('A');
    const b = await open('B');
    let requests: Promise<{ status: number }>[] = [];
    await whileLocked([a.id, b.id], async () => {
      requests = [
        agent.request('POST', API.conversationMerge(a.id), { sourceId: b.id }),
        agent.request('POST', API.conversationMerge(b.id), { sourceId: a.id }),
      ];
      await lockWaiters(2);
    });
    const [ab, ba] = await Promise.all(requests);
    // A deadlock would show as a 500 here.
    expect([ab?.status, ba?.status].sort()).toEqual([200, 409]);
    const [left, right] = [await read(a.id), await read(b.id)];
    expect([left.mergedIntoId, right.mergedIntoId].filter(Boolean)).toHaveLength(1);
    expect([...left.messages, ...right.messages]).toHaveLength(2);
  });

  it('keeps a customer message that arrives while the merge runs, in the target', async () => {
    const { agent, channel, open, read } = await workspace();
    // The merge locks the lower id first; making it the source puts the merge ahead of the message in its queue.
    const [source, target] = [await open('One'), await open('Two')].sort((x, y) => x.id.localeCompare(y.id));
    if (!source || !target) throw new Error('no conversations');
    const requests: Promise<{ status: number }>[] = [];
    await whileLocked([source.id, target.id], async () => {
      requests.push(agent.request('POST', API.conversationMerge(target.id), { sourceId: source.id }));
      await lockWaiters(1);
      requests.push(
        channel.request('POST', API.conversationMessages(source.id), { direction: 'inbound', body: 'Meanwhile' }),
      );
      await lockWaiters(2);
    });
    expect((await Promise.all(requests)).map((response) => response.status)).toEqual([200, 201]);
    const after = await read(target.id);
    expect(after.messages.map((message: { body: string }) => message.body)).toContain('Meanwhile');
    expect((await read(source.id)).messages).toEqual([]);
  });
});

describe('view counters after a merge', () => {
  it('count the resolved source out and a reopened target back in', async () => {
    const { people, agent, open, merge } = await workspace();
    const target = await open('One');
    const source = await open('Two');
    await agent.request('PUT', API.conversationAssignment(source.id), { assigneeId: people.agent.id });
    await agent.request('PATCH', API.conversation(target.id), { status: 'resolved' });
    const expectCounts = async (expected: Record<BuiltInView, number>) => {
      const { rows } = await t.database.query<Record<BuiltInView, number>>(
        `SELECT count(*) FILTER (WHERE assignee_id = $2 AND status IN ('open', 'pending'))::int AS mine,
                count(*) FILTER (WHERE assignee_id IS NULL AND status = 'open')::int AS unassigned,
                0 AS my_team,
                count(*) FILTER (WHERE status IN ('open', 'pending', 'snoozed'))::int AS all
           FROM conversations WHERE account_id = $1`,
        [people.account.id, people.agent.id],
      );
      expect(rows[0]).toEqual(expected);
      const views = (await agent.request('GET', API.views)).body.items as { id: string; count: number }[];
      for (const view of ['mine', 'unassigned', 'all'] as const)
        expect(views.find((item) => item.id === view)?.count, view).toBe(expected[view]);
    };
    await expectCounts({ mine: 1, unassigned: 0, my_team: 0, all: 1 });
    expect((await merge(agent, target.id, source.id)).status).toBe(200);
    await expectCounts({ mine: 0, unassigned: 1, my_team: 0, all: 1 });
  });
});
