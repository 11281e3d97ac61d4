import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { schema } from '@sincere/db';
import { BUILT_IN_VIEW_FILTERS } from '../../apps/server/src/modules/views/built-in-views';
import { listConversationsMatching } from '../../apps/server/src/modules/views/view-conversations.repository';
import { findConversationsMatchingText } from '../../apps/server/src/modules/search/conversation-search.repository';
import { readTextQuery } from '../../apps/server/src/modules/search/text-query';

export interface Baselines {
  selectOne: number[];
  listSql: number[];
  searchSql: number[];
  listText: string;
}

interface Captured {
  sql: string;
  params: unknown[];
}

/**
 * What the database alone costs, from this process through the `pg` driver: a
 * `SELECT 1` round trip, and the very SQL the list of view `all` and a search for a
 * common word send (captured from the repositories through Drizzle's logger, then sent
 * again as they are). The server's figures include these plus authentication, the SLA
 * query of the page, serialisation and HTTP.
 */
export async function measureBaselines(
  url: string,
  scope: { accountId: string; userId: string },
  commonWord: string,
  rounds: number,
): Promise<Baselines> {
  const captured: Captured[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const db = drizzle(pool, {
      schema,
      logger: { logQuery: (sql: string, params: unknown[]) => captured.push({ sql, params }) },
    });
    const now = new Date();
    await listConversationsMatching(
      db,
      { ...scope, now },
      {
        filter: BUILT_IN_VIEW_FILTERS.all,
        sort: 'recent',
        after: null,
        limit: 51,
      },
    );
    const list = captured[0];
    captured.length = 0;
    const text = await readTextQuery(db, commonWord);
    captured.length = 0;
    if (!text) throw new Error(`"${commonWord}" reads as no search at all`);
    await findConversationsMatchingText(
      db,
      { ...scope, now },
      { text, filter: {}, sort: 'recent', after: null, limit: 21 },
    );
    const search = captured[0];
    if (!list || !search) throw new Error('no query was captured');

    const client = await pool.connect();
    try {
      const timed = async (sql: string, params: unknown[] = []) => {
        const startedAt = performance.now();
        await client.query(sql, params);
        return performance.now() - startedAt;
      };
      const selectOne: number[] = [];
      const listSql: number[] = [];
      const searchSql: number[] = [];
      // Warm the page cache with the same statements first.
      for (let i = 0; i < 5; i += 1) {
        await timed(list.sql, list.params);
        await timed(search.sql, search.params);
      }
      for (let i = 0; i < rounds; i += 1) {
        selectOne.push(await timed('SELECT 1'));
        listSql.push(await timed(list.sql, list.params));
        if (i % 2 === 0) searchSql.push(await timed(search.sql, search.params));
      }
      return { selectOne, listSql, searchSql, listText: list.sql };
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}
