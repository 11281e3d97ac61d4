import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '@sincere/db';

/**
 * Every text-search configuration `sincere_regconfig` (migration 0004) gives a message,
 * `simple` last. A test reads the function's definition so that a language added there
 * cannot be left out here (its messages would never be found).
 */
export const SEARCH_CONFIGS = [
  'arabic',
  'danish',
  'dutch',
  'english',
  'finnish',
  'french',
  'german',
  'greek',
  'hindi',
  'hungarian',
  'indonesian',
  'italian',
  'norwegian',
  'portuguese',
  'romanian',
  'russian',
  'spanish',
  'swedish',
  'turkish',
  'simple',
] as const;
export type SearchConfig = (typeof SEARCH_CONFIGS)[number];

/** What the agent typed, read by every language a message can be stored in. */
export interface TextQuery {
  /** The union of every reading: what the GIN index on messages.search_vector looks up. */
  any: string;
  /** Each language's reading (tsquery text); a message must match the one of its own language. */
  byConfig: { config: SearchConfig; query: string }[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** websearch_to_tsquery's operator word: never removed as a stop word. */
const OR = 'or';

/**
 * Reads the query in each configuration with websearch_to_tsquery (phrases, OR, -word),
 * since the agent's language is unknown. Null when no reading has a word to look up:
 * a query of stop words (or of excluded words only) finds nothing rather than everything.
 *
 * Messages of unknown language (`simple`, no stemming) are searched without the words that
 * any language stops: "the", "и", "de" are noise in text whose language we cannot tell.
 */
export async function readTextQuery(db: Db, text: string): Promise<TextQuery | null> {
  const words = [...new Set((text.match(WORD) ?? []).map((word) => word.toLowerCase()))].filter((word) => word !== OR);
  const stopWords = await findStopWords(db, words);
  const unknownLanguageText = text.replace(WORD, (word) => (stopWords.has(word.toLowerCase()) ? ' ' : word));

  const inputs = SEARCH_CONFIGS.map(
    (config) => sql`(${config}::text, ${config === 'simple' ? unknownLanguageText : text}::text)`,
  );
  const readings = await db
    .select({
      config: sql<SearchConfig>`c.config`,
      query: sql<string>`websearch_to_tsquery(c.config::regconfig, c.input)::text`,
      indexable: sql<string>`querytree(websearch_to_tsquery(c.config::regconfig, c.input))`,
    })
    .from(sql`(values ${sql.join(inputs, sql`, `)}) as c(config, input)`);
  // querytree is 'T' for a query the index cannot narrow (only excluded words): it would match everything.
  const byConfig = readings
    .filter((reading) => reading.query !== '' && reading.indexable !== '' && reading.indexable !== 'T')
    .map(({ config, query }) => ({ config, query }));
  if (byConfig.length === 0) return null;
  const any = [...new Set(byConfig.map((reading) => `(${reading.query})`))].join(' | ');
  return { any, byConfig };
}

/** The words that are stop words in at least one stemming configuration. */
async function findStopWords(db: Db, words: string[]): Promise<Set<string>> {
  if (words.length === 0) return new Set();
  const stemming = SEARCH_CONFIGS.filter((config) => config !== 'simple').map((config) => sql`(${config}::text)`);
  const rows = await db
    .select({ word: sql<string>`w.word` })
    .from(
      sql`(values ${sql.join(
        words.map((word) => sql`(${word}::text)`),
        sql`, `,
      )}) as w(word)`,
    )
    .where(
      sql`exists (select 1 from (values ${sql.join(stemming, sql`, `)}) as c(config) where to_tsvector(c.config::regconfig, w.word) = ''::tsvector)`,
    );
  return new Set(rows.map((row) => row.word));
}

/**
 * Whether the search vector matches the query as read in the message's own language
 * (`language` is messages.language): false for a language in which the query has nothing
 * to look up. Written as a boolean CASE, not as `vector @@ (CASE … END)`: PostgreSQL
 * guesses that an `@@` against a computed query matches 0.5% of the rows, for a common
 * word a guess off by a hundred times that skews every plan around it; a boolean it
 * cannot see into counts as half.
 */
export function matchesInLanguageOf(text: TextQuery, vector: AnyColumn, language: AnyColumn): SQL {
  const branches = text.byConfig.map(
    ({ config, query }) => sql`when ${sql.raw(`'${config}'`)}::regconfig then ${vector} @@ ${query}::tsquery`,
  );
  return sql`(case sincere_regconfig(${language}) ${sql.join(branches, sql` `)} else false end)`;
}

/**
 * The query as read in the language of a message (`language` is messages.language):
 * null, so no match, for a language in which the query has nothing to look up.
 * Config names come from SEARCH_CONFIGS, never from input: inlined, they are
 * constants the planner resolves once.
 */
export function queryInLanguageOf(text: TextQuery, language: AnyColumn): SQL {
  const branches = text.byConfig.map(
    ({ config, query }) => sql`when ${sql.raw(`'${config}'`)}::regconfig then ${query}::tsquery`,
  );
  return sql`(case sincere_regconfig(${language}) ${sql.join(branches, sql` `)} end)`;
}
