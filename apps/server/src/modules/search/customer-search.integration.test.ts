import { afterAll, describe, expect, it } from 'vitest';
import { API } from '@sincere/contracts';
import { seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, type Caller } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

interface Hit {
  customer: { id: string; name: string };
  match: { field: string; text: string; highlights: [number, number][] };
}

/** An account with a handful of customers, and its agent signed in. */
async function customerBase(name = 'Customers') {
  const people = await seedAccountWithPeople(t.database, name);
  const seed = (values: Parameters<typeof seedCustomer>[2]) => seedCustomer(t.database.db, people.account.id, values);
  const olga = await seed({ name: 'Olga Smirnova', email: 'olga@example.com', phone: '+7 (912) 345-67-89' });
  const ольга = await seed({ name: 'Ольга Смирнова', email: 'o.smirnova@mail.example', phone: '8 912 000-11-22' });
  const dimas = await seed({ name: 'Dimas Pratama', email: 'dimas@contoh.co.id', phone: '+62 812-7788-4021' });
  const john = await seed({ name: 'John Smith', email: 'john.smith@example.org', phone: null });
  return { people, agent: await signIn(t.app, people.agent.email), olga, ольга, dimas, john };
}

async function find(caller: Caller, query: string): Promise<Hit[]> {
  const response = await caller.request('GET', `${API.customerSearch}?q=${encodeURIComponent(query)}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.items;
}

const marked = ({ match }: Hit) => match.highlights.map(([start, end]) => match.text.slice(start, end));

describe('finding customers', () => {
  it('finds a customer by a misspelt name, highlighting the word that matched', async () => {
    const { agent, olga } = await customerBase();
    const [first] = await find(agent, 'Smirnva');
    expect(first?.customer.id).toBe(olga.id);
    expect(first?.match).toMatchObject({ field: 'name', text: 'Olga Smirnova' });
    expect(first && marked(first)).toEqual(['Smirnova']);
  });

  it('finds a customer by a misspelt Cyrillic name', async () => {
    const { agent, ольга } = await customerBase();
    const [first] = await find(agent, 'смирнва');
    expect(first?.customer.id).toBe(ольга.id);
    expect(first && marked(first)).toEqual(['Смирнова']);
  });

  it('finds a customer by a misspelt email', async () => {
    const { agent, olga } = await customerBase();
    const [first] = await find(agent, 'olga@exmple.com');
    expect(first?.customer.id).toBe(olga.id);
    expect(first?.match.field).toBe('email');
    expect(first && marked(first)).toEqual(['olga', 'example', 'com']);
  });

  it.each([
    ['79123456789', '912) 345-67-89'],
    ['+7 (912) 345-67-89', '912) 345-67-89'],
    ['8-912-345-67-89', '912) 345-67-89'],
    ['345-67-89', '345-67-89'],
    // Fewer than seven digits: only where they stand in the number, never roughly.
    ['67-89', '67-89'],
  ])('finds a customer by phone written as %s, highlighting the digits', async (query, digits) => {
    const { agent, olga } = await customerBase();
    const hits = await find(agent, query);
    expect(hits.map((hit) => hit.customer.id)).toEqual([olga.id]);
    expect(hits[0]?.match.field).toBe('phone');
    expect(hits[0] && marked(hits[0])).toEqual([digits]);
  });

  it('finds a phone number with one digit wrong', async () => {
    const { agent, dimas } = await customerBase();
    const [first] = await find(agent, '+62 812 7788 4029');
    expect(first?.customer.id).toBe(dimas.id);
    expect(first?.match.field).toBe('phone');
  });

  it('lists the closest customer first', async () => {
    const { agent, olga, john } = await customerBase();
    const hits = await find(agent, 'smith');
    expect(hits[0]?.customer.id).toBe(john.id);
    expect(hits.map((hit) => hit.customer.id)).not.toContain(olga.id);
  });

  it('finds nobody for a name nobody resembles', async () => {
    const { agent } = await customerBase();
    expect(await find(agent, 'Wojciechowski')).toEqual([]);
  });

  it('never finds customers of another account', async () => {
    const mine = await customerBase('Mine');
    const theirs = await customerBase('Theirs');
    const ids = (await find(mine.agent, 'Olga Smirnova')).map((hit) => hit.customer.id);
    expect(ids).toContain(mine.olga.id);
    expect(ids).not.toContain(theirs.olga.id);
    expect((await find(mine.agent, '79123456789')).map((hit) => hit.customer.id)).toEqual([mine.olga.id]);
  });

  it('refuses an empty query, naming q', async () => {
    const { agent } = await customerBase();
    const response = await agent.request('GET', `${API.customerSearch}?q=%20`);
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields)).toEqual(['q']);
  });
});
