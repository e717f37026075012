-- The worker's login (db/0019) writes event_deliveries only through functions that check the
-- event's token; the count of a delivery's open starts (db/0020) goes through them as well.
-- delivery_started counts a start before the actor runs and, at the limit, dead-letters the
-- delivery with the reason; delivery_finished closes the open starts with the outcome.

CREATE OR REPLACE FUNCTION delivery_started(
    p_event_id bigint, p_actor text, p_queue text, p_message_id uuid, p_token text,
    p_limit integer, p_reason text
) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    unfinished integer;
BEGIN
    PERFORM check_event_token(p_event_id, p_token);
    -- The dispatcher commits its delivery row after the enqueue: wait for it, or make it.
    INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id)
    VALUES (p_event_id, p_actor, p_queue, p_message_id)
    ON CONFLICT (event_id, actor_name) DO NOTHING;
    UPDATE event_deliveries SET open_starts = open_starts + 1
     WHERE event_id = p_event_id AND actor_name = p_actor
    RETURNING open_starts - 1 INTO unfinished;
    IF unfinished >= p_limit THEN
        PERFORM record_dead_delivery(p_event_id, p_actor, p_reason);
    END IF;
    RETURN unfinished;
END;
$$;

CREATE OR REPLACE FUNCTION delivery_finished(
    p_event_id bigint, p_actor text, p_queue text, p_message_id uuid, p_token text,
    p_outcome text, p_error text DEFAULT NULL
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM check_event_token(p_event_id, p_token);
    INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id)
    VALUES (p_event_id, p_actor, p_queue, p_message_id)
    ON CONFLICT (event_id, actor_name) DO NOTHING;
    -- Every recorded end closes the open starts: no worker died on this one.
    UPDATE event_deliveries SET open_starts = 0
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

REVOKE ALL ON FUNCTION delivery_started(bigint, text, text, uuid, text, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION delivery_started(bigint, text, text, uuid, text, integer, text)
    TO stillontime_worker;
