import { afterAll, describe, expect, it } from 'vitest';
import { API, AuditPage, CUSTOMER_API, CUSTOMER_PROFILE_API, type AuditEntry } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken, type Caller } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

async function workspace(name = 'Profiles') {
  const people = await seedAccountWithPeople(t.database, name);
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'crm' });
  return {
    people,
    admin,
    lead: await signIn(t.app, people.lead.email),
    agent: await signIn(t.app, people.agent.email),
    reviewer: await signIn(t.app, people.reviewer.email),
    api: withToken(t.app, token.body.secret),
  };
}

async function customerOf(caller: Caller, body: Record<string, unknown> = { name: 'Ольга Смирнова' }) {
  const created = await caller.request('POST', CUSTOMER_API.customers, body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; name: string };
}

async function auditOf(caller: Caller): Promise<AuditEntry[]> {
  return AuditPage.parse((await caller.request('GET', `${API.auditLog}?limit=100`)).body).items;
}

describe('editing a customer’s profile', () => {
  it('saves profile fields, shows them on the customer, and records which fields changed without their values', async () => {
    const { admin, agent } = await workspace();
    const customer = await customerOf(admin);
    const changed = await agent.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), {
      company: '  Рога и копыта ',
      addressAs: 'Ольга Петровна',
      referralSource: 'A friend',
      plan: 'Pro',
      revenue: { amountCents: 129_900, currency: 'eur' },
      timeZone: 'Asia/Jakarta',
      country: 'id',
      email: 'Olga@Example.com',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({
      company: 'Рога и копыта',
      addressAs: 'Ольга Петровна',
      referralSource: 'A friend',
      plan: 'Pro',
      revenue: { amountCents: 129_900, currency: 'EUR' },
      timeZone: 'Asia/Jakarta',
      country: 'ID',
      email: 'olga@example.com',
    });
    const read = await agent.request('GET', API.customer(customer.id));
    expect(read.body).toEqual(changed.body);

    const [entry] = await auditOf(admin);
    expect(entry).toMatchObject({ action: 'customer.updated', targetType: 'customer', targetId: customer.id });
    expect(entry?.data).toEqual({
      fields: ['email', 'country', 'timeZone', 'company', 'addressAs', 'referralSource', 'plan', 'revenue'],
    });
    expect(JSON.stringify(entry?.data)).not.toContain('Рога');
  });

  it('clears a field given null or an empty text, and records nothing when nothing changes', async () => {
    const { admin } = await workspace();
    const customer = await customerOf(admin);
    await admin.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), { company: 'Acme', plan: 'Pro' });
    const cleared = await admin.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), {
      company: null,
      plan: '',
    });
    expect(cleared.body).toMatchObject({ company: null, plan: null });
    const before = (await auditOf(admin)).length;
    expect((await admin.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), { company: null })).status).toBe(
      200,
    );
    expect(await auditOf(admin)).toHaveLength(before);
  });

  it('refuses bad input with 422 naming each field', async () => {
    const { admin } = await workspace();
    const customer = await customerOf(admin);
    for (const [body, field] of [
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ email: 'not an email' }, 'email'],
      [{ country: 'Russia' }, 'country'],
      [{ revenue: { amountCents: 10.5, currency: 'EUR' } }, 'revenue.amountCents'],
      [{ revenue: { amountCents: 100, currency: 'euro' } }, 'revenue.currency'],
      [{ name: '' }, 'name'],
      [{ nickname: 'x' }, 'nickname'],
    ] as const) {
      const refused = await admin.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.body.error.fields, JSON.stringify(body)).toHaveProperty([field]);
    }
  });

  it('lets agents, leads and admins edit, not reviewers', async () => {
    const { admin, lead, agent, reviewer } = await workspace();
    const customer = await customerOf(admin);
    for (const caller of [admin, lead, agent]) {
      expect((await caller.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), { plan: 'x' })).status).toBe(
        200,
      );
    }
    expect((await reviewer.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), { plan: 'y' })).status).toBe(
      403,
    );
  });
});

describe('customer fields', () => {
  it('are defined by admins, listed for everyone in order, and checked by type when a value is saved', async () => {
    const { admin, agent, reviewer } = await workspace();
    const segment = await admin.request('POST', CUSTOMER_PROFILE_API.attributes, {
      key: 'segment',
      label: 'Segment',
      type: 'list',
      options: ['SMB', 'Enterprise'],
    });
    expect(segment.status, JSON.stringify(segment.body)).toBe(201);
    for (const [key, type] of [
      ['seats', 'number'],
      ['renews_on', 'date'],
      ['contract', 'text'],
    ] as const) {
      expect((await admin.request('POST', CUSTOMER_PROFILE_API.attributes, { key, label: key, type })).status).toBe(
        201,
      );
    }
    const listed = await reviewer.request('GET', CUSTOMER_PROFILE_API.attributes);
    expect(listed.body.items.map((item: { key: string }) => item.key)).toEqual([
      'segment',
      'seats',
      'renews_on',
      'contract',
    ]);

    const customer = await customerOf(admin);
    const saved = await agent.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), {
      attributes: { segment: 'enterprise', seats: 25, renews_on: '2026-09-01', contract: 'K-7' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.attributes).toEqual({
      segment: 'Enterprise',
      seats: 25,
      renews_on: '2026-09-01',
      contract: 'K-7',
    });

    const refused = await agent.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), {
      plan: 'Changed',
      attributes: { segment: 'Government', seats: 'many', renews_on: '2026-02-30', colour: 'red' },
    });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.error.fields).sort()).toEqual([
      'attributes.colour',
      'attributes.renews_on',
      'attributes.seats',
      'attributes.segment',
    ]);
    // Nothing of a refused change is kept.
    expect((await agent.request('GET', API.customer(customer.id))).body).toMatchObject({
      plan: null,
      attributes: { segment: 'Enterprise', seats: 25 },
    });

    const cleared = await agent.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), {
      attributes: { seats: null },
    });
    expect(cleared.body.attributes).not.toHaveProperty('seats');
  });

  it('refuses a bad key, a repeated key and a list without options, naming the field', async () => {
    const { admin } = await workspace();
    expect(
      (await admin.request('POST', CUSTOMER_PROFILE_API.attributes, { key: 'tier', label: 'Tier', type: 'text' }))
        .status,
    ).toBe(201);
    for (const [body, field] of [
      [{ key: 'Tier', label: 'Tier', type: 'text' }, 'key'],
      [{ key: '1tier', label: 'Tier', type: 'text' }, 'key'],
      [{ key: 'a'.repeat(41), label: 'Tier', type: 'text' }, 'key'],
      [{ key: 'tier', label: 'Tier again', type: 'number' }, 'key'],
      [{ key: 'level', label: 'Level', type: 'list' }, 'options'],
      [{ key: 'level', label: 'Level', type: 'list', options: ['A', 'a'] }, 'options'],
      [{ key: 'level', label: 'Level', type: 'text', options: ['A'] }, 'options'],
      [{ key: 'level', label: '', type: 'text' }, 'label'],
      [{ key: 'level', label: 'Level', type: 'colour' }, 'type'],
    ] as const) {
      const refused = await admin.request('POST', CUSTOMER_PROFILE_API.attributes, body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.body.error.fields, JSON.stringify(body)).toHaveProperty([field]);
    }
  });

  it('changes a label and options, keeps a list’s last option, and is for admins only', async () => {
    const { admin, lead, agent } = await workspace();
    const created = await admin.request('POST', CUSTOMER_PROFILE_API.attributes, {
      key: 'segment',
      label: 'Segment',
      type: 'list',
      options: ['SMB'],
    });
    const path = CUSTOMER_PROFILE_API.attribute(created.body.id);
    const changed = await admin.request('PATCH', path, { label: 'Market', options: ['SMB', 'Mid-market'] });
    expect(changed.body).toMatchObject({ key: 'segment', label: 'Market', options: ['SMB', 'Mid-market'] });
    const emptied = await admin.request('PATCH', path, { options: [] });
    expect(emptied.status).toBe(422);
    expect(emptied.body.error.fields).toHaveProperty(['options']);
    expect((await admin.request('PATCH', path, { key: 'other' })).status).toBe(422);

    for (const caller of [lead, agent]) {
      expect(
        (await caller.request('POST', CUSTOMER_PROFILE_API.attributes, { key: 'x', label: 'X', type: 'text' })).status,
      ).toBe(403);
      expect((await caller.request('PATCH', path, { label: 'Y' })).status).toBe(403);
      expect((await caller.request('DELETE', path)).status).toBe(403);
    }
    const actions = (await auditOf(admin)).map((entry) => entry.action);
    expect(actions.slice(0, 2)).toEqual(['customer_field.updated', 'customer_field.created']);
  });

  it('stops showing a deleted field’s values, and a new field with the same key starts empty', async () => {
    const { admin } = await workspace();
    const created = await admin.request('POST', CUSTOMER_PROFILE_API.attributes, {
      key: 'score',
      label: 'Score',
      type: 'text',
    });
    const customer = await customerOf(admin);
    await admin.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), { attributes: { score: 'high' } });
    expect((await admin.request('DELETE', CUSTOMER_PROFILE_API.attribute(created.body.id))).status).toBe(204);
    expect((await admin.request('GET', API.customer(customer.id))).body.attributes).toEqual({});
    // Saving an unknown key is refused once the field is gone.
    const refused = await admin.request('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), {
      attributes: { score: 'low' },
    });
    expect(refused.body.error.fields).toHaveProperty(['attributes.score']);

    // Of the same type, the old value would fit: it is gone, not merely hidden.
    await admin.request('POST', CUSTOMER_PROFILE_API.attributes, { key: 'score', label: 'Score', type: 'text' });
    expect((await admin.request('GET', API.customer(customer.id))).body.attributes).toEqual({});
    expect((await admin.request('DELETE', CUSTOMER_PROFILE_API.attribute(created.body.id))).status).toBe(404);
  });
});

describe('notes about a customer', () => {
  it('are written by agents, listed newest first for everyone, and changed or deleted by their author', async () => {
    const { people, admin, agent, lead, reviewer } = await workspace();
    const customer = await customerOf(admin);
    const first = await agent.request('POST', CUSTOMER_PROFILE_API.notes(customer.id), { body: 'Prefers calls' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ body: 'Prefers calls', author: { id: people.agent.id } });
    t.setNow(new Date(Date.now() + 1000));
    const second = await lead.request('POST', CUSTOMER_PROFILE_API.notes(customer.id), { body: '<b>VIP</b>' });
    t.setNow(new Date(Date.now() + 2000));
    const listed = await reviewer.request('GET', CUSTOMER_PROFILE_API.notes(customer.id));
    t.setNow(new Date());
    expect(listed.body.items.map((note: { body: string }) => note.body)).toEqual(['<b>VIP</b>', 'Prefers calls']);

    expect((await lead.request('PATCH', CUSTOMER_PROFILE_API.note(first.body.id), { body: 'x' })).status).toBe(403);
    expect((await lead.request('DELETE', CUSTOMER_PROFILE_API.note(first.body.id))).status).toBe(403);
    const edited = await agent.request('PATCH', CUSTOMER_PROFILE_API.note(first.body.id), { body: 'Prefers email' });
    expect(edited.body).toMatchObject({ body: 'Prefers email', author: { id: people.agent.id } });
    // An admin may remove anyone's note.
    expect((await admin.request('DELETE', CUSTOMER_PROFILE_API.note(second.body.id))).status).toBe(204);
    expect((await agent.request('DELETE', CUSTOMER_PROFILE_API.note(first.body.id))).status).toBe(204);
    expect((await agent.request('GET', CUSTOMER_PROFILE_API.notes(customer.id))).body.items).toEqual([]);

    expect((await reviewer.request('POST', CUSTOMER_PROFILE_API.notes(customer.id), { body: 'x' })).status).toBe(403);
    const empty = await agent.request('POST', CUSTOMER_PROFILE_API.notes(customer.id), { body: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields).toHaveProperty(['body']);
  });
});

describe('a customer’s conversations', () => {
  it('lists every conversation of the customer across channels, latest activity first, a page at a time', async () => {
    const { admin, api, reviewer } = await workspace();
    const customer = await customerOf(admin);
    const other = await customerOf(admin, { name: 'Someone else' });
    const opened: string[] = [];
    for (const [index, channel] of (['api', 'email', 'telegram'] as const).entries()) {
      t.setNow(new Date(Date.now() + index * 1000));
      const conversation = await api.request('POST', API.conversations, {
        customer: { id: customer.id },
        channel,
        message: { body: `Hello ${index}` },
      });
      expect(conversation.status, JSON.stringify(conversation.body)).toBe(201);
      opened.push(conversation.body.id);
    }
    t.setNow(new Date());
    await api.request('POST', API.conversations, { customer: { id: other.id }, message: { body: 'Not hers' } });

    const firstPage = await reviewer.request('GET', `${CUSTOMER_PROFILE_API.conversations(customer.id)}?limit=2`);
    expect(firstPage.status).toBe(200);
    expect(firstPage.body.items.map((item: { id: string }) => item.id)).toEqual([opened[2], opened[1]]);
    const rest = await reviewer.request(
      'GET',
      `${CUSTOMER_PROFILE_API.conversations(customer.id)}?limit=2&cursor=${firstPage.body.nextCursor}`,
    );
    expect(rest.body).toMatchObject({ items: [{ id: opened[0], channel: 'api' }], nextCursor: null });
  });
});

describe('another account', () => {
  it('cannot see or touch a customer, its notes or the account’s fields', async () => {
    const mine = await workspace('Mine');
    const theirs = await workspace('Theirs');
    const customer = await customerOf(theirs.admin);
    const note = await theirs.agent.request('POST', CUSTOMER_PROFILE_API.notes(customer.id), { body: 'Private' });
    const field = await theirs.admin.request('POST', CUSTOMER_PROFILE_API.attributes, {
      key: 'tier',
      label: 'Tier',
      type: 'text',
    });
    const other = await customerOf(mine.admin);
    for (const [method, path, body] of [
      ['GET', API.customer(customer.id)],
      ['PATCH', CUSTOMER_PROFILE_API.customer(customer.id), { plan: 'Stolen' }],
      ['GET', CUSTOMER_PROFILE_API.notes(customer.id)],
      ['POST', CUSTOMER_PROFILE_API.notes(customer.id), { body: 'x' }],
      ['PATCH', CUSTOMER_PROFILE_API.note(note.body.id), { body: 'x' }],
      ['DELETE', CUSTOMER_PROFILE_API.note(note.body.id)],
      ['GET', CUSTOMER_PROFILE_API.conversations(customer.id)],
      ['GET', CUSTOMER_PROFILE_API.duplicates(customer.id)],
      ['POST', CUSTOMER_PROFILE_API.dismissDuplicate(other.id, customer.id)],
      ['POST', CUSTOMER_PROFILE_API.merge(customer.id), { sourceId: other.id }],
      ['POST', CUSTOMER_PROFILE_API.merge(other.id), { sourceId: customer.id }],
      ['GET', CUSTOMER_PROFILE_API.export(customer.id)],
      ['POST', CUSTOMER_PROFILE_API.forget(customer.id), { confirm: customer.name }],
      ['PATCH', CUSTOMER_PROFILE_API.attribute(field.body.id), { label: 'x' }],
      ['DELETE', CUSTOMER_PROFILE_API.attribute(field.body.id)],
    ] as const) {
      const response = await mine.admin.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect((await mine.admin.request('GET', CUSTOMER_PROFILE_API.attributes)).body.items).toEqual([]);
    // Nothing was changed on their side.
    expect((await theirs.admin.request('GET', API.customer(customer.id))).body).toMatchObject({
      plan: null,
      mergedIntoId: null,
      forgottenAt: null,
    });
    expect((await theirs.admin.request('GET', CUSTOMER_PROFILE_API.notes(customer.id))).body.items).toHaveLength(1);
    expect((await theirs.admin.request('GET', CUSTOMER_PROFILE_API.attributes)).body.items).toHaveLength(1);
  });
});
