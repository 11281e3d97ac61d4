import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '@sincere/contracts';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, type Caller } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

/**
 * Times with microseconds, several rows on each: pages must break ties by id and keep
 * the database's precision (a millisecond cursor would skip .000001 or repeat .000002).
 */
const TIMES = ['2024-03-01T09:00:00.000001Z', '2024-03-01T09:00:00.000002Z', '2024-03-02T09:00:00.000000Z'];

interface Row {
  id: string;
  createdAt: string;
  activityAt: string;
  waitingSince: string | null;
}

let agent: Caller;
let accountId: string;
let customerId: string;
const rows: Row[] = [];

beforeAll(async () => {
  const people = await seedAccountWithPeople(t.database, 'Pages');
  agent = await signIn(t.app, people.agent.email);
  accountId = people.account.id;
  customerId = (await seedCustomer(t.database.db, accountId)).id;
  for (let index = 0; index < 14; index += 1) {
    const row = {
      createdAt: TIMES[index % 3] ?? '',
      activityAt: TIMES[(index + 1) % 3] ?? '',
      // Four of them are not waiting: they come last, in id order.
      waitingSince: index % 4 === 3 ? null : (TIMES[(index + 2) % 3] ?? ''),
    };
    const { id } = await seedConversation(t.database.db, accountId, customerId);
    await t.database.query(
      'UPDATE conversations SET created_at = $2::timestamptz, last_message_at = $3::timestamptz, waiting_since = $4::timestamptz WHERE id = $1',
      [id, row.createdAt, row.activityAt, row.waitingSince],
    );
    rows.push({ id, ...row });
  }
});

async function readAllPages(
  query: string,
  limit: number,
  from: string | null = null,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = from;
  let pages = 0;
  do {
    const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await agent.request('GET', `${API.conversations}?${query}&limit=${limit}${after}`);
    expect(response.status).toBe(200);
    ids.push(...response.body.items.map((item: { id: string }) => item.id));
    cursor = response.body.nextCursor;
    pages += 1;
  } while (cursor && pages < 50);
  return { ids, pages };
}

const byKey = (key: (row: Row) => string | null, direction: 1 | -1) => (a: Row, b: Row) => {
  const [x, y] = [key(a), key(b)];
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -direction : direction;
  }
  return a.id < b.id ? -direction : direction;
};

describe('keyset pages of a conversation list', () => {
  it.each([
    ['recent', 'latest activity first', byKey((row) => row.activityAt, -1)],
    ['oldest', 'earliest created first', byKey((row) => row.createdAt, 1)],
    ['waiting', 'longest waiting first, those not waiting last', byKey((row) => row.waitingSince, 1)],
  ] as const)('sort=%s lists %s over several pages, with no row skipped or repeated', async (sort, _what, order) => {
    const { ids, pages } = await readAllPages(`sort=${sort}`, 4);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(ids).toEqual([...rows].sort(order).map((row) => row.id));
  });

  it('keeps its place when a conversation arrives between pages', async () => {
    const first = await agent.request('GET', `${API.conversations}?sort=recent&limit=5`);
    const arrived = await seedConversation(t.database.db, accountId, customerId, { lastMessageAt: new Date() });
    const rest = await readAllPages('sort=recent', 5, first.body.nextCursor);
    const ids = [...first.body.items.map((item: { id: string }) => item.id), ...rest.ids];
    expect(ids).not.toContain(arrived.id);
    expect(ids).toEqual([...rows].sort(byKey((row) => row.activityAt, -1)).map((row) => row.id));
  });

  it('refuses a cursor of one sort given with another, naming `cursor`', async () => {
    const first = await agent.request('GET', `${API.conversations}?sort=waiting&limit=2`);
    const response = await agent.request(
      'GET',
      `${API.conversations}?sort=oldest&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual({ cursor: 'Invalid cursor' });
  });
});
