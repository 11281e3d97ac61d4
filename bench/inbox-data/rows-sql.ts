import { LANGUAGES, TAGS } from './vocabulary';

/**
 * The set-based SQL that writes the generated rows. Every value is a function of the
 * row's number: `bench_gen.u(key, salt)` is a uniform number in [0, 1) hashed from a
 * key, so a chunk written again after an interruption comes out the same, and messages
 * and events can recompute their conversation's attributes instead of reading them back.
 *
 * Keys: account key × 10⁸ + row number (customers, conversations); × 100 + message
 * number (messages); × 64 + word number (words, phone digits).
 */
export const FUNCTIONS_SQL = `
CREATE SCHEMA IF NOT EXISTS bench_gen;
CREATE OR REPLACE FUNCTION bench_gen.u(key bigint, salt int) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((hashint8extended(key, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
CREATE OR REPLACE FUNCTION bench_gen.pick(items text[], key bigint, salt int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT items[1 + floor(bench_gen.u(key, salt) * cardinality(items))::int] $$;
-- Rank 1..n, drawn about in proportion to 1/rank (Zipf): a few words are everywhere, most are not.
CREATE OR REPLACE FUNCTION bench_gen.zipf(n int, key bigint, salt int) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT least(n, floor(exp(bench_gen.u(key, salt) * ln(n + 1)))::int) $$;
-- One of the space-separated forms of a word group.
CREATE OR REPLACE FUNCTION bench_gen.form(word_group text, key bigint, salt int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT split_part(word_group, ' ',
     1 + floor(bench_gen.u(key, salt) * (1 + length(word_group) - length(replace(word_group, ' ', ''))))::int) $$;
-- A random-looking version-4 UUID named by a text: the same row gets the same id when a chunk is written again.
CREATE OR REPLACE FUNCTION bench_gen.uuid_of(name text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT overlay(overlay(md5(name) placing '4' from 13) placing '8' from 17)::uuid $$;
-- Message k of a conversation: the first at its creation, the others spread over its duration, in order.
CREATE OR REPLACE FUNCTION bench_gen.message_at(created timestamptz, duration interval, msgs int, k int, key bigint)
RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN k = 0 THEN created
               ELSE created + duration * ((k + 0.9 * bench_gen.u(key * 100 + k, 5)) / msgs) END $$;
CREATE TABLE IF NOT EXISTS bench_gen.lang (
  idx int PRIMARY KEY, code text NOT NULL, cum float8 NOT NULL, locales text[] NOT NULL, domains text[] NOT NULL,
  male text[] NOT NULL, female text[] NOT NULL, surnames text[] NOT NULL,
  fem_pattern text, fem_native text, fem_latin text
);
-- The word pools apart and stored PLAIN (inline, uncompressed): read for every word of
-- 10 million messages, a compressed or out-of-line array would be unpacked each time.
CREATE TABLE IF NOT EXISTS bench_gen.words (
  idx int PRIMARY KEY, stop text[] NOT NULL, openers text[] NOT NULL, replies text[] NOT NULL,
  common text[] NOT NULL, rare text[] NOT NULL
);
ALTER TABLE bench_gen.words ALTER stop SET STORAGE PLAIN, ALTER openers SET STORAGE PLAIN,
  ALTER replies SET STORAGE PLAIN, ALTER common SET STORAGE PLAIN, ALTER rare SET STORAGE PLAIN;
CREATE TABLE IF NOT EXISTS bench_gen.acct (
  k int PRIMARY KEY, id uuid NOT NULL, slug text NOT NULL, customers int NOT NULL, conversations int NOT NULL,
  agents uuid[] NOT NULL, agent_team uuid[] NOT NULL, teams uuid[] NOT NULL, sla uuid,
  anchor timestamptz NOT NULL, span_days int NOT NULL
);
`;

const TAGS_SQL = `'{${TAGS.join(',')}}'::text[]`;

/** The language (bench_gen.lang.idx) of the customer with this key, by the languages' shares. */
const languageOf = (key: string) => {
  let cumulated = 0;
  const branches = LANGUAGES.slice(0, -1).map((pool, index) => {
    cumulated += pool.share;
    return `WHEN bench_gen.u(${key}, 1) < ${cumulated.toFixed(6)} THEN ${index + 1}`;
  });
  return `(CASE ${branches.join(' ')} ELSE ${LANGUAGES.length} END)`;
};

/** Customers lo..hi of account k. */
export const customersSql = (k: number, lo: number, hi: number) => `
INSERT INTO customers (id, account_id, name, email, phone, locale, country, time_zone, created_at)
SELECT bench_gen.uuid_of(a.slug || ':customer:' || m), a.id,
       CASE WHEN bench_gen.u(key, 7) < 0.04 THEN n.first_native ELSE n.first_native || ' ' || n.last_native END,
       CASE WHEN bench_gen.u(key, 8) < 0.8 THEN
         n.first_latin || (ARRAY['.', '_', ''])[1 + floor(bench_gen.u(key, 9) * 3)::int] || n.last_latin
         || CASE WHEN bench_gen.u(key, 10) < 0.5 THEN floor(bench_gen.u(key, 11) * 1000)::int::text ELSE '' END
         || '@' || bench_gen.pick(l.domains, key, 12) END,
       CASE WHEN bench_gen.u(key, 13) < 0.85 THEN
         (SELECT string_agg(CASE WHEN ch = '#' THEN floor(bench_gen.u(key * 64 + i, 14) * 10)::int::text ELSE ch END, '' ORDER BY i)
            FROM unnest(string_to_array(p.loc[4], NULL)) WITH ORDINALITY AS t(ch, i)) END,
       CASE WHEN bench_gen.u(key, 15) < 0.05 THEN NULL ELSE p.loc[1] END,
       CASE WHEN bench_gen.u(key, 16) < 0.03 THEN NULL ELSE p.loc[2] END,
       p.loc[3],
       a.anchor - make_interval(days => a.span_days + 400) + make_interval(secs => 400 * 86400.0 * m / a.customers)
  FROM bench_gen.acct a
 CROSS JOIN generate_series(${lo}, ${hi}) m
 CROSS JOIN LATERAL (SELECT a.k::bigint * 100000000 + m AS key) k1
 CROSS JOIN LATERAL (SELECT * FROM bench_gen.lang WHERE idx = ${languageOf('key')}) l
 CROSS JOIN LATERAL (SELECT bench_gen.u(key, 2) < 0.5 AS female,
                            string_to_array(bench_gen.pick(l.locales, key, 6), '|') AS loc) g
 CROSS JOIN LATERAL (SELECT CASE WHEN g.female THEN bench_gen.pick(l.female, key, 4) ELSE bench_gen.pick(l.male, key, 4) END AS first,
                            bench_gen.pick(l.surnames, key, 5) AS last, g.loc) p
 CROSS JOIN LATERAL (SELECT split_part(p.first, ':', 1) AS first_native, split_part(p.first, ':', 2) AS first_latin,
                            split_part(p.last, ':', 1) || CASE WHEN g.female AND split_part(p.last, ':', 1) ~ l.fem_pattern
                              THEN l.fem_native ELSE '' END AS last_native,
                            split_part(p.last, ':', 2) || CASE WHEN g.female AND split_part(p.last, ':', 1) ~ l.fem_pattern
                              THEN l.fem_latin ELSE '' END AS last_latin) n
 WHERE a.k = ${k}`;

/**
 * Conversations lo..hi of account k with every attribute: the newest 3% hold the work in
 * progress (25% open, 10% pending, 5% snoozed), older ones are resolved but for 1 in
 * 1,000 left open. Messages and events select from this too.
 */
export const conversationRows = (k: number, lo: number, hi: number) => `
SELECT a.id AS account_id, a.agents, n, key, bench_gen.uuid_of(a.slug || ':conversation:' || n) AS id,
       bench_gen.uuid_of(a.slug || ':customer:' || customer_m) AS customer_id,
       created_at, msgs, status, waiting, duration, lang_idx, l.common, a.anchor, a.sla,
       CASE WHEN bench_gen.u(key, 17) < 0.03 THEN NULL ELSE l.code END AS language,
       CASE WHEN assigned THEN a.agents[agent_idx] END AS assignee,
       CASE WHEN assigned THEN a.agent_team[agent_idx]
            WHEN bench_gen.u(key, 9) < 0.85 THEN a.teams[1 + floor(bench_gen.u(key, 9) / 0.85 * cardinality(a.teams))::int] END AS team,
       CASE WHEN r_channel < 0.45 THEN 'web' WHEN r_channel < 0.75 THEN 'email' WHEN r_channel < 0.95 THEN 'telegram' ELSE 'api' END AS channel,
       CASE WHEN r_priority < 0.10 THEN 'low' WHEN r_priority < 0.80 THEN 'normal' WHEN r_priority < 0.95 THEN 'high' ELSE 'urgent' END AS priority,
       bench_gen.message_at(created_at, duration, msgs, msgs - 1, key) AS last_at,
       CASE WHEN msgs >= 2 AND NOT (msgs = 2 AND waiting) THEN bench_gen.message_at(created_at, duration, msgs, 1, key) END AS first_reply_at,
       least(a.anchor, bench_gen.message_at(created_at, duration, msgs, msgs - 1, key)
                       + make_interval(mins => 5 + floor(bench_gen.u(key, 18) * 120)::int)) AS resolved_at
  FROM bench_gen.acct a
 CROSS JOIN generate_series(${lo}, ${hi}) n
 CROSS JOIN LATERAL (SELECT a.k::bigint * 100000000 + n AS key) k1
 CROSS JOIN LATERAL (
   SELECT a.anchor - make_interval(days => a.span_days)
            + make_interval(secs => a.span_days * 86400.0 * (n - 1 + bench_gen.u(key, 1)) / a.conversations) AS created_at,
          n > a.conversations * 0.97 AS recent, bench_gen.u(key, 2) AS r_status,
          least(60, 1 + floor(-ln(1 - bench_gen.u(key, 3)) * 9.5))::int AS msgs,
          CASE WHEN bench_gen.u(key, 10) < 0.25 THEN 1 + floor(bench_gen.u(key, 11) * a.customers * 0.03)::int
               ELSE 1 + floor(bench_gen.u(key, 11) * a.customers)::int END AS customer_m,
          bench_gen.u(key, 12) AS r_channel, bench_gen.u(key, 13) AS r_priority) k2
 CROSS JOIN LATERAL (
   SELECT CASE WHEN recent THEN CASE WHEN r_status < 0.25 THEN 'open' WHEN r_status < 0.35 THEN 'pending'
                                     WHEN r_status < 0.40 THEN 'snoozed' ELSE 'resolved' END
               WHEN r_status < 0.001 THEN 'open' ELSE 'resolved' END AS status,
          ${languageOf('a.k::bigint * 100000000 + customer_m')} AS lang_idx) k3
 CROSS JOIN LATERAL (
   SELECT status = 'open' AND (msgs = 1 OR bench_gen.u(key, 6) < 0.7) AS waiting,
          CASE WHEN status = 'resolved' THEN bench_gen.u(key, 7) < 0.95
               WHEN status = 'open' THEN bench_gen.u(key, 7) < 0.65 ELSE true END AS assigned,
          1 + floor(bench_gen.u(key, 8) * cardinality(a.agents))::int AS agent_idx,
          CASE WHEN status = 'resolved'
               THEN least(interval '14 days', make_interval(secs => -ln(1 - bench_gen.u(key, 4)) * 8 * 3600), a.anchor - created_at)
               ELSE (a.anchor - created_at) * (0.3 + 0.7 * bench_gen.u(key, 4)) END AS duration) k4
 CROSS JOIN LATERAL (SELECT l.code, w.common FROM bench_gen.lang l JOIN bench_gen.words w USING (idx) WHERE idx = lang_idx) l
 WHERE a.k = ${k}`;

/** SLA targets of the generated policy, in minutes: first response, resolution. */
const SLA_MINUTES = `(CASE c.priority WHEN 'urgent' THEN ARRAY[30, 240] WHEN 'high' THEN ARRAY[60, 480]
                                     WHEN 'normal' THEN ARRAY[240, 1440] ELSE ARRAY[480, 2880] END)`;

export const conversationsSql = (k: number, lo: number, hi: number) => `
INSERT INTO conversations (id, account_id, customer_id, channel, subject, language, status, priority, assignee_id, team_id,
                           tags, snoozed_until, cycle, waiting_since, cycle_started_at, first_reply_at, sla_policy_id,
                           first_response_due_at, resolution_due_at, created_at, updated_at, last_message_at)
SELECT c.id, c.account_id, c.customer_id, c.channel,
       CASE WHEN c.channel = 'email' THEN initcap(bench_gen.form(c.common[bench_gen.zipf(cardinality(c.common), c.key, 24)], c.key, 25))
                                          || ' ' || bench_gen.form(c.common[bench_gen.zipf(cardinality(c.common), c.key, 26)], c.key, 27) END,
       c.language, c.status, c.priority, c.assignee, c.team,
       CASE WHEN bench_gen.u(c.key, 14) < 0.45 THEN '{}'::text[]
            ELSE ARRAY(SELECT DISTINCT (${TAGS_SQL})[bench_gen.zipf(${TAGS.length}, c.key * 8 + j, 15)]
                         FROM generate_series(1, 1 + floor(bench_gen.u(c.key, 16) * 3)::int) j) END,
       CASE WHEN c.status = 'snoozed' THEN c.anchor + make_interval(hours => 1 + floor(bench_gen.u(c.key, 19) * 71)::int) END,
       CASE WHEN bench_gen.u(c.key, 21) < 0.04 THEN 2 ELSE 1 END,
       CASE WHEN c.waiting THEN c.last_at END,
       c.created_at, c.first_reply_at,
       CASE WHEN c.status <> 'resolved' THEN c.sla END,
       CASE WHEN c.status <> 'resolved' AND c.sla IS NOT NULL THEN c.created_at + make_interval(mins => ${SLA_MINUTES}[1]) END,
       CASE WHEN c.status <> 'resolved' AND c.sla IS NOT NULL THEN c.created_at + make_interval(mins => ${SLA_MINUTES}[2]) END,
       c.created_at,
       CASE WHEN c.status = 'resolved' THEN c.resolved_at ELSE c.last_at END,
       c.last_at
  FROM (${conversationRows(k, lo, hi)}) c`;

/** The log's events for the same conversations: created, assigned when they have an owner, resolved. */
export const eventsSql = (k: number, lo: number, hi: number) => `
INSERT INTO conversation_events (account_id, conversation_id, type, actor_type, actor_id, data, occurred_at)
SELECT c.account_id, c.id, e.type, e.actor_type, e.actor_id, e.data, e.at
  FROM (${conversationRows(k, lo, hi)}) c
 CROSS JOIN LATERAL (VALUES
   ('conversation.created', 'customer', c.customer_id::text, jsonb_build_object('channel', c.channel), c.created_at),
   ('conversation.assigned', 'system', NULL, jsonb_build_object('from', NULL, 'to', c.assignee, 'reason', 'routed'),
    c.created_at + interval '1 second'),
   ('conversation.status_changed', 'user', c.assignee::text, jsonb_build_object('from', 'open', 'to', 'resolved'), c.resolved_at)
 ) AS e(type, actor_type, actor_id, data, at)
 WHERE e.type = 'conversation.created'
    OR (e.type = 'conversation.assigned' AND c.assignee IS NOT NULL)
    OR (e.type = 'conversation.status_changed' AND c.status = 'resolved')
 ORDER BY e.at`;

/**
 * The messages of conversations lo..hi, in time order so that, as in a live table, a
 * conversation's messages lie among those of the others of its weeks. The customer
 * opens; the first reply follows; the last message is the customer's while they wait.
 * Text: an opener or a stock reply, then words of the writer's language (stop words
 * and word groups by rank, each in a random form), sometimes an order number (one per
 * conversation) or a rare word. Notes are in English or Russian and stored without a
 * language, as the app stores them.
 */
export const messagesSql = (k: number, lo: number, hi: number) => `
INSERT INTO messages (account_id, conversation_id, direction, author_user_id, body, format, language, created_at)
SELECT c.account_id, c.id, d.direction,
       CASE WHEN d.direction <> 'inbound' THEN coalesce(c.assignee, bench_gen.pick(c.agents::text[], mkey, 22)::uuid) END,
       concat_ws(' ',
         CASE WHEN d.direction = 'inbound' AND bench_gen.u(mkey, 31) < 0.5 THEN bench_gen.pick(w.openers, mkey, 32)
              WHEN d.direction = 'outbound' AND bench_gen.u(mkey, 31) < 0.7 THEN bench_gen.pick(w.replies, mkey, 32) END,
         (SELECT string_agg(CASE WHEN bench_gen.u(mkey * 64 + i, 33) < 0.4 THEN bench_gen.pick(w.stop, mkey * 64 + i, 34)
                                 ELSE bench_gen.form(w.common[bench_gen.zipf(cardinality(w.common), mkey * 64 + i, 35)], mkey * 64 + i, 36) END,
                            ' ')
            FROM generate_series(1, 2 + least(40, floor(-ln(1 - bench_gen.u(mkey, 37)) * 9)::int)) i),
         CASE WHEN d.direction = 'inbound' AND bench_gen.u(mkey, 38) < 0.25 THEN '#' || (1000000 + (c.key * 7919 + 12345) % 8999999) END,
         CASE WHEN bench_gen.u(mkey, 39) < 0.004 THEN bench_gen.form(bench_gen.pick(w.rare, mkey, 40), mkey, 41) END),
       'plain',
       CASE WHEN d.direction = 'note' THEN NULL ELSE c.language END,
       bench_gen.message_at(c.created_at, c.duration, c.msgs, m.k, c.key)
  FROM (${conversationRows(k, lo, hi)}) c
 CROSS JOIN LATERAL generate_series(0, c.msgs - 1) AS m(k)
 CROSS JOIN LATERAL (SELECT c.key * 100 + m.k AS mkey) mk
 CROSS JOIN LATERAL (
   SELECT CASE WHEN m.k = 0 THEN 'inbound'
               WHEN m.k = c.msgs - 1 THEN CASE WHEN c.waiting THEN 'inbound' ELSE 'outbound' END
               WHEN m.k = 1 THEN 'outbound'
               WHEN bench_gen.u(mkey, 20) < 0.07 THEN 'note'
               WHEN bench_gen.u(mkey, 20) < 0.52 THEN 'inbound' ELSE 'outbound' END AS direction) d
 CROSS JOIN LATERAL (
   SELECT * FROM bench_gen.words
    WHERE idx = CASE WHEN d.direction = 'note' THEN CASE WHEN bench_gen.u(mkey, 23) < 0.7 THEN 1 ELSE 2 END ELSE c.lang_idx END) w
 ORDER BY 8`;
