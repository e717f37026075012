-- Issue 18: the state machines' trigger reads its columns by name, without jsonb.
--
-- enforce_state_transition (db/0002) turned the whole new row, and the old one on an update, into
-- jsonb (to_jsonb(NEW), to_jsonb(OLD)) to read four of their columns by the names its trigger
-- passes (TG_ARGV): the state, the version, the schedule id, and the id and user id. A schedule
-- row has some forty columns, its text and jsonb among them: 41 us a row against 17 for a
-- notification, some 15-20 rows a call sheet.
--
-- The same function now reads the columns of the five triggers it serves (schedule_data's
-- status, calendar_events' status and sync_status, notifications' status, processed_emails'
-- processing_status) straight from NEW and OLD, each trigger recognised by its table and all
-- three of its arguments; any other use (a table or arguments not listed here) takes the jsonb
-- way as before. PL/pgSQL compiles a trigger function for each trigger's table, and reads a
-- field of NEW only when the branch that names it runs. The rest is db/0002's, word for word:
-- the same test for "not a transition" (state unchanged, and the version too where there is
-- one), the same edge, the same refusal (error, constraint, hint), the same event with the same
-- subject, user, schedule, version and states. The triggers are unchanged (they name this
-- function), and so are its privileges (CREATE OR REPLACE keeps them). Safe to run twice.
CREATE OR REPLACE FUNCTION enforce_state_transition() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    status_col   text := TG_ARGV[0];
    version_col  text := nullif(TG_ARGV[1], '');
    schedule_col text := nullif(TG_ARGV[2], '');
    new_state    text;
    old_state    text;
    new_version  integer;
    old_version  integer;
    subject_id   uuid;
    subject_user uuid;
    schedule     uuid;
    new_row      jsonb;
    old_row      jsonb;
    by_name      boolean := true;
    edge_kind    text;
    allowed      text;
BEGIN
    -- The table and all three arguments: a trigger made with others takes the jsonb way.
    CASE TG_TABLE_NAME || ':' || TG_ARGV[0] || ':' || TG_ARGV[1] || ':' || TG_ARGV[2]
        WHEN 'schedule_data:status:version:' THEN
            new_state := NEW.status;
            new_version := NEW.version;
            IF TG_OP = 'UPDATE' THEN
                old_state := OLD.status;
                old_version := OLD.version;
            END IF;
            subject_id := NEW.id;
            subject_user := NEW.user_id;
        WHEN 'calendar_events:status::schedule_id', 'notifications:status::schedule_id' THEN
            new_state := NEW.status;
            IF TG_OP = 'UPDATE' THEN
                old_state := OLD.status;
            END IF;
            subject_id := NEW.id;
            subject_user := NEW.user_id;
            schedule := NEW.schedule_id;
        WHEN 'calendar_events:sync_status:schedule_version:schedule_id' THEN
            new_state := NEW.sync_status;
            new_version := NEW.schedule_version;
            IF TG_OP = 'UPDATE' THEN
                old_state := OLD.sync_status;
                old_version := OLD.schedule_version;
            END IF;
            subject_id := NEW.id;
            subject_user := NEW.user_id;
            schedule := NEW.schedule_id;
        WHEN 'processed_emails:processing_status::' THEN
            new_state := NEW.processing_status;
            IF TG_OP = 'UPDATE' THEN
                old_state := OLD.processing_status;
            END IF;
            subject_id := NEW.id;
            subject_user := NEW.user_id;
        ELSE
            -- db/0002's way, for any other table or arguments.
            by_name := false;
            new_row := to_jsonb(NEW);
            old_row := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END;
            new_state := new_row ->> status_col;
            old_state := old_row ->> status_col;
            IF TG_OP = 'UPDATE' AND old_state IS NOT DISTINCT FROM new_state
               AND (version_col IS NULL
                    OR (old_row -> version_col) IS NOT DISTINCT FROM (new_row -> version_col)) THEN
                RETURN NULL;  -- not a transition
            END IF;
            new_version := (new_row ->> coalesce(version_col, ''))::integer;
            subject_id := (new_row ->> 'id')::uuid;
            subject_user := (new_row ->> 'user_id')::uuid;
            schedule := CASE WHEN TG_TABLE_NAME = 'schedule_data' THEN (new_row ->> 'id')::uuid
                             WHEN schedule_col IS NOT NULL
                             THEN (new_row ->> schedule_col)::uuid END;
    END CASE;

    IF by_name AND TG_OP = 'UPDATE' AND old_state IS NOT DISTINCT FROM new_state
       AND old_version IS NOT DISTINCT FROM new_version THEN
        RETURN NULL;  -- not a transition (no version column: both stay NULL)
    END IF;
    IF TG_TABLE_NAME = 'schedule_data' THEN
        schedule := subject_id;
    END IF;

    SELECT event_kind INTO edge_kind
    FROM state_transitions
    WHERE table_name = TG_TABLE_NAME AND column_name = status_col
      AND from_state IS NOT DISTINCT FROM old_state AND to_state = new_state;

    IF edge_kind IS NULL THEN
        SELECT string_agg(to_state, ', ' ORDER BY to_state) INTO allowed
        FROM state_transitions
        WHERE table_name = TG_TABLE_NAME AND column_name = status_col
          AND from_state IS NOT DISTINCT FROM old_state;
        RAISE EXCEPTION 'illegal transition of %.% from % to %',
            TG_TABLE_NAME, status_col, coalesce(old_state, '(new row)'), coalesce(new_state, 'NULL')
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'ck_' || TG_TABLE_NAME || '_' || status_col || '_transition',
                  HINT = CASE WHEN old_state = new_state
                              THEN 'a new version may not stay in this state'
                              ELSE 'allowed: ' || coalesce(allowed, 'none') END;
    END IF;

    PERFORM emit_event(
        edge_kind, TG_TABLE_NAME, subject_id, subject_user, schedule, new_version,
        old_state, new_state);
    RETURN NULL;
END;
$$;
