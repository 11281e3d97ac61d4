import { afterAll, describe, expect, it } from 'vitest';
import { seedConversation, seedCustomer, seedMessage } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { conversationsHoldingMatches, conversationsMatchingText } from './conversation-search.repository';
import { readTextQuery, SEARCH_CONFIGS } from './text-query';

const t = await createTestApp();

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const planNodes = (node: PlanNode | undefined): PlanNode[] =>
  node ? [node, ...(node.Plans ?? []).flatMap(planNodes)] : [];
afterAll(() => t.close());

describe('reading a query in every language', () => {
  it('covers every configuration a message can be stored in', async () => {
    const { rows } = await t.database.query<{ source: string }>(
      `SELECT prosrc AS source FROM pg_proc WHERE proname = 'sincere_regconfig'`,
    );
    const stored = new Set([...(rows[0]?.source ?? '').matchAll(/(?:THEN|ELSE) '(\w+)'/g)].map((match) => match[1]));
    expect(stored.size).toBeGreaterThan(10);
    expect([...stored].sort()).toEqual([...SEARCH_CONFIGS].sort());
  });

  it('reads each word in the forms of each language, once per distinct reading', async () => {
    const text = await readTextQuery(t.database.db, 'машину');
    expect(text?.byConfig.find((reading) => reading.config === 'russian')?.query).toBe(`'машин'`);
    expect(text?.byConfig.find((reading) => reading.config === 'simple')?.query).toBe(`'машину'`);
    expect(text?.any).toBe(`('машину') | ('машин')`);
  });

  it('leaves the stop words of every language out of the reading for text of unknown language', async () => {
    const text = await readTextQuery(t.database.db, 'the courier и de');
    expect(text?.byConfig.find((reading) => reading.config === 'simple')?.query).toBe(`'courier'`);
    expect(text?.byConfig.find((reading) => reading.config === 'english')?.query).toBe(`'courier' & 'и' & 'de'`);
  });

  it('reads nothing out of stop words, neither in their language nor for text of unknown language', async () => {
    const configs = async (query: string) =>
      (await readTextQuery(t.database.db, query))?.byConfig.map((reading) => reading.config) ?? [];
    expect(await configs('the of and')).not.toContain('english');
    expect(await configs('the of and')).not.toContain('simple');
    expect(await configs('и в на')).not.toContain('russian');
    expect(await configs('и в на')).not.toContain('simple');
  });

  it('has nothing to look up in a query of excluded words or punctuation', async () => {
    expect(await readTextQuery(t.database.db, '-refund')).toBeNull();
    expect(await readTextQuery(t.database.db, '!!! ...')).toBeNull();
  });
});

describe('the search query plan', () => {
  it('finds messages through an index, never by reading them all', async () => {
    const people = await seedAccountWithPeople(t.database, 'Plan');
    const accountId = people.account.id;
    const customer = await seedCustomer(t.database.db, accountId);
    const conversation = await seedConversation(t.database.db, accountId, customer.id);
    // Enough messages that reading them all costs more than the index, as in any real account.
    await t.database.query(
      `INSERT INTO messages (account_id, conversation_id, direction, body, language)
       SELECT $1, $2, 'inbound', 'Where is order number ' || g || ', it was due on day ' || (g % 28), 'en'
       FROM generate_series(1, 20000) g`,
      [accountId, conversation.id],
    );
    await seedMessage(t.database.db, accountId, conversation.id, { body: 'The kettle leaks', language: 'en' });
    await t.database.query('ANALYZE messages');
    await t.database.query('ANALYZE conversations');

    const text = await readTextQuery(t.database.db, 'kettles');
    if (!text) throw new Error('nothing to look up');
    const scope = { accountId, userId: people.agent.id, now: new Date() };
    const search = { text, filter: { status: ['open' as const] }, sort: 'recent' as const, after: null, limit: 21 };
    // Both ways a search finds conversations: walking the view's conversations, each through its own
    // messages, and looking the words up in the GIN index for the conversations after the walk.
    for (const query of [
      conversationsMatchingText(t.database.db, scope, search),
      conversationsHoldingMatches(t.database.db, scope, search),
    ]) {
      const { sql, params } = query.toSQL();
      const { rows } = await t.database.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `EXPLAIN (FORMAT JSON) ${sql}`,
        params,
      );
      const nodes = planNodes(rows[0]?.['QUERY PLAN'][0].Plan);
      // Several plans are right, and the planner picks by the statistics of the shared test database
      // (a GIN or a B-tree index on messages). Reading every message of the table is never right.
      expect(nodes.some((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'messages')).toBe(
        false,
      );
      expect(
        nodes.some((node) => node['Relation Name'] === 'messages' || node['Index Name']?.startsWith('messages_')),
      ).toBe(true);
      expect(await query).toHaveLength(1);
    }
  });
});
