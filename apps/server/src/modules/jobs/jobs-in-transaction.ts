import { sql, type SQL } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { rowsOf, type Tx } from '@sincere/db';

/**
 * Lets pg-boss write a job inside one of our transactions (`ctx.jobs.send(name,
 * payload, { db: jobsIn(tx) })`): the job and the change that asked for it
 * commit together, or neither does. On PGlite it is also the only way to send a
 * job inside a transaction: the single session is held by it, so a send on the
 * queue's own connection would wait for the transaction that waits for it.
 */
export function jobsIn(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      return { rows: await rowsOf<Record<string, unknown>>(tx, withParameters(text, values)) };
    },
  };
}

/** pg-boss's `$1…` statement as Drizzle SQL: each placeholder becomes a bound parameter with its value. */
export function withParameters(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let from = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(from, match.index)));
    // sql.param, not sql`${value}`: Drizzle would spread an array value into a list.
    chunks.push(sql`${sql.param(values[Number(match[1]) - 1] ?? null)}`);
    from = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(from)));
  return sql.join(chunks);
}
