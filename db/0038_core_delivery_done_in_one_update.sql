-- Issue 18: a delivery that ended done is recorded in one update of its row.
--
-- delivery_finished (db/0026) began every end with INSERT ... ON CONFLICT DO NOTHING, for a
-- delivery row the dispatcher might not have committed yet, then updated the row twice: once to
-- close its open starts, once more (record_done_delivery) to mark it done. By the time an actor
-- ends, its start has nearly always found the row already, so the insertion met a committed row
-- (a speculative insertion for nothing), and each update wrote a new version of the row and of
-- each of its indexes (updated_at, which set_updated_at changes, is indexed).
--
-- Now a 'done' end updates the row first, closing its open starts and marking it done in one
-- update, as db/0033 does for the start. A row the dispatcher has not committed yet is not
-- visible to that update, which then changes nothing and does not wait: the end goes on as
-- before (the insertion, which waits for the dispatcher's commit or makes the row, then both
-- updates). The other outcomes (retrying, dead, skipped) are unchanged. Same row at the end
-- (open starts closed, done, one attempt more, no error, finished now), same schedule error
-- cleared, same waits, same token check, same privileges (CREATE OR REPLACE keeps them).
CREATE OR REPLACE FUNCTION delivery_finished(
    p_event_id bigint, p_actor text, p_queue text, p_message_id uuid, p_token text,
    p_outcome text, p_error text DEFAULT NULL
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    ev_schedule uuid;
BEGIN
    PERFORM check_event_token(p_event_id, p_token);
    IF p_outcome = 'done' THEN
        -- record_done_delivery's update, with the open starts closed in the same version.
        UPDATE event_deliveries
           SET open_starts = 0, open_start_instances = '{}', status = 'done',
               attempts = attempts + 1, last_error = NULL, finished_at = now()
         WHERE event_id = p_event_id AND actor_name = p_actor;
        IF FOUND THEN
            -- and the rest of record_done_delivery: the stage's error cleared on the schedule.
            SELECT e.schedule_id INTO ev_schedule FROM events e WHERE e.id = p_event_id;
            IF ev_schedule IS NOT NULL THEN
                UPDATE schedule_data
                   SET last_error = NULL, last_error_stage = NULL, last_error_at = NULL
                 WHERE id = ev_schedule AND last_error_stage = split_part(p_actor, '.', 1);
            END IF;
            RETURN;
        END IF;
    END IF;
    -- The dispatcher commits its delivery row after the enqueue: this waits for that commit,
    -- and makes the row if the dispatcher rolled back.
    INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id)
    VALUES (p_event_id, p_actor, p_queue, p_message_id)
    ON CONFLICT (event_id, actor_name) DO NOTHING;
    -- Every recorded end closes the open starts: no worker died on this one.
    UPDATE event_deliveries SET open_starts = 0, open_start_instances = '{}'
     WHERE event_id = p_event_id AND actor_name = p_actor;
    CASE p_outcome
        WHEN 'done' THEN
            PERFORM record_done_delivery(p_event_id, p_actor);
        WHEN 'retrying' THEN
            UPDATE event_deliveries
               SET status = 'retrying', attempts = attempts + 1, last_error = left(p_error, 2000)
             WHERE event_id = p_event_id AND actor_name = p_actor;
        WHEN 'dead' THEN
            UPDATE event_deliveries SET attempts = attempts + 1
             WHERE event_id = p_event_id AND actor_name = p_actor;
            PERFORM record_dead_delivery(p_event_id, p_actor, p_error);
        WHEN 'skipped' THEN
            PERFORM record_dead_delivery(p_event_id, p_actor, 'skipped');
        ELSE
            RAISE EXCEPTION 'unknown delivery outcome %', p_outcome
                USING ERRCODE = 'invalid_parameter_value';
    END CASE;
END;
$$;
