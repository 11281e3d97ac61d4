DROP INDEX "customers_phone_trgm_idx";--> statement-breakpoint
DROP INDEX "conversations_waiting_idx";--> statement-breakpoint
CREATE INDEX "conversations_active_waiting_idx" ON "conversations" USING btree ("account_id","waiting_since","id") WHERE status <> 'resolved';--> statement-breakpoint
CREATE INDEX "conversations_active_activity_idx" ON "conversations" USING btree ("account_id",(coalesce(last_message_at, created_at)) desc,id desc) WHERE status <> 'resolved';--> statement-breakpoint
CREATE INDEX "conversations_active_created_idx" ON "conversations" USING btree ("account_id","created_at","id") WHERE status <> 'resolved';--> statement-breakpoint
CREATE INDEX "customers_phone_digits_trgm_idx" ON "customers" USING gin (regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g') gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "customers_phone_last_digits_trgm_idx" ON "customers" USING gin (right(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'), 10) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "conversations_waiting_idx" ON "conversations" USING btree ("account_id","waiting_since","id");--> statement-breakpoint
-- Statistics of the customer's language and country as the list filters compute them (views/filter-conditions.ts):
-- without them PostgreSQL guesses that half a percent of customers speak any language, and answers
-- "open conversations of Russian speakers" by reading every Russian speaker's conversations.
CREATE STATISTICS "customers_language_stats" ON (lower(split_part(replace("locale", '_', '-'), '-', 1))) FROM "customers";--> statement-breakpoint
CREATE STATISTICS "customers_country_stats" ON (upper("country")) FROM "customers";--> statement-breakpoint
ANALYZE "customers";
