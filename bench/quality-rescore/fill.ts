import type { Scorecard } from '@sincere/contracts';
import type { Database } from '@sincere/db';
import { seedAccount, seedUser } from '@sincere/db/testing';
import { hashPassword } from '../../apps/server/src/modules/auth/password';
import { loadCyclesToReview, type CycleToReview } from '../../apps/server/src/modules/quality/review-inputs.repository';
import { reviewCycle, type CycleReview } from '../../apps/server/src/modules/quality/review-cycle';
import { qualitySetup, scorecardOf } from '../../apps/server/src/modules/quality/scorecards';
import {
  CONVERSATIONS_SQL,
  COPIED_REVIEWS_SQL,
  CUSTOMERS_SQL,
  EVENTS_SQL,
  MESSAGES_SQL,
  PROMISES_SQL,
  SCHEMA_SQL,
  SCORED_REVIEWS_SQL,
  planSql,
  type FillPlan,
} from './fill-sql';
import { loadTemplates, writeTemplates } from './templates';

export const BENCH_PASSWORD = 'rescore bench password';
export const ADMIN_EMAIL = 'admin@rescore.bench';
export const AGENT_EMAIL = 'agent01@rescore.bench';

/** Scored: every review by the real scorer. Copied: one scored review per labelled conversation, copied. */
export type ReviewsMode = 'scored' | 'copied';

export interface Filled {
  accountId: string;
  scorecardId: string;
  templates: number;
  customers: number;
  open: number;
  messages: number;
  reviews: number;
  /** Conversations the reading agent opens, spread over the whole history and the open ones. */
  sampleIds: string[];
  rowsMs: number;
  reviewsMs: number;
}

const AGENT_NAMES = [
  'Tom Fletcher',
  'Priya Raman',
  'Sam Okafor',
  'Мария Кузнецова',
  'Lucía Herrera',
  'Dewi Anggraini',
  'Jonas Berg',
  'Алексей Волков',
  'Carmen Ruiz',
  'Budi Santoso',
  'Emma Walsh',
  'Ольга Смирнова',
];
/** Conversations per statement: big enough to amortise, small enough to show progress at a million. */
const ROWS_BATCH = 20_000;
/** Cycles the real scorer reviews per round trip: what one re-scoring slice loads, twice over. */
const SCORE_BATCH = 500;
/** Tables the bulk load fills; their secondary indexes are built once afterwards, not row by row. */
const BULK_TABLES = ['customers', 'conversations', 'messages', 'conversation_events', 'promises'];

/**
 * One account with its admin and agents, `resolved` resolved conversations that copy the labelled ones
 * (messages, the created and resolved events, promises) plus 2% open ones for the inbox, and one automatic
 * review per resolved conversation that has a reply. Everything by set-based SQL, not through the API.
 */
export async function fillRescoreDatabase(database: Database, resolved: number, mode: ReviewsMode): Promise<Filled> {
  const startedAt = performance.now();
  const templates = loadTemplates();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const account = await seedAccount(database.db, { name: 'Rescore bench' });
  await seedUser(database.db, account.id, { role: 'admin', email: ADMIN_EMAIL, name: 'Ada Lindqvist', passwordHash });
  const agents = await Promise.all(
    AGENT_NAMES.map((name, i) =>
      seedUser(database.db, account.id, {
        email: `agent${String(i + 1).padStart(2, '0')}@rescore.bench`,
        name,
        passwordHash,
      }),
    ),
  );
  const plan: FillPlan = {
    accountId: account.id,
    agents: agents.map((agent) => agent.id),
    anchor: new Date(),
    resolved,
    open: Math.max(200, Math.round(resolved * 0.02)),
    // About 1.7 conversations per customer, and a multiple of the templates (see customer_of).
    customers: templates.length * Math.max(1, Math.round((resolved * 0.6) / templates.length)),
    templates: templates.length,
  };
  await database.exec(SCHEMA_SQL);
  await writeTemplates(database, templates);
  await database.exec(planSql(plan));

  const dropped = await dropSecondaryIndexes(database);
  await inBatches(plan.customers, ROWS_BATCH * 2, 'customers', (lo, hi) =>
    database.query(CUSTOMERS_SQL, [plan.accountId, lo, hi]),
  );
  const total = plan.resolved + plan.open;
  await inBatches(total, ROWS_BATCH, 'conversations', async (lo, hi) => {
    const range = [plan.accountId, lo, hi, plan.resolved];
    await database.query(CONVERSATIONS_SQL, range);
    await database.query(MESSAGES_SQL, range);
    await database.query(EVENTS_SQL, range);
    await database.query(PROMISES_SQL, [...range, plan.anchor]);
  });
  for (const definition of dropped) await database.query(definition);
  await database.query(`ANALYZE ${BULK_TABLES.join(', ')}`);
  const rowsMs = performance.now() - startedAt;

  const reviewsStartedAt = performance.now();
  const { scorecard: row } = await qualitySetup(database.db, plan.accountId);
  const scorecard = scorecardOf(row);
  if (mode === 'scored') {
    await inBatches(plan.resolved, SCORE_BATCH, 'scored reviews', (lo, hi) =>
      scoreAndStore(database, plan.accountId, scorecard, lo, hi),
    );
  } else {
    await copyReviews(database, plan, scorecard);
  }
  await database.query(
    'VACUUM (ANALYZE) customers, conversations, messages, conversation_events, promises, qa_reviews',
  );
  const reviewsMs = performance.now() - reviewsStartedAt;

  const counted = await database.query<{ messages: number; reviews: number }>(
    `SELECT (SELECT count(*) FROM messages WHERE account_id = $1)::int AS messages,
            (SELECT count(*) FROM qa_reviews WHERE account_id = $1 AND kind = 'automatic')::int AS reviews`,
    [plan.accountId],
  );
  // 400 conversations at an even stride over the whole range: old and recent history, and the open ones.
  const sample = await database.query<{ id: string }>(
    `SELECT bench_rescore.conversation_id(((i::bigint * $2) % $1)::int) AS id FROM generate_series(1, 400) i`,
    [total, Math.max(1, Math.floor(total / 400)) | 1],
  );
  return {
    accountId: plan.accountId,
    scorecardId: row.id,
    templates: templates.length,
    customers: plan.customers,
    open: plan.open,
    messages: counted.rows[0]?.messages ?? 0,
    reviews: counted.rows[0]?.reviews ?? 0,
    sampleIds: sample.rows.map((r) => r.id),
    rowsMs,
    reviewsMs,
  };
}

/** Runs `write(lo, hi)` over 0…count-1 in steps of `size`, telling the progress when it takes a while. */
async function inBatches(
  count: number,
  size: number,
  what: string,
  write: (lo: number, hi: number) => Promise<unknown>,
): Promise<void> {
  const startedAt = performance.now();
  let toldAt = startedAt;
  for (let lo = 0; lo < count; lo += size) {
    await write(lo, Math.min(count, lo + size) - 1);
    if (performance.now() - toldAt > 15_000) {
      toldAt = performance.now();
      const seconds = ((toldAt - startedAt) / 1000).toFixed(0);
      console.log(
        `  ${what}: ${Math.min(count, lo + size).toLocaleString('en')} of ${count.toLocaleString('en')} (${seconds} s)`,
      );
    }
  }
}

/** Drops the bulk tables' indexes that back no constraint, and returns how to build them again. */
async function dropSecondaryIndexes(database: Database): Promise<string[]> {
  const { rows } = await database.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  for (const { name } of rows) await database.query(`DROP INDEX ${name}`);
  return rows.map((row) => row.definition);
}

interface ScoredCycle {
  n: number;
  cycle: CycleToReview;
  review: CycleReview;
}

/** Resolved conversations lo..hi through the real scorer, as the auto-review job scores them. */
async function scoreAndStore(
  database: Database,
  accountId: string,
  scorecard: Scorecard,
  lo: number,
  hi: number,
): Promise<ScoredCycle[]> {
  const ids = await database.query<{ n: number; id: string }>(
    'SELECT n, bench_rescore.conversation_id(n) AS id FROM generate_series($1::int, $2::int) n',
    [lo, hi],
  );
  const numberOf = new Map(ids.rows.map((row) => [row.id, row.n]));
  const cycles = await loadCyclesToReview(
    database.db,
    accountId,
    ids.rows.map((row) => ({ conversationId: row.id, cycle: 1 })),
  );
  // The job reviews nothing when nobody answered the customer; neither does this.
  const scored = cycles
    .filter((cycle) => cycle.messages.some((message) => message.direction === 'outbound'))
    .map((cycle) => ({ n: numberOf.get(cycle.conversationId) ?? -1, cycle, review: reviewCycle(cycle, scorecard) }));
  const records = scored.map(({ cycle, review }) => ({
    conversation_id: cycle.conversationId,
    agent_id: review.agentId,
    ratings: review.ratings,
    score: review.score,
    critical_failed: review.criticalFailed,
    human_only: review.humanOnly,
    sentiment: review.sentiment,
  }));
  await database.query(SCORED_REVIEWS_SQL, [accountId, scorecard.id, JSON.stringify(records)]);
  return scored;
}

/**
 * The first conversation of each template is scored for real; every later one gets a copy of its template's
 * review with the evidence pointed at its own messages. At a million, scoring all would take as long as the
 * re-scoring itself.
 */
async function copyReviews(database: Database, plan: FillPlan, scorecard: Scorecard): Promise<void> {
  const firsts = Math.min(plan.templates, plan.resolved);
  const scored = await scoreAndStore(database, plan.accountId, scorecard, 0, firsts - 1);
  const records = scored.map(({ n, cycle, review }) => {
    const position = new Map(cycle.messages.map((message, k) => [message.id, k]));
    const at = (id: string | null) => (id === null ? null : (position.get(id) ?? null));
    return {
      idx: n,
      ratings: review.ratings.map((rating) => ({
        ...rating,
        ...(rating.evidence
          ? { evidence: rating.evidence.map((item) => ({ ...item, message: at(item.message) })) }
          : {}),
      })),
      score: review.score,
      critical_failed: review.criticalFailed,
      human_only: review.humanOnly,
      sentiment: review.sentiment && {
        ...review.sentiment,
        perMessage: review.sentiment.perMessage.map((item) => ({ ...item, message: at(item.message) })),
      },
    };
  });
  await database.query(
    `INSERT INTO bench_rescore.template_reviews (idx, ratings, score, critical_failed, human_only, sentiment)
     SELECT idx, ratings, score, critical_failed, human_only, sentiment
       FROM jsonb_to_recordset($1::jsonb) AS r(idx int, ratings jsonb, score float8, critical_failed bool,
                                               human_only jsonb, sentiment jsonb)`,
    [JSON.stringify(records)],
  );
  await inBatches(plan.resolved - firsts, ROWS_BATCH, 'copied reviews', (lo, hi) =>
    database.query(COPIED_REVIEWS_SQL, [plan.accountId, scorecard.id, lo + firsts, hi + firsts]),
  );
}
