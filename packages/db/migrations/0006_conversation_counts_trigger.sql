-- Keeps conversation_counts current as conversations change, so that view
-- counters read a handful of rows instead of counting the table.
CREATE FUNCTION sincere_count_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  none uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.status IS NOT DISTINCT FROM NEW.status
     AND OLD.assignee_id IS NOT DISTINCT FROM NEW.assignee_id
     AND OLD.team_id IS NOT DISTINCT FROM NEW.team_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE conversation_counts SET n = n - 1
     WHERE account_id = OLD.account_id AND status = OLD.status
       AND assignee_key = coalesce(OLD.assignee_id, none) AND team_key = coalesce(OLD.team_id, none);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO conversation_counts AS c (account_id, status, assignee_key, team_key, n)
    VALUES (NEW.account_id, NEW.status, coalesce(NEW.assignee_id, none), coalesce(NEW.team_id, none), 1)
    ON CONFLICT (account_id, status, assignee_key, team_key) DO UPDATE SET n = c.n + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER conversations_count
  AFTER INSERT OR UPDATE OF status, assignee_id, team_id OR DELETE ON conversations
  FOR EACH ROW EXECUTE FUNCTION sincere_count_conversation();
--> statement-breakpoint
INSERT INTO conversation_counts (account_id, status, assignee_key, team_key, n)
SELECT account_id, status,
       coalesce(assignee_id, '00000000-0000-0000-0000-000000000000'),
       coalesce(team_id, '00000000-0000-0000-0000-000000000000'),
       count(*)
  FROM conversations
 GROUP BY 1, 2, 3, 4;
