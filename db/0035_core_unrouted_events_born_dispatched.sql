-- Issue 18 part 3: an event no stage consumes is written already dispatched, and wakes no one.
--
-- Of the 15 outbox rows a call sheet writes, 9 are of kinds no actor consumes (email_claimed,
-- email_completed, schedule_extracted, calendar_created, calendar_sync_requested, the three
-- notification_scheduled, notification_claimed, notification_sent): the history keeps them,
-- and the dispatcher sent nothing for them. Yet each woke the dispatcher (NOTIFY), was claimed
-- by a pass and updated to dispatched (a new row version and an entry in each of the table's
-- indexes: dispatched_at is in the undispatched index's predicate, so no update is HOT).
--
-- event_kinds.routed says whether any stage consumes a kind. emit_event (and the statement
-- trigger of the email inserts, db/0030) write an event of an unrouted kind with dispatched_at
-- set (the time of its transaction, as its created_at) and send no NOTIFY for it; an event of a
-- routed kind is written and announced as before. The row, its columns, its checks (the user
-- the transaction works for, the kind's foreign key) are the same; only the dispatcher's pass,
-- which did nothing for such an event but mark it, is skipped.
--
-- The routes live in the code (each stage's stage.py): this migration marks unrouted the kinds
-- no stage consumes today; a test (tests/db/test_unrouted_events.py) checks the marks against
-- the routes, and each dispatcher, when it connects, marks routed every kind it routes
-- (events_route_kinds, never the other way), so a kind a new stage consumes is announced from
-- the first start of the new code even if its migration forgot it. A kind added later is
-- routed unless a migration says otherwise (the column's default: the old way, always safe).
--
-- Safe to run twice.

ALTER TABLE event_kinds ADD COLUMN IF NOT EXISTS routed boolean NOT NULL DEFAULT true;

UPDATE event_kinds SET routed = false
 WHERE kind IN ('calendar_cancelled', 'calendar_completed', 'calendar_created',
                'calendar_reactivated', 'calendar_sync_failed', 'calendar_sync_requested',
                'email_claimed', 'email_completed', 'email_errored', 'email_failed',
                'email_skipped', 'notification_cancelled', 'notification_claimed',
                'notification_delivered', 'notification_failed', 'notification_scheduled',
                'notification_sent', 'schedule_extracted');

CREATE OR REPLACE FUNCTION emit_event(
    p_kind text, p_subject_table text, p_subject_id uuid, p_user_id uuid,
    p_schedule_id uuid, p_schedule_version integer, p_from text, p_to text
) RETURNS bigint
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    new_id bigint;
    bound  uuid := app_user_id();
    routed boolean;
BEGIN
    IF bound IS NOT NULL AND p_user_id IS DISTINCT FROM bound THEN
        RAISE EXCEPTION 'an event for user % from a transaction working for %', p_user_id, bound
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- NULL for a kind that does not exist: the insert then fails on the foreign key, as before.
    SELECT k.routed INTO routed FROM event_kinds k WHERE k.kind = p_kind;
    INSERT INTO events (kind, subject_table, subject_id, user_id, schedule_id, schedule_version,
                        from_state, to_state, dispatched_at)
    VALUES (p_kind, p_subject_table, p_subject_id, p_user_id, p_schedule_id, p_schedule_version,
            p_from, p_to, CASE WHEN routed IS FALSE THEN now() END)
    RETURNING id INTO new_id;
    IF routed IS NOT FALSE THEN
        -- The payload is the id only: NOTIFY is a wake-up hint, the outbox row is the record.
        PERFORM pg_notify(p_kind, new_id::text);
    END IF;
    RETURN new_id;
END;
$$;
REVOKE ALL ON FUNCTION emit_event(text, text, uuid, uuid, uuid, integer, text, text) FROM PUBLIC;

-- db/0030's statement trigger of the email inserts, the same but for the unrouted kinds.
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
                            schedule_version, from_state, to_state, dispatched_at)
        SELECT (SELECT t.event_kind FROM state_transitions t
                WHERE t.table_name = 'processed_emails' AND t.column_name = 'processing_status'
                  AND t.from_state IS NULL AND t.to_state = n.processing_status),
               'processed_emails', n.id, n.user_id, NULL, NULL, NULL, n.processing_status,
               CASE WHEN (SELECT k.routed FROM state_transitions t
                            JOIN event_kinds k ON k.kind = t.event_kind
                           WHERE t.table_name = 'processed_emails'
                             AND t.column_name = 'processing_status'
                             AND t.from_state IS NULL AND t.to_state = n.processing_status)
                         IS FALSE
                    THEN now() END
        FROM inserted n
        RETURNING id, kind, dispatched_at
    )
    -- The payload is the id only: NOTIFY is a wake-up hint, the outbox row is the record.
    SELECT count(pg_notify(kind, id::text)) INTO notified FROM added WHERE dispatched_at IS NULL;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION processed_emails_inserted() FROM PUBLIC;  -- a trigger's, no one calls it

-- Called by each dispatcher when it connects, with the kinds it routes: marks them routed (an
-- event of such a kind is then announced and left for a pass), never the other way. Returns
-- the kinds it changed (none once the migrations agree with the code).
CREATE OR REPLACE FUNCTION events_route_kinds(p_kinds text[]) RETURNS SETOF text
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE event_kinds k SET routed = true
     WHERE k.kind = ANY (p_kinds) AND NOT k.routed
    RETURNING k.kind;
$$;
REVOKE ALL ON FUNCTION events_route_kinds(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION events_route_kinds(text[]) TO stillontime_dispatcher;
