-- The killer guard counts only starts whose worker process is gone (docs/faults.md, "The killer
-- guard and the sweep"). db/0020 counted every open start: a copy the scheduler's sweep sent
-- while another copy still ran in a live worker counted as a dead worker, so one kill after it
-- made a false WorkerLost. Now each start records the worker process (its service_instances
-- row), and a start counts against the message only if that process is lost.
--
-- A process is lost when its row says it stopped, when it missed three beats, or at once when
-- the session it beats on is gone from the server (a killed process's sockets close with it;
-- PostgreSQL ends the backend). The session is named by pid and backend start, so a reused pid
-- is not taken for it; a session from before the server's last start says nothing (every
-- session went with the restart), and then only the beats decide.

ALTER TABLE service_instances ADD COLUMN IF NOT EXISTS beat_backend_pid integer;
ALTER TABLE service_instances ADD COLUMN IF NOT EXISTS beat_backend_start timestamptz;

-- The worker process of each open start (NULL: a worker that could not say, counted as lost).
ALTER TABLE event_deliveries ADD COLUMN IF NOT EXISTS open_start_instances uuid[] NOT NULL
    DEFAULT '{}';

-- Whether the service process of this row is gone. Runs as the owner inside the functions
-- below: pg_stat_activity shows every session's pid (its start only to the privileged, hence
-- the NULL cases).
CREATE OR REPLACE FUNCTION instance_lost(p_instance uuid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT coalesce((
        SELECT i.stopped_at IS NOT NULL
            OR i.last_seen_at < now() - make_interval(secs => 3 * i.beat_interval_s)
            OR (i.beat_backend_pid IS NOT NULL
                AND coalesce(i.beat_backend_start >= pg_postmaster_start_time(), true)
                AND NOT EXISTS (
                    SELECT 1 FROM pg_stat_activity a
                     WHERE a.pid = i.beat_backend_pid
                       AND (a.backend_start IS NULL OR i.beat_backend_start IS NULL
                            OR a.backend_start = i.beat_backend_start)))
          FROM service_instances i WHERE i.id = p_instance), true)
$$;
REVOKE ALL ON FUNCTION instance_lost(uuid) FROM PUBLIC;

DROP FUNCTION IF EXISTS delivery_started(bigint, text, text, uuid, text, integer, text);

-- A worker starts a delivery (committed before the actor runs): records its process and returns
-- the earlier open starts whose process is lost; at p_limit it dead-letters the delivery.
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
    -- The dispatcher commits its delivery row after the enqueue: wait for it, or make it.
    INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id)
    VALUES (p_event_id, p_actor, p_queue, p_message_id)
    ON CONFLICT (event_id, actor_name) DO NOTHING;
    UPDATE event_deliveries
       SET open_starts = open_starts + 1,
           open_start_instances = open_start_instances || p_instance
     WHERE event_id = p_event_id AND actor_name = p_actor
    RETURNING open_start_instances[1:cardinality(open_start_instances) - 1] INTO earlier;
    SELECT count(*) INTO lost FROM unnest(earlier) AS s(instance)
     WHERE s.instance IS NULL OR instance_lost(s.instance);
    IF lost >= p_limit THEN
        PERFORM record_dead_delivery(p_event_id, p_actor, p_reason);
    END IF;
    RETURN lost;
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

REVOKE ALL ON FUNCTION delivery_started(bigint, text, text, uuid, text, integer, text, uuid)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION delivery_started(bigint, text, text, uuid, text, integer, text, uuid)
    TO stillontime_worker;
