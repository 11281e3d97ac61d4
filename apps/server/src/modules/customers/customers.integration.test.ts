import { afterAll, describe, expect, it } from 'vitest';
import { API, CUSTOMER_API } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

async function workspace(name = 'Customers') {
  const people = await seedAccountWithPeople(t.database, name);
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'crm' });
  return { people, admin, api: withToken(t.app, token.body.secret) };
}

async function identitiesOf(customerId: string) {
  const { rows } = await t.database.query<{ kind: string; value: string }>(
    'SELECT kind, value FROM customer_identities WHERE customer_id = $1 ORDER BY kind',
    [customerId],
  );
  return rows;
}

describe('creating customers through the API', () => {
  it('creates a customer (201) with its identities, readable by id', async () => {
    const { api } = await workspace();
    const created = await api.request('POST', CUSTOMER_API.customers, {
      name: '  Ольга Смирнова ',
      email: 'Olga.Smirnova@Example.com',
      phone: '+7 900 123-45-67',
      locale: 'ru',
      country: 'ru',
      timeZone: 'Europe/Moscow',
      externalId: 'crm-1042',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Ольга Смирнова',
      email: 'olga.smirnova@example.com',
      phone: '+7 900 123-45-67',
      locale: 'ru',
      country: 'RU',
      timeZone: 'Europe/Moscow',
    });
    expect(await identitiesOf(created.body.id)).toEqual([
      { kind: 'api', value: 'crm-1042' },
      { kind: 'email', value: 'olga.smirnova@example.com' },
    ]);
    const read = await api.request('GET', API.customer(created.body.id));
    expect(read.body).toEqual(created.body);
  });

  it('answers 200 with the known customer for an email or external id it already has', async () => {
    const { api } = await workspace();
    const created = await api.request('POST', CUSTOMER_API.customers, { name: 'Ivan', email: 'ivan@example.com' });
    expect(created.status).toBe(201);
    const byEmail = await api.request('POST', CUSTOMER_API.customers, { name: 'I. Petrov', email: 'IVAN@example.com' });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body).toEqual(created.body);

    // A new external id for a known email is learnt: it finds the same customer from then on.
    const linked = await api.request('POST', CUSTOMER_API.customers, {
      name: 'Ivan',
      email: 'ivan@example.com',
      externalId: 'crm-7',
    });
    expect(linked.status).toBe(200);
    expect(linked.body.id).toBe(created.body.id);
    const byExternalId = await api.request('POST', CUSTOMER_API.customers, { name: 'Someone', externalId: 'crm-7' });
    expect(byExternalId.status).toBe(200);
    expect(byExternalId.body.id).toBe(created.body.id);
    expect(byExternalId.body.name).toBe('Ivan');
  });

  it('finds a customer a conversation created by email', async () => {
    const { api } = await workspace();
    const opened = await api.request('POST', API.conversations, {
      customer: { name: 'Anna', email: 'anna@example.com' },
      message: { body: 'Hello' },
    });
    expect(opened.status).toBe(201);
    const found = await api.request('POST', CUSTOMER_API.customers, { name: 'Anna K', email: 'anna@example.com' });
    expect(found.status).toBe(200);
    expect(found.body.id).toBe(opened.body.customer.id);
  });

  it('lets agents create customers, not reviewers', async () => {
    const { people } = await workspace();
    const agent = await signIn(t.app, people.agent.email);
    expect((await agent.request('POST', CUSTOMER_API.customers, { name: 'Walk-in' })).status).toBe(201);
    const reviewer = await signIn(t.app, people.reviewer.email);
    expect((await reviewer.request('POST', CUSTOMER_API.customers, { name: 'Walk-in' })).status).toBe(403);
  });

  it('refuses bad input naming the field', async () => {
    const { api } = await workspace();
    for (const [body, field] of [
      [{ email: 'a@example.com' }, 'name'],
      [{ name: 'A', email: 'not an email' }, 'email'],
      [{ name: 'A', country: 'Russia' }, 'country'],
      [{ name: 'A', externalId: '' }, 'externalId'],
      [{ name: 'A', nickname: 'a' }, 'nickname'],
    ] as const) {
      const refused = await api.request('POST', CUSTOMER_API.customers, body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.body.error.fields, JSON.stringify(body)).toHaveProperty([field]);
    }
  });

  it('keeps each account’s customers apart', async () => {
    const one = await workspace('One');
    const two = await workspace('Two');
    const first = await one.api.request('POST', CUSTOMER_API.customers, {
      name: 'Shared',
      email: 'shared@example.com',
      externalId: 'same-id',
    });
    const second = await two.api.request('POST', CUSTOMER_API.customers, {
      name: 'Shared',
      email: 'shared@example.com',
      externalId: 'same-id',
    });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect((await two.api.request('GET', API.customer(first.body.id))).status).toBe(404);
  });
});
