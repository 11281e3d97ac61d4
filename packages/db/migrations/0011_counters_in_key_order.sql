-- The counters trigger (0006) took a moved conversation's two counter rows old-then-new. Two
-- changes crossing between the same two keys in opposite directions (one conversation open → pending,
-- another pending → open) could each hold one row and wait for the other: a deadlock, which
-- PostgreSQL breaks by failing one of the requests. Taking the two rows in key order makes every
-- such pair queue instead (conversation-counts-locking.integration.test.ts reproduces the case).
CREATE OR REPLACE FUNCTION sincere_count_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  none uuid := '00000000-0000-0000-0000-000000000000';
  old_first boolean;
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.status IS NOT DISTINCT FROM NEW.status
     AND OLD.assignee_id IS NOT DISTINCT FROM NEW.assignee_id
     AND OLD.team_id IS NOT DISTINCT FROM NEW.team_id THEN
    RETURN NULL;
  END IF;
  old_first := TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND
    (OLD.status, coalesce(OLD.assignee_id, none), coalesce(OLD.team_id, none))
      < (NEW.status, coalesce(NEW.assignee_id, none), coalesce(NEW.team_id, none)));
  IF old_first THEN
    UPDATE conversation_counts SET n = n - 1
     WHERE account_id = OLD.account_id AND status = OLD.status
       AND assignee_key = coalesce(OLD.assignee_id, none) AND team_key = coalesce(OLD.team_id, none);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO conversation_counts AS c (account_id, status, assignee_key, team_key, n)
    VALUES (NEW.account_id, NEW.status, coalesce(NEW.assignee_id, none), coalesce(NEW.team_id, none), 1)
    ON CONFLICT (account_id, status, assignee_key, team_key) DO UPDATE SET n = c.n + 1;
  END IF;
  IF TG_OP = 'UPDATE' AND NOT old_first THEN
    UPDATE conversation_counts SET n = n - 1
     WHERE account_id = OLD.account_id AND status = OLD.status
       AND assignee_key = coalesce(OLD.assignee_id, none) AND team_key = coalesce(OLD.team_id, none);
  END IF;
  RETURN NULL;
END;
$$;
