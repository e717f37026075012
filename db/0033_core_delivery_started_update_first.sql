-- Issue 18: a worker's delivery start updates its delivery row first, and inserts it only when
-- the update found none.
--
-- delivery_started (db/0026) began with INSERT ... ON CONFLICT DO NOTHING, for the delivery
-- row that the dispatcher writes in its pass and commits after its Redis push: on the way to
-- every actor, a speculative insertion that nearly always met the committed row, then the
-- UPDATE. Now the UPDATE comes first. A row the dispatcher has not committed yet is not visible
-- to it, so it updates nothing and does not wait; only then the insert runs, which waits for
-- the dispatcher's commit (or makes the row if the dispatcher rolled back) as before, and the
-- UPDATE again, whose new snapshot sees the row. Same result, same waits, same privileges
-- (CREATE OR REPLACE keeps them); one statement fewer on the common path.
CREATE OR REPLACE FUNCTION delivery_started(
    p_event_id bigint, p_actor text, p_queue text, p_message_id uuid, p_token text,
    p_limit integer, p_reason text, p_instance uuid
) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    earlier uuid[];
    lost integer;
BEGIN
    PERFORM check_event_token(p_event_id, p_token);
    UPDATE event_deliveries
       SET open_starts = open_starts + 1,
           open_start_instances = open_start_instances || p_instance
     WHERE event_id = p_event_id AND actor_name = p_actor
    RETURNING open_start_instances[1:cardinality(open_start_instances) - 1] INTO earlier;
    IF NOT FOUND THEN
        -- The dispatcher commits its delivery row after the enqueue: wait for it, or make it.
        INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id)
        VALUES (p_event_id, p_actor, p_queue, p_message_id)
        ON CONFLICT (event_id, actor_name) DO NOTHING;
        UPDATE event_deliveries
           SET open_starts = open_starts + 1,
               open_start_instances = open_start_instances || p_instance
         WHERE event_id = p_event_id AND actor_name = p_actor
        RETURNING open_start_instances[1:cardinality(open_start_instances) - 1] INTO earlier;
    END IF;
    SELECT count(*) INTO lost FROM unnest(earlier) AS s(instance)
     WHERE s.instance IS NULL OR instance_lost(s.instance);
    IF lost >= p_limit THEN
        PERFORM record_dead_delivery(p_event_id, p_actor, p_reason);
    END IF;
    RETURN lost;
END;
$$;
