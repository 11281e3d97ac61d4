import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '@sincere/db';

/** Which reviews a figure reads: one account, a period of resolution, optionally one agent or one team. */
export interface FigureScope {
  accountId: string;
  from: Date;
  to: Date;
  agentId?: string;
  teamId?: string;
  /** The account's time zone: weeks start on its Mondays. */
  timeZone: string;
}

function scopeOf(scope: FigureScope): SQL {
  return sql`r.account_id = ${scope.accountId}
    AND r.resolved_at >= ${scope.from.toISOString()} AND r.resolved_at < ${scope.to.toISOString()}
    ${scope.agentId ? sql`AND r.agent_id = ${scope.agentId}` : sql``}
    ${
      scope.teamId
        ? sql`AND r.agent_id IN (SELECT user_id FROM team_members WHERE team_id = ${scope.teamId} AND account_id = ${scope.accountId})`
        : sql``
    }`;
}

/** A category score, 0–100, from a stored rating and its scorecard category (N/A never reaches it). */
const CATEGORY_SCORE = sql`(rating->>'value')::float8 * 100 / (CASE cat->>'scale'
    WHEN 'binary' THEN 1 WHEN 'three' THEN 2 WHEN 'four' THEN 3 ELSE 4 END)`;

/** Each numeric rating of the scoped reviews with its category score; calibration reviews never count. */
function ratingsOf(scope: FigureScope, kinds: SQL): SQL {
  return sql`SELECT r.id AS review_id, r.conversation_id, r.agent_id, r.kind, r.score AS review_score, r.resolved_at,
        rating->>'category' AS category, (rating->>'value')::int AS value, rating->'evidence' AS evidence,
        ${CATEGORY_SCORE} AS category_score
      FROM qa_reviews r
      JOIN qa_scorecards s ON s.id = r.scorecard_id
      CROSS JOIN LATERAL jsonb_array_elements(r.ratings) AS rating
      JOIN LATERAL jsonb_array_elements(s.categories) AS cat ON cat->>'key' = rating->>'category'
      WHERE ${scopeOf(scope)} AND r.kind IN ${kinds} AND jsonb_typeof(rating->'value') = 'number'`;
}

const HUMAN_AND_AUTOMATIC = sql`('manual', 'automatic')`;

export interface KindFigure {
  kind: 'manual' | 'automatic';
  score: number | null;
  reviews: number;
}

/** Mean review score and count per kind: the internal quality score (manual) beside the automatic one. */
export async function scoreByKind(db: Db, scope: FigureScope): Promise<KindFigure[]> {
  const rows = await rowsOf<{ kind: KindFigure['kind']; score: number | null; reviews: number | string }>(
    db,
    sql`SELECT r.kind, avg(r.score) AS score, count(*) AS reviews FROM qa_reviews r
        WHERE ${scopeOf(scope)} AND r.kind IN ${HUMAN_AND_AUTOMATIC} GROUP BY r.kind`,
  );
  return rows.map((row) => ({ kind: row.kind, score: numberOrNull(row.score), reviews: Number(row.reviews) }));
}

export interface AgentFigure extends KindFigure {
  agentId: string;
}

export async function scoreByAgent(db: Db, scope: FigureScope): Promise<AgentFigure[]> {
  const rows = await rowsOf<{
    agent_id: string;
    kind: KindFigure['kind'];
    score: number | null;
    reviews: number | string;
  }>(
    db,
    sql`SELECT r.agent_id, r.kind, avg(r.score) AS score, count(*) AS reviews FROM qa_reviews r
        WHERE ${scopeOf(scope)} AND r.kind IN ${HUMAN_AND_AUTOMATIC} AND r.agent_id IS NOT NULL
        GROUP BY r.agent_id, r.kind`,
  );
  return rows.map((row) => ({
    agentId: row.agent_id,
    kind: row.kind,
    score: numberOrNull(row.score),
    reviews: Number(row.reviews),
  }));
}

export interface WeekKindFigure extends KindFigure {
  week: string;
}

export async function scoreByWeek(db: Db, scope: FigureScope): Promise<WeekKindFigure[]> {
  const rows = await rowsOf<{ week: string; kind: KindFigure['kind']; score: number | null; reviews: number | string }>(
    db,
    sql`SELECT to_char(date_trunc('week', r.resolved_at AT TIME ZONE ${scope.timeZone}), 'YYYY-MM-DD') AS week,
          r.kind, avg(r.score) AS score, count(*) AS reviews
        FROM qa_reviews r WHERE ${scopeOf(scope)} AND r.kind IN ${HUMAN_AND_AUTOMATIC}
        GROUP BY 1, 2 ORDER BY 1`,
  );
  return rows.map((row) => ({
    week: row.week,
    kind: row.kind,
    score: numberOrNull(row.score),
    reviews: Number(row.reviews),
  }));
}

export interface CategoryFigureRow {
  category: string;
  score: number | null;
  count: number;
}

/** Mean category score over human and automatic ratings: the categories an agent is weakest in. */
export async function scoreByCategory(db: Db, scope: FigureScope): Promise<CategoryFigureRow[]> {
  const rows = await rowsOf<{ category: string; score: number | null; count: number | string }>(
    db,
    sql`SELECT category, avg(category_score) AS score, count(*) AS count
        FROM (${ratingsOf(scope, HUMAN_AND_AUTOMATIC)}) rated GROUP BY category ORDER BY category`,
  );
  return rows.map((row) => ({ category: row.category, score: numberOrNull(row.score), count: Number(row.count) }));
}

export interface CategoryWeekRow extends CategoryFigureRow {
  week: string;
}

/** The same means week by week (weeks start on the account's Mondays): is a weak category getting better? */
export async function scoreByCategoryWeek(db: Db, scope: FigureScope): Promise<CategoryWeekRow[]> {
  const rows = await rowsOf<{ week: string; category: string; score: number | null; count: number | string }>(
    db,
    sql`SELECT to_char(date_trunc('week', resolved_at AT TIME ZONE ${scope.timeZone}), 'YYYY-MM-DD') AS week,
          category, avg(category_score) AS score, count(*) AS count
        FROM (${ratingsOf(scope, HUMAN_AND_AUTOMATIC)}) rated GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  return rows.map((row) => ({
    week: row.week,
    category: row.category,
    score: numberOrNull(row.score),
    count: Number(row.count),
  }));
}

export interface CategoryExampleRow {
  reviewId: string;
  conversationId: string;
  conversationSubject: string | null;
  agentId: string | null;
  value: number;
  reviewScore: number | null;
  evidence: { message: string | null; quote: string | null; rule: string }[] | null;
}

/**
 * Examples of one category: the lowest-rated (`worst`) or highest-rated ones, human reviews first at equal
 * rating (a person's judgement teaches more), newest first after that.
 */
export async function categoryExamples(
  db: Db,
  scope: FigureScope,
  category: string,
  order: 'worst' | 'best',
  limit: number,
): Promise<CategoryExampleRow[]> {
  const rows = await rowsOf<{
    review_id: string;
    conversation_id: string;
    subject: string | null;
    agent_id: string | null;
    value: number;
    review_score: number | null;
    evidence: CategoryExampleRow['evidence'];
  }>(
    db,
    sql`SELECT rated.review_id, rated.conversation_id, c.subject, rated.agent_id, rated.value, rated.review_score, rated.evidence
        FROM (${ratingsOf(scope, HUMAN_AND_AUTOMATIC)}) rated
        JOIN conversations c ON c.id = rated.conversation_id
        WHERE rated.category = ${category}
        ORDER BY rated.category_score ${order === 'worst' ? sql`ASC` : sql`DESC`},
          (rated.kind = 'manual') DESC, rated.review_id DESC
        LIMIT ${limit}`,
  );
  return rows.map((row) => ({
    reviewId: row.review_id,
    conversationId: row.conversation_id,
    conversationSubject: row.subject,
    agentId: row.agent_id,
    value: Number(row.value),
    reviewScore: numberOrNull(row.review_score),
    evidence: row.evidence,
  }));
}

export async function sentimentChanges(
  db: Db,
  scope: FigureScope,
): Promise<{ improved: number; worsened: number; unchanged: number }> {
  const rows = await rowsOf<{ change: string; n: number | string }>(
    db,
    sql`SELECT r.sentiment->>'change' AS change, count(*) AS n FROM qa_reviews r
        WHERE ${scopeOf(scope)} AND r.kind = 'automatic' AND r.sentiment IS NOT NULL GROUP BY 1`,
  );
  const count = (change: string) => Number(rows.find((row) => row.change === change)?.n ?? 0);
  return { improved: count('improved'), worsened: count('worsened'), unchanged: count('unchanged') };
}

export async function countOpenDisputes(db: Db, accountId: string): Promise<number> {
  const [row] = await rowsOf<{ n: number | string }>(
    db,
    sql`SELECT count(*) AS n FROM qa_disputes WHERE account_id = ${accountId} AND status = 'open'`,
  );
  return Number(row?.n ?? 0);
}

function numberOrNull(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}
