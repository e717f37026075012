-- Dead letters: when a delivery is given up, the record it concerns says so.

CREATE OR REPLACE FUNCTION record_dead_delivery(p_event_id bigint, p_actor text, p_error text)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    ev    events%ROWTYPE;
    stage text := split_part(p_actor, '.', 1);
    note  text := left(format('%s: %s', p_actor, p_error), 2000);
BEGIN
    UPDATE event_deliveries
       SET status = 'dead', last_error = left(p_error, 2000), finished_at = now()
     WHERE event_id = p_event_id AND actor_name = p_actor;
    SELECT * INTO ev FROM events WHERE id = p_event_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF ev.schedule_id IS NOT NULL THEN
        UPDATE schedule_data
           SET last_error = note, last_error_stage = stage, last_error_at = now()
         WHERE id = ev.schedule_id;
    END IF;
    IF ev.subject_table = 'processed_emails' THEN
        UPDATE processed_emails
           SET processing_status = 'error', error = note, processing_completed_at = now()
         WHERE id = ev.subject_id AND processing_status IN ('pending', 'processing', 'failed');
    END IF;
END;
$$;

-- A delivery that succeeds (a replay, a late retry) clears the error its stage left.
CREATE OR REPLACE FUNCTION record_done_delivery(p_event_id bigint, p_actor text)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    ev events%ROWTYPE;
BEGIN
    UPDATE event_deliveries
       SET status = 'done', attempts = attempts + 1, last_error = NULL, finished_at = now()
     WHERE event_id = p_event_id AND actor_name = p_actor;
    SELECT * INTO ev FROM events WHERE id = p_event_id;
    IF FOUND AND ev.schedule_id IS NOT NULL THEN
        UPDATE schedule_data
           SET last_error = NULL, last_error_stage = NULL, last_error_at = NULL
         WHERE id = ev.schedule_id AND last_error_stage = split_part(p_actor, '.', 1);
    END IF;
END;
$$;
