-- The conversation event log is the source of every metric: history is never rewritten.
CREATE FUNCTION sincere_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER conversation_events_append_only
  BEFORE UPDATE OR DELETE ON conversation_events
  FOR EACH ROW EXECUTE FUNCTION sincere_refuse_change();
