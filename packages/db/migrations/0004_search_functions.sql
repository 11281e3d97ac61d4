-- Typo-tolerant matching of customer names, emails and phone numbers.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- The text-search configuration for a message's language (BCP 47 primary subtag):
-- stemming in the language the customer wrote, `simple` (no stemming) when unknown.
-- IMMUTABLE, so it can define the generated search column and its index.
CREATE FUNCTION sincere_regconfig(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lower(split_part(coalesce(language, ''), '-', 1))
    WHEN 'ar' THEN 'arabic'
    WHEN 'da' THEN 'danish'
    WHEN 'de' THEN 'german'
    WHEN 'el' THEN 'greek'
    WHEN 'en' THEN 'english'
    WHEN 'es' THEN 'spanish'
    WHEN 'fi' THEN 'finnish'
    WHEN 'fr' THEN 'french'
    WHEN 'hi' THEN 'hindi'
    WHEN 'hu' THEN 'hungarian'
    WHEN 'id' THEN 'indonesian'
    WHEN 'it' THEN 'italian'
    WHEN 'nl' THEN 'dutch'
    WHEN 'no' THEN 'norwegian'
    WHEN 'nb' THEN 'norwegian'
    WHEN 'pt' THEN 'portuguese'
    WHEN 'ro' THEN 'romanian'
    WHEN 'ru' THEN 'russian'
    WHEN 'sv' THEN 'swedish'
    WHEN 'tr' THEN 'turkish'
    ELSE 'simple'
  END::regconfig
$$;
