import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { API } from '@sincere/contracts';
import { attachments } from '@sincere/db';
import { seedUser } from '@sincere/db/testing';
import { signIn } from '../../testing/http-client';
import { createTestApp } from '../../testing/test-app';
import { inboxWorkspace } from '../../testing/inbox-workspace';

const t = await createTestApp();
afterAll(() => t.close());

// Each step a minute after the previous one, so that message times and waits are the test's to choose.
let now = Date.now();
const tick = () => t.setNow(new Date((now += 60_000)));

async function workspace() {
  const { people, admin, agent, channel, write } = await inboxWorkspace(t, 'Split', { beforeWrite: tick });
  const open = async (body: string, extra: Record<string, unknown> = {}) => {
    tick();
    const response = await channel.request('POST', API.conversations, {
      customer: { name: 'Layla Haddad', email: 'layla@example.com' },
      subject: 'Two orders',
      language: 'ar',
      channel: 'email',
      message: { body },
      ...extra,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { id: string; customer: { id: string }; messages: { id: string; createdAt: string }[] };
  };
  const split = (id: string, body: Record<string, unknown>, caller = agent) => {
    tick();
    return caller.request('POST', API.conversationSplit(id), body);
  };
  const read = async (id: string) => (await agent.request('GET', API.conversation(id))).body;
  return { people, admin, agent, channel, open, write, split, read };
}

const types = (events: { type: string }[]) => events.map((event) => event.type);

describe('splitting a customer message into a new conversation', () => {
  it('opens a new conversation of the same customer, channel and language, waiting since that message, and recomputes the source', async () => {
    const { people, open, write, split, read } = await workspace();
    const source = await open('Order 1 is late');
    const first = source.messages[0];
    const reply = await write(source.id, 'outbound', 'Checking');
    const second = await write(source.id, 'inbound', 'Also, order 2 arrived broken');
    const third = await write(source.id, 'inbound', 'Hello?');
    await write(source.id, 'note', 'Two topics here');
    expect((await read(source.id)).waitingSince).toBe(second.createdAt);

    const created = await split(source.id, { messageId: second.id, subject: 'Broken order 2' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      customer: { id: source.customer.id },
      channel: 'email',
      language: 'ar',
      subject: 'Broken order 2',
      status: 'open',
      assignee: null,
      cycle: 1,
      waitingSince: second.createdAt,
      lastMessageAt: second.createdAt,
      mergedIntoId: null,
    });
    expect(created.body.messages).toMatchObject([{ id: second.id, body: 'Also, order 2 arrived broken' }]);
    expect(created.body.events).toMatchObject([
      { type: 'conversation.created', actorType: 'user', actorId: people.agent.id, data: { channel: 'email' } },
      {
        type: 'conversation.split_from',
        actorId: people.agent.id,
        data: { sourceId: source.id, messageId: second.id },
      },
    ]);

    const after = await read(source.id);
    expect(after.messages.map((message: { id: string }) => message.id)).not.toContain(second.id);
    // The customer now waits on their third message only; it is also the last one.
    expect(after).toMatchObject({ waitingSince: third.createdAt, lastMessageAt: third.createdAt });
    expect(after.events.at(-1)).toMatchObject({
      type: 'conversation.split',
      actorId: people.agent.id,
      data: { messageId: second.id, newConversationId: created.body.id },
    });

    // Splitting the last unanswered message off: nobody waits here any more, and the reply is the latest.
    expect((await split(source.id, { messageId: third.id })).body.subject).toBe('Two orders');
    expect(await read(source.id)).toMatchObject({ waitingSince: null, lastMessageAt: reply.createdAt });
    expect((await read(source.id)).messages.map((message: { id: string }) => message.id)).toEqual([
      first?.id,
      reply.id,
      expect.any(String),
    ]);
  });

  it('takes the message’s attachments along', async () => {
    const { people, open, write, split } = await workspace();
    const source = await open('First');
    const second = await write(source.id, 'inbound', 'See the photo');
    const [file] = await t.database.db
      .insert(attachments)
      .values({
        accountId: people.account.id,
        messageId: second.id,
        conversationId: source.id,
        fileName: 'photo.jpg',
        contentType: 'image/jpeg',
        size: 10,
        storageKey: `test/${second.id}`,
      })
      .returning();
    const created = await split(source.id, { messageId: second.id });
    const [moved] = await t.database.db
      .select()
      .from(attachments)
      .where(eq(attachments.id, file?.id ?? ''));
    expect(moved?.conversationId).toBe(created.body.id);
  });

  it('refuses replies and notes, saying why, and the only customer message', async () => {
    const { open, write, split, read } = await workspace();
    const source = await open('Only question');
    const reply = await write(source.id, 'outbound', 'An answer');
    const note = await write(source.id, 'note', 'A note');
    for (const message of [reply, note]) {
      const refused = await split(source.id, { messageId: message.id });
      expect(refused.status).toBe(422);
      expect(refused.body.error.fields).toEqual({ messageId: 'Not a customer message' });
      expect(refused.body.error.message).toMatch(/reply or a note/);
    }
    const only = await split(source.id, { messageId: source.messages[0]?.id });
    expect(only.status).toBe(422);
    expect(only.body.error.fields).toEqual({ messageId: 'The only customer message of this conversation' });
    expect(types((await read(source.id)).events)).not.toContain('conversation.split');
  });

  it('finds the message only in this conversation of this account', async () => {
    const mine = await workspace();
    const theirs = await workspace();
    const source = await mine.open('One');
    await mine.write(source.id, 'inbound', 'Two');
    const elsewhere = await mine.open('Another conversation');
    const foreign = await theirs.open('Theirs');
    await theirs.write(foreign.id, 'inbound', 'Theirs too');
    const unknown = await mine.split(source.id, { messageId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(422);
    for (const messageId of [elsewhere.messages[0]?.id, foreign.messages[0]?.id]) {
      const response = await mine.split(source.id, { messageId });
      expect(response.body).toEqual(unknown.body);
    }
    // Another account's conversation is not found at all, like an unknown one.
    const across = await mine.split(foreign.id, { messageId: foreign.messages[0]?.id });
    expect(across.status).toBe(404);
    expect((await theirs.read(foreign.id)).messages).toHaveLength(2);
  });

  it('refuses a merged conversation, and reviewers', async () => {
    const { people, agent, open, write, split } = await workspace();
    const target = await open('Target');
    const source = await open('Source');
    const extra = await write(source.id, 'inbound', 'More');
    expect((await agent.request('POST', API.conversationMerge(target.id), { sourceId: source.id })).status).toBe(200);
    expect((await split(source.id, { messageId: extra.id })).status).toBe(409);
    const reviewer = await signIn(t.app, people.reviewer.email);
    expect((await split(target.id, { messageId: extra.id }, reviewer)).status).toBe(403);
  });

  it('splits one message once when two agents try at the same moment', async () => {
    const { agent, open, write } = await workspace();
    const source = await open('First');
    const second = await write(source.id, 'inbound', 'Second');
    await write(source.id, 'inbound', 'Third');
    const responses = await Promise.all([
      agent.request('POST', API.conversationSplit(source.id), { messageId: second.id }),
      agent.request('POST', API.conversationSplit(source.id), { messageId: second.id }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 422]);
  });

  it('lets automatic routing give the new conversation to an online member of the team', async () => {
    const { people, admin, open, write, split } = await workspace();
    const team = (await admin.request('POST', API.teams, { name: 'Support', assignment: 'round_robin' })).body;
    const member = await seedUser(t.database.db, people.account.id, { role: 'agent', presence: 'online' });
    await admin.request('PUT', API.teamMember(team.id, member.id));
    const source = await open('First', { teamId: team.id });
    const second = await write(source.id, 'inbound', 'Second');
    const created = await split(source.id, { messageId: second.id });
    expect(created.body).toMatchObject({ team: { id: team.id }, assignee: { id: member.id } });
  });

  it('keeps the view counters right', async () => {
    const { people, agent, open, write, split } = await workspace();
    const source = await open('First');
    await agent.request('PUT', API.conversationAssignment(source.id), { assigneeId: people.agent.id });
    const second = await write(source.id, 'inbound', 'Second');
    const counts = async () =>
      Object.fromEntries(
        ((await agent.request('GET', API.views)).body.items as { id: string; count: number }[])
          .filter((view) => ['mine', 'unassigned', 'all'].includes(view.id))
          .map((view) => [view.id, view.count]),
      );
    expect(await counts()).toEqual({ mine: 1, unassigned: 0, all: 1 });
    await split(source.id, { messageId: second.id });
    expect(await counts()).toEqual({ mine: 1, unassigned: 1, all: 2 });
    const { rows } = await t.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM conversations WHERE account_id = $1 AND status = 'open' AND assignee_id IS NULL",
      [people.account.id],
    );
    expect(rows[0]?.n).toBe(1);
  });
});
