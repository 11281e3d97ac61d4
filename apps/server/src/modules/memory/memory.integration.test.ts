import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  API,
  BATCH_API,
  CUSTOMER_FACTS_API,
  CustomerMemory,
  type AuditEntry,
  type CustomerFact,
} from '@sincere/contracts';
import { customerFacts, customers } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken, type Caller } from '../../testing/http-client';
import { suggestFacts } from './register-fact-suggestions';

const t = await createTestApp();
afterAll(() => t.close());

const DOG = 'Hi! My dog Max chewed the charger, so I need a new one.';

/** An account with its agent, reviewer and admin signed in, and an integration token (the API channel). */
async function workspace(name = 'Memory') {
  // Sessions start now; tests then move the clock back to the days their customers wrote.
  t.setNow(new Date());
  const people = await seedAccountWithPeople(t.database, name);
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'channel' });
  return {
    people,
    admin,
    agent: await signIn(t.app, people.agent.email),
    reviewer: await signIn(t.app, people.reviewer.email),
    channel: withToken(t.app, token.body.secret),
  };
}

interface Opened {
  id: string;
  customer: { id: string };
  events: { type: string; data: Record<string, unknown> }[];
  messages: { id: string }[];
}

/** A customer's message opens a conversation (a new customer unless `customerId` is given). */
async function customerWrites(
  channel: Caller,
  body: string,
  options: { customerId?: string; language?: string; at?: Date } = {},
): Promise<Opened> {
  if (options.at) t.setNow(options.at);
  const response = await channel.request('POST', API.conversations, {
    customer: options.customerId ? { id: options.customerId } : { name: 'Olga Smirnova' },
    message: { body },
    ...(options.language ? { language: options.language } : {}),
  });
  expect(response.status).toBe(201);
  return response.body as Opened;
}

async function memoryOf(caller: Caller, customerId: string, conversationId?: string): Promise<CustomerMemory> {
  const query = conversationId ? `?conversationId=${conversationId}` : '';
  const response = await caller.request('GET', `${CUSTOMER_FACTS_API.customerMemory(customerId)}${query}`);
  expect(response.status).toBe(200);
  return CustomerMemory.parse(response.body);
}

/** What the outbox does after a crash: every listener runs again for the same committed change. */
async function reactAgain(accountId: string, conversation: Opened): Promise<void> {
  const ok = await t.ctx.conversationListeners.notify({
    accountId,
    conversationId: conversation.id,
    events: conversation.events as never,
  });
  expect(ok).toBe(true);
}

const factRows = (customerId: string) =>
  t.database.db.select().from(customerFacts).where(eq(customerFacts.customerId, customerId));

async function auditOf(admin: Caller): Promise<AuditEntry[]> {
  const response = await admin.request('GET', `${API.auditLog}?limit=50`);
  expect(response.status).toBe(200);
  return (response.body.items as AuditEntry[]).filter((entry) => entry.action.startsWith('customer_fact.'));
}

describe('fact suggestions from customer messages', () => {
  it('suggests a fact once, in the customer’s own words, even when the listeners run again', async () => {
    const { people, agent, channel } = await workspace();
    const conversation = await customerWrites(channel, DOG);
    await reactAgain(people.account.id, conversation);
    await suggestFacts(t.ctx, [{ accountId: people.account.id, conversationId: conversation.id, events: [] }]);

    const memory = await memoryOf(agent, conversation.customer.id, conversation.id);
    expect(memory.suggestions).toEqual([
      expect.objectContaining({
        category: 'pets',
        text: 'My dog Max chewed the charger',
        status: 'suggested',
        sourceMessageId: conversation.messages[0]?.id,
        sourceConversationId: conversation.id,
        createdBy: null,
        confirmedBy: null,
      }),
    ]);
    expect(memory.facts).toEqual([]);
    expect(memory.askAbout).toEqual([]);
    expect(await factRows(conversation.customer.id)).toHaveLength(1);
    // Nobody confirmed anything: an automatic suggestion is not an audited action.
    expect(await auditOf(await signIn(t.app, people.admin.email))).toEqual([]);
  });

  it('reads messages in the conversation’s language and in the other supported ones', async () => {
    const { agent, channel } = await workspace();
    const russian = await customerWrites(channel, 'Здравствуйте. Дочка пошла в первый класс, нужен планшет.', {
      language: 'ru',
    });
    expect((await memoryOf(agent, russian.customer.id)).suggestions).toEqual([
      expect.objectContaining({ category: 'family', text: 'Дочка пошла в первый класс' }),
    ]);
    const indonesian = await customerWrites(channel, 'lagi nonton drakor', { language: 'id' });
    expect((await memoryOf(agent, indonesian.customer.id)).suggestions).toEqual([
      expect.objectContaining({ category: 'media', text: 'lagi nonton drakor' }),
    ]);
  });

  it('suggests nothing from ordinary support talk, replies or notes', async () => {
    const { agent, channel } = await workspace();
    const conversation = await customerWrites(channel, 'The app crashes when I log in. Order #1042.');
    for (const [direction, body] of [
      ['outbound', 'My dog Max chewed the charger too!'],
      ['note', 'Her dog Max chewed the charger'],
    ]) {
      const sent = await agent.request('POST', API.conversationMessages(conversation.id), { direction, body });
      expect(sent.status).toBe(201);
    }
    const memory = await memoryOf(agent, conversation.customer.id);
    expect(memory.suggestions).toEqual([]);
    expect(await factRows(conversation.customer.id)).toEqual([]);
  });

  it('suggests from a batch of messages once per customer and words', async () => {
    const { agent, channel } = await workspace();
    const olga = await customerWrites(channel, 'Hello');
    const budi = await customerWrites(channel, 'Halo kak');
    const response = await channel.request('POST', BATCH_API.messages, {
      messages: [
        { conversationId: olga.id, body: DOG, clientMessageId: 'batch-1' },
        { conversationId: budi.id, body: 'Дочка пошла в первый класс.', clientMessageId: 'batch-2' },
        { conversationId: olga.id, body: 'my dog max chewed the charger', clientMessageId: 'batch-3' },
        { conversationId: olga.id, body: 'Where is my order?', clientMessageId: 'batch-4' },
      ],
    });
    expect(response.status).toBe(200);
    expect((await memoryOf(agent, olga.customer.id)).suggestions.map((fact) => fact.text)).toEqual([
      'My dog Max chewed the charger',
    ]);
    expect((await memoryOf(agent, budi.customer.id)).suggestions.map((fact) => fact.category)).toEqual(['family']);
  });

  it('reads only the start of a very long message, as far as the detector looks', async () => {
    const { agent, channel } = await workspace();
    const filler = 'Log line without anything personal in it.\n'.repeat(200);
    const early = await customerWrites(channel, `${DOG}\n${filler}`);
    expect((await memoryOf(agent, early.customer.id)).suggestions).toHaveLength(1);
    const late = await customerWrites(channel, `${filler}\n${DOG}`);
    expect((await memoryOf(agent, late.customer.id)).suggestions).toEqual([]);
  });

  it('does not suggest again what the customer already has as a fact, in whatever case', async () => {
    const { agent, channel } = await workspace();
    const first = await customerWrites(channel, DOG);
    const customerId = first.customer.id;
    const [suggestion] = (await memoryOf(agent, customerId)).suggestions;
    expect(
      (await agent.request('PATCH', CUSTOMER_FACTS_API.fact(suggestion?.id ?? ''), { status: 'confirmed' })).status,
    ).toBe(200);
    await customerWrites(channel, 'MY DOG MAX CHEWED THE CHARGER', { customerId });
    const memory = await memoryOf(agent, customerId);
    expect(memory.suggestions).toEqual([]);
    expect(memory.facts).toHaveLength(1);
  });

  it('never suggests anything about a customer who asked to be forgotten', async () => {
    const { agent, channel, people } = await workspace();
    const first = await customerWrites(channel, 'Hello, the charger broke.');
    const customerId = first.customer.id;
    await t.database.db
      .update(customers)
      .set({ forgottenAt: new Date() })
      .where(and(eq(customers.accountId, people.account.id), eq(customers.id, customerId)));
    const again = await customerWrites(channel, DOG, { customerId });
    await reactAgain(people.account.id, again);
    expect(await factRows(customerId)).toEqual([]);
    const noted = await agent.request('POST', CUSTOMER_FACTS_API.customerFacts(customerId), {
      category: 'pets',
      text: 'Dog Max',
    });
    expect(noted.status).toBe(409);
    expect(await factRows(customerId)).toEqual([]);
  });
});

describe('confirming, dismissing, editing and deleting', () => {
  it('shows a confirmed fact as "ask about" at the customer’s next conversation, not in the one it came from', async () => {
    const { people, agent, admin, channel } = await workspace();
    const told = await customerWrites(channel, DOG, { at: new Date('2026-09-12T09:00:00Z') });
    const customerId = told.customer.id;
    const [suggestion] = (await memoryOf(agent, customerId, told.id)).suggestions;
    t.setNow(new Date('2026-09-12T09:05:00Z'));
    const confirmed = await agent.request('PATCH', CUSTOMER_FACTS_API.fact(suggestion?.id ?? ''), {
      status: 'confirmed',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      mentionedAt: '2026-09-12T09:00:00.000Z',
      confirmedBy: { id: people.agent.id },
      confirmedAt: '2026-09-12T09:05:00.000Z',
    });

    const same = await memoryOf(agent, customerId, told.id);
    expect(same.askAbout).toEqual([]);
    expect(same.facts.map((fact) => fact.text)).toEqual(['My dog Max chewed the charger']);
    expect(same.suggestions).toEqual([]);

    const next = await customerWrites(channel, 'Hello again, the new charger works.', {
      customerId,
      at: new Date('2026-10-01T12:00:00Z'),
    });
    const nextMemory = await memoryOf(agent, customerId, next.id);
    expect(nextMemory.askAbout).toEqual([
      expect.objectContaining({ id: suggestion?.id, text: 'My dog Max chewed the charger' }),
    ]);
    // Without a conversation: all confirmed facts may be asked about.
    expect((await memoryOf(agent, customerId)).askAbout).toHaveLength(1);

    const [entry] = await auditOf(admin);
    expect(entry).toMatchObject({
      action: 'customer_fact.confirmed',
      actor: { id: people.agent.id },
      targetType: 'customer_fact',
      targetId: suggestion?.id,
      data: { customerId, category: 'pets', textChanged: false },
    });
    // The customer's words are personal data, erased on request; the audit log keeps none of them.
    expect(JSON.stringify(entry?.data)).not.toMatch(/Max|charger/);
  });

  it('hides a dismissed suggestion for good, even when the message is read again', async () => {
    const { people, agent, admin, channel } = await workspace();
    const conversation = await customerWrites(channel, DOG);
    const customerId = conversation.customer.id;
    const [suggestion] = (await memoryOf(agent, customerId)).suggestions;
    const dismissed = await agent.request('PATCH', CUSTOMER_FACTS_API.fact(suggestion?.id ?? ''), {
      status: 'dismissed',
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.status).toBe('dismissed');

    await reactAgain(people.account.id, conversation);
    expect(await memoryOf(agent, customerId)).toEqual({ askAbout: [], facts: [], suggestions: [] });
    expect((await factRows(customerId)).map((row) => row.status)).toEqual(['dismissed']);
    expect(await auditOf(admin)).toEqual([]);
  });

  it('edits a suggestion while confirming it, then edits and deletes the fact', async () => {
    const { people, agent, admin, channel } = await workspace();
    const conversation = await customerWrites(channel, DOG);
    const customerId = conversation.customer.id;
    const [suggestion] = (await memoryOf(agent, customerId)).suggestions;
    const id = suggestion?.id ?? '';

    const confirmed = await agent.request('PATCH', CUSTOMER_FACTS_API.fact(id), {
      status: 'confirmed',
      text: '  Has a dog, Max (chews chargers)  ',
    });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', text: 'Has a dog, Max (chews chargers)' });
    // The message, read again, gives no second suggestion beside the edited fact.
    await reactAgain(people.account.id, conversation);
    expect((await memoryOf(agent, customerId)).suggestions).toEqual([]);

    const edited = await agent.request('PATCH', CUSTOMER_FACTS_API.fact(id), { text: 'Dog Max', category: 'other' });
    expect(edited.status).toBe(200);
    expect((await memoryOf(agent, customerId)).facts).toEqual([
      expect.objectContaining({ id, text: 'Dog Max', category: 'other', status: 'confirmed' }),
    ]);

    const refused = await agent.request('PATCH', CUSTOMER_FACTS_API.fact(id), { status: 'dismissed' });
    expect(refused.status).toBe(409);

    expect((await agent.request('DELETE', CUSTOMER_FACTS_API.fact(id))).status).toBe(204);
    expect((await agent.request('DELETE', CUSTOMER_FACTS_API.fact(id))).status).toBe(404);
    expect((await agent.request('PATCH', CUSTOMER_FACTS_API.fact(id), { text: 'x' })).status).toBe(404);
    expect(await memoryOf(agent, customerId)).toEqual({ askAbout: [], facts: [], suggestions: [] });

    const entries = await auditOf(admin);
    expect(entries.map((entry) => entry.action)).toEqual([
      'customer_fact.deleted',
      'customer_fact.updated',
      'customer_fact.confirmed',
    ]);
    expect(entries[1]?.data).toEqual({ customerId, category: 'other', previousCategory: 'pets', textChanged: true });
    expect(entries.every((entry) => entry.actor?.id === people.agent.id)).toBe(true);
  });

  it('notes a fact an agent types in: confirmed at once, by them, mentioned now unless told when', async () => {
    const { people, agent, admin, channel } = await workspace();
    const conversation = await customerWrites(channel, 'Hello', { at: new Date('2026-03-02T10:00:00Z') });
    const customerId = conversation.customer.id;
    t.setNow(new Date('2026-03-02T10:10:00Z'));
    const noted = await agent.request('POST', CUSTOMER_FACTS_API.customerFacts(customerId), {
      category: 'sport',
      text: 'Runs the Moscow marathon',
    });
    expect(noted.status).toBe(201);
    expect(noted.body).toMatchObject({
      customerId,
      category: 'sport',
      status: 'confirmed',
      mentionedAt: '2026-03-02T10:10:00.000Z',
      sourceMessageId: null,
      createdBy: { id: people.agent.id, name: `agent of Memory` },
      confirmedBy: { id: people.agent.id },
    });
    const earlier = await agent.request('POST', CUSTOMER_FACTS_API.customerFacts(customerId), {
      category: 'dates',
      text: 'Birthday on 3 May',
      mentionedAt: '2026-01-15T08:00:00Z',
    });
    expect(earlier.body.mentionedAt).toBe('2026-01-15T08:00:00.000Z');

    const memory = await memoryOf(agent, customerId, conversation.id);
    expect(memory.facts.map((fact: CustomerFact) => fact.text)).toEqual([
      'Runs the Moscow marathon',
      'Birthday on 3 May',
    ]);
    // Noted during this conversation: asked about next time; told before it: asked about now.
    expect(memory.askAbout.map((fact) => fact.text)).toEqual(['Birthday on 3 May']);
    expect((await auditOf(admin)).map((entry) => entry.action)).toEqual([
      'customer_fact.created',
      'customer_fact.created',
    ]);
  });

  it('names each wrong field and refuses a fact from the future', async () => {
    const { agent, channel } = await workspace();
    const { customer } = await customerWrites(channel, 'Hello', { at: new Date('2026-03-02T10:00:00Z') });
    const cases: [unknown, string][] = [
      [{ category: 'pets', text: '   ' }, 'text'],
      [{ category: 'cars', text: 'Drives a Volvo' }, 'category'],
      [{ category: 'pets', text: 'x'.repeat(501) }, 'text'],
      [{ category: 'pets', text: 'Cat', mentionedAt: 'yesterday' }, 'mentionedAt'],
      [{ category: 'pets', text: 'Cat', mentionedAt: '2026-03-03T10:00:00Z' }, 'mentionedAt'],
      [{ category: 'pets', text: 'Cat', status: 'confirmed' }, ''],
    ];
    for (const [body, field] of cases) {
      const response = await agent.request('POST', CUSTOMER_FACTS_API.customerFacts(customer.id), body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      if (field) expect(Object.keys(response.body.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    const noted = await agent.request('POST', CUSTOMER_FACTS_API.customerFacts(customer.id), {
      category: 'pets',
      text: 'Cat',
    });
    for (const body of [{}, { status: 'suggested' }, { text: '' }]) {
      const response = await agent.request('PATCH', CUSTOMER_FACTS_API.fact(noted.body.id), body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    expect(
      (await agent.request('GET', `${CUSTOMER_FACTS_API.customerMemory(customer.id)}?conversationId=x`)).status,
    ).toBe(422);
  });

  it('lets reviewers read memory and nothing more', async () => {
    const { reviewer, agent, channel } = await workspace();
    const conversation = await customerWrites(channel, DOG);
    const customerId = conversation.customer.id;
    const memory = await memoryOf(reviewer, customerId, conversation.id);
    const id = memory.suggestions[0]?.id ?? '';
    expect(id).not.toBe('');
    expect((await reviewer.request('PATCH', CUSTOMER_FACTS_API.fact(id), { status: 'confirmed' })).status).toBe(403);
    expect((await reviewer.request('DELETE', CUSTOMER_FACTS_API.fact(id))).status).toBe(403);
    const noted = await reviewer.request('POST', CUSTOMER_FACTS_API.customerFacts(customerId), {
      category: 'pets',
      text: 'Dog Max',
    });
    expect(noted.status).toBe(403);
    expect(await memoryOf(agent, customerId)).toEqual(memory);
  });
});

describe('between accounts', () => {
  it('shows, changes and deletes nothing of another account, and another account’s messages give it no facts', async () => {
    const mine = await workspace('Mine');
    const theirs = await workspace('Theirs');
    const conversation = await customerWrites(theirs.channel, DOG);
    const customerId = conversation.customer.id;
    const [suggestion] = (await memoryOf(theirs.agent, customerId)).suggestions;
    const id = suggestion?.id ?? '';

    const attempts = [
      await mine.agent.request('GET', CUSTOMER_FACTS_API.customerMemory(customerId)),
      await mine.agent.request('POST', CUSTOMER_FACTS_API.customerFacts(customerId), { category: 'pets', text: 'Dog' }),
      await mine.agent.request('PATCH', CUSTOMER_FACTS_API.fact(id), { status: 'confirmed' }),
      await mine.agent.request('DELETE', CUSTOMER_FACTS_API.fact(id)),
    ];
    expect(attempts.map((response) => [response.status, response.body?.error?.code])).toEqual(
      Array.from({ length: 4 }, () => [404, 'not_found']),
    );

    // My customer, asked about with their conversation.
    const own = await customerWrites(mine.channel, 'Hello');
    expect(
      (
        await mine.agent.request(
          'GET',
          `${CUSTOMER_FACTS_API.customerMemory(own.customer.id)}?conversationId=${conversation.id}`,
        )
      ).status,
    ).toBe(404);

    // Their message's events reaching my account's listeners (a forged or misrouted change) find no message.
    await suggestFacts(t.ctx, [
      { accountId: mine.people.account.id, conversationId: own.id, events: conversation.events as never },
    ]);
    const myFacts = await t.database.db
      .select()
      .from(customerFacts)
      .where(eq(customerFacts.accountId, mine.people.account.id));
    expect(myFacts).toEqual([]);
    expect((await memoryOf(theirs.agent, customerId)).suggestions).toEqual([
      expect.objectContaining({ id, status: 'suggested' }),
    ]);
  });
});
