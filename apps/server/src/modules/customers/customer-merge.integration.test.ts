import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { API, AuditPage, CUSTOMER_API, CUSTOMER_PROFILE_API, type Customer, type Message } from '@sincere/contracts';
import { customerFacts, customerIdentities, customers } from '@sincere/db';
import { seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { inboxWorkspace } from '../../testing/inbox-workspace';
import { signIn } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

let now = Date.now();
const tick = () => {
  now += 60_000;
  t.setNow(new Date(now));
};

async function workspace(name = 'Merging') {
  const space = await inboxWorkspace(t, name, { beforeWrite: tick });
  const accountId = space.people.account.id;
  const lead = await signIn(t.app, space.people.lead.email);
  const reviewer = await signIn(t.app, space.people.reviewer.email);
  const seed = (values: Parameters<typeof seedCustomer>[2]) => seedCustomer(t.database.db, accountId, values);
  const identify = (customerId: string, kind: 'email' | 'telegram' | 'web_visitor' | 'phone', value: string) =>
    t.database.db.insert(customerIdentities).values({ accountId, customerId, kind, value });
  /** A conversation of the customer with a customer message, a reply and a note. */
  const converse = async (customerId: string, text: string) => {
    tick();
    const opened = await space.channel.request('POST', API.conversations, {
      customer: { id: customerId },
      message: { body: text },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    await space.write(opened.body.id, 'outbound', `Re: ${text}`);
    await space.write(opened.body.id, 'note', `Note on ${text}`);
    return opened.body.id as string;
  };
  const duplicatesOf = async (id: string) =>
    (await space.agent.request('GET', CUSTOMER_PROFILE_API.duplicates(id))).body.items.map(
      (item: { customer: { id: string }; reason: string }) => [item.customer.id, item.reason],
    );
  return { ...space, accountId, lead, reviewer, seed, identify, converse, duplicatesOf };
}

describe('finding duplicate customers', () => {
  it('proposes customers with the same email in any case, the same phone digits or the email as an identity', async () => {
    const { seed, identify, duplicatesOf, agent } = await workspace();
    const olga = await seed({ name: 'Olga Smirnova', email: 'olga@example.com', phone: '+7 900 123-45-67' });
    const byEmail = await seed({ name: 'O. Smirnova', email: 'OLGA@Example.com', phone: null });
    const byPhone = await seed({ name: 'Ольга', email: 'olga.home@example.com', phone: '79001234567' });
    const byIdentity = await seed({ name: 'Olga at work', email: null, phone: null });
    await identify(byIdentity.id, 'email', 'olga@example.com');
    await seed({ name: 'Olga Other', email: 'other@example.com', phone: '+7 900 123-45-68' });
    await seed({ name: 'Short', email: null, phone: '12' });
    await seed({ name: 'Merged away', email: 'olga@example.com', mergedIntoId: olga.id });
    await seed({ name: 'Forgotten', email: 'olga@example.com', forgottenAt: new Date() });

    expect((await duplicatesOf(olga.id)).sort()).toEqual(
      [
        [byEmail.id, 'email'],
        [byPhone.id, 'phone'],
        [byIdentity.id, 'email'],
      ].sort(),
    );
    // Seen from the other side, the pair is proposed too.
    expect(await duplicatesOf(byPhone.id)).toEqual([[olga.id, 'phone']]);

    const dismissed = await agent.request('POST', CUSTOMER_PROFILE_API.dismissDuplicate(byPhone.id, olga.id));
    expect(dismissed.status).toBe(204);
    expect(await duplicatesOf(byPhone.id)).toEqual([]);
    expect((await duplicatesOf(olga.id)).map(([id]: [string]) => id)).not.toContain(byPhone.id);
    // Dismissing again changes nothing; a customer is not its own duplicate.
    expect((await agent.request('POST', CUSTOMER_PROFILE_API.dismissDuplicate(olga.id, byPhone.id))).status).toBe(204);
    const self = await agent.request('POST', CUSTOMER_PROFILE_API.dismissDuplicate(olga.id, olga.id));
    expect(self.status).toBe(422);
  });
});

describe('merging customers', () => {
  it('keeps every conversation and message, moves identities, notes and facts, and fills the target’s gaps', async () => {
    const { accountId, admin, agent, seed, identify, converse, duplicatesOf } = await workspace();
    for (const field of [
      { key: 'segment', label: 'Segment', type: 'list', options: ['SMB', 'Enterprise'] },
      { key: 'seats', label: 'Seats', type: 'number' },
    ]) {
      expect((await admin.request('POST', CUSTOMER_PROFILE_API.attributes, field)).status).toBe(201);
    }
    const target = await seed({
      name: 'Olga Smirnova',
      email: 'olga@example.com',
      phone: null,
      plan: 'Pro',
      attributes: { segment: 'SMB' },
    });
    const source = await seed({
      name: 'O. Smirnova',
      email: 'OLGA@Example.com',
      phone: '+7 900 123-45-67',
      company: 'Рога и копыта',
      timeZone: 'Europe/Moscow',
      plan: 'Basic',
      revenueCents: 50_000,
      revenueCurrency: 'RUB',
      attributes: { segment: 'Enterprise', seats: 5 },
    });
    await identify(source.id, 'telegram', '700100');
    await identify(source.id, 'web_visitor', 'a'.repeat(64));
    const targetConversation = await converse(target.id, 'First question');
    const sourceConversations = [await converse(source.id, 'Second question'), await converse(source.id, 'Third')];
    const note = await agent.request('POST', CUSTOMER_PROFILE_API.notes(source.id), { body: 'Calls after six' });
    await t.database.db.insert(customerFacts).values({
      accountId,
      customerId: source.id,
      category: 'pets',
      text: 'has a cat called Marfa',
      status: 'confirmed',
      mentionedAt: new Date(),
    });
    const before = new Map<string, Message[]>();
    for (const id of [targetConversation, ...sourceConversations]) {
      before.set(id, (await agent.request('GET', API.conversation(id))).body.messages);
    }

    tick();
    const merged = await agent.request('POST', CUSTOMER_PROFILE_API.merge(target.id), { sourceId: source.id });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const customer = merged.body as Customer;
    expect(customer).toMatchObject({
      id: target.id,
      name: 'Olga Smirnova',
      email: 'olga@example.com',
      phone: '+7 900 123-45-67',
      company: 'Рога и копыта',
      timeZone: 'Europe/Moscow',
      plan: 'Pro',
      revenue: { amountCents: 50_000, currency: 'RUB' },
      attributes: { segment: 'SMB', seats: 5 },
      mergedIntoId: null,
    });
    expect(customer.identities).toEqual(
      expect.arrayContaining([
        { kind: 'telegram', value: '700100' },
        { kind: 'web_visitor', value: null },
      ]),
    );
    expect(JSON.stringify(customer)).not.toContain('a'.repeat(64));

    // Every conversation is the target's now, each with exactly the messages it had.
    const listed = await agent.request('GET', CUSTOMER_PROFILE_API.conversations(target.id));
    expect(listed.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [targetConversation, ...sourceConversations].sort(),
    );
    for (const [id, messages] of before) {
      const detail = (await agent.request('GET', API.conversation(id))).body;
      expect(detail.customer.id).toBe(target.id);
      expect(detail.messages).toEqual(messages);
    }
    const notes = (await agent.request('GET', CUSTOMER_PROFILE_API.notes(target.id))).body.items;
    expect(notes.map((item: { id: string }) => item.id)).toEqual([note.body.id]);
    const facts = await t.database.db.select().from(customerFacts).where(eq(customerFacts.accountId, accountId));
    expect(facts.map((fact) => fact.customerId)).toEqual([target.id]);

    // The source stays as a pointer with its name only, and is no longer proposed as a duplicate.
    const pointer = (await agent.request('GET', API.customer(source.id))).body as Customer;
    expect(pointer).toMatchObject({
      name: 'O. Smirnova',
      mergedIntoId: target.id,
      email: null,
      phone: null,
      company: null,
      attributes: {},
      identities: [],
    });
    expect(await duplicatesOf(target.id)).toEqual([]);
    expect(await duplicatesOf(source.id)).toEqual([]);

    const [entry] = AuditPage.parse((await admin.request('GET', API.auditLog)).body).items;
    expect(entry).toMatchObject({ action: 'customer.merged', targetId: target.id });
    expect(entry?.data).toMatchObject({ sourceId: source.id, conversations: 2, identities: 2, notes: 1, facts: 1 });
  });

  it('keeps an address the target has another of as its identity, so the person is found again', async () => {
    const { channel, agent, seed } = await workspace();
    const target = await seed({ name: 'Olga', email: 'olga@example.com', phone: '+62 811 000 111' });
    const source = await seed({ name: 'Olga home', email: 'olga.home@example.com', phone: '+7 900 000 00 00' });
    const merged = await agent.request('POST', CUSTOMER_PROFILE_API.merge(target.id), { sourceId: source.id });
    expect(merged.body.identities).toEqual(
      expect.arrayContaining([
        { kind: 'email', value: 'olga.home@example.com' },
        { kind: 'phone', value: '+7 900 000 00 00' },
      ]),
    );
    const found = await channel.request('POST', CUSTOMER_API.customers, {
      name: 'Olga H',
      email: 'olga.home@example.com',
    });
    expect(found.status).toBe(200);
    expect(found.body.id).toBe(target.id);
  });

  it('points customers merged into the source at the target, so no pointer is two steps away', async () => {
    const { agent, seed } = await workspace();
    const first = await seed({ name: 'A' });
    const second = await seed({ name: 'B' });
    const third = await seed({ name: 'C' });
    await agent.request('POST', CUSTOMER_PROFILE_API.merge(second.id), { sourceId: first.id });
    await agent.request('POST', CUSTOMER_PROFILE_API.merge(third.id), { sourceId: second.id });
    const [row] = await t.database.db.select().from(customers).where(eq(customers.id, first.id));
    expect(row?.mergedIntoId).toBe(third.id);
  });

  it('refuses merging a customer into itself, a merged or forgotten one, and lets reviewers merge nothing', async () => {
    const { agent, lead, admin, reviewer, seed } = await workspace();
    const target = await seed({ name: 'Target' });
    const source = await seed({ name: 'Source' });
    const forgotten = await seed({ name: 'Forgotten customer', forgottenAt: new Date() });
    const self = await agent.request('POST', CUSTOMER_PROFILE_API.merge(target.id), { sourceId: target.id });
    expect(self.status).toBe(422);
    expect(self.body.error.fields).toHaveProperty(['sourceId']);
    expect(
      (await reviewer.request('POST', CUSTOMER_PROFILE_API.merge(target.id), { sourceId: source.id })).status,
    ).toBe(403);
    expect(
      (await agent.request('POST', CUSTOMER_PROFILE_API.merge(target.id), { sourceId: forgotten.id })).status,
    ).toBe(409);
    expect((await lead.request('POST', CUSTOMER_PROFILE_API.merge(target.id), { sourceId: source.id })).status).toBe(
      200,
    );
    for (const [into, from] of [
      [target.id, source.id],
      [source.id, target.id],
    ] as const) {
      expect((await admin.request('POST', CUSTOMER_PROFILE_API.merge(into), { sourceId: from })).status).toBe(409);
    }
    // A merged customer is not edited any more: its target is.
    const edit = await agent.request('PATCH', CUSTOMER_PROFILE_API.customer(source.id), { plan: 'x' });
    expect(edit.status).toBe(409);
    expect((await agent.request('POST', CUSTOMER_PROFILE_API.notes(source.id), { body: 'x' })).status).toBe(409);
  });
});
