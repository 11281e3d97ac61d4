-- TRUNCATE bypasses row triggers: refuse it too, so the event log cannot be emptied by accident.
CREATE TRIGGER conversation_events_no_truncate
  BEFORE TRUNCATE ON conversation_events
  FOR EACH STATEMENT EXECUTE FUNCTION sincere_refuse_change();
