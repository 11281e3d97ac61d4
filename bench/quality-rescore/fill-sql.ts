/**
 * The set-based SQL that writes the bench account's conversations. Every value is a function of the
 * conversation's number n: its id, its customer, its agent, its times, and the labelled conversation it copies
 * (template n mod T). Messages, events, promises and copied reviews recompute them instead of reading them back.
 */

/** A resolved cycle is closed this long after its last message: the resolved event's and the review's time. */
const RESOLVE_AFTER = 600;

/** What the functions bake in: numbers and ids this benchmark made, never text from outside. */
export interface FillPlan {
  accountId: string;
  agents: readonly string[];
  anchor: Date;
  /** Resolved conversations 0…resolved-1, each with one automatic review; open ones follow. */
  resolved: number;
  open: number;
  customers: number;
  templates: number;
}

export const SCHEMA_SQL = `
CREATE SCHEMA bench_rescore;
CREATE TABLE bench_rescore.templates (
  idx int PRIMARY KEY, language text NOT NULL, customer_name text, customer_locale text,
  open_length int NOT NULL, last_offset int NOT NULL, first_reply_offset int);
CREATE TABLE bench_rescore.template_messages (
  idx int NOT NULL, k int NOT NULL, direction text NOT NULL, by_agent bool NOT NULL, body text NOT NULL,
  offset_secs int NOT NULL, PRIMARY KEY (idx, k));
CREATE TABLE bench_rescore.template_promises (
  idx int NOT NULL, k int, what text NOT NULL, status text NOT NULL, offset_secs int NOT NULL);
CREATE TABLE bench_rescore.template_reviews (
  idx int PRIMARY KEY, ratings jsonb NOT NULL, score float8, critical_failed bool NOT NULL,
  human_only jsonb NOT NULL, sentiment jsonb);
-- A random-looking version-4 UUID named by a text: ids look like gen_random_uuid()'s, so index pages are hit
-- as scattered as in production, and every statement can name a row without reading it back.
CREATE FUNCTION bench_rescore.uuid_of(name text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT overlay(overlay(md5(name) placing '4' from 13) placing '8' from 17)::uuid $$;
CREATE FUNCTION bench_rescore.conversation_id(n int) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT bench_rescore.uuid_of('conversation:' || n) $$;
CREATE FUNCTION bench_rescore.message_id(n int, k int) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT bench_rescore.uuid_of('message:' || n || ':' || k) $$;
CREATE FUNCTION bench_rescore.customer_id(c int) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT bench_rescore.uuid_of('customer:' || c) $$;
-- A copied review's evidence and sentiment name messages by position; these give them conversation n's ids.
CREATE FUNCTION bench_rescore.ratings_for(ratings jsonb, n int) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_agg(CASE WHEN r ? 'evidence' THEN jsonb_set(r, '{evidence}', (
           SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(e -> 'message') = 'number'
                    THEN jsonb_set(e, '{message}', to_jsonb(bench_rescore.message_id(n, (e ->> 'message')::int)))
                    ELSE e END ORDER BY i), '[]'::jsonb)
             FROM jsonb_array_elements(r -> 'evidence') WITH ORDINALITY AS x(e, i)))
         ELSE r END ORDER BY o), '[]'::jsonb)
    FROM jsonb_array_elements(ratings) WITH ORDINALITY AS y(r, o) $$;
CREATE FUNCTION bench_rescore.sentiment_for(sentiment jsonb, n int) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN sentiment IS NULL THEN NULL ELSE jsonb_set(sentiment, '{perMessage}', (
           SELECT coalesce(jsonb_agg(jsonb_set(p, '{message}',
                    to_jsonb(bench_rescore.message_id(n, (p ->> 'message')::int))) ORDER BY i), '[]'::jsonb)
             FROM jsonb_array_elements(sentiment -> 'perMessage') WITH ORDINALITY AS x(p, i))) END $$;
`;

/**
 * Functions of n for this plan. Resolved conversations spread over the year before the anchor (ending 40 days
 * before it, as the longest labelled conversation lasts 36 days); open ones arrived over the last hours.
 */
export function planSql(plan: FillPlan): string {
  const agents = `ARRAY[${plan.agents.map((id) => `'${uuid(id)}'`).join(',')}]::uuid[]`;
  const anchor = `'${plan.anchor.toISOString()}'::timestamptz`;
  const total = plan.resolved + plan.open;
  return `
CREATE FUNCTION bench_rescore.template_of(n int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT n % ${int(plan.templates)} $$;
CREATE FUNCTION bench_rescore.agent_of(n int) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (${agents})[1 + n % ${int(plan.agents.length)}] $$;
-- A multiple of the template count: customer c always copies the template of its conversations.
CREATE FUNCTION bench_rescore.customer_of(n int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT n % ${int(plan.customers)} $$;
CREATE FUNCTION bench_rescore.started_at(n int) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN n < ${int(plan.resolved)}
          THEN ${anchor} - interval '40 days' - interval '365 days' * (1 - n::float8 / ${int(plan.resolved)})
          ELSE ${anchor} - make_interval(secs => (${int(total)} - n) * 90) END $$;
`;
}

const int = (value: number) => {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
};
const uuid = (value: string) => {
  if (!/^[0-9a-f-]{36}$/i.test(value)) throw new Error(`not a uuid: ${value}`);
  return value;
};

/** Customers lo..hi: the name and locale of their template, an address of their own. */
export const CUSTOMERS_SQL = `
INSERT INTO customers (id, account_id, name, email, locale, created_at, updated_at)
SELECT bench_rescore.customer_id(c), $1, coalesce(t.customer_name, 'Customer ' || c), 'customer' || c || '@mail.test',
       t.customer_locale, bench_rescore.started_at(0) - interval '30 days', bench_rescore.started_at(0) - interval '30 days'
  FROM generate_series($2::int, $3::int) c
  JOIN bench_rescore.templates t ON t.idx = bench_rescore.template_of(c)`;

/** Conversations lo..hi with their clocks; those from `resolved` on are open and wait for a first reply. */
export const CONVERSATIONS_SQL = `
INSERT INTO conversations (id, account_id, customer_id, channel, language, status, priority, assignee_id, cycle,
                           waiting_since, cycle_started_at, first_reply_at, created_at, updated_at, last_message_at)
SELECT bench_rescore.conversation_id(n), $1, bench_rescore.customer_id(bench_rescore.customer_of(n)), 'web', t.language,
       CASE WHEN done THEN 'resolved' ELSE 'open' END, 'normal',
       CASE WHEN done OR n % 2 = 0 THEN bench_rescore.agent_of(n) END, 1,
       CASE WHEN NOT done THEN s END, s,
       CASE WHEN done THEN s + make_interval(secs => t.first_reply_offset) END, s,
       CASE WHEN done THEN s + make_interval(secs => t.last_offset + ${RESOLVE_AFTER}) ELSE last_open END,
       CASE WHEN done THEN s + make_interval(secs => t.last_offset) ELSE last_open END
  FROM generate_series($2::int, $3::int) n
  JOIN bench_rescore.templates t ON t.idx = bench_rescore.template_of(n)
 CROSS JOIN LATERAL (SELECT n < $4::int AS done, bench_rescore.started_at(n) AS s) k
 CROSS JOIN LATERAL (SELECT s + make_interval(secs => (SELECT max(offset_secs) FROM bench_rescore.template_messages m
                                                       WHERE m.idx = t.idx AND m.k < t.open_length)) AS last_open) o`;

/** Their messages: the whole labelled thread for a resolved conversation, the unanswered start for an open one. */
export const MESSAGES_SQL = `
INSERT INTO messages (id, account_id, conversation_id, direction, author_user_id, body, language, created_at)
SELECT bench_rescore.message_id(n, m.k), $1, bench_rescore.conversation_id(n), m.direction,
       CASE WHEN m.by_agent THEN bench_rescore.agent_of(n) END, m.body, t.language,
       bench_rescore.started_at(n) + make_interval(secs => m.offset_secs)
  FROM generate_series($2::int, $3::int) n
  JOIN bench_rescore.templates t ON t.idx = bench_rescore.template_of(n)
  JOIN bench_rescore.template_messages m ON m.idx = t.idx
 WHERE n < $4::int OR m.k < t.open_length`;

/** The log the conversation view shows: created, and for the resolved ones the resolution by their agent. */
export const EVENTS_SQL = `
INSERT INTO conversation_events (account_id, conversation_id, type, actor_type, actor_id, data, occurred_at)
SELECT $1, bench_rescore.conversation_id(n), e.type, e.actor_type, e.actor_id, e.data, e.at
  FROM generate_series($2::int, $3::int) n
  JOIN bench_rescore.templates t ON t.idx = bench_rescore.template_of(n)
 CROSS JOIN LATERAL (VALUES
   ('conversation.created', 'customer', bench_rescore.customer_id(bench_rescore.customer_of(n))::text,
    '{"channel":"web"}'::jsonb, bench_rescore.started_at(n)),
   ('conversation.status_changed', 'user', bench_rescore.agent_of(n)::text, '{"from":"open","to":"resolved"}'::jsonb,
    bench_rescore.started_at(n) + make_interval(secs => t.last_offset + ${RESOLVE_AFTER}))
 ) AS e(type, actor_type, actor_id, data, at)
 WHERE n < $4::int OR e.type = 'conversation.created'`;

/**
 * The labelled promises of resolved conversations, in the state the labeller gave them. An open one falls due
 * after the anchor, so that the server's promise sweeper does not break it during the run.
 */
export const PROMISES_SQL = `
INSERT INTO promises (account_id, conversation_id, message_id, owner_id, created_by, what, due_at, remind_at, status,
                      broken_at, kept_at, kept_by, kept_evidence, cancelled_at, cancelled_by, cancel_reason,
                      created_at, updated_at)
SELECT $1, bench_rescore.conversation_id(n), CASE WHEN p.k IS NOT NULL THEN bench_rescore.message_id(n, p.k) END,
       a.agent, a.agent, p.what, d.due, d.due - interval '30 minutes', p.status,
       CASE WHEN p.status = 'broken' THEN d.due END,
       CASE WHEN p.status = 'kept' THEN a.made + interval '2 hours' END, CASE WHEN p.status = 'kept' THEN a.agent END,
       CASE WHEN p.status = 'kept' THEN '{"kind":"owner"}'::jsonb END,
       CASE WHEN p.status = 'cancelled' THEN a.made + interval '1 hour' END,
       CASE WHEN p.status = 'cancelled' THEN a.agent END,
       CASE WHEN p.status = 'cancelled' THEN 'The customer no longer needs it' END,
       a.made, a.made
  FROM generate_series($2::int, least($3::int, $4::int - 1)) n
  JOIN bench_rescore.template_promises p ON p.idx = bench_rescore.template_of(n)
 CROSS JOIN LATERAL (SELECT bench_rescore.agent_of(n) AS agent,
                            bench_rescore.started_at(n) + make_interval(secs => p.offset_secs) AS made) a
 CROSS JOIN LATERAL (SELECT CASE WHEN p.status = 'open' THEN $5::timestamptz + interval '30 days'
                                 ELSE a.made + interval '1 day' END AS due) d`;

/** Scored reviews from the process (JSON records), timed by their conversation's resolution. */
export const SCORED_REVIEWS_SQL = `
INSERT INTO qa_reviews (account_id, conversation_id, cycle, scorecard_id, kind, agent_id, ratings, score,
                        critical_failed, human_only, sentiment, resolved_at, created_at, updated_at)
SELECT $1, c.id, 1, $2, 'automatic', r.agent_id, r.ratings, r.score, r.critical_failed, r.human_only, r.sentiment,
       c.updated_at, c.updated_at, c.updated_at
  FROM jsonb_to_recordset($3::jsonb) AS r(conversation_id uuid, agent_id uuid, ratings jsonb, score float8,
                                          critical_failed bool, human_only jsonb, sentiment jsonb)
  JOIN conversations c ON c.account_id = $1 AND c.id = r.conversation_id`;

/** Reviews lo..hi copied from their template's scored review, its evidence pointed at their own messages. */
export const COPIED_REVIEWS_SQL = `
INSERT INTO qa_reviews (account_id, conversation_id, cycle, scorecard_id, kind, agent_id, ratings, score,
                        critical_failed, human_only, sentiment, resolved_at, created_at, updated_at)
SELECT $1, bench_rescore.conversation_id(n), 1, $2, 'automatic', bench_rescore.agent_of(n),
       bench_rescore.ratings_for(r.ratings, n), r.score, r.critical_failed, r.human_only,
       bench_rescore.sentiment_for(r.sentiment, n), x.at, x.at, x.at
  FROM generate_series($3::int, $4::int) n
  JOIN bench_rescore.template_reviews r ON r.idx = bench_rescore.template_of(n)
  JOIN bench_rescore.templates t ON t.idx = r.idx
 CROSS JOIN LATERAL (SELECT bench_rescore.started_at(n) + make_interval(secs => t.last_offset + ${RESOLVE_AFTER}) AS at) x`;
