-- Emails inserted many at a time: the poller records a Gmail batch (50 messages) in one INSERT.
-- The insert's triggers run once per statement over its transition table instead of once per
-- row, with the same checks and the same events as the row triggers they replace:
-- * the state machine's insert edge (enforce_state_transition, db/0002): a status with no
--   edge from a new row is refused with the same error, constraint and hint; each row emits
--   its edge's event (same kind, subject, user and states; NOTIFY with the event's id), in
--   the order of the rows, refused like emit_event's when it is for another user than the
--   transaction works for;
-- * an email skipped for unusable attachments gets its unreadable_emails record
--   (note_unusable_attachments, db/0022), after its own event, as before.
-- Updates keep the row trigger (one row at a time, and old states to check).

CREATE OR REPLACE FUNCTION processed_emails_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    bad      record;
    allowed  text;
    notified bigint;
    bound    uuid := app_user_id();
BEGIN
    SELECT n.processing_status AS status INTO bad
    FROM inserted n
    WHERE NOT EXISTS (
        SELECT 1 FROM state_transitions t
        WHERE t.table_name = 'processed_emails' AND t.column_name = 'processing_status'
          AND t.from_state IS NULL AND t.to_state = n.processing_status)
    LIMIT 1;
    IF FOUND THEN
        SELECT string_agg(to_state, ', ' ORDER BY to_state) INTO allowed
        FROM state_transitions
        WHERE table_name = 'processed_emails' AND column_name = 'processing_status'
          AND from_state IS NULL;
        RAISE EXCEPTION 'illegal transition of %.% from % to %',
            'processed_emails', 'processing_status', '(new row)', coalesce(bad.status, 'NULL')
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'ck_processed_emails_processing_status_transition',
                  HINT = 'allowed: ' || coalesce(allowed, 'none');
    END IF;
    IF bound IS NOT NULL THEN
        SELECT n.user_id INTO bad FROM inserted n WHERE n.user_id IS DISTINCT FROM bound LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'an event for user % from a transaction working for %',
                bad.user_id, bound
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    -- A scan of the transition table keeps the rows' order (no join to reorder them).
    WITH added AS (
        INSERT INTO events (kind, subject_table, subject_id, user_id, schedule_id,
                            schedule_version, from_state, to_state)
        SELECT (SELECT t.event_kind FROM state_transitions t
                WHERE t.table_name = 'processed_emails' AND t.column_name = 'processing_status'
                  AND t.from_state IS NULL AND t.to_state = n.processing_status),
               'processed_emails', n.id, n.user_id, NULL, NULL, NULL, n.processing_status
        FROM inserted n
        RETURNING id, kind
    )
    -- The payload is the id only: NOTIFY is a wake-up hint, the outbox row is the record.
    SELECT count(pg_notify(kind, id::text)) INTO notified FROM added;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION processed_emails_inserted() FROM PUBLIC;  -- a trigger's, no one calls it

CREATE OR REPLACE FUNCTION note_unusable_attachments_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO unreadable_emails (user_id, email_id, kind, reason)
    SELECT n.user_id, n.id, 'attachment', coalesce(n.skip_reason, n.attachment_notes)
    FROM inserted n
    WHERE n.processing_status = 'skipped' AND n.attachment_notes IS NOT NULL
      AND coalesce(n.skip_reason, '') NOT LIKE 'duplicate of %'
    ON CONFLICT (email_id) DO NOTHING;
    RETURN NULL;
END;
$$;
-- Runs as its owner, as note_unusable_attachments did: the record is written for any user.
ALTER FUNCTION note_unusable_attachments_inserted() SECURITY DEFINER;
ALTER FUNCTION note_unusable_attachments_inserted() SET search_path = public, pg_temp;
REVOKE ALL ON FUNCTION note_unusable_attachments_inserted() FROM PUBLIC;

DROP TRIGGER IF EXISTS trg_processed_emails_transition ON processed_emails;
CREATE TRIGGER trg_processed_emails_transition
    AFTER UPDATE OF processing_status ON processed_emails
    FOR EACH ROW EXECUTE FUNCTION enforce_state_transition('processing_status', '', '');
DROP TRIGGER IF EXISTS trg_processed_emails_unusable ON processed_emails;
-- Statement triggers fire in name order: the events first, then the unreadable records.
DROP TRIGGER IF EXISTS trg_processed_emails_inserted_1_events ON processed_emails;
CREATE TRIGGER trg_processed_emails_inserted_1_events AFTER INSERT ON processed_emails
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION processed_emails_inserted();
DROP TRIGGER IF EXISTS trg_processed_emails_inserted_2_unusable ON processed_emails;
CREATE TRIGGER trg_processed_emails_inserted_2_unusable AFTER INSERT ON processed_emails
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION note_unusable_attachments_inserted();
